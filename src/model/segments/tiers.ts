/**
 * The four retention tiers. Which customer is in which is decided by tier rules (tier-rules/): by
 * default the 2×2 of customer value (monetary at or above a percentile of all customers) and activity
 * (a purchase within the last D days). This module names the tiers and says what each means to a shop.
 */
export type TierId = 'champion' | 'at_risk_whale' | 'average' | 'hibernating';

/** The two numbers of the value-activity rules (tier-rules/presets.ts valueActivityRules). */
export interface TierThresholds {
  /** Percentile (0–100) of customers' monetary at or above which a customer is "high value". */
  valuePercentile: number;
  /** A customer whose last purchase is at most this many days before the reference date is "active". */
  activeDays: number;
}

export const DEFAULT_THRESHOLDS: TierThresholds = { valuePercentile: 80, activeDays: 90 };

export interface TierInfo {
  id: TierId;
  label: string;
  description: string;
  color: string;
}

export const TIERS: readonly TierInfo[] = [
  { id: 'champion', label: 'Champion', description: 'High value, bought recently', color: '#2e7d4f' },
  { id: 'at_risk_whale', label: 'At-Risk Whale', description: 'High value, gone quiet', color: '#c0392b' },
  { id: 'average', label: 'Average', description: 'Lower value, bought recently', color: '#3a6ea5' },
  { id: 'hibernating', label: 'Hibernating', description: 'Lower value, gone quiet', color: '#8a8f98' },
];

export const TIER_IDS: readonly TierId[] = TIERS.map((tier) => tier.id);

export function tierInfo(id: TierId): TierInfo {
  const found = TIERS.find((tier) => tier.id === id);
  if (!found) throw new Error(`invalid tier: ${id}`);
  return found;
}

export function isTierId(value: string): value is TierId {
  return (TIER_IDS as readonly string[]).includes(value);
}
