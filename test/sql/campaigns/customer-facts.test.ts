import { describe, expect, it } from 'vitest';
import { CampaignTables } from '../../../src/engine/campaigns/campaign-tables';
import { customerFacts, revenueByCurrency } from '../../../src/engine/campaigns/customer-facts';
import type { Connector } from '../../../src/engine/db/connector';
import { DEFAULT_RFM_RULES } from '../../../src/model/segments/rfm-segments';
import type { LoadResult } from '../../../src/protocol/load';
import type { CampaignQuery } from '../../../src/protocol/campaigns';
import { analyseFixtures, loaded } from '../../support/load-fixture';
import { SHOPIFY, WOOCOMMERCE } from '../../support/shop-exports';
import { tierParams, valueActivityParams } from '../../support/tier-params';

// A shop's own export: an e-mail column beside the customer id, products, countries, currencies
// written in several ways (C3 paid in two), and postage lines, which are no product.
const MIXED = `order,customer,email,date,product,qty,price,country,currency
A1,C1,one@shop.test,2024-01-05,Blue Mug,3,10.00,Sweden,EUR
A1,C1,one@shop.test,2024-01-05,Tea Pot,1,30.00,Sweden,EUR
A2,C1,ONE@shop.test,2024-02-10,Blue Mug,1,10.00,Norway,EUR
A2,C1,ONE@shop.test,2024-02-10,POSTAGE,1,0.01,Norway,EUR
A3,C2,,2024-02-11,Lamp,1,99.00,,USD
A4,C2,two@shop.test,2024-01-01,Lamp,1,1.00,US,usd
A5,C3,three@shop.test,2024-01-03,Rug,1,50.00,UK,GBP
A6,C3,three@shop.test,2024-02-03,Rug,1,50.00,UK,EUR
A7,C4,four@shop.test,2024-02-04,Rug,-1,50.00,UK,EUR
A8,C5,five@shop.test,2024-02-05,Vase,1,5.00,UK,EUR
A8,C5,five@shop.test,2024-02-05,Postage,1,8.00,UK,EUR
`;

const MIXED_MAPPING = { order_id: 0, customer_id: 1, email: 2, order_date: 3, product: 4, quantity: 5, unit_price: 6, country: 7, currency: 8 };

const everyone: CampaignQuery = { segmentation: 'tiers', segment: null, limit: 100, offset: 0, countAll: true };

async function factsOf(db: Connector, result: LoadResult, query: CampaignQuery = everyone, activeDays = 90) {
  const tables = new CampaignTables(db, result.plan.money);
  const params = await valueActivityParams(db, result.defaultReferenceDate, { valuePercentile: 80, activeDays });
  return customerFacts(db, tables, params, DEFAULT_RFM_RULES, query);
}

describe('customer facts for campaigns', () => {
  it('takes a Shopify customer’s e-mail from the customer column, products by revenue, the latest order’s product, country and currency', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'orders_export.csv', content: SHOPIFY }]);
    const page = await factsOf(db, loaded(outcome));
    expect(page.total).toBe(2);
    expect(page.topProductsBy).toBe('revenue');
    expect(page.customers).toEqual([
      {
        customerId: 'ann@example.com',
        email: 'ann@example.com',
        recencyDays: 1,
        frequency: 2,
        monetary: 54.99,
        currency: 'EUR',
        // Mug 2 × 12.50, the plate 20.00 (its name holds a comma), the spoon 9.99; the spoon was in her latest order.
        topProducts: ['Mug', 'Plate, large', 'Spoon'],
        lastProduct: 'Spoon',
        // Billing Country is on each order's first line only, like the e-mail.
        country: 'DE',
        segment: 'champion',
        rfmSegment: expect.any(String),
      },
      {
        customerId: 'bob@example.com',
        email: 'bob@example.com',
        recencyDays: 61,
        frequency: 1,
        monetary: 15,
        currency: 'EUR',
        // His refunded order's mug and bowl are not his.
        topProducts: ['Saucer'],
        lastProduct: 'Saucer',
        country: 'DE',
        segment: 'average',
        rfmSegment: expect.any(String),
      },
    ]);
  });

  it('ranks products by how often they were bought when money comes from order totals', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'woo-orders.csv', content: WOOCOMMERCE }]);
    const page = await factsOf(db, loaded(outcome));
    expect(page.topProductsBy).toBe('quantity');
    const byId = Object.fromEntries(page.customers.map((customer) => [customer.customerId, customer]));
    // One line each: ties go in name order. The failed order's rug is not c's.
    expect(byId['a@shop.test']).toMatchObject({ email: 'a@shop.test', topProducts: ['Cup', 'Mug', 'Plate'], lastProduct: 'Cup', currency: 'USD', country: null });
    expect(byId['c@shop.test']).toMatchObject({ topProducts: ['Sofa'], lastProduct: 'Sofa', monetary: 1234.5 });
  });

  it('uses a mapped e-mail column, the latest country, and no currency for a customer who paid in two', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'shop.csv', content: MIXED }], (plan) => ({ ...plan, mapping: MIXED_MAPPING, money: 'lines' }));
    const result = loaded(outcome);
    expect(result.currencies).toEqual(['EUR', 'GBP', 'USD', 'usd']);
    const page = await factsOf(db, result);
    const byId = Object.fromEntries(page.customers.map((customer) => [customer.customerId, customer]));
    expect(byId.C1).toMatchObject({ email: 'ONE@shop.test', country: 'Norway', currency: 'EUR', topProducts: ['Blue Mug', 'Tea Pot'], lastProduct: 'Blue Mug' });
    // `USD` and `usd` are one currency; the order without an e-mail or country does not hide the other's.
    expect(byId.C2).toMatchObject({ email: 'two@shop.test', country: 'US', currency: 'USD' });
    expect(byId.C3).toMatchObject({ email: 'three@shop.test', currency: null, monetary: 100 });
    // C4's only line is a return: no customer.
    expect(byId.C4).toBeUndefined();
    // Postage cost C5 more than the vase, and is still not what C5 bought.
    expect(byId.C5).toMatchObject({ topProducts: ['Vase'], lastProduct: 'Vase', monetary: 13 });
  });

  it('pages one segment, biggest spenders first, and counts it on request', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'shop.csv', content: MIXED }], (plan) => ({ ...plan, mapping: MIXED_MAPPING, money: 'lines' }));
    const result = loaded(outcome);
    // 80th percentile of 13, 70.01, 100, 100 is 100: C2 and C3 are high value, and with a 5-day window C3 (9 days) has gone quiet.
    const whales = await factsOf(db, result, { segmentation: 'tiers', segment: 'at_risk_whale', limit: 10, offset: 0, countAll: true }, 5);
    expect(whales.customers.map((customer) => customer.customerId)).toEqual(['C3']);
    const first = await factsOf(db, result, { ...everyone, limit: 2 });
    const second = await factsOf(db, result, { ...everyone, limit: 2, offset: 2, countAll: false });
    expect(first.total).toBe(4);
    expect(second.total).toBeNull();
    expect([...first.customers, ...second.customers].map((customer) => customer.customerId)).toEqual(['C2', 'C3', 'C1', 'C5']);
  });

  it('refuses a page size or offset out of range', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'orders_export.csv', content: SHOPIFY }]);
    await expect(factsOf(db, loaded(outcome), { ...everyone, limit: 0 })).rejects.toThrow('invalid limit');
    await expect(factsOf(db, loaded(outcome), { ...everyone, offset: -1 })).rejects.toThrow('invalid offset');
  });
});

