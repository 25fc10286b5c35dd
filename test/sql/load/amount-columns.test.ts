import { describe, expect, it } from 'vitest';
import { countDuplicates } from '../../../src/engine/load/duplicate-lines';
import { parseRecords } from '../../../src/model/load/formats/csv-dialect';
import { analyseFixtures, loaded, rfmRows } from '../../support/load-fixture';
import { fixtureSession } from '../../support/fixture-session';

// An amount column is an order total (once per order) or a line total (every line), and the file says
// which: a line total differs between the lines of an order.

// Superstore-like: `Sales` is each line's total, already quantity × price.
const SUPERSTORE = `Order ID,Order Date,Customer ID,Sales,Quantity
CA-2016-152156,11/28/2016,CG-12520,261.96,2
CA-2016-152156,11/28/2016,CG-12520,731.94,3
CA-2016-138688,6/21/2016,DV-13045,14.62,2
US-2015-108966,10/18/2015,SO-20335,957.5775,5
US-2015-108966,10/18/2015,SO-20335,22.368,2
CA-2014-115812,6/19/2014,BH-11710,48.86,7
CA-2014-115812,6/19/2014,BH-11710,7.28,4
CA-2014-115812,6/19/2014,BH-11710,48.86,7
`;

describe('a line-total amount column', () => {
  it('counts every line, not each order’s first (Superstore’s Sales)', async () => {
    const { db, inspection, outcome } = await analyseFixtures([{ name: 'superstore.csv', content: SUPERSTORE }]);
    expect(inspection.preview.detection.plan).toMatchObject({ money: 'order_amount', mapping: { order_amount: 3, quantity: 4 } });
    const result = loaded(outcome);
    expect(result.amounts).toMatchObject({ perLine: true, ordersWithSeveral: 3, differing: 3, exampleOrder: 'CA-2016-152156' });
    expect(result.counts).toEqual({ rows: 8, missing_customer: 0, cancelled: 0, non_positive_quantity: 0, non_positive_price: 0, unreadable: 0, kept: 8 });
    expect(await rfmRows(db, result)).toEqual({
      'CG-12520': { recency: 1, frequency: 1, monetary: 993.9 }, // 261.96 + 731.94, not 261.96
      'DV-13045': { recency: 161, frequency: 1, monetary: 14.62 },
      'SO-20335': { recency: 408, frequency: 1, monetary: 979.95 }, // 957.5775 + 22.368 = 979.9455
      'BH-11710': { recency: 894, frequency: 1, monetary: 105 }, // 48.86 + 7.28 + 48.86: the repeated line counts too
    });
  });

  it('is flagged on the mapping screen with the orders whose lines differ', async () => {
    const { session, preview } = await fixtureSession([{ name: 'superstore.csv', content: SUPERSTORE }]);
    const { problems } = await session.checkMapping(preview.detection.plan);
    expect(problems).toEqual([
      {
        role: 'order_amount',
        column: 'Sales',
        lines: 3,
        examples: ['CA-2016-152156'],
        message:
          'Order amount → "Sales" differs between the lines of 3 of the 3 orders with several lines in the first 8 lines (e.g. order "CA-2016-152156": 261.96, 731.94), so it is read as a line total and every line’s amount is counted.',
      },
    ]);
  });

  it('counts a `Line Total` column per line, and a line whose amount is empty adds nothing', async () => {
    const text = 'Invoice,Date,Email,Product,Line Total\nA1,2024-05-01,a@x.test,Mug,12.00\nA1,2024-05-01,a@x.test,Plate,8.50\nA1,2024-05-01,a@x.test,Card,\nA2,2024-05-03,b@x.test,Mug,12.00\n';
    const { db, outcome } = await analyseFixtures([{ name: 'lines.csv', content: text }]);
    const result = loaded(outcome);
    expect(result.plan.money).toBe('order_amount');
    expect(result.amounts?.perLine).toBe(true);
    expect(await rfmRows(db, result)).toEqual({
      'a@x.test': { recency: 3, frequency: 1, monetary: 20.5 },
      'b@x.test': { recency: 1, frequency: 1, monetary: 12 },
    });
  });
});

