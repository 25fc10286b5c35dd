import { useState } from 'react';
import type { EngineClient } from '../../engine/client';
import { fromLabel, toLabel } from '../../charts/insights/migration-flow';
import { MIGRATION_FROM, type Migration } from '../../model/insights/migration';
import { MOVEMENT_LABELS, MOVEMENTS, type Movement } from '../../model/insights/movements';
import { TIER_IDS } from '../../model/segments/tiers';
import { formatCount } from '../../model/shared/format';
import { useMoney } from '../shared/currency-context';
import { TableScroll } from '../shared/TableScroll';
import { useMovedCustomers } from './use-moved-customers';

interface Props {
  engine: EngineClient;
  migration: Migration;
  tiers: Uint8Array;
  cents: Float64Array;
}

/** The lists that matter: who slipped, who was won back, who is new; one at a time, a page at a time. */
export function MovedCustomers({ engine, migration, tiers, cents }: Props) {
  const [movement, setMovement] = useState<Movement>('slipped');
  const [page, setPage] = useState(0);
  const moved = useMovedCustomers(engine, migration, tiers, cents, movement, page);
  const money = useMoney();
  const { pages, shown } = moved;
  const choose = (next: Movement) => {
    setMovement(next);
    setPage(0);
  };
  return (
    <div data-testid="moved-customers" data-movement={movement} data-total={moved.positions.length} aria-busy={moved.ids === null}>
      <div className="card-heading insight-choices" role="group" aria-label="Which customers">
        {MOVEMENTS.map((one) => (
          <button key={one} type="button" className="button small" aria-pressed={one === movement} onClick={() => choose(one)}>
            {MOVEMENT_LABELS[one]}
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="muted">No customers made this move.</p>
      ) : (
        <TableScroll label={`${MOVEMENT_LABELS[movement]} customers`}>
          <table className="numbers customers">
            <caption className="visually-hidden">{`${MOVEMENT_LABELS[movement]} customers, biggest spenders first`}</caption>
            <thead>
              <tr>
                <th scope="col">Customer</th>
                <th scope="col">Before</th>
                <th scope="col">Now</th>
                <th scope="col">Spent</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((position, row) => (
                <tr key={position} data-customer-id={moved.ids?.[row]}>
                  <th scope="row">{moved.ids?.[row] ?? '…'}</th>
                  <td>{fromLabel(MIGRATION_FROM[migration.fromOfCustomer[position]])}</td>
                  <td>{toLabel(TIER_IDS[tiers[position]])}</td>
                  <td>{money.format(cents[position] / 100)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {pages > 1 && (
        <p className="card-heading">
          <button type="button" className="button small" disabled={moved.page === 0} onClick={() => setPage(moved.page - 1)}>
            Previous
          </button>
          <span className="muted small">
            Page {moved.page + 1} of {formatCount(pages)} · {formatCount(moved.positions.length)} customers
          </span>
          <button type="button" className="button small" disabled={moved.page + 1 >= pages} onClick={() => setPage(moved.page + 1)}>
            Next
          </button>
        </p>
      )}
    </div>
  );
}
