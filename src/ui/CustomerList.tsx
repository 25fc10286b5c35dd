import type { CustomerRow } from '../engine/api';
import { formatCount, formatMoney } from '../model/format';
import { tierInfo } from '../model/tiers';

/** A plain table of customers. Ids are rendered as text by React, never as HTML. */
export function CustomerList({ rows, caption }: { rows: readonly CustomerRow[]; caption: string }) {
  if (rows.length === 0) return <p className="muted">No customers in this group.</p>;
  return (
    <div className="table-scroll">
      <table className="numbers customers">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Spent</th>
            <th scope="col">Orders</th>
            <th scope="col">Days since last order</th>
            <th scope="col">Last order</th>
            <th scope="col">Tier</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.customer_id} data-customer-id={row.customer_id}>
              <th scope="row">{row.customer_id}</th>
              <td>{formatMoney(row.monetary)}</td>
              <td>{formatCount(row.frequency)}</td>
              <td>{formatCount(row.recency_days)}</td>
              <td>{row.last_purchase_date}</td>
              <td>{tierInfo(row.segment).label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
