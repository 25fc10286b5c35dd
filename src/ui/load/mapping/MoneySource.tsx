import type { MoneyMode } from '../../../model/load/column-roles';

/** Where the money comes from: quantity × unit price per line, or an amount column. */
export function MoneySource({ money, onChange }: { money: MoneyMode; onChange(money: MoneyMode): void }) {
  return (
    <fieldset className="mapping-money">
      <legend>Money comes from</legend>
      <label>
        <input type="radio" name="money" value="lines" checked={money === 'lines'} onChange={() => onChange('lines')} /> each line: quantity × unit price
      </label>
      <label>
        <input type="radio" name="money" value="order_amount" checked={money === 'order_amount'} onChange={() => onChange('order_amount')} /> an amount
        column: an order total counts once per order; a line total (it differs between an order’s lines) counts on each line
      </label>
    </fieldset>
  );
}
