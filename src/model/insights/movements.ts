/**
 * The moves a shop acts on, out of the migration table. The tiers fall in two halves: buying lately
 * (Champion, Average) and gone quiet (At-Risk Whale, Hibernating). A customer *slipped* when they
 * went from the first half to the second (Champion → At-Risk Whale, say), was *won back* the other
 * way, and is *new* when they had not bought before the earlier date.
 */
import { TIER_IDS, type TierId } from '../segments/tiers';
import { NEW_INDEX, type Migration, type MigrationFrom } from './migration';

export type Movement = 'slipped' | 'won-back' | 'new';
export const MOVEMENTS: readonly Movement[] = ['slipped', 'won-back', 'new'];

export const MOVEMENT_LABELS: Record<Movement, string> = { slipped: 'Slipped', 'won-back': 'Won back', new: 'New' };

const QUIET: ReadonlySet<TierId> = new Set<TierId>(['at_risk_whale', 'hibernating']);

export function movementOf(from: MigrationFrom, to: TierId): Movement | null {
  if (from === 'new') return 'new';
  if (!QUIET.has(from) && QUIET.has(to)) return 'slipped';
  if (QUIET.has(from) && !QUIET.has(to)) return 'won-back';
  return null;
}

/** Customers (positions in the current columns) who made a movement, biggest spenders first. */
export function customersWhoMoved(migration: Migration, currentTiers: Uint8Array, currentCents: Float64Array, movement: Movement): Uint32Array {
  const moved: number[] = [];
  const { fromOfCustomer } = migration;
  for (let i = 0; i < currentTiers.length; i++) {
    const from = fromOfCustomer[i] === NEW_INDEX ? 'new' : TIER_IDS[fromOfCustomer[i]];
    if (movementOf(from, TIER_IDS[currentTiers[i]]) === movement) moved.push(i);
  }
  return Uint32Array.from(moved).sort((a, b) => currentCents[b] - currentCents[a] || a - b);
}
