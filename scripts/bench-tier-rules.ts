/**
 * `npx tsx scripts/bench-tier-rules.ts [customers]`: how long the page needs to apply tier rules to a
 * shop's customers (default 100,000), in Node: preparing the columns once per file, then evaluating a
 * rule set (recency for the reference date, percentiles, every customer's tier, totals, what each rule
 * receives). The target is new totals within 100 ms of an edit; it is a report, not a gate.
 */
import { prepareColumns, type CustomerColumns } from '../src/model/segments/tier-rules/customer-columns';
import { evaluateTierRules } from '../src/model/segments/tier-rules/evaluate-tier-rules';
import { percentileOf, TIER_RULE_PRESETS, valueOf } from '../src/model/segments/tier-rules/presets';
import type { TierRuleSet } from '../src/model/segments/tier-rules/rule-set';
import { seededRandom } from '../src/model/shared/random';

const RUNS = 30;
const TARGET_MS = 100;
const REFERENCE_DATE = '2011-12-10';

/**
 * Customers shaped like a shop's: a last purchase at any minute of two years, few invoices, skewed
 * spend; latest last purchase first, the order the engine sends them in.
 */
function syntheticColumns(customers: number): CustomerColumns {
  const random = seededRandom(2011);
  const end = Date.parse('2011-12-09T12:50:00Z') * 1000;
  return {
    lastPurchaseMicros: Float64Array.from({ length: customers }, () => end - Math.floor(random() * 730 * 1440) * 60_000_000).sort().reverse(),
    frequency: Int32Array.from({ length: customers }, () => 1 + Math.floor(-Math.log(1 - random()) * 3)),
    monetaryCents: Float64Array.from({ length: customers }, () => Math.round(Math.exp(4 + random() * 6) * 100)),
  };
}

const CUSTOM: TierRuleSet = {
  preset: 'custom',
  rules: [
    { tier: 'champion', conditions: [percentileOf('monetary', '>=', 90), percentileOf('frequency', '>=', 75), percentileOf('recency', '<=', 25)] },
    { tier: 'at_risk_whale', conditions: [percentileOf('monetary', '>=', 70), valueOf('recency', '>', 60), valueOf('frequency', '>', 1)] },
    { tier: 'hibernating', conditions: [percentileOf('recency', '>', 50), valueOf('monetary', '<', 250)] },
  ],
  fallback: 'average',
  recencyBasis: 'elapsed-days',
};

function timings(work: () => void): { median: number; worst: number } {
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)], worst: times[RUNS - 1] };
}

function main(customers: number): void {
  const raw = syntheticColumns(customers);
  const prepare = timings(() => prepareColumns(raw));
  console.log(`${customers.toLocaleString('en-US')} customers, ${RUNS} runs each (median / worst)`);
  console.log(`prepare columns (once per file): ${prepare.median.toFixed(1)} / ${prepare.worst.toFixed(1)} ms`);
  const columns = prepareColumns(raw);
  const cases: [string, TierRuleSet][] = [
    ['value-activity, calendar days', TIER_RULE_PRESETS['value-activity']],
    ['seed-notebook, elapsed days', TIER_RULE_PRESETS['seed-notebook']],
    ['custom, 3 rules × 2–3 conditions', CUSTOM],
  ];
  for (const [name, ruleSet] of cases) {
    const { median, worst } = timings(() => evaluateTierRules(columns, ruleSet, REFERENCE_DATE));
    console.log(`evaluate ${name}: ${median.toFixed(1)} / ${worst.toFixed(1)} ms ${worst <= TARGET_MS ? 'ok' : 'FAIL'} (target ${TARGET_MS} ms)`);
  }
}

main(Number(process.argv[2] ?? 100_000));
