import { describe, expect, it } from 'vitest';
import { CREATE_CUSTOMER_FACTS } from '../../../src/engine/campaigns/sql/customer-facts';
import type { Connector } from '../../../src/engine/db/connector';
import { CREATE_CUSTOMER_PRODUCTS, HAS_PRODUCTS } from '../../../src/engine/insights/sql/segment-comparison';
import { NOT_A_PRODUCT } from '../../../src/model/campaigns/not-products';
import { analyseFixtures, loaded } from '../../support/load-fixture';

// Quantity, price, date, product and country are read as written, without trimming every cell
// (load/sql/lines/mapped-lines.ts): a file whose cells have spaces around them must read as the same
// file without them, and what the campaigns and the segment comparison show must be trimmed.
const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';
type Line = [invoice: string, stock: string, product: string, quantity: string, date: string, price: string, customer: string, country: string];
const LINES: Line[] = [
  ['536365', '85123A', 'WHITE HANGING HEART', '6', '2010-12-01 08:26:00', '2.55', '17850', 'United Kingdom'],
  ['536366', '22633', 'HAND WARMER', '6', '2010-12-01 08:28:00', '1.85', '17850', 'United Kingdom'],
  ['536367', '84879', 'BIRD ORNAMENT', '32', '2010-12-02 08:34:00', '1.69', '13047', 'France'],
  ['536367', '84880', 'POSTAGE', '1', '2010-12-02 08:34:00', '18.00', '13047', 'France'],
  ['536368', '22960', 'JAM MAKING SET', '-', '2010-12-03 08:34:00', '4.25', '13047', 'France'],
  ['C536379', 'D', 'Discount', '-1', '2010-12-04 09:41:00', '27.50', '14527', 'United Kingdom'],
  ['536370', '22728', 'ALARM CLOCK', '24', '2010-12-05 08:45:00', '0.0', '12583', 'France'],
  ['536371', '22729', 'TEA SET', '2', 'soon', '3.10', '12583', 'France'],
];
// Spaces DuckDB's cast and strptime skip, and spaces only trim removes (no-break, ideographic, thin).
const PADS = [' ', '  ', '\u00a0', '\u3000', '\u2009'];
const PADDED_COLUMNS = [2, 3, 4, 5, 7];

function csv(lines: readonly Line[]): string {
  return [HEADER, ...lines.map((line) => line.map((cell) => `"${cell}"`).join(','))].join('\n');
}

function padded(lines: readonly Line[]): Line[] {
  return lines.map((line, row) => line.map((cell, column) => {
    if (!PADDED_COLUMNS.includes(column)) return cell;
    const pad = PADS[(row + column) % PADS.length];
    return column % 2 === 0 ? `${pad}${cell}${pad}` : `${cell}${pad}`;
  }) as Line);
}

const LINE_COLUMNS = `source_row, customer_id, invoice, quantity::VARCHAR AS quantity, unit_price::VARCHAR AS unit_price, invoiced_at::VARCHAR AS invoiced_at,
  reason, quantity_text, unit_price_text, invoice_date_text`;

async function read(lines: readonly Line[]): Promise<Connector> {
  const { db, outcome } = await analyseFixtures([{ name: 'padded.csv', content: csv(lines) }]);
  loaded(outcome);
  return db;
}

async function campaignViews(db: Connector) {
  await db.query(CREATE_CUSTOMER_FACTS, [NOT_A_PRODUCT, true]);
  await db.query(CREATE_CUSTOMER_PRODUCTS, [NOT_A_PRODUCT]);
  return {
    facts: await db.query('SELECT customer_id, country, last_product, top_product_1, top_product_2 FROM customer_facts ORDER BY customer_id'),
    products: await db.query('SELECT customer_id, product, amount::VARCHAR AS amount FROM customer_products ORDER BY customer_id, product'),
  };
}

describe('cells read as written', () => {
  it('read a file with spaces around its cells as the same file without them', async () => {
    const plain = await read(LINES);
    const spaced = await read(padded(LINES));
    const lines = `SELECT ${LINE_COLUMNS} FROM order_lines ORDER BY source_row`;
    const expected = await plain.query(lines);
    expect(await spaced.query(lines)).toEqual(expected);
    // Six lines kept and the three left out with their texts trimmed, as the download shows them.
    expect(expected.map((line) => line.reason)).toEqual(['kept', 'kept', 'kept', 'kept', 'unreadable', 'cancelled', 'non_positive_price', 'unreadable']);
    expect(expected[4]).toMatchObject({ quantity_text: '-', unit_price_text: '4.25' });
    expect(expected[7]).toMatchObject({ invoice_date_text: 'soon' });
  });

  it('give the campaigns and the segment comparison trimmed products and countries', async () => {
    const plain = await read(LINES);
    const spaced = await read(padded(LINES));
    const expected = await campaignViews(plain);
    expect(await campaignViews(spaced)).toEqual(expected);
    expect(expected.facts).toContainEqual({ customer_id: '13047', country: 'France', last_product: 'BIRD ORNAMENT', top_product_1: 'BIRD ORNAMENT', top_product_2: null });
    // The products are stored as written; a cell of spaces is no product.
    const [stored] = await spaced.query<{ product: string }>(`SELECT product FROM line_details WHERE source_row = 1`);
    expect(stored.product).not.toBe('WHITE HANGING HEART');
    await spaced.query(`UPDATE line_details SET product = ' '`);
    expect(await spaced.query(HAS_PRODUCTS)).toEqual([{ has_products: false }]);
  });
});
