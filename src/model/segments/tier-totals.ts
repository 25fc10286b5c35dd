import type { TierId } from './tiers';

/** One tier's customers and revenue (exact to the cent: added up in whole cents). */
export interface TierTotals {
  segment: TierId;
  customers: number;
  revenue: number;
}
