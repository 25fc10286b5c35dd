import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/engine/db/connector';
import { chartData } from '../../../src/engine/explore/chart-data';
import { loadOrders } from '../../../src/engine/load/load-orders';
import { readCustomerColumns } from '../../../src/engine/segments/customer-columns';
import { compileTierCase, CUSTOMER_COLUMN_IDS, customersWithRecency, tieredCustomers } from '../../../src/engine/segments/sql/tier-rules';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { prepareColumns, type PreparedColumns } from '../../../src/model/segments/tier-rules/customer-columns';
import { evaluateTierRules } from '../../../src/model/segments/tier-rules/evaluate-tier-rules';
import { percentileOf, TIER_RULE_PRESETS, valueActivityRules, valueOf } from '../../../src/model/segments/tier-rules/presets';
import { quantileCont } from '../../../src/model/segments/tier-rules/quantile';
import { recencyColumn } from '../../../src/model/segments/tier-rules/recency';
import type { ResolvedRuleSet } from '../../../src/model/segments/tier-rules/resolve-bounds';
import { COMPARISONS, RECENCY_BASES, TIER_MEASURES, type Condition, type RecencyBasis, type TierRuleSet } from '../../../src/model/segments/tier-rules/rule-set';
import { TIER_IDS } from '../../../src/model/segments/tiers';
import { micros } from '../../support/customer-columns';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';

// Hand-made boundaries. The latest purchase is 2011-12-09 12:50, so the default reference date is
// 2011-12-10 and the elapsed-days snapshot 2011-12-10 12:50. Spends tie on 100.00 and 1661.74,
// invoices on 1 and 5; customer 7 is written 7.0, as the public Online Retail file writes ids.
const line = (invoice: string, customer: string, at: string, quantity: number, price: string) => `${invoice},X,ITEM,${quantity},${at},${price},${customer},UK`;
const BOUNDARIES = [
  'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
  line('600001', '1', '2011-12-09 12:50:00', 1, '100.00'),
  line('600002', '2', '2011-12-01 09:00:00', 1, '60.00'),
  line('600003', '2', '2011-12-08 12:51:00', 1, '40.00'), // 47 h 59 min before the snapshot: elapsed 1, calendar 2
  ...['600004', '600005', '600006', '600007'].map((invoice, i) => line(invoice, '3', `2011-0${i + 2}-15 10:00:00`, 1, '50.10')),
  line('600008', '3', '2011-12-08 12:49:00', 2, '25.05'), // 48 h 1 min: elapsed 2
  ...['600009', '600010', '600011', '600012'].map((invoice, i) => line(invoice, '4', `2011-0${i + 3}-01 08:00:00`, 1, '20.00')),
  line('600013', '4', '2011-09-11 13:00:00', 1, '20.00'), // 90 calendar days, 89 elapsed
  line('600014', '5', '2011-05-05 11:11:00', 3, '553.91'),
  line('600015', '5', '2011-09-11 00:00:00', 1, '0.01'), // 90 and 90
  line('600016', '6', '2011-09-10 12:50:00', 2, '830.87'), // 91 and 91, 1661.74
  line('600017', '7.0', '2010-12-01 08:26:00', 3, '0.10'),
  line('C600018', '7.0', '2010-12-02 08:26:00', -3, '0.10'),
  line('600019', '', '2011-12-09 12:55:00', 1, '9.99'), // a guest: left out, so not the latest purchase
].join('\n');

const BASES = RECENCY_BASES;

/**
 * The 2×2 as the app computed it before tier rules (a fixed table macro), kept as the reference the
 * value-activity rules must reproduce: high value = monetary ≥ quantile_cont(P), active = recency ≤ D
 * calendar days. Parameters: P / 100, the reference date, D.
 */
const TWO_BY_TWO = `
  WITH threshold AS (SELECT quantile_cont(monetary::DOUBLE, ?) AS value FROM customers),
  classified AS (
    SELECT customer_id, (?::DATE - last_purchase_date)::INTEGER AS recency_days, monetary::DOUBLE >= threshold.value AS high_value
    FROM customers, threshold
  )
  SELECT customer_id, recency_days,
    CASE WHEN high_value AND recency_days <= ? THEN 'champion' WHEN high_value THEN 'at_risk_whale'
         WHEN recency_days <= $3 THEN 'average' ELSE 'hibernating' END AS segment
  FROM classified
  ORDER BY customer_id`;

