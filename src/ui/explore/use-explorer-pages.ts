import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import type { RfmRules } from '../../model/segments/rfm-segments';
import type { CustomerQuery, ExplorerRow } from '../../protocol/explore';
import type { SegmentParams } from '../../protocol/segments';
import { pagesFor, type RowRange } from './virtual-window';

export const PAGE_SIZE = 200;
/** While the table scrolls, pages are asked for once it rests this long, not for every row flown past. */
const SCROLL_SETTLE_MS = 60;

export type ExplorerQuery = Omit<CustomerQuery, 'offset' | 'countAll'>;

interface Answered {
  key: string;
  total: number;
  pages: ReadonlyMap<number, ExplorerRow[]>;
}

/**
 * The pages of one explorer question that the rows on screen need, asked of the worker PAGE_SIZE rows
 * at a time; the first page also counts every match. While a new question is answered, the previous
 * answer stays shown. `wanted(total)` gives the rows on screen for a number of rows; a new `version`
 * (the customers' clusters changed) asks again.
 */
export function useExplorerPages(engine: EngineClient, params: SegmentParams, rules: RfmRules, query: ExplorerQuery, wanted: (total: number) => RowRange, version = '') {
  const [answered, setAnswered] = useState<Answered | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const latest = useRef<{ key: string; requested: Set<number> }>({ key: '', requested: new Set() });
  // The question the user asked; its answer is asked again when the clusters change (`version`).
  const question = JSON.stringify({ params, rules, ...query });
  const key = `${version}|${question}`;
  const current = answered?.key === key ? answered : null;
  // A question not yet answered asks for its first page, which counts the matches; the rows on screen
  // follow once the count is known (the reader may be far down the table when the clusters arrive).
  const neededKey = (current ? pagesFor(wanted(current.total), PAGE_SIZE).filter((page) => !current.pages.has(page)) : [0]).join(',');

  const fetchPage = useEffectEvent((page: number) => engine.customerPage(params, rules, { ...query, offset: page * PAGE_SIZE, countAll: page === 0 }));
  const keep = useEffectEvent((asked: object, page: number, rows: ExplorerRow[], total: number | null) => {
    if (latest.current !== asked) return; // the question changed meanwhile
    setFailure(null);
    setAnswered((previous) => {
      const same = previous?.key === key;
      const pages = new Map(same ? previous.pages : []).set(page, rows);
      return { key, total: total ?? (same ? previous.total : 0), pages };
    });
  });

  const isAnswered = current !== null;
  useEffect(() => {
    if (latest.current.key !== key) latest.current = { key, requested: new Set() };
    const asked = latest.current;
    const pages = (neededKey === '' ? [] : neededKey.split(',').map(Number)).filter((page) => !asked.requested.has(page));
    if (pages.length === 0) return;
    const timer = setTimeout(() => {
      for (const page of pages) {
        asked.requested.add(page);
        fetchPage(page).then(
          (result) => keep(asked, page, result.rows, result.total),
          (error: unknown) => {
            asked.requested.delete(page);
            if (latest.current === asked) setFailure(error instanceof Error ? error.message : String(error));
          },
        );
      }
    }, isAnswered ? SCROLL_SETTLE_MS : 0);
    return () => clearTimeout(timer);
  }, [key, neededKey, isAnswered]);

  return { question, current, shown: current ?? answered, failure };
}

/** The row at an index of the answer, if its page has arrived. */
export function rowAt(answer: { pages: ReadonlyMap<number, ExplorerRow[]> } | null, index: number): ExplorerRow | undefined {
  return answer?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
}
