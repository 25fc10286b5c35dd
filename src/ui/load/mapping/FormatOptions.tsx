import { DATE_ORDER_LABELS, profileDates, type DateOrder } from '../../../model/load/formats/date-order';
import { columnValues } from '../../../model/load/layout-detection';
import type { LoadPlan } from '../../../model/load/load-plan';
import type { MappingState } from './use-mapping-flow';

interface FormatProps {
  state: MappingState;
  plan: LoadPlan;
  mustAnswer: boolean;
  onChange(plan: LoadPlan, decimalTouched: boolean): void;
}

/** How numbers and dates are written, and the two order rules; `decimalTouched` when the user chose the separator. */
export function FormatOptions({ state, plan, mustAnswer, onChange }: FormatProps) {
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
