import { describe, expect, it } from 'vitest';
import { normaliseHeader, recogniseLayout, unknownLayoutMessage } from '../../../src/model/load/order-layouts';

const ONLINE_RETAIL = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'];

describe('header recognition', () => {
  it('recognises Online Retail, by column position', () => {
    const found = recogniseLayout(ONLINE_RETAIL);
    expect(found?.layout.id).toBe('online_retail');
    // The product is the description, not the stock code: campaign messages name what a customer bought.
    expect(found?.mapping).toEqual({ order_id: 0, customer_id: 6, order_date: 4, quantity: 3, unit_price: 5, product: 2, country: 7 });
    expect(found?.layout.plan).toMatchObject({ money: 'lines', cancelledPrefix: true, ambiguousDateOrder: 'mdy' });
  });

  it('recognises Online Retail II with its spaced customer column', () => {
    const found = recogniseLayout(['Invoice', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'Price', 'Customer ID', 'Country']);
    expect(found?.layout.id).toBe('online_retail_ii');
    expect(found?.mapping.customer_id).toBe(6);
    expect(found?.mapping.unit_price).toBe(5);
  });

  it('recognises a Shopify orders export and a WooCommerce export', () => {
    const shopify = recogniseLayout(['Name', 'Email', 'Financial Status', 'Paid at', 'Currency', 'Subtotal', 'Total', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Cancelled at']);
    expect(shopify?.layout.id).toBe('shopify');
    expect(shopify?.mapping).toMatchObject({ order_id: 0, customer_id: 1, status: 2, currency: 4, order_amount: 6, order_date: 7, quantity: 8, unit_price: 10, cancelled_at: 11 });
    expect(shopify?.layout.plan).toMatchObject({ money: 'lines', orderFieldsOnFirstLine: true, cancelledPrefix: false });
    const woo = recogniseLayout(['order_id', 'order_number', 'order_date', 'status', 'order_total', 'order_currency', 'billing_email', 'item_name', 'item_quantity']);
    expect(woo?.layout.id).toBe('woocommerce');
    expect(woo?.mapping).toMatchObject({ order_id: 1, order_date: 2, status: 3, order_amount: 4, currency: 5, customer_id: 6, quantity: 8 });
    expect(woo?.layout.plan.money).toBe('order_amount');
  });

  it('ignores case, accents, spaces and punctuation', () => {
    expect(normaliseHeader(' Customer_ ID ')).toBe('customerid');
    expect(normaliseHeader('Qté.')).toBe('qte');
    const found = recogniseLayout(['invoice no', 'QUANTITY', 'invoice_date', 'Unit Price', 'customer id']);
    expect(found?.layout.id).toBe('online_retail');
    expect(found?.mapping.order_date).toBe(2);
  });

  it('returns null when a needed column is missing', () => {
    expect(recogniseLayout(['InvoiceNo', 'Quantity', 'InvoiceDate', 'UnitPrice'])).toBeNull();
    expect(recogniseLayout(['Name', 'Email', 'Created at', 'Lineitem quantity', 'Lineitem price'])).toBeNull(); // no Financial Status
    expect(recogniseLayout([])).toBeNull();
  });

  it('names the columns found and the roles needed', () => {
    const message = unknownLayoutMessage(['email', 'amount']);
    expect(message).toContain('found: "email", "amount"');
    expect(message).toMatch(/an order \(or invoice\) number, a customer id or e-mail, an order date/);
    expect(message).toMatch(/mapping screen/);
  });
});
