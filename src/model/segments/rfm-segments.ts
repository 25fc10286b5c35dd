/**
 * The named RFM segments and the rule table that assigns them from the 1–5 scores. The defaults are
 * the table the R package `rfm` documents (vignette "RFM - Transaction Level Data"), and rules apply
 * as its `rfm_segment()` applies them: in order, the first rule a customer matches wins, and a
 * customer no rule matches is in "Others".
 *
 * With those defaults some rules can never win, because an earlier rule already claims every score
 * combination they cover (Potential Loyalist covers New Customers and Promising; At Risk covers Can't
 * Lose Them; Hibernating covers Lost). That is the package's behaviour too; `shadowedRules` names them
 * so the UI can say so, and the user can reorder or edit the rules.
 */
import type { SegmentInfo } from './segment-info';

export type RfmSegmentId =
  | 'champions'
  | 'loyal_customers'
  | 'potential_loyalist'
  | 'new_customers'
  | 'promising'
  | 'need_attention'
  | 'about_to_sleep'
  | 'at_risk'
  | 'cant_lose_them'
  | 'hibernating'
  | 'lost';

/** A named segment, or the bucket for customers no rule matches. */
export type RfmBucketId = RfmSegmentId | 'others';

export type ScoreName = 'r' | 'f' | 'm';
export const SCORE_NAMES: readonly ScoreName[] = ['r', 'f', 'm'];

export interface ScoreRange {
  min: number;
  max: number;
}

export interface RfmRule {
  segment: RfmSegmentId;
  r: ScoreRange;
  f: ScoreRange;
  m: ScoreRange;
}

/** Rules in priority order: the first one that matches a customer's scores wins. */
export type RfmRules = readonly RfmRule[];

export const RFM_BUCKETS: readonly (SegmentInfo & { id: RfmBucketId })[] = [
  { id: 'champions', label: 'Champions', description: 'Bought recently, buy often and spend the most', color: '#1b7a4a' },
  { id: 'loyal_customers', label: 'Loyal Customers', description: 'Spend good money, respond to promotions', color: '#3f9a5c' },
  { id: 'potential_loyalist', label: 'Potential Loyalist', description: 'Recent customers who spent a good amount', color: '#2a8a8a' },
  { id: 'new_customers', label: 'New Customers', description: 'Bought recently, but not often', color: '#2f6fb0' },
  { id: 'promising', label: 'Promising', description: "Recent shoppers who haven't spent much", color: '#5576c4' },
  { id: 'need_attention', label: 'Need Attention', description: 'Above-average recency, frequency and spend', color: '#b07d12' },
  { id: 'about_to_sleep', label: 'About To Sleep', description: 'Below-average recency, frequency and spend', color: '#b3591f' },
  { id: 'at_risk', label: 'At Risk', description: 'Spent big and bought often, but long ago', color: '#c0392b' },
  { id: 'cant_lose_them', label: "Can't Lose Them", description: 'Made big purchases, often, but long ago', color: '#8e1b3a' },
  { id: 'hibernating', label: 'Hibernating', description: 'Low spend, low frequency, bought long ago', color: '#6b7383' },
  { id: 'lost', label: 'Lost', description: 'Lowest recency, frequency and spend', color: '#4a4f59' },
  { id: 'others', label: 'Others', description: 'Matched by no rule', color: '#9aa1ad' },
];

export const RFM_BUCKET_IDS: readonly RfmBucketId[] = RFM_BUCKETS.map((bucket) => bucket.id);
export const RFM_SEGMENT_IDS: readonly RfmSegmentId[] = RFM_BUCKET_IDS.filter((id): id is RfmSegmentId => id !== 'others');

const rule = (segment: RfmSegmentId, [r0, r1]: number[], [f0, f1]: number[], [m0, m1]: number[]): RfmRule => ({
  segment,
  r: { min: r0, max: r1 },
  f: { min: f0, max: f1 },
  m: { min: m0, max: m1 },
});

/** The `rfm` package's documented table; "≤ 2" is written as 1–2 because scores start at 1. */
export const DEFAULT_RFM_RULES: RfmRules = [
  rule('champions', [4, 5], [4, 5], [4, 5]),
  rule('loyal_customers', [2, 5], [3, 5], [3, 5]),
  rule('potential_loyalist', [3, 5], [1, 3], [1, 3]),
  rule('new_customers', [4, 5], [1, 1], [1, 1]),
  rule('promising', [3, 4], [1, 1], [1, 1]),
  rule('need_attention', [2, 3], [2, 3], [2, 3]),
  rule('about_to_sleep', [2, 3], [1, 2], [1, 2]),
  rule('at_risk', [1, 2], [2, 5], [2, 5]),
  rule('cant_lose_them', [1, 1], [4, 5], [4, 5]),
  rule('hibernating', [1, 2], [1, 2], [1, 2]),
  rule('lost', [1, 2], [1, 2], [1, 2]),
];

