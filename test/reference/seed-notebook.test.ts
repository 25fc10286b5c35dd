/**
 * The original project's headline results, through the app's own path on native DuckDB: the public
 * Online Retail file (541,909 lines, from ../shared, gunzipped into a temporary folder) loaded and
 * cleaned by loadOrders, then the seed-notebook rules applied both by the page's evaluator and by the
 * SQL CASE. They must give the notebook's Revenue Leak (95 customers, $434,984.93) and Margin
 * Protection (623, $4,628,828.07), and its two published lists customer for customer.
 *
 * The file writes customer ids as `17850.0`, the seed lists as `12347.0` too; the app shows them as
 * `17850` (a spreadsheet's number is the same customer as its whole number), so ids are compared as
 * numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/db/connector';
import { loadOrders } from '../../src/engine/load/load-orders';
import { readCustomerColumns } from '../../src/engine/segments/customer-columns';
import { CUSTOMER_COLUMN_IDS, tieredCustomers } from '../../src/engine/segments/sql/tier-rules';
import type { LoadResult } from '../../src/protocol/load';
import { prepareColumns, type PreparedColumns } from '../../src/model/segments/tier-rules/customer-columns';
import { evaluateTierRules, type TierRulesOutcome } from '../../src/model/segments/tier-rules/evaluate-tier-rules';
import { TIER_RULE_PRESETS, valueActivityRules } from '../../src/model/segments/tier-rules/presets';
import type { TierRuleSet } from '../../src/model/segments/tier-rules/rule-set';
import { TIER_IDS, type TierId } from '../../src/model/segments/tiers';
import { nativeConnector } from '../support/native-duckdb';
import { byId, gunzipOnlineRetail, readSeedList, type SeedListCustomer } from './online-retail-reference';

const SEED = TIER_RULE_PRESETS['seed-notebook'];
const SEED_AT_RISK = readSeedList('seed_High_Value_At_Risk_List.csv').sort(byId);
const SEED_CHAMPIONS = readSeedList('seed_Champions_Full_Price_List.csv').sort(byId);

/** Customers and revenue (two decimals) per tier, in TIER_IDS order. */
type Figures = Record<TierId, [number, string]>;