describe('revenue per currency', () => {
  it('adds each segment’s revenue per currency, never across, with spellings of one currency together', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'shop.csv', content: MIXED }], (plan) => ({ ...plan, mapping: MIXED_MAPPING, money: 'lines' }));
    const result = loaded(outcome);
    const tables = new CampaignTables(db, 'lines');
    const params = await tierParams(db, result.defaultReferenceDate);
    const rows = await revenueByCurrency(db, tables, params, DEFAULT_RFM_RULES, 'tiers');
    const sorted = [...rows].sort((a, b) => `${a.segment}${a.currency}`.localeCompare(`${b.segment}${b.currency}`));
    expect(sorted).toEqual([
      { segment: 'average', currency: 'EUR', customers: 2, revenue: 83.01 },
      { segment: 'champion', currency: 'EUR', customers: 1, revenue: 50 },
      { segment: 'champion', currency: 'GBP', customers: 1, revenue: 50 },
      // 99.00 written USD and 1.00 written usd: one customer, one currency.
      { segment: 'champion', currency: 'USD', customers: 1, revenue: 100 },
    ]);
  });
});

describe('a currency chosen on the mapping screen', () => {
  it('is the file’s currency when no column names one', async () => {
    const { outcome } = await analyseFixtures([{ name: 'shop.csv', content: MIXED }], (plan) => {
      const mapping: Record<string, number> = { ...MIXED_MAPPING };
      delete mapping.currency;
      return { ...plan, mapping, money: 'lines', currency: 'SEK' };
    });
    expect(loaded(outcome).currencies).toEqual(['SEK']);
  });

  it('leaves the lines without a currency of their own: customers have none, their revenue is under no currency', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'shop.csv', content: MIXED }], (plan) => {
      const mapping: Record<string, number> = { ...MIXED_MAPPING };
      delete mapping.currency;
      return { ...plan, mapping, money: 'lines' };
    });
    const result = loaded(outcome);
    expect(await db.query('SELECT DISTINCT currency FROM order_lines')).toEqual([{ currency: null }]);
    const page = await factsOf(db, result);
    expect(page.customers.map((customer) => customer.currency)).toEqual(page.customers.map(() => null));
    const tables = new CampaignTables(db, 'lines');
    const rows = await revenueByCurrency(db, tables, await tierParams(db, result.defaultReferenceDate), DEFAULT_RFM_RULES, 'tiers');
    expect(new Set(rows.map((row) => row.currency))).toEqual(new Set([null]));
    // Every kept line's money is there, in cents: C4's -1 rug is left out, the postage counts as revenue.
    const cents = rows.reduce((sum, row) => sum + Math.round(row.revenue * 100), 0);
    expect(cents).toBe(3000 + 3000 + 1000 + 1 + 9900 + 100 + 5000 + 5000 + 500 + 800);
  });
});