export function rfmBucketInfo(id: RfmBucketId): SegmentInfo {
  const found = RFM_BUCKETS.find((bucket) => bucket.id === id);
  if (!found) throw new Error(`invalid RFM segment: ${id}`);
  return found;
}

export function isRfmBucketId(value: string): value is RfmBucketId {
  return (RFM_BUCKET_IDS as readonly string[]).includes(value);
}

/**
 * Checks a rule table that crossed the worker boundary: every named segment exactly once, every bound
 * a whole score from 1 to 5 with min ≤ max. Returns the rules as plain, trusted objects.
 */
export function validateRules(rules: unknown): RfmRules {
  if (!Array.isArray(rules) || rules.length !== RFM_SEGMENT_IDS.length) throw new Error(`invalid rules: expected ${RFM_SEGMENT_IDS.length} rules`);
  const seen = new Set<string>();
  return rules.map((candidate: Partial<RfmRule>) => {
    const segment = String(candidate?.segment);
    if (!(RFM_SEGMENT_IDS as readonly string[]).includes(segment) || seen.has(segment)) throw new Error(`invalid rule segment: ${segment}`);
    seen.add(segment);
    const [r, f, m] = SCORE_NAMES.map((score) => validRange(segment, score, candidate[score]));
    return { segment: segment as RfmSegmentId, r, f, m };
  });
}

function validRange(segment: string, score: ScoreName, range: Partial<ScoreRange> | undefined): ScoreRange {
  const { min, max } = range ?? {};
  const whole = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;
  if (!whole(min) || !whole(max) || min > max) throw new Error(`invalid ${score} range for ${segment}: ${min}–${max}`);
  return { min, max };
}

export function ruleMatches(rule: RfmRule, r: number, f: number, m: number): boolean {
  const within = ({ min, max }: ScoreRange, score: number) => score >= min && score <= max;
  return within(rule.r, r) && within(rule.f, f) && within(rule.m, m);
}

/** The segment of one score combination: the first matching rule, else "others". */
export function segmentForScores(rules: RfmRules, r: number, f: number, m: number): RfmBucketId {
  return rules.find((candidate) => ruleMatches(candidate, r, f, m))?.segment ?? 'others';
}

/** All 125 score combinations, r-major: index = (r − 1)·25 + (f − 1)·5 + (m − 1). */
export function scoreCombinations(): { r: number; f: number; m: number }[] {
  return Array.from({ length: 125 }, (_, index) => ({ r: Math.floor(index / 25) + 1, f: (Math.floor(index / 5) % 5) + 1, m: (index % 5) + 1 }));
}

/**
 * The rule table as the engine uses it: the segment of each of the 125 combinations, in the order of
 * `scoreCombinations`, joined by commas. It is bound as one SQL parameter (sql/scores.ts), so a
 * rule change costs one small join and the text of a rule never becomes SQL.
 */
export function segmentCodes(rules: RfmRules): string {
  return scoreCombinations()
    .map(({ r, f, m }) => segmentForScores(rules, r, f, m))
    .join(',');
}

/** How many of the 125 score combinations each bucket receives. */
export function combinationsPerBucket(rules: RfmRules): Record<RfmBucketId, number> {
  const counts = Object.fromEntries(RFM_BUCKET_IDS.map((id) => [id, 0])) as Record<RfmBucketId, number>;
  for (const { r, f, m } of scoreCombinations()) counts[segmentForScores(rules, r, f, m)] += 1;
  return counts;
}

/** Rules that can never win: earlier rules claim every combination they cover. */
export function shadowedRules(rules: RfmRules): RfmSegmentId[] {
  const counts = combinationsPerBucket(rules);
  return rules.filter((candidate) => counts[candidate.segment] === 0).map((candidate) => candidate.segment);
}

/** Moves one rule a place earlier (higher priority); the first rule stays where it is. */
export function moveRuleUp(rules: RfmRules, segment: RfmSegmentId): RfmRules {
  const index = rules.findIndex((candidate) => candidate.segment === segment);
  if (index <= 0) return rules;
  const moved = [...rules];
  [moved[index - 1], moved[index]] = [moved[index], moved[index - 1]];
  return moved;
}

/** Sets one bound, keeping min ≤ max by moving the other bound along when needed. */
export function setRuleBound(rules: RfmRules, segment: RfmSegmentId, score: ScoreName, bound: 'min' | 'max', value: number): RfmRules {
  return rules.map((candidate) => {
    if (candidate.segment !== segment) return candidate;
    const range = { ...candidate[score], [bound]: value };
    if (range.min > range.max) {
      if (bound === 'min') range.max = range.min;
      else range.min = range.max;
    }
    return { ...candidate, [score]: range };
  });
}
