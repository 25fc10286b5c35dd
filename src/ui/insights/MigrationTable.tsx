import { fromLabel, toLabel } from '../../charts/insights/migration-flow';
import type { MigrationCell } from '../../model/insights/migration';
import { movementOf, MOVEMENT_LABELS } from '../../model/insights/movements';
import { centsAttribute, formatCount } from '../../model/shared/format';
import { useMoney } from '../shared/currency-context';
import { TableScroll } from '../shared/TableScroll';

/** One row per non-empty from → to pair: customers and their revenue as of the reference date. */
export function MigrationTable({ cells, asOfDate }: { cells: readonly MigrationCell[]; asOfDate: string }) {
  const money = useMoney();
  const caption = `Customers by tier on ${asOfDate} and now`;
  return (
    <TableScroll label={caption}>
      <table className="numbers">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Before</th>
            <th scope="col">Now</th>
            <th scope="col">Customers</th>
            <th scope="col">Revenue now</th>
            <th scope="col">Move</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => {
            const movement = movementOf(cell.from, cell.to);
            return (
              <tr key={`${cell.from}-${cell.to}`} data-from={cell.from} data-to={cell.to} data-customers={cell.customers} data-revenue={centsAttribute(cell.revenueCents)}>
                <th scope="row">{fromLabel(cell.from)}</th>
                <td>{toLabel(cell.to)}</td>
                <td>{formatCount(cell.customers)}</td>
                <td>{money.format(cell.revenueCents / 100)}</td>
                <td>{movement ? MOVEMENT_LABELS[movement] : cell.from === cell.to ? 'Stayed' : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
