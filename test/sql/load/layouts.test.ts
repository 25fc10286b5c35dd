import { describe, expect, it } from 'vitest';
import { analyseOrders } from '../../../src/engine/load/load-orders';
import { analyseFixtures, loaded, rfmRows } from '../../support/load-fixture';
import { GERMAN, SHOPIFY, SHOPIFY_HEADER, WOOCOMMERCE } from '../../support/shop-exports';

// Fixtures for the exports shops really have, each with every customer's exact RFM.


describe('a Shopify orders export', () => {
  it('fills order fields down each order, treats refunded, voided and cancelled orders as cancelled, and keeps local dates', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'orders_export.csv', content: SHOPIFY }]);
    const result = loaded(outcome);
    expect(result.layout.id).toBe('shopify');
    expect(result.counts).toEqual({ rows: 9, missing_customer: 1, cancelled: 4, non_positive_quantity: 0, non_positive_price: 0, unreadable: 0, kept: 4 });
    // #1001 was placed at 00:30 in the shop's +01:00 zone: still 5 March, though 4 March in UTC.
    expect(result.firstDate).toBe('2024-02-01');
    expect(result.defaultReferenceDate).toBe('2024-04-02');
    expect(result.currencies).toEqual(['EUR']);
    expect(await rfmRows(db, result)).toEqual({
      // 2 × 12.50 + 20.00 on #1001 and 9.99 on #1003; the e-mail's case does not split the customer.
      'ann@example.com': { recency: 1, frequency: 2, monetary: 54.99 },
      // the partly refunded order stays a purchase; the refunded one does not.
      'bob@example.com': { recency: 61, frequency: 1, monetary: 15 },
    });
  });

  it("dates each line, and names its customer, as its order's first line that has them, unless the line has its own", async () => {
    const rows = [
      // #2001's date is on its second line only; its third line has a date of its own.
      '#2001,eve@example.com,paid,,,EUR,30.00,0.00,0.00,30.00,,,1,Mug,10.00,MUG-1,DE,',
      '#2001,,,,,,,,,,,2024-05-06 23:30:00 -0400,1,Bowl,10.00,BWL-1,,',
      '#2001,,,,,,,,,,,2024-05-08 10:00:00 +0200,1,Cup,10.00,CUP-1,,',
      '#2002,eve@example.com,paid,,,EUR,5.00,0.00,0.00,5.00,,,1,Cup,5.00,CUP-1,DE,',
      // #2003's customer is on its second line only.
      '#2003,,paid,,,EUR,8.00,0.00,0.00,8.00,,2024-05-09 10:00:00 +0000,1,Cup,7.00,CUP-1,DE,',
      '#2003,EVE@Example.com,,,,,,,,,,,1,Spoon,1.00,SPN-1,,',
    ];
    const { db, outcome } = await analyseFixtures([{ name: 'orders_export.csv', content: [SHOPIFY_HEADER, ...rows].join('\n') }]);
    expect(loaded(outcome).counts).toMatchObject({ rows: 6, kept: 5, unreadable: 1 });
    const lines = await db.query<{ invoice: string; customer: string | null; day: string | null }>(
      `SELECT invoice, customer_id AS customer, strftime(invoiced_at, '%Y-%m-%d %H:%M') AS day FROM order_lines ORDER BY source_row`,
    );
    expect(lines).toEqual([
      { invoice: '#2001', customer: 'eve@example.com', day: '2024-05-06 23:30' },
      { invoice: '#2001', customer: 'eve@example.com', day: '2024-05-06 23:30' },
      { invoice: '#2001', customer: 'eve@example.com', day: '2024-05-08 10:00' },
      { invoice: '#2002', customer: 'eve@example.com', day: null },
      { invoice: '#2003', customer: 'eve@example.com', day: '2024-05-09 10:00' },
      { invoice: '#2003', customer: 'eve@example.com', day: '2024-05-09 10:00' },
    ]);
  });

  it('counts each order total once when money comes from the order amount', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'orders_export.csv', content: SHOPIFY }], (plan) => ({ ...plan, money: 'order_amount' }));
    const result = loaded(outcome);
    expect(result.counts.kept).toBe(4);
    expect(await rfmRows(db, result)).toEqual({
      'ann@example.com': { recency: 1, frequency: 2, monetary: 59.99 }, // 50.00 (two lines, once) + 9.99
      'bob@example.com': { recency: 61, frequency: 1, monetary: 15 },
    });
  });
});


describe('a WooCommerce order export', () => {
  it('counts each order total once, however many item rows it has', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'woo-orders.csv', content: WOOCOMMERCE }]);
    const result = loaded(outcome);
    expect(result.layout.id).toBe('woocommerce');
    expect(result.plan.money).toBe('order_amount');
    // refunded #1003 is cancelled; failed #1005 was never paid.
    expect(result.counts).toEqual({ rows: 7, missing_customer: 0, cancelled: 1, unpaid: 1, non_positive_quantity: 0, non_positive_price: 1, unreadable: 0, kept: 4 });
    expect(await rfmRows(db, result)).toEqual({
      'a@shop.test': { recency: 20, frequency: 2, monetary: 42.5 },
      'c@shop.test': { recency: 1, frequency: 1, monetary: 1234.5 },
    });
  });
});