async function load(csv: string) {
  const db = await nativeConnector();
  const loaded = await loadOrders(db, { source: writeFixture('orders.csv', csv), fileName: 'orders.csv' });
  const ids = (await db.query<{ customer_id: string }>(CUSTOMER_COLUMN_IDS)).map((row) => row.customer_id);
  return { db, loaded, ids, columns: prepareColumns(await readCustomerColumns(db)) };
}

/** Each customer's recency and tier from the SQL CASE, by customer id. */
async function sqlTiers(db: Connector, resolved: ResolvedRuleSet, referenceDate: string) {
  const { sql, params } = tieredCustomers(resolved, referenceDate);
  const rows = await db.query<{ customer_id: string; recency_days: number; segment: string }>(
    `SELECT customer_id, recency_days, segment FROM (${sql}) AS tiered ORDER BY customer_id`,
    params,
  );
  return Object.fromEntries(rows.map((row) => [row.customer_id, `${row.recency_days} ${row.segment}`]));
}

/** The same from the page's evaluator over the columns. */
function pageTiers(columns: PreparedColumns, ids: string[], ruleSet: TierRuleSet, referenceDate: string) {
  const outcome = evaluateTierRules(columns, ruleSet, referenceDate);
  const tiers = Object.fromEntries(ids.map((id, i) => [id, `${outcome.recencyDays[i]} ${TIER_IDS[outcome.tierOfCustomer[i]]}`]));
  return { outcome, tiers };
}

