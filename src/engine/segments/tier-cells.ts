import type { TierCells } from '../../model/segments/tier-totals';
import type { Connector } from '../db/connector';
import { TIER_CELLS, VALUE_THRESHOLD_LIST } from './sql/segments';

/** The file's tier cells, column by column (arrays of numbers cross the worker boundary cheaply). */
export async function readTierCells(db: Connector): Promise<TierCells> {
  const thresholds = await db.query<{ threshold: number }>(VALUE_THRESHOLD_LIST);
  const rows = await db.query<{ value_level: number; last_day: number; customers: number; revenue_cents: number }>(TIER_CELLS);
  return {
    thresholds: thresholds.map((row) => row.threshold),
    valueLevel: rows.map((row) => row.value_level),
    lastDay: rows.map((row) => row.last_day),
    customers: rows.map((row) => row.customers),
    revenueCents: rows.map((row) => row.revenue_cents),
  };
}
