import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../src/model/load/layout-detection';
import { SHOPIFY_EXPORT_HEADER, shopifyOrdersCsv } from '../../../src/model/sample-data/exports/shopify-orders';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { parseCsv } from '../../support/oracle';

const OPTIONS = { lines: 3_000, customers: 200, seed: 11 };
const [header, ...rows] = parseCsv(shopifyOrdersCsv(OPTIONS));
const sample = parseCsv(sampleOrdersCsv(OPTIONS)).slice(1);
const column = (name: string) => header.indexOf(name);
const ORDER_FIELDS = ['Email', 'Financial Status', 'Paid at', 'Currency', 'Total', 'Created at', 'Billing Country'];

/** `12/1/2010 8:26` → `2010-12-01 08:26:00 +0000`, written out independently of the generator. */
function shopifyDate(text: string): string {
  const [date, time] = text.split(' ');
  const [month, day, year] = date.split('/');
  const [hour, minute] = time.split(':');
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')} ${hour.padStart(2, '0')}:${minute}:00 +0000`;
}

describe('the sample as a Shopify orders export', () => {
  it('is recognised as Shopify, with every column the layout maps', () => {
    expect(header.join(',')).toBe(SHOPIFY_EXPORT_HEADER);
    const detection = detectLayout(header, rows.slice(0, 50), ',');
    expect(detection.layout.id).toBe('shopify');
    expect(detection.full).toBe(true);
  });

  it('has one row per line of the sample, with the order’s fields on its first row only', () => {
    expect(rows).toHaveLength(sample.length);
    rows.forEach((row, index) => {
      const [invoice, sku, name, quantity, date, price, customer, country] = sample[index];
      expect(row[column('Name')]).toBe(`#${invoice}`);
      expect([row[column('Lineitem sku')], row[column('Lineitem name')], row[column('Lineitem quantity')], row[column('Lineitem price')]]).toEqual([sku, name, quantity, price]);
      const first = index === 0 || sample[index - 1][0] !== invoice;
      if (!first) {
        expect(ORDER_FIELDS.map((field) => row[column(field)])).toEqual(ORDER_FIELDS.map(() => ''));
        return;
      }
      let end = index;
      while (end < sample.length && sample[end][0] === invoice) end++;
      const total = sample.slice(index, end).reduce((sum, line) => sum + (Number(line[3]) * Number(line[5]) || 0), 0);
      expect(row[column('Email')]).toBe(customer === '' ? '' : `customer${customer.replace(/\.0$/, '')}@example.com`);
      expect(row[column('Financial Status')]).toBe(invoice.startsWith('C') ? 'refunded' : 'paid');
      expect(row[column('Created at')]).toBe(/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}$/.test(date) ? shopifyDate(date) : date);
      expect(row[column('Total')]).toBe(total.toFixed(2));
      expect(row[column('Billing Country')]).toBe(country);
    });
  });
});