describe('an order-total amount column', () => {
  const header = 'Order,Email,Date,Product,Order Total';
  // The total repeats on each line of its order; one order's lines disagree (an export glitch).
  const text = `${header}
1,a@x.test,2024-06-01,Mug,30.00
1,a@x.test,2024-06-01,Plate,30.00
2,a@x.test,2024-06-05,Cup,12.00
2,a@x.test,2024-06-05,Bowl,12.00
3,b@x.test,2024-06-06,Lamp,40.00
3,b@x.test,2024-06-06,Bulb,4.00
4,b@x.test,2024-06-07,Rug,25.00
4,b@x.test,2024-06-07,Pad,25.00
`;

  it('counts once per order when most orders repeat it, and names the orders that do not', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'totals.csv', content: text }]);
    const result = loaded(outcome);
    expect(result.amounts).toEqual({ perLine: false, ordersWithSeveral: 4, differing: 1, exampleOrder: '3', exampleAmounts: ['4', '40'], repeatedOrders: 0 });
    expect(await rfmRows(db, result)).toEqual({
      'a@x.test': { recency: 3, frequency: 2, monetary: 42 }, // 30 + 12
      'b@x.test': { recency: 1, frequency: 2, monetary: 65 }, // order 3 once, with its first line's 40.00, + 25
    });
    const { session, preview } = await fixtureSession([{ name: 'totals.csv', content: text }]);
    const [flag] = (await session.checkMapping(preview.detection.plan)).problems;
    expect(flag.message).toMatch(/"Order Total" differs between the lines of 1 of the 4 orders .*order "3": 4, 40\), so it is read as an order total and each order counts once/);
  });
});

// WooCommerce monthly exports that overlap: order 1001 is in both, 1002 was refunded after March's
// export, 1004 was paid after it. The later file has each order's latest state.
const WOO_HEADER = 'order_id,order_number,order_date,status,shipping_total,order_total,order_currency,billing_first_name,billing_email,item_name,item_quantity,item_total';
const MARCH = `${WOO_HEADER}
501,1001,2024-03-05 10:00:00,completed,0.00,30.00,USD,Ann,a@shop.test,Mug,1,10.00
501,1001,2024-03-05 10:00:00,completed,0.00,30.00,USD,Ann,a@shop.test,Plate,2,20.00
502,1002,2024-03-20 09:00:00,processing,0.00,12.00,USD,Ben,b@shop.test,Cup,1,12.00
504,1004,2024-03-28 18:00:00,pending,0.00,20.00,USD,Cleo,c@shop.test,Rug,1,20.00
`;
const APRIL = `${WOO_HEADER}
501,1001,2024-03-05 10:00:00,completed,0.00,30.00,USD,Ann,a@shop.test,Mug,1,10.00
501,1001,2024-03-05 10:00:00,completed,0.00,30.00,USD,Ann,a@shop.test,Plate,2,20.00
502,1002,2024-03-20 09:00:00,refunded,0.00,12.00,USD,Ben,b@shop.test,Cup,1,12.00
503,1003,2024-04-10 12:00:00,completed,0.00,5.00,USD,Ann,a@shop.test,Card,1,5.00
504,1004,2024-03-28 18:00:00,completed,0.00,20.00,USD,Cleo,c@shop.test,Rug,1,20.00
`;

describe('overlapping exports with one amount per order', () => {
  it('count an order found in both files once, as the later file has it', async () => {
    const { db, outcome } = await analyseFixtures([
      { name: 'orders-march.csv', content: MARCH },
      { name: 'orders-april.csv', content: APRIL },
    ]);
    const result = loaded(outcome);
    expect(result.layout.id).toBe('woocommerce');
    expect(result.amounts).toMatchObject({ perLine: false, repeatedOrders: 3 });
    // March's 1001 (two lines) and 1002 are older copies; March's 1004 was still unpaid.
    expect(result.counts).toEqual({
      rows: 9, missing_customer: 0, cancelled: 1, unpaid: 1, non_positive_quantity: 0, non_positive_price: 0, unreadable: 0, superseded: 3, kept: 4,
    });
    // The older copies are superseded, so no one's twin.
    expect(await countDuplicates(db)).toEqual({ lines: 0, acrossFiles: 0 });
    expect(await rfmRows(db, result)).toEqual({
      'a@shop.test': { recency: 1, frequency: 2, monetary: 35 }, // 1001 once (30.00) + 1003 (5.00), not 65
      'c@shop.test': { recency: 14, frequency: 1, monetary: 20 },
    });
  });

  it('name the older copies in the download of the lines left out', async () => {
    const { session, preview } = await fixtureSession([
      { name: 'orders-march.csv', content: MARCH },
      { name: 'orders-april.csv', content: APRIL },
    ]);
    await session.analyse(preview.detection.plan, () => {}, () => {});
    const csv = await (await session.rejectedLinesCsv()).text();
    const [header, ...lines] = parseRecords(csv, ',');
    expect(header.slice(0, 6)).toEqual(['file', 'line', 'reason', 'reason_text', 'detail', 'order_id']);
    const older = ['superseded', 'Orders repeated in a later file (older copy)', 'a later file has this order, and counts it'];
    expect(lines.map((line) => line.slice(0, 6))).toEqual([
      ['orders-march.csv', '2', ...older, '1001'],
      ['orders-march.csv', '3', ...older, '1001'],
      ['orders-march.csv', '4', ...older, '1002'],
      ['orders-march.csv', '5', 'unpaid', 'Unpaid or failed orders', '', '1004'],
      ['orders-april.csv', '4', 'cancelled', 'Cancelled invoices', '', '1002'],
    ]);
  });
});
