import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { EngineClient } from '../../engine/client';
import { addPerCurrency, formatPerCurrency, type CurrencyAmount } from '../../model/shared/currency-amounts';
import type { RfmRules } from '../../model/segments/rfm-segments';
import type { Segmentation } from '../../model/segments/segment-info';
import type { CurrencyRevenue } from '../../protocol/campaigns';
import type { SegmentParams } from '../../protocol/segments';
import { useMoney } from './currency-context';

/** Each segment's revenue per currency, by segment id. */
export type TotalsBySegment = ReadonlyMap<string, CurrencyAmount[]>;

/** For a file with several currencies: the tiers' totals (the reports are tiers) and the named segments'. */
export interface CurrencyTotals {
  tiers: TotalsBySegment | null;
  rfm: TotalsBySegment | null;
}

const NONE: CurrencyTotals = { tiers: null, rfm: null };
const CurrencyTotalsContext = createContext<CurrencyTotals>(NONE);

export function CurrencyTotalsProvider({ totals, children }: { totals: CurrencyTotals; children: ReactNode }) {
  return <CurrencyTotalsContext.Provider value={totals}>{children}</CurrencyTotalsContext.Provider>;
}

/** A segmentation's revenue per currency; null when the file has one currency (or the totals are on their way). */
export function useSegmentCurrencyTotals(segmentation: Segmentation): TotalsBySegment | null {
  return useContext(CurrencyTotalsContext)[segmentation];
}

/**
 * Revenue as a table or report writes it: one figure in the file's currency, or with several
 * currencies one per currency (an ellipsis while those are on their way, never the sum across them).
 */
export function useRevenueText(segmentation: Segmentation) {
  const money = useMoney();
  const perCurrency = useSegmentCurrencyTotals(segmentation);
  const mixed = money.currency.kind === 'mixed';
  /** A segment's revenue (null: every segment's), given as the one figure the page has for it. */
  const text = (segment: string | null, revenue: number): string => {
    if (!mixed) return money.format(revenue);
    if (perCurrency === null) return '…';
    return formatPerCurrency(segment === null ? addPerCurrency([...perCurrency.values()].flat()) : (perCurrency.get(segment) ?? []));
  };
  return { mixed, text };
}

/** Asks the engine for revenue per currency, for the thresholds and rules in force, only when the file mixes currencies. */
export function useCurrencyTotalsQuery(engine: EngineClient, params: SegmentParams, rules: RfmRules, mixed: boolean): CurrencyTotals {
  const [totals, setTotals] = useState<{ for: unknown[]; totals: CurrencyTotals } | null>(null);
  useEffect(() => {
    if (!mixed) return;
    let live = true;
    const key = [params, rules];
    Promise.all([engine.revenueByCurrency(params, rules, 'tiers'), engine.revenueByCurrency(params, rules, 'rfm')]).then(
      ([tiers, rfm]) => live && setTotals({ for: key, totals: { tiers: bySegment(tiers), rfm: bySegment(rfm) } }),
      () => live && setTotals(null),
    );
    return () => {
      live = false;
    };
  }, [engine, params, rules, mixed]);
  const current = totals && totals.for[0] === params && totals.for[1] === rules;
  return mixed && current ? totals.totals : NONE;
}

function bySegment(rows: readonly CurrencyRevenue[]): TotalsBySegment {
  const grouped = new Map<string, CurrencyAmount[]>();
  for (const row of rows) grouped.set(row.segment, [...(grouped.get(row.segment) ?? []), { currency: row.currency, amount: row.revenue }]);
  return new Map([...grouped].map(([segment, amounts]) => [segment, addPerCurrency(amounts)]));
}
