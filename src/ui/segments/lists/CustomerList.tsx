import type { CustomerRow } from '../../../protocol/segments';
import { formatCount } from '../../../model/shared/format';
import { useMoney } from '../../shared/currency-context';
import { tierInfo } from '../../../model/segments/tiers';
import { TableScroll } from '../../shared/TableScroll';

/** A plain table of customers. Ids are rendered as text by React, never as HTML. */
interface Props {
  rows: readonly CustomerRow[];
  caption: string;
  /** Lists of a single tier leave the tier column out. */
  showTier?: boolean;
}

export function CustomerList({ rows, caption, showTier = true }: Props) {
  const money = useMoney();
  if (rows.length === 0) return <p className="muted">No customers in this group.</p>;
  return (
    <TableScroll label={caption}>
      <table className="numbers customers">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Spent</th>
            <th scope="col">Orders</th>
            <th scope="col">Days since</th>
            <th scope="col">Last order</th>
            {showTier && <th scope="col">Tier</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.customerId} data-customer-id={row.customerId}>
              <th scope="row">{row.customerId}</th>
              <td>{money.format(row.monetary)}</td>
              <td>{formatCount(row.frequency)}</td>
              <td>{formatCount(row.recencyDays)}</td>
              <td>{row.lastPurchaseDate}</td>
              {showTier && <td>{tierInfo(row.segment).label}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
