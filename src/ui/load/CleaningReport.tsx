import type { EngineClient } from '../../engine/client';
import type { LoadResult } from '../../protocol/load';
import { CLEANING_LABELS, CLEANING_REASONS, DUPLICATE_LABEL } from '../../model/load/cleaning';
import { unreadableSentence } from '../../model/load/cleaning-messages';
import { ROLE_INFO, type RoleId } from '../../model/load/column-roles';
import { DELIMITER_LABELS } from '../../model/load/formats/csv-dialect';
import { DATE_ORDER_LABELS } from '../../model/load/formats/date-order';
import { formatCount, formatShare, formatCountOf } from '../../model/shared/format';
import { amountSpreadText } from '../../model/load/order-amounts';
import type { LoadActions } from './use-analysis';
import { DateOutliersNote, FutureDatesNote } from './DateNotes';
import { DuplicatesNote } from './DuplicatesNote';

const ORDER = ['rows', ...CLEANING_REASONS] as const;
const SHOWN_ROLES: RoleId[] = ['order_id', 'customer_id', 'order_date', 'quantity', 'unit_price', 'order_amount', 'status', 'cancelled_at'];

/**
 * What happened to every line of the file, how it was read, and the way to the lines left out. Rows for
 * reasons only some exports have (unpaid orders, orders repeated across files) show when they count.
 */
export function CleaningReport({ engine, loaded, actions }: { engine: EngineClient; loaded: LoadResult; actions?: LoadActions | null }) {
  const { counts, plan } = loaded;
  const label = (key: (typeof ORDER)[number] | 'kept') =>
    key === 'non_positive_price' && plan.money === 'order_amount' ? 'Zero or negative order amount' : CLEANING_LABELS[key];
  const leftOut = counts.rows - counts.kept;
  return (
    // data-load-timings: the worker's own time per load stage (ms), read by the benchmark, never shown.
    <section className="card" data-testid="cleaning-report" data-load-timings={JSON.stringify(roundedTimings(loaded))} aria-labelledby="cleaning-title">
      <h2 id="cleaning-title">Cleaning report</h2>
      <p className="muted">
        {loaded.fileName} · {loaded.layout.name} layout · {sourceText(loaded)} · orders from {loaded.firstDate} to {loaded.lastDate} ·{' '}
        {formatCountOf(loaded.customers, 'customer')}
      </p>
      <table className="numbers">
        <tbody>
          {ORDER.map((key) => {
            const value = counts[key];
            return value === undefined ? null : <CountRow key={key} label={label(key)} countOf={key} value={value} rows={counts.rows} total={key === 'rows'} />;
          })}
          {counts.duplicate !== undefined && <CountRow label={DUPLICATE_LABEL} countOf="duplicate" value={counts.duplicate} rows={counts.rows} />}
          <CountRow label={label('kept')} countOf="kept" value={counts.kept} rows={counts.rows} total />
        </tbody>
      </table>
      {loaded.unreadable.length > 0 && (
        <ul className="muted small">
          {loaded.unreadable.map((detail) => (
            <li key={detail.field}>
              {unreadableSentence(detail, { decimalSeparator: plan.decimalSeparator, dateExample: loaded.dateOrder.example, money: plan.money })}
            </li>
          ))}
        </ul>
      )}
      <DuplicatesNote engine={engine} loaded={loaded} actions={actions} />
      <FutureDatesNote loaded={loaded} actions={actions} />
      <DateOutliersNote loaded={loaded} />
      <AmountNote loaded={loaded} />
      {loaded.currencies.length > 1 && (
        <p className="small warning" data-testid="currencies">
          The kept lines are in {loaded.currencies.length} currencies ({loaded.currencies.join(', ')}): the tier and segment totals and the reports are
          shown per currency; a customer’s own total, the treemap and the charts add amounts as they are.
        </p>
      )}
      <p className="muted small">
        Columns: {mappedText(loaded)}. Dates: {DATE_ORDER_LABELS[loaded.dateOrder.order]}
        {loaded.dateOrder.decidedBy === 'file' ? ', decided from the whole column' : loaded.dateOrder.decidedBy === 'user' ? ', as you chose' : ''}. Decimal
        separator: {plan.decimalSeparator === '.' ? 'point (1,234.50)' : 'comma (1.234,50)'}.
      </p>
      {actions && (
        <div className="button-row">
          <button type="button" className="button small" data-testid="download-rejected" data-lines={leftOut} disabled={leftOut === 0} onClick={() => void actions.downloadRejected()}>
            Download the {formatCount(leftOut)} lines left out
          </button>
          <button type="button" className="button small" data-testid="edit-mapping" onClick={actions.editMapping}>
            Change how columns are read
          </button>
        </div>
      )}
    </section>
  );
}

/** How an amount column was counted: per line when it was a line total, and orders found in several files. */
function AmountNote({ loaded }: { loaded: LoadResult }) {
  const { amounts, columns } = loaded;
  if (!amounts) return null;
  const spread = amountSpreadText(columns.order_amount ?? 'The order amount', amounts, '');
  const repeated =
    amounts.repeatedOrders > 0
      ? `${formatCount(amounts.repeatedOrders)} orders are in more than one file; each counts once, as the last of the files (in the order chosen) has it.`
      : null;
  if (!spread && !repeated) return null;
  return (
    <p className="small warning" data-testid="amount-reading" data-per-line={amounts.perLine} data-repeated-orders={amounts.repeatedOrders}>
      {[spread, repeated].filter(Boolean).join(' ')}
    </p>
  );
}

interface CountRowProps {
  label: string;
  countOf: string;
  value: number;
  rows: number;
  total?: boolean;
}

function CountRow({ label, countOf, value, rows, total = false }: CountRowProps) {
  return (
    <tr className={total ? 'total' : undefined}>
      <th scope="row">{label}</th>
      <td data-count-of={countOf} data-value={value}>
        {formatCount(value)}
      </td>
      <td className="muted">{countOf === 'rows' ? '' : formatShare(value, rows)}</td>
    </tr>
  );
}

function sourceText({ sources, encoding }: LoadResult): string {
  const [first] = sources;
  if (!first) return encoding;
  if (first.kind === 'parquet') return 'Parquet';
  const text = `${encoding}, ${DELIMITER_LABELS[first.delimiter]}`;
  return first.kind === 'xlsx' ? `Excel workbook` : text;
}

function mappedText({ columns, plan }: LoadResult): string {
  return SHOWN_ROLES.filter((role) => columns[role] !== undefined && !(plan.money === 'lines' ? role === 'order_amount' : role === 'quantity' || role === 'unit_price'))
    .map((role) => `${ROLE_INFO[role].label.toLowerCase()} ← ${columns[role]}`)
    .join(', ');
}

/** The worker's stage timings in whole milliseconds. */
export function roundedTimings({ timingsMs }: LoadResult): Record<string, number> {
  return Object.fromEntries(Object.entries(timingsMs).map(([stage, ms]) => [stage, Math.round(ms ?? 0)]));
}
