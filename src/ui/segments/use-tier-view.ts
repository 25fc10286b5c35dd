import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import { prepareColumns, type PreparedColumns } from '../../model/segments/tier-rules/customer-columns';
import { evaluateTierRules } from '../../model/segments/tier-rules/evaluate-tier-rules';
import type { TierRuleSet } from '../../model/segments/tier-rules/rule-set';
import type { LoadResult } from '../../protocol/load';
import type { SegmentParams, SegmentView } from '../../protocol/segments';
import { ruleSetFromLink, saveRuleSetLinkSoon } from './tiers/rule-set-link';
import { warmTierRules } from './tiers/warm-tier-rules';

/** Rows of each report's list fetched with the view (the export has everyone). */
export const REPORT_ROWS = 100;

/** What the user chooses for the tiers: the rules, and the day recency is counted to. */
export interface TierChoice {
  ruleSet: TierRuleSet;
  referenceDate: string;
}

/**
 * The tiers of the loaded file under the rules in force. The rules are applied here, on the page, to
 * the customer columns that came with the file (a few passes over typed arrays), so the totals change
 * at once, even while the engine is busy; the two reports' lists follow from the engine, for the same
 * resolved bounds, and show that they are updating until then. The rules outlive a file, and start
 * from the page address when it carries some.
 */
export function useTierView(engine: EngineClient) {
  const [view, setView] = useState<SegmentView | null>(null);
  const [link] = useState(() => ruleSetFromLink());
  const ruleSet = useRef(link.ruleSet);
  const latest = useRef<SegmentParams | null>(null);
  const prepared = useRef<{ loaded: LoadResult; columns: PreparedColumns } | null>(null);

  // While the page waits for a file, the rules' code is warmed up (tiers/warm-tier-rules.ts).
  useEffect(() => {
    if (typeof requestIdleCallback === 'undefined') {
      const timer = setTimeout(() => warmTierRules(ruleSet.current), 500);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(() => warmTierRules(ruleSet.current));
    return () => cancelIdleCallback(idle);
  }, []);

  const evaluate = useCallback((loaded: LoadResult, choice: TierChoice) => {
    if (prepared.current?.loaded !== loaded) prepared.current = { loaded, columns: prepareColumns(loaded.customerColumns) };
    const outcome = evaluateTierRules(prepared.current.columns, choice.ruleSet, choice.referenceDate);
    const params: SegmentParams = { referenceDate: choice.referenceDate, tierRules: outcome.resolved };
    latest.current = params;
    return { params, ruleSet: choice.ruleSet, totals: outcome.totals, reach: { rules: outcome.rules, fallback: outcome.fallback } };
  }, []);

  /** The two lists for `params`, into the view when the engine answers (an answer overtaken is dropped). */
  const fillLists = useCallback(
    async (params: SegmentParams) => {
      const lists = await engine.reports(params, REPORT_ROWS);
      if (latest.current === params) setView((before) => before && { ...before, ...lists, reportsFor: params });
    },
    [engine],
  );

  /**
   * The first view of a newly loaded file, without its lists: the page draws the tiers while the
   * engine lists the reports' customers (the reports are drawn after the tiers anyway), and
   * `lists` settles once they are in the view. Set the view before the lists can arrive.
   */
  const open = useCallback(
    (loaded: LoadResult): { view: SegmentView; lists: Promise<void> } => {
      const evaluated = evaluate(loaded, { ruleSet: ruleSet.current, referenceDate: loaded.defaultReferenceDate });
      return { view: { ...evaluated, revenueLeak: [], marginProtection: [], reportsFor: null }, lists: fillLists(evaluated.params) };
    },
    [evaluate, fillLists],
  );

  /** New rules or reference date: totals at once, lists when the engine answers. */
  const change = useCallback(
    async (loaded: LoadResult, choice: TierChoice) => {
      const evaluated = evaluate(loaded, choice);
      ruleSet.current = choice.ruleSet;
      saveRuleSetLinkSoon(choice.ruleSet);
      setView((before) => before && { ...before, ...evaluated });
      await fillLists(evaluated.params);
    },
    [evaluate, fillLists],
  );

  return useMemo(() => ({ view, setView, open, change, linkProblem: link.problem }), [view, open, change, link.problem]);
}