describe('the seed notebook’s reports on the public Online Retail file', () => {
  let file: Awaited<ReturnType<typeof gunzipOnlineRetail>>;
  let db: Connector;
  let loaded: LoadResult;
  let ids: string[];
  let columns: PreparedColumns;

  beforeAll(async () => {
    file = await gunzipOnlineRetail();
    db = await nativeConnector();
    loaded = await loadOrders(db, { source: file.path, fileName: 'online_retail.csv' });
    ids = (await db.query<{ customer_id: string }>(CUSTOMER_COLUMN_IDS)).map((row) => row.customer_id);
    columns = prepareColumns(await readCustomerColumns(db));
  });
  afterAll(() => file?.remove());

  const onPage = (ruleSet: TierRuleSet) => evaluateTierRules(columns, ruleSet, loaded.defaultReferenceDate);

  function pageList(outcome: TierRulesOutcome, tier: TierId): SeedListCustomer[] {
    const index = TIER_IDS.indexOf(tier);
    return ids
      .map((id, i) => ({ id: Number(id), recency: outcome.recencyDays[i], frequency: columns.frequency[i], cents: columns.monetaryCents[i] }))
      .filter((_, i) => outcome.tierOfCustomer[i] === index)
      .sort(byId);
  }

  const pageFigures = (outcome: TierRulesOutcome) =>
    Object.fromEntries(outcome.totals.map((total) => [total.segment, [total.customers, total.revenue.toFixed(2)]])) as Figures;

  /** Every customer's tier from the SQL CASE, with the figures the lists show. */
  async function inSql(ruleSet: TierRuleSet) {
    const { sql, params } = tieredCustomers(onPage(ruleSet).resolved, loaded.defaultReferenceDate);
    const rows = await db.query<{ customer_id: string; recency_days: number; frequency: number; cents: number; segment: TierId }>(
      `SELECT customer_id, recency_days, frequency, (monetary * 100)::DOUBLE AS cents, segment FROM (${sql}) AS tiered`,
      params,
    );
    const totals = await db.query<{ segment: TierId; customers: number; revenue: string }>(
      `SELECT segment, count(*)::INTEGER AS customers, sum(monetary)::VARCHAR AS revenue FROM (${sql}) AS tiered GROUP BY segment`,
      params,
    );
    const list = (tier: TierId) =>
      rows.filter((row) => row.segment === tier).map((row) => ({ id: Number(row.customer_id), recency: row.recency_days, frequency: row.frequency, cents: row.cents })).sort(byId);
    return { list, figures: Object.fromEntries(totals.map((row) => [row.segment, [row.customers, row.revenue]])) as Partial<Figures> };
  }

  it('cleans the file as the notebook did', () => {
    expect(loaded.counts).toEqual({
      rows: 541_909, missing_customer: 135_080, cancelled: 8_905, non_positive_quantity: 0, non_positive_price: 40, unreadable: 0, kept: 397_884,
    });
    expect(loaded.customers).toBe(4_338);
    expect(loaded.defaultReferenceDate).toBe('2011-12-10');
    const total = onPage(SEED).totals.reduce((sum, tier) => sum + Math.round(tier.revenue * 100), 0);
    expect(total).toBe(891_140_790);
    expect(ids).toContain('17850');
    expect(ids.some((id) => id.endsWith('.0'))).toBe(false);
  });

  it('resolves the notebook’s thresholds: P75 of monetary, P75 of frequency and P25 of recency', () => {
    const labels = onPage(SEED).resolved.rules.map((rule) => rule.conditions.map((condition) => condition.label));
    expect(labels).toEqual([['P75 of monetary = 1,661.74', '90 days'], ['P75 of frequency = 5 invoices', 'P25 of recency = 18 days'], ['90 days']]);
  });

  it('gives 95 at-risk whales worth $434,984.93 and 623 champions worth $4,628,828.07, the seed’s lists, on the page', () => {
    const outcome = onPage(SEED);
    expect(pageFigures(outcome)).toMatchObject({ at_risk_whale: [95, '434984.93'], champion: [623, '4628828.07'] });
    expect(pageList(outcome, 'at_risk_whale')).toEqual(SEED_AT_RISK);
    expect(pageList(outcome, 'champion')).toEqual(SEED_CHAMPIONS);
  });

  it('gives the same figures and lists through the SQL CASE', async () => {
    const { list, figures } = await inSql(SEED);
    expect(figures).toEqual(pageFigures(onPage(SEED)));
    expect(figures).toMatchObject({ at_risk_whale: [95, '434984.93'], champion: [623, '4628828.07'] });
    expect(list('at_risk_whale')).toEqual(SEED_AT_RISK);
    expect(list('champion')).toEqual(SEED_CHAMPIONS);
  });

  it('counted in calendar days, keeps the 95 whales and loses the 8 champions whose last purchase was later in the day: 615', async () => {
    const calendar: TierRuleSet = { ...SEED, preset: 'custom', recencyBasis: 'calendar-days' };
    const outcome = onPage(calendar);
    expect(outcome.resolved.rules[1].conditions[1].label).toBe('P25 of recency = 18 days');
    expect(pageFigures(outcome).at_risk_whale).toEqual([95, '434984.93']);
    const champions = pageList(outcome, 'champion');
    expect(champions).toHaveLength(615);
    // A calendar day more than the elapsed days for those bought after 12:50, the latest purchase's time of day.
    const lost = SEED_CHAMPIONS.filter((seed) => !champions.some((champion) => champion.id === seed.id));
    expect(lost).toHaveLength(8);
    expect(lost.every((customer) => customer.recency === 18)).toBe(true);
    const kept = SEED_CHAMPIONS.filter((seed) => !lost.includes(seed));
    const withoutRecency = ({ id, frequency, cents }: SeedListCustomer) => ({ id, frequency, cents });
    expect(champions.map(withoutRecency)).toEqual(kept.map(withoutRecency));
    champions.forEach((champion, i) => expect([kept[i].recency, kept[i].recency + 1]).toContain(champion.recency));
    const { figures, list } = await inSql(calendar);
    expect(figures).toEqual(pageFigures(outcome));
    expect(list('champion')).toEqual(champions);
  });

  it('gives the reference tier figures of the shared README at P = 0.75 and 0.80 with D = 90, in calendar days', async () => {
    const expected: [number, string, Figures][] = [
      [80, 'P80 of monetary = 2,058.43', {
        champion: [803, '6269655.34'], at_risk_whale: [65, '379782.12'], average: [2086, '1606482.15'], hibernating: [1384, '655488.29'],
      }],
      [75, 'P75 of monetary = 1,661.74', {
        champion: [990, '6616560.72'], at_risk_whale: [95, '434984.93'], average: [1899, '1259576.77'], hibernating: [1354, '600285.48'],
      }],
    ];
    for (const [valuePercentile, label, figures] of expected) {
      const rules = valueActivityRules({ valuePercentile, activeDays: 90 });
      const outcome = onPage(rules);
      expect(outcome.resolved.rules[0].conditions[0].label).toBe(label);
      expect(pageFigures(outcome)).toEqual(figures);
      expect((await inSql(rules)).figures).toEqual(figures);
    }
  });
});