describe('a semicolon-separated Latin-1 export with decimal commas', () => {
  it('reads the format from the file and keeps its accents', async () => {
    const { db, inspection, outcome } = await analyseFixtures([{ name: 'bestellungen.csv', content: Buffer.from(GERMAN, 'latin1') }]);
    expect(inspection.preview.sources[0]).toMatchObject({ encoding: 'windows-1252', delimiter: ';', kind: 'csv' });
    expect(inspection.preview.detection).toMatchObject({ full: false, layout: { id: 'generic' } });
    expect(inspection.preview.detection.plan).toMatchObject({
      mapping: { order_id: 0, customer_id: 1, order_date: 2, quantity: 3, unit_price: 4, country: 5 },
      money: 'lines',
      decimalSeparator: ',',
    });
    const result = loaded(outcome);
    expect(result.encoding).toBe('Windows-1252');
    expect(result.dateOrder).toMatchObject({ order: 'dmy', decidedBy: 'file' });
    expect(result.counts).toEqual({ rows: 5, missing_customer: 1, cancelled: 0, non_positive_quantity: 1, non_positive_price: 0, unreadable: 0, kept: 3 });
    expect(await rfmRows(db, result)).toEqual({
      Müller: { recency: 10, frequency: 1, monetary: 1259.5 }, // 2 × 12,50 + 1.234,50
      Zoé: { recency: 1, frequency: 1, monetary: 7.65 }, // 3 × 2,55
    });
  });
});

function dayMonthLines(ambiguous: number, telling: number): string {
  const lines = ['order,customer,date,qty,price'];
  for (let index = 0; index < ambiguous; index++) lines.push(`${index},c${index % 7},01/02/2024 10:00,1,2.00`);
  for (let index = 0; index < telling; index++) lines.push(`t${index},c${index % 7},15/02/2024 10:00,1,3.00`);
  return `${lines.join('\n')}\n`;
}

describe('day/month order', () => {
  it('is decided from the whole column, even when the first thousand lines fit both orders', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'dm.csv', content: dayMonthLines(1100, 7) }]);
    const result = loaded(outcome);
    expect(result.dateOrder).toMatchObject({ order: 'dmy', decidedBy: 'file' });
    expect(result.counts.unreadable).toBe(0);
    expect(result.defaultReferenceDate).toBe('2024-02-16');
    const rows = await rfmRows(db, result);
    expect(rows.c0).toEqual({ recency: 1, frequency: 159, monetary: 319 }); // 158 ambiguous orders × 2.00 + one × 3.00
  });

  it('asks when every date fits both orders, then uses the answer', async () => {
    const { db, inspection, outcome } = await analyseFixtures([{ name: 'ambiguous.csv', content: dayMonthLines(14, 0).replaceAll('01/02/2024', '03/04/2024') }]);
    expect(outcome).toEqual({ kind: 'date-order', column: 'date', examples: ['03/04/2024 10:00'] });
    const plan = inspection.preview.detection.plan;
    const asDayMonth = loaded(await analyseOrders(db, inspection, { ...plan, dateOrder: 'dmy' }));
    expect(asDayMonth.lastDate).toBe('2024-04-03');
    expect(asDayMonth.dateOrder).toMatchObject({ order: 'dmy', decidedBy: 'user' });
    const asMonthDay = loaded(await analyseOrders(db, inspection, { ...plan, dateOrder: 'mdy' }));
    expect(asMonthDay.lastDate).toBe('2024-03-04');
  });
});

describe('text details', () => {
  it('reads a byte-order mark, quoted delimiters and quoted line breaks', async () => {
    const text = '\uFEFFOrder ID;E-Mail;Order Date;Amount\r\n1;a@x.test;2024-05-01;"1.000,00"\r\n2;"b@x.test";2024-05-02;"12,00"\r\n3;a@x.test;"2024-05-03";"7,5"\r\n';
    const { db, inspection, outcome } = await analyseFixtures([{ name: 'bom.csv', content: text }]);
    expect(inspection.preview.headers).toEqual(['Order ID', 'E-Mail', 'Order Date', 'Amount']);
    expect(inspection.preview.detection.plan).toMatchObject({ money: 'order_amount', decimalSeparator: ',' });
    const result = loaded(outcome);
    expect(await rfmRows(db, result)).toEqual({
      'a@x.test': { recency: 1, frequency: 2, monetary: 1007.5 },
      'b@x.test': { recency: 2, frequency: 1, monetary: 12 },
    });

    const multiline = `InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
536365,A,"MUG, RED
with a line break",2,12/1/2010 8:26,2.50,17850,UK
536366,B,PLATE,1,12/2/2010 9:00,1.25,17850,UK
`;
    const second = await analyseFixtures([{ name: 'multiline.csv', content: multiline }]);
    const retail = loaded(second.outcome);
    expect(retail.counts).toMatchObject({ rows: 2, kept: 2, unreadable: 0 });
    expect(await rfmRows(second.db, retail)).toEqual({ '17850': { recency: 1, frequency: 2, monetary: 6.25 } });
  });
});
