import { useEffect, useMemo, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import type { Migration } from '../../model/insights/migration';
import { customersWhoMoved, type Movement } from '../../model/insights/movements';

export const MOVED_PAGE_ROWS = 20;

export interface MovedPage {
  /** Every customer who made the move, as positions in the current columns, biggest spenders first. */
  positions: Uint32Array;
  /** The page shown: the one asked for, or the last when the list got shorter. */
  page: number;
  pages: number;
  /** The positions on that page. */
  shown: number[];
  /** The ids of the page shown, once the engine has named them. */
  ids: string[] | null;
}

/** One page of the customers who made a move: who they are comes from the engine, a page at a time. */
export function useMovedCustomers(engine: EngineClient, migration: Migration, tiers: Uint8Array, cents: Float64Array, movement: Movement, page: number): MovedPage {
  const positions = useMemo(() => customersWhoMoved(migration, tiers, cents, movement), [migration, tiers, cents, movement]);
  const pages = Math.max(1, Math.ceil(positions.length / MOVED_PAGE_ROWS));
  const onPage = Math.min(page, pages - 1);
  const shown = useMemo(() => [...positions.subarray(onPage * MOVED_PAGE_ROWS, (onPage + 1) * MOVED_PAGE_ROWS)], [positions, onPage]);
  const [named, setNamed] = useState<{ for: number[]; ids: string[] } | null>(null);
  useEffect(() => {
    let current = true;
    engine.customerIdsAt(shown).then(
      (ids) => current && setNamed({ for: shown, ids }),
      () => current && setNamed({ for: shown, ids: shown.map(() => '?') }),
    );
    return () => {
      current = false;
    };
  }, [engine, shown]);
  return { positions, page: onPage, pages, shown, ids: named?.for === shown ? named.ids : null };
}