const days = (date: string, offset: number) => new Date(Date.parse(`${date}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

/** One rule per tier from every measure × comparison × bound kind, so that each combination decides some customers. */
function ruleBattery(columns: PreparedColumns, basis: RecencyBasis, referenceDate: string): TierRuleSet[] {
  const recency = recencyColumn(columns, referenceDate, basis).days;
  const existing = { recency: recency[0], frequency: columns.frequency[1], monetary: columns.monetary[2] };
  const conditions: Condition[] = TIER_MEASURES.flatMap((measure) =>
    COMPARISONS.flatMap((comparison) => [valueOf(measure, comparison, existing[measure]), ...[0, 25, 37.5, 50, 80, 100].map((p) => percentileOf(measure, comparison, p))]),
  );
  const sets: TierRuleSet[] = [];
  for (let i = 0; i < conditions.length; i += 3) {
    const pick = (k: number) => conditions[(i + k) % conditions.length];
    sets.push({
      preset: 'custom',
      rules: [
        { tier: 'champion', conditions: [pick(0)] },
        { tier: 'at_risk_whale', conditions: [pick(1), pick(5)] },
        { tier: 'hibernating', conditions: [pick(2), pick(7), pick(11)] },
      ],
      fallback: 'average',
      recencyBasis: basis,
    });
  }
  return sets;
}

describe('tier rules in SQL, on hand-made boundaries', () => {
  let fixture: Awaited<ReturnType<typeof load>>;
  beforeAll(async () => {
    fixture = await load(BOUNDARIES);
  });

  it('keeps each customer’s last purchase timestamp beside its date, and sends the columns exactly', async () => {
    const rows = await fixture.db.query<{ customer_id: string; at: string; date: string }>(
      `SELECT customer_id, strftime(last_purchase_at, '%Y-%m-%d %H:%M') AS at, strftime(last_purchase_date, '%Y-%m-%d') AS date FROM customers ORDER BY customer_id`,
    );
    expect(rows.map((row) => [row.customer_id, row.at, row.date])).toEqual([
      ['1', '2011-12-09 12:50', '2011-12-09'],
      ['2', '2011-12-08 12:51', '2011-12-08'],
      ['3', '2011-12-08 12:49', '2011-12-08'],
      ['4', '2011-09-11 13:00', '2011-09-11'],
      ['5', '2011-09-11 00:00', '2011-09-11'],
      ['6', '2011-09-10 12:50', '2011-09-10'],
      ['7', '2010-12-01 08:26', '2010-12-01'],
    ]);
    const { columns, ids } = fixture;
    expect(ids).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect([...columns.lastPurchaseMicros]).toEqual(rows.map((row) => micros(row.at)));
    expect([...columns.frequency]).toEqual([1, 2, 5, 5, 2, 1, 1]);
    expect([...columns.monetaryCents]).toEqual([10_000, 10_000, 25_050, 10_000, 166_174, 166_174, 30]);
  });

  it('counts recency the same both ways in SQL and on the page', async () => {
    const expected: Record<RecencyBasis, number[]> = {
      'calendar-days': [1, 2, 2, 90, 90, 91, 374],
      'elapsed-days': [1, 1, 2, 89, 90, 91, 374],
    };
    for (const basis of BASES) {
      const ruleSet: TierRuleSet = { ...TIER_RULE_PRESETS['value-activity'], recencyBasis: basis };
      const { outcome, tiers } = pageTiers(fixture.columns, fixture.ids, ruleSet, '2011-12-10');
      expect([...outcome.recencyDays], basis).toEqual(expected[basis]);
      expect(await sqlTiers(fixture.db, outcome.resolved, '2011-12-10'), basis).toEqual(tiers);
    }
  });

  it('reproduces the seed notebook’s thresholds on the boundaries: P75 of spend, P75 of invoices, P25 of elapsed days', () => {
    const { outcome } = pageTiers(fixture.columns, fixture.ids, TIER_RULE_PRESETS['seed-notebook'], '2011-12-10');
    // Spend ascending: 0.30, 100, 100, 100, 250.50, 1661.74, 1661.74 → P75 at position 4.5.
    expect(outcome.resolved.rules.map((rule) => rule.conditions.map((condition) => condition.label))).toEqual([
      ['P75 of monetary = 956.12', '90 days'],
      ['P75 of frequency = 3.5 invoices', 'P25 of recency = 1.5 days'],
      ['90 days'],
    ]);
    // Only customer 6 is both ≥ 956.12 and > 90 days; nobody with 5 invoices bought within 1.5 days.
    expect(outcome.totals.map((total) => [total.segment, total.customers])).toEqual([
      ['champion', 0],
      ['at_risk_whale', 1],
      ['average', 5],
      ['hibernating', 1],
    ]);
    expect(outcome.rules.map((rule) => rule.standing)).toEqual(['receives', 'none-in-this-file', 'receives']);
  });

  it('agrees customer for customer with the page on every comparison, bound kind and basis, ties included', async () => {
    for (const basis of BASES) {
      for (const referenceDate of ['2011-12-10', days('2011-12-10', -100), days('2011-12-10', 45)]) {
        for (const ruleSet of ruleBattery(fixture.columns, basis, referenceDate)) {
          const { outcome, tiers } = pageTiers(fixture.columns, fixture.ids, ruleSet, referenceDate);
          expect(await sqlTiers(fixture.db, outcome.resolved, referenceDate), `${basis} ${referenceDate}`).toEqual(tiers);
        }
      }
    }
  });

  it('counts recency in the charts and the score boundaries as the rules do, in either basis', async () => {
    const counted = await Promise.all(
      BASES.map(async (basis) => {
        const days = Array.from(recencyColumn(fixture.columns, '2011-12-10', basis).days).sort((a, b) => a - b);
        const charts = await chartData(fixture.db, '2011-12-10', basis);
        const recency = charts.distributions.find((distribution) => distribution.measure === 'recency')!;
        expect([recency.min, recency.median, recency.max], basis).toEqual([days[0], quantileCont(days, 0.5), days.at(-1)]);
        const bounds = charts.boundaries.filter((bound) => bound.measure === 'recency');
        expect([Math.min(...bounds.map((bound) => bound.low)), Math.max(...bounds.map((bound) => bound.high))], basis).toEqual([days[0], days.at(-1)]);
        expect(charts.recencyBasis).toBe(basis);
        return days;
      }),
    );
    // Some customers bought later in the day than the snapshot's time of day: the two bases differ for them.
    expect(counted[0]).not.toEqual(counted[1]);
  });
});

describe('tier rules in SQL, on a generated shop', () => {
  let fixture: Awaited<ReturnType<typeof load>>;
  beforeAll(async () => {
    fixture = await load(sampleOrdersCsv({ seed: 31, customers: 300, lines: 6_000 }));
  });

  it('resolves percentiles to DuckDB’s quantile_cont, bit for bit, except where two equal values meet', async () => {
    const { db, columns, loaded } = fixture;
    for (const basis of BASES) {
      const recency = recencyColumn(columns, loaded.defaultReferenceDate, basis).sorted;
      const sorted = { recency, frequency: columns.sortedFrequency, monetary: columns.sortedMonetary };
      for (let percentile = 0; percentile <= 100; percentile++) {
        const q = percentile / 100;
        const [duck] = await db.query<Record<string, number>>(
          `SELECT quantile_cont(recency_days::DOUBLE, ?) AS recency, quantile_cont(frequency::DOUBLE, ?) AS frequency, quantile_cont(monetary::DOUBLE, ?) AS monetary
           FROM (${customersWithRecency(basis)})`,
          [q, q, q, loaded.defaultReferenceDate],
        );
        for (const measure of TIER_MEASURES) {
          const ours = quantileCont(sorted[measure], q);
          const position = (sorted[measure].length - 1) * q;
          const tied = sorted[measure][Math.floor(position)] === sorted[measure][Math.ceil(position)];
          // Between two equal values DuckDB's v·(1 − d) + v·d may be one unit in the last place off v.
          if (tied) expect(Math.abs(duck[measure] - ours), `${measure} P${percentile}`).toBeLessThanOrEqual(ours * Number.EPSILON);
          else expect(ours, `${measure} P${percentile}`).toBe(duck[measure]);
        }
      }
    }
  });

  it('agrees customer for customer with the page for both presets and the rule battery', async () => {
    const { db, columns, ids, loaded } = fixture;
    for (const basis of BASES) {
      const sets = [...Object.values(TIER_RULE_PRESETS).map((preset) => ({ ...preset, recencyBasis: basis })), ...ruleBattery(columns, basis, loaded.defaultReferenceDate)];
      for (const ruleSet of sets) {
        const { outcome, tiers } = pageTiers(columns, ids, ruleSet, loaded.defaultReferenceDate);
        expect(await sqlTiers(db, outcome.resolved, loaded.defaultReferenceDate)).toEqual(tiers);
      }
    }
  });

  it('gives today’s 2×2 tiers with the value-activity rules, for every percentile, window and date tried', async () => {
    const { db, columns, ids, loaded } = fixture;
    for (const valuePercentile of [0, 1, 37, 80, 99, 100]) {
      for (const activeDays of [0, 30, 90, 3650]) {
        for (const referenceDate of [loaded.defaultReferenceDate, days(loaded.defaultReferenceDate, -120), days(loaded.defaultReferenceDate, 45)]) {
          const label = `P${valuePercentile}, ${activeDays} days, ${referenceDate}`;
          const macro = await db.query<{ customer_id: string; recency_days: number; segment: string }>(TWO_BY_TWO, [valuePercentile / 100, referenceDate, activeDays]);
          const today = Object.fromEntries(macro.map((row) => [row.customer_id, `${row.recency_days} ${row.segment}`]));
          const { outcome, tiers } = pageTiers(columns, ids, valueActivityRules({ valuePercentile, activeDays }), referenceDate);
          expect(tiers, label).toEqual(today);
          expect(await sqlTiers(db, outcome.resolved, referenceDate), label).toEqual(today);
        }
      }
    }
  });
});

describe('compiling tier rules to a CASE', () => {
  it('binds every bound as a parameter and names tiers, measures and comparisons only from fixed lists', () => {
    const { sql, params } = compileTierCase({
      rules: [
        { tier: 'at_risk_whale', conditions: [{ measure: 'monetary', comparison: '>=', value: 1661.74 }, { measure: 'recency', comparison: '>', value: 90 }] },
        { tier: 'champion', conditions: [] },
      ],
      fallback: 'average',
    });
    expect(sql).toBe("CASE WHEN monetary::DOUBLE >= ?::DOUBLE AND recency_days::DOUBLE > ?::DOUBLE THEN 'at_risk_whale' WHEN true THEN 'champion' ELSE 'average' END");
    expect(params).toEqual([1661.74, 90]);
    expect(compileTierCase({ rules: [], fallback: 'hibernating' })).toEqual({ sql: "'hibernating'", params: [] });
  });

  it('refuses anything else that crosses the worker boundary', () => {
    const rule = (condition: object, tier = 'champion') => ({ rules: [{ tier, conditions: [condition] }], fallback: 'average' }) as never;
    expect(() => compileTierCase(rule({ measure: 'monetary; DROP TABLE customers', comparison: '>=', value: 1 }))).toThrow('invalid measure');
    expect(() => compileTierCase(rule({ measure: 'monetary', comparison: '= 1 OR true OR 1 =', value: 1 }))).toThrow('invalid comparison');
    expect(() => compileTierCase(rule({ measure: 'monetary', comparison: '>=', value: 1 }, "x' OR '1"))).toThrow('invalid tier');
    expect(() => compileTierCase(rule({ measure: 'monetary', comparison: '>=', value: '1' }))).toThrow('invalid monetary bound: 1');
    expect(() => compileTierCase(rule({ measure: 'recency', comparison: '<', value: Number.NaN }))).toThrow('invalid recency bound: NaN');
    expect(() => compileTierCase(rule({ measure: 'toString', comparison: '<', value: 1 }))).toThrow('invalid measure: toString');
  });
});
