import { nextOrderSentence, UNLIKELY_BELOW_P_ALIVE } from '../../model/predict/next-order';
import { addDays, daysBetween } from '../../model/shared/iso-date';
import type { ExplorerRow } from '../../protocol/explore';
import { useMoney } from '../shared/currency-context';

interface Props {
  customer: Pick<ExplorerRow, 'nextOrderDate' | 'expectedOrderValue' | 'pAlive'>;
  referenceDate: string;
}

/**
 * The customer's next order in one plain sentence, from the fitted models; the numbers behind it one
 * click away. Nothing until the models have run.
 */
export function NextOrder({ customer, referenceDate }: Props) {
  const money = useMoney();
  const { nextOrderDate, expectedOrderValue, pAlive } = customer;
  if (pAlive === null) return null;
  // The predictions count from the last day of data, the day before the reference date.
  const days = nextOrderDate === null ? null : Math.max(1, daysBetween(addDays(referenceDate, -1), nextOrderDate));
  const sentence = nextOrderSentence(days);
  return (
    <div data-testid="next-order" data-next-order-date={nextOrderDate ?? ''}>
      <p>
        <strong>{sentence.charAt(0).toUpperCase() + sentence.slice(1)}</strong>
        {expectedOrderValue !== null && days !== null && <>, spending about {money.format(expectedOrderValue)} an order</>}.
      </p>
      <details>
        <summary>The statistics</summary>
        <ul className="small">
          <li>Chance the customer is still buying (P(alive), BG/NBD): {pAlive.toFixed(2)}; below {UNLIKELY_BELOW_P_ALIVE} a next order is called unlikely.</li>
          {nextOrderDate !== null && <li>Expected next order by {nextOrderDate}: the median wait for the next purchase if the customer is still buying.</li>}
          {expectedOrderValue !== null && <li>Expected order value (Gamma-Gamma): {money.format(expectedOrderValue)}.</li>}
        </ul>
      </details>
    </div>
  );
}
