/**
 * Segments as they cross the worker boundary: the tier rules and reference date a view is for, the
 * customers in a segment, and the two reports' lists. Tier totals are added up on the page from the
 * customer columns the engine sends once per file (model/segments/tier-rules), RFM totals from score
 * cells (model/segments/rfm-totals.ts).
 */
import type { RfmCell } from '../model/segments/rfm-totals';
import type { RuleOutcome } from '../model/segments/tier-rules/evaluate-tier-rules';
import type { ResolvedRuleSet } from '../model/segments/tier-rules/resolve-bounds';
import type { TierRuleSet } from '../model/segments/tier-rules/rule-set';
import type { TierTotals } from '../model/segments/tier-totals';
import type { TierId } from '../model/segments/tiers';

/**
 * What a tier view is for: the day recency is counted to (YYYY-MM-DD) and the tier rules with every
 * percentile already resolved to its value in this file, so the page's totals and the engine's lists
 * compare customers with the very same numbers.
 */
export interface SegmentParams {
  referenceDate: string;
  tierRules: ResolvedRuleSet;
}

export interface CustomerRow {
  customerId: string;
  recencyDays: number;
  frequency: number;
  monetary: number;
  segment: TierId;
  /** YYYY-MM-DD */
  firstPurchaseDate: string;
  lastPurchaseDate: string;
}

export interface ReportLists {
  /** At-Risk Whales, biggest first (first page). */
  revenueLeak: CustomerRow[];
  /** Champions, biggest first (first page). */
  marginProtection: CustomerRow[];
}

/** What each rule, and the fallback tier, receives under the rules in force. */
export interface RuleReach {
  rules: RuleOutcome[];
  fallback: RuleOutcome;
}

export interface SegmentView extends ReportLists {
  params: SegmentParams;
  /** The rules as written (percentiles, the preset's name): what the editor shows. */
  ruleSet: TierRuleSet;
  totals: TierTotals[];
  reach: RuleReach;
  /**
   * The rules the two lists are for: behind `params` while newer lists are on their way; null until
   * a newly loaded file's first lists are here.
   */
  reportsFor: SegmentParams | null;
}

export interface SegmentVerbs {
  /** The two reports' lists for a set of rules (the tier totals come from LoadResult.customerColumns). */
  reports(params: SegmentParams, reportRows: number): Promise<ReportLists>;
  /** One page of a tier's customers, biggest spenders first. */
  customers(params: SegmentParams, segment: TierId | null, limit: number, offset: number): Promise<CustomerRow[]>;
  /** Customers and revenue per combination of RFM scores (fixed per file); rule tables are applied to these. */
  rfmCells(): Promise<RfmCell[]>;
}
