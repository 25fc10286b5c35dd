/**
 * When a customer is expected to order next, from the fitted BG/NBD model. Given alive, a customer
 * with x repeat purchases in T buys at a Poisson rate λ whose posterior is Gamma(r + x, α + T), so
 * P(no purchase within t | alive) = ((α + T)/(α + T + t))^(r + x) (bgnbd.ts probabilityNoPurchase).
 * That is one half at t = (α + T)(2^(1/(r + x)) − 1): the median wait for the next order. A customer
 * the model thinks has probably dropped out (P(alive) below UNLIKELY_BELOW_P_ALIVE) gets no date.
 */
import type { BgNbdParams, RepeatHistory } from './models/bgnbd';

/** Below this P(alive) a next order is "unlikely": more than two chances in three the customer has gone. */
export const UNLIKELY_BELOW_P_ALIVE = 0.3;

/** The median time to the next purchase given alive, in the fit's time unit. */
export function medianTimeToNextPurchase({ r, alpha }: BgNbdParams, { x, T }: Pick<RepeatHistory, 'x' | 'T'>): number {
  return (alpha + T) * Math.expm1(Math.LN2 / (r + x));
}

/** Whole days from the end of the history to the expected next order (rounded up), or null when unlikely. */
export function nextOrderDays(medianDays: number, pAlive: number): number | null {
  if (!(pAlive >= UNLIKELY_BELOW_P_ALIVE) || !Number.isFinite(medianDays)) return null;
  return Math.max(1, Math.ceil(medianDays));
}

const DAYS_PER_WEEK = 7;
const DAYS_PER_MONTH = 365.25 / 12;

/** One plain sentence: "likely to order again within about 6 weeks", or "unlikely to order again". */
export function nextOrderSentence(days: number | null): string {
  if (days === null) return 'unlikely to order again';
  return `likely to order again within about ${aboutHowLong(days)}`;
}

function aboutHowLong(days: number): string {
  if (days <= 1) return 'a day';
  if (days < 14) return `${days} days`;
  if (days < 9 * DAYS_PER_WEEK) return `${Math.round(days / DAYS_PER_WEEK)} weeks`;
  const months = Math.round(days / DAYS_PER_MONTH);
  if (months < 24) return `${months} months`;
  return `${Math.round(days / 365.25)} years`;
}
