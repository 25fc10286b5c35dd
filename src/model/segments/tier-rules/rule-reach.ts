/**
 * Which rules can never win, whatever the customers: a rule whose conditions contradict each other
 * (recency > 90 and ≤ 18), or one whose every possible customer an earlier rule already takes (alone
 * or together). That is a property of the resolved bounds, unlike a rule that merely receives nobody
 * in this file.
 *
 * Each rule is a box of whole units (days, invoices, cents) on the three measures; a value passes a
 * bound exactly as the evaluator compares it (cents / 100 against the bound), so the box holds the
 * very customers the rule would match. A box minus the earlier boxes, piece by piece, is what the
 * rule can still receive.
 */
import type { TierId } from '../tiers';
import type { ResolvedCondition, ResolvedRuleSet } from './resolve-bounds';
import { compare, TIER_MEASURES, type TierMeasure } from './rule-set';

export type NeverWins = { reason: 'contradiction' } | { reason: 'covered'; by: TierId[] };

/** Whole units per unit of the measure: a day, an invoice, a cent. */
const GRID: Record<TierMeasure, number> = { recency: 1, frequency: 1, monetary: 100 };

type Interval = readonly [low: number, high: number];
type Box = Record<TierMeasure, Interval>;

/** What customers can have: recency of any sign (a reference date before the purchase), at least one invoice, no negative spend. */
const POSSIBLE: Box = { recency: [-Infinity, Infinity], frequency: [1, Infinity], monetary: [0, Infinity] };

/** Why each rule, then the fallback, can never receive a customer; null where it can. */
export function neverWinning(resolved: ResolvedRuleSet): { rules: (NeverWins | null)[]; fallback: NeverWins | null } {
  const boxes = resolved.rules.map((rule) => boxOf(rule.conditions));
  const rules = boxes.map((box, index) => (isEmpty(box) ? { reason: 'contradiction' as const } : coveredBy(box, boxes.slice(0, index), resolved)));
  return { rules, fallback: coveredBy(POSSIBLE, boxes, resolved) };
}

function coveredBy(box: Box, earlier: Box[], resolved: ResolvedRuleSet): NeverWins | null {
  let rest = [box];
  const by: TierId[] = [];
  earlier.forEach((cut, index) => {
    if (!rest.some((piece) => !isEmpty(intersection(piece, cut)))) return;
    by.push(resolved.rules[index].tier);
    rest = rest.flatMap((piece) => subtract(piece, cut));
  });
  return rest.length === 0 ? { reason: 'covered', by } : null;
}

function boxOf(conditions: readonly ResolvedCondition[]): Box {
  return conditions.reduce((box, { measure, comparison, value }) => {
    const [low, high] = unitsPassing(measure, comparison, value);
    const [boxLow, boxHigh] = box[measure];
    return { ...box, [measure]: [Math.max(boxLow, low), Math.min(boxHigh, high)] };
  }, POSSIBLE);
}

/** The whole units whose value passes `comparison value`: from the first passing one up, or down from the last. */
function unitsPassing(measure: TierMeasure, comparison: ResolvedCondition['comparison'], value: number): Interval {
  if (!Number.isFinite(value)) throw new Error(`invalid ${measure} bound: ${value}`);
  const scale = GRID[measure];
  const passes = (units: number) => compare(units / scale, comparison, value);
  let units = Math.round(value * scale);
  const lowerBound = comparison === '>=' || comparison === '>';
  // Beyond 2^52 whole units no customer exists and unit steps are not representable; the guess will do.
  if (!(Math.abs(units) < 2 ** 52)) return lowerBound ? [units, Infinity] : [-Infinity, units];
  if (lowerBound) {
    while (passes(units - 1)) units--;
    while (!passes(units)) units++;
    return [units, Infinity];
  }
  while (passes(units + 1)) units++;
  while (!passes(units)) units--;
  return [-Infinity, units];
}

function isEmpty(box: Box): boolean {
  return TIER_MEASURES.some((measure) => box[measure][0] > box[measure][1]);
}

function intersection(a: Box, b: Box): Box {
  const both = (measure: TierMeasure): Interval => [Math.max(a[measure][0], b[measure][0]), Math.min(a[measure][1], b[measure][1])];
  return { recency: both('recency'), frequency: both('frequency'), monetary: both('monetary') };
}

/** `box` without `cut`, as disjoint boxes: slice off what lies outside `cut` one measure at a time. */
function subtract(box: Box, cut: Box): Box[] {
  if (isEmpty(intersection(box, cut))) return [box];
  const pieces: Box[] = [];
  let rest = box;
  for (const measure of TIER_MEASURES) {
    const [low, high] = rest[measure];
    const [cutLow, cutHigh] = cut[measure];
    if (low < cutLow) pieces.push({ ...rest, [measure]: [low, cutLow - 1] });
    if (high > cutHigh) pieces.push({ ...rest, [measure]: [cutHigh + 1, high] });
    rest = { ...rest, [measure]: [Math.max(low, cutLow), Math.min(high, cutHigh)] };
  }
  return pieces;
}
