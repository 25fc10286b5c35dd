import { useEffect, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import type { MappingCheck, ReadOptions } from '../../protocol/load';
import { missingRoles, ROLE_IDS, ROLE_INFO, sharedColumns, unusedRoles, type ColumnMapping as Mapping, type MoneyMode, type RoleId } from '../../model/load/column-roles';
import { DELIMITER_LABELS, DELIMITERS, type Delimiter } from '../../model/load/formats/csv-dialect';
import { DATE_ORDER_LABELS, profileDates, type DateOrder } from '../../model/load/formats/date-order';
import { columnValues, decimalFor } from '../../model/load/layout-detection';
import type { LoadPlan } from '../../model/load/load-plan';
import type { TextEncoding } from '../../model/load/formats/text-encoding';
import { CurrencyPicker } from './CurrencyPicker';
import type { MappingState } from './use-mapping-flow';

interface Props {
  engine: EngineClient;
  state: MappingState;
  onConfirm(plan: LoadPlan): void;
  onReadOptions(options: ReadOptions): void;
  onClose(): void;
}

const PREVIEW_ROWS = 8;

/**
 * The mapping screen: the first lines of the file, the column guessed for each role (changeable),
 * how numbers and dates are written, and what the choice would make of the first lines, flagged
 * before anything is analysed. `select[data-role]` and `confirm-mapping` are the automation contract.
 */
export function ColumnMapping({ engine, state, onConfirm, onReadOptions, onClose }: Props) {
  const { preview, question } = state;
  const [plan, setPlan] = useState<LoadPlan>(state.plan);
  const [decimalChosen, setDecimalChosen] = useState(false);
  const check = useMappingCheck(engine, plan);
  const missing = missingRoles(plan.mapping, plan.money);
  const shared = sharedColumns(plan.mapping);
  const mustAnswer = question !== null && plan.dateOrder === 'auto';
  const first = preview.sources[0];

  const setColumn = (role: RoleId, value: string) => {
    const mapping: Mapping = { ...plan.mapping };
    if (value === '') delete mapping[role];
    else mapping[role] = Number(value);
    const money = plan.money;
    setPlan({ ...plan, mapping, decimalSeparator: decimalChosen ? plan.decimalSeparator : decimalFor(mapping, money, preview.rows, first.delimiter) });
  };
  const setMoney = (money: MoneyMode) =>
    setPlan({
      ...plan,
      money,
      orderFieldsOnFirstLine: money === 'order_amount' ? true : plan.orderFieldsOnFirstLine,
      decimalSeparator: decimalChosen ? plan.decimalSeparator : decimalFor(plan.mapping, money, preview.rows, first.delimiter),
    });

  return (
    <section className="card mapping" data-testid="column-mapping" data-layout={preview.detection.layout.id} aria-labelledby="mapping-title">
      <h2 id="mapping-title">How should {state.subject} be read?</h2>
      <p className="muted">
        {detectionText(state)} Choose the column for each role; the first lines below show what they hold. Nothing is analysed until you press
        Analyse.
      </p>
      <SourceOptions state={state} onReadOptions={onReadOptions} />
      <fieldset className="mapping-money">
        <legend>Money comes from</legend>
        <label>
          <input type="radio" name="money" value="lines" checked={plan.money === 'lines'} onChange={() => setMoney('lines')} /> each line: quantity × unit price
        </label>
        <label>
          <input type="radio" name="money" value="order_amount" checked={plan.money === 'order_amount'} onChange={() => setMoney('order_amount')} /> an amount
          column: an order total counts once per order; a line total (it differs between an order’s lines) counts on each line
        </label>
      </fieldset>
      <div className="mapping-roles">
        {ROLE_IDS.map((role) => (
          <label key={role} className={`field${unusedRoles(plan.money).includes(role) ? ' unused' : ''}`}>
            <span>
              {ROLE_INFO[role].label}
              {missingRoles({}, plan.money).includes(role) ? ' *' : ''} <span className="muted small">{ROLE_INFO[role].hint}</span>
            </span>
            <select data-role={role} value={plan.mapping[role] ?? ''} onChange={(event) => setColumn(role, event.target.value)}>
              <option value="">— not in the file —</option>
              {preview.headers.map((header, index) => (
                <option key={index} value={index}>
                  {header}
                </option>
              ))}
            </select>
          </label>
        ))}
        {plan.mapping.currency === undefined && <CurrencyPicker value={plan.currency} onChange={(currency) => setPlan({ ...plan, currency })} />}
      </div>
      <FormatOptions
        state={state}
        plan={plan}
        mustAnswer={mustAnswer}
        onChange={(next, decimalTouched) => {
          if (decimalTouched) setDecimalChosen(true);
          setPlan(next);
        }}
      />
      <PreviewTable state={state} mapping={plan.mapping} />
      <ul className="mapping-problems" data-testid="mapping-problems">
        {missing.map((role) => (
          <li key={role} data-problem="missing" data-role-missing={role}>
            Choose the column for {ROLE_INFO[role].label.toLowerCase()}.
          </li>
        ))}
        {shared.map(({ column, roles }) => (
          <li key={column} data-problem="shared">
            “{preview.headers[column]}” is chosen for {roles.map((role) => ROLE_INFO[role].label.toLowerCase()).join(' and ')}.
          </li>
        ))}
        {check?.problems.map((problem, index) => (
          <li key={`${problem.role}-${index}`} data-problem="values" data-problem-role={problem.role} data-lines={problem.lines}>
            {problem.message}
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button primary" data-testid="confirm-mapping" disabled={missing.length > 0 || mustAnswer} onClick={() => onConfirm(plan)}>
          Analyse
        </button>
        <button type="button" className="button" data-testid="close-mapping" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}

function detectionText({ preview, remembered, question }: MappingState): string {
  const { layout, confidence, full } = preview.detection;
  if (question) return `Every date in “${question.column}” fits both Day/Month and Month/Day, so the order has to come from you.`;
  if (remembered) return 'These are the choices you confirmed before for files with these columns.';
  if (full) return `Recognised as a ${layout.name} export.`;
  return `Not a layout known for certain; best guess (${Math.round(confidence * 100)}% confident).`;
}

/** The mapping's effect on the sample, asked of the engine a moment after the last change. */
function useMappingCheck(engine: EngineClient, plan: LoadPlan): MappingCheck | null {
  const [check, setCheck] = useState<{ plan: LoadPlan; result: MappingCheck } | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      engine.checkMapping(plan).then(
        (result) => live && setCheck({ plan, result }),
        () => live && setCheck(null),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [engine, plan]);
  return check?.plan === plan ? check.result : null;
}

function SourceOptions({ state, onReadOptions }: { state: MappingState; onReadOptions(options: ReadOptions): void }) {
  const { sources } = state.preview;
  const csv = sources.filter((source) => source.kind === 'csv');
  return (
    <div className="mapping-sources">
      <p className="muted small" data-testid="mapping-sources">
        {sources.map((source) => `${source.fileName} (${source.kind.toUpperCase()}, ${(source.bytes / 1e6).toFixed(1)} MB)`).join(' · ')}
      </p>
      {csv.length > 0 && (
        <div className="controls">
          <label className="field">
            <span>Text encoding</span>
            <select data-testid="encoding" value={csv[0].encoding} onChange={(event) => onReadOptions({ encoding: event.target.value as TextEncoding })}>
              <option value="utf-8">UTF-8</option>
              <option value="windows-1252">Windows-1252 (Latin-1)</option>
            </select>
          </label>
          <label className="field">
            <span>Columns separated by</span>
            <select data-testid="delimiter" value={csv[0].delimiter} onChange={(event) => onReadOptions({ delimiter: event.target.value as Delimiter })}>
              {DELIMITERS.map((delimiter) => (
                <option key={delimiter} value={delimiter}>
                  {DELIMITER_LABELS[delimiter]}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </div>
  );
}

interface FormatProps {
  state: MappingState;
  plan: LoadPlan;
  mustAnswer: boolean;
  onChange(plan: LoadPlan, decimalTouched: boolean): void;
}

function FormatOptions({ state, plan, mustAnswer, onChange }: FormatProps) {
  const dates = plan.mapping.order_date === undefined ? null : profileDates(columnValues(state.preview.rows, plan.mapping.order_date));
  return (
    <div className="controls mapping-formats">
      <label className="field">
        <span>Decimal separator</span>
        <select data-testid="decimal-separator" value={plan.decimalSeparator} onChange={(event) => onChange({ ...plan, decimalSeparator: event.target.value as '.' | ',' }, true)}>
          <option value=".">point: 1,234.50</option>
          <option value=",">comma: 1.234,50</option>
        </select>
      </label>
      <label className={`field${mustAnswer ? ' needs-answer' : ''}`}>
        <span>Dates are written</span>
        <select data-testid="date-order" value={plan.dateOrder} aria-invalid={mustAnswer} onChange={(event) => onChange({ ...plan, dateOrder: event.target.value as DateOrder | 'auto' }, false)}>
          <option value="auto">{mustAnswer ? 'choose…' : 'decide from the whole column'}</option>
          {(['dmy', 'mdy', 'ymd'] as const).map((order) => (
            <option key={order} value={order}>
              {DATE_ORDER_LABELS[order]}
            </option>
          ))}
        </select>
        <span className="muted small">{dateHint(dates)}</span>
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-testid="order-fields-first-line"
          checked={plan.orderFieldsOnFirstLine}
          disabled={plan.money === 'order_amount'}
          onChange={(event) => onChange({ ...plan, orderFieldsOnFirstLine: event.target.checked }, false)}
        />{' '}
        Customer, date and status are only on each order’s first line
      </label>
      <label className="check">
        <input type="checkbox" data-testid="cancelled-prefix" checked={plan.cancelledPrefix} onChange={(event) => onChange({ ...plan, cancelledPrefix: event.target.checked }, false)} />{' '}
        Order ids starting with “C” are cancellations
      </label>
    </div>
  );
}

function dateHint(dates: ReturnType<typeof profileDates>): string {
  if (!dates) return 'No dates recognised in the first lines.';
  if (!dates.dayMonthShape) return 'Year first (ISO) in the first lines.';
  const { dayFirst, monthFirst } = dates.evidence;
  if (dayFirst > 0 && monthFirst === 0) return 'The first lines say Day/Month.';
  if (monthFirst > 0 && dayFirst === 0) return 'The first lines say Month/Day.';
  if (dayFirst > 0 && monthFirst > 0) return 'The first lines mix both orders; the whole column decides.';
  return 'The first lines fit both orders; the whole column decides.';
}

function PreviewTable({ state, mapping }: { state: MappingState; mapping: Mapping }) {
  const { headers, rows } = state.preview;
  const rolesOf = (column: number) => ROLE_IDS.filter((role) => mapping[role] === column);
  return (
    <div className="table-scroll">
      <table className="mapping-preview" data-testid="mapping-preview">
        <caption className="muted small">The first {Math.min(PREVIEW_ROWS, rows.length)} lines</caption>
        <thead>
          <tr>
            {headers.map((header, column) => (
              <th key={column} scope="col" data-column={column} data-roles={rolesOf(column).join(' ')}>
                {header}
                {rolesOf(column).map((role) => (
                  <span key={role} className="role-badge">
                    {ROLE_INFO[role].label}
                  </span>
                ))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, PREVIEW_ROWS).map((row, index) => (
            <tr key={index}>
              {headers.map((_, column) => (
                <td key={column}>{row[column] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
