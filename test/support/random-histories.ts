import type { CustomerHistories } from '../../src/model/predict/customer-history';
import { seededRandom } from '../../src/model/shared/random';

/**
 * Random but valid histories in days (t_x ≤ T, and t_x = 0 exactly when x = 0), with some purchases
 * after the cutoff, for tests that need many customers and do not care who they are. Seeded.
 */
export function randomHistories(count: number, seed: number): CustomerHistories {
  const random = seededRandom(seed);
  const column = () => new Float64Array(count);
  const h = {
    x: column(), txDays: column(), tDays: column(), zbar: column(), totalValue: column(), lastGapDays: column(),
    recentPurchaseDays: column(), nextPurchaseDays: column(), laterPurchaseDays: column(),
  };
  for (let i = 0; i < count; i++) {
    h.tDays[i] = Math.floor(random() * 500);
    h.x[i] = h.tDays[i] === 0 ? 0 : Math.floor(random() * 12);
    h.txDays[i] = h.x[i] === 0 ? 0 : Math.min(h.tDays[i], Math.max(h.x[i], Math.floor(random() * (h.tDays[i] + 1))));
    h.zbar[i] = h.x[i] === 0 ? 0 : 5 + random() * 100;
    h.totalValue[i] = (h.x[i] + 1) * (5 + random() * 100);
    h.lastGapDays[i] = h.x[i] === 0 ? Number.NaN : Math.max(1, Math.round(h.txDays[i] / h.x[i]));
    h.recentPurchaseDays[i] = h.tDays[i] - h.txDays[i] < 90 ? 1 + Math.min(h.x[i], Math.floor(random() * 3)) : 0;
    // Recent and frequent buyers come back more often, so there is something to learn.
    const comeBack = random() < (h.x[i] + 1) / (h.x[i] + 2 + (h.tDays[i] - h.txDays[i]) / 30);
    h.nextPurchaseDays[i] = comeBack ? 1 + Math.floor(random() * 2) : 0;
    h.laterPurchaseDays[i] = h.nextPurchaseDays[i] + Math.floor(random() * 3);
  }
  return { customerIds: Array.from({ length: count }, (_, i) => `c${i}`), ...h };
}
