import { describe, expect, it } from 'vitest';
import { analyseFixtures, loaded, rfmRows } from '../../support/load-fixture';
import { fixtureSession } from '../../support/fixture-session';

// The decimal separator is guessed from the first 1,000 lines and settled by the whole column, as the
// day/month order is; a value written the other way is never misread.

/** A semicolon file whose first 1,000 prices are whole numbers (so the guess is a decimal comma), then `12.50`. */
function lateDecimalPoints(): string {
  const lines = ['Bestellung;Kunde;Datum;Menge;Preis'];
  for (let index = 0; index < 1000; index++) lines.push(`A${index};k${index % 5};2024-01-15;1;3`);
  lines.push('B1;k0;2024-02-01;2;12.50', 'B2;k1;2024-02-02;1;7.25');
  return `${lines.join('\n')}\n`;
}

describe('the decimal separator', () => {
  it('is settled by the whole column when the first thousand lines cannot tell', async () => {
    const { db, inspection, outcome } = await analyseFixtures([{ name: 'spaet.csv', content: lateDecimalPoints() }]);
    expect(inspection.preview.detection.plan.decimalSeparator).toBe(',');
    const result = loaded(outcome);
    expect(result.plan.decimalSeparator).toBe('.');
    expect(result.counts).toMatchObject({ rows: 1002, unreadable: 0, kept: 1002 });
    const rows = await rfmRows(db, result);
    expect(rows.k0).toEqual({ recency: 2, frequency: 201, monetary: 625 }); // 200 × 3 + 2 × 12.50, not 2 × 1250
    expect(rows.k1).toEqual({ recency: 1, frequency: 201, monetary: 607.25 });
    expect(rows.k2).toEqual({ recency: 19, frequency: 200, monetary: 600 });
  });

  // Mostly decimal commas; two amounts written the American and the Swiss way.
  const mixed = "Order;Customer;Date;Amount\n1;a;2024-01-02;12,50\n2;a;2024-01-03;1.234,56\n3;b;2024-01-04;7,00\n4;b;2024-01-05;$1,234.56\n5;c;2024-01-06;CHF 1'234.50\n";

  it('leaves out, as unreadable, values the majority of the column contradicts, instead of misreading them', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'mixed.csv', content: mixed }]);
    const result = loaded(outcome);
    expect(result.plan.decimalSeparator).toBe(',');
    expect(result.counts).toEqual({ rows: 5, missing_customer: 0, cancelled: 0, non_positive_quantity: 0, non_positive_price: 0, unreadable: 2, kept: 3 });
    expect(result.unreadable).toEqual([expect.objectContaining({ field: 'orderAmount', column: 'Amount', lines: 2 })]);
    expect(["$1,234.56", "CHF 1'234.50"]).toContain(result.unreadable[0].example);
    expect(await rfmRows(db, result)).toEqual({
      a: { recency: 2, frequency: 2, monetary: 1247.06 }, // 12,50 + 1.234,56
      b: { recency: 1, frequency: 1, monetary: 7 }, // $1,234.56 is not 1.23456
    });
  });

  it('flags such values on the mapping screen, apart from text that is no number at all', async () => {
    const { session, preview } = await fixtureSession([{ name: 'mixed.csv', content: mixed.replace('7,00', 'seven') }]);
    const { problems } = await session.checkMapping(preview.detection.plan);
    expect(problems.map(({ role, lines, examples }) => ({ role, lines, examples }))).toEqual([
      { role: 'order_amount', lines: 1, examples: ['seven'] },
      { role: 'order_amount', lines: 2, examples: ['$1,234.56', "CHF 1'234.50"] },
    ]);
    expect(problems[1].message).toBe(
      'Order amount → "Amount": 2 of the first 5 values are written with a decimal point (e.g. "$1,234.56", "CHF 1\'234.50"), not the decimal comma chosen; the whole file decides which one counts, and values written the other way are left out as unreadable.',
    );
  });
});

describe('signs and currencies', () => {
  it('read negative amounts in every common style as negative, not unreadable', async () => {
    const prices = ['(4.00)', '4.00-', '\u22124.00', '-$4.00', 'US$ 10.00', 'eur 5.00', "CHF 1'000.00", '1\u202f000.50'];
    const lines = prices.map((price, index) => `${index + 1},c${index < 4 ? 'neg' : 'pos'},2024-03-0${index + 1},1,"${price}"`);
    const { db, outcome } = await analyseFixtures([{ name: 'signs.csv', content: `order,customer,date,qty,price\n${lines.join('\n')}\n` }]);
    const result = loaded(outcome);
    expect(result.counts).toEqual({ rows: 8, missing_customer: 0, cancelled: 0, non_positive_quantity: 0, non_positive_price: 4, unreadable: 0, kept: 4 });
    expect(await rfmRows(db, result)).toEqual({ cpos: { recency: 1, frequency: 4, monetary: 2015.5 } }); // 10 + 5 + 1000 + 1000.50
  });

  it('read European amounts with symbols, codes and spaces around them', async () => {
    const prices = ['-€12,50', '12,50 €', '€ 1.234,56', 'R$ 10,00', 'kr 10,00', '1 234,56', '1\u00a0000,00'];
    const lines = prices.map((price, index) => `${index + 1};k;2024-03-0${index + 1};1;${price}`);
    const { db, outcome } = await analyseFixtures([{ name: 'euro.csv', content: `Bestellung;Kunde;Datum;Menge;Preis\n${lines.join('\n')}\n` }]);
    const result = loaded(outcome);
    expect(result.plan.decimalSeparator).toBe(',');
    expect(result.counts).toMatchObject({ rows: 7, non_positive_price: 1, unreadable: 0, kept: 6 });
    expect(await rfmRows(db, result)).toEqual({ k: { recency: 1, frequency: 6, monetary: 3501.62 } }); // 12.50 + 1234.56 + 10 + 10 + 1234.56 + 1000
  });
});
