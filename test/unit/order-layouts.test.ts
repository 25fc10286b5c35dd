import { describe, expect, it } from 'vitest';
import { normaliseHeader, recogniseLayout, unknownLayoutMessage } from '../../src/model/order-layouts';

describe('header recognition', () => {
  it('recognises Online Retail', () => {
    const found = recogniseLayout(['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country']);
    expect(found?.layout.id).toBe('online_retail');
    expect(found?.sourceColumns).toEqual({
      invoice: 'InvoiceNo',
      customerId: 'CustomerID',
      invoiceDate: 'InvoiceDate',
      quantity: 'Quantity',
      unitPrice: 'UnitPrice',
    });
  });

  it('recognises Online Retail II with its spaced customer column', () => {
    const found = recogniseLayout(['Invoice', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'Price', 'Customer ID', 'Country']);
    expect(found?.layout.id).toBe('online_retail_ii');
    expect(found?.sourceColumns.customerId).toBe('Customer ID');
    expect(found?.sourceColumns.unitPrice).toBe('Price');
  });

  it('ignores case, spaces and underscores', () => {
    expect(normaliseHeader(' Customer_ ID ')).toBe('customerid');
    const found = recogniseLayout(['invoice no', 'QUANTITY', 'invoice_date', 'Unit Price', 'customer id']);
    expect(found?.layout.id).toBe('online_retail');
    expect(found?.sourceColumns.invoiceDate).toBe('invoice_date');
  });

  it('returns null when a needed column is missing', () => {
    expect(recogniseLayout(['InvoiceNo', 'Quantity', 'InvoiceDate', 'UnitPrice'])).toBeNull();
    expect(recogniseLayout([])).toBeNull();
  });

  it('names the columns found and the columns needed', () => {
    const message = unknownLayoutMessage(['email', 'amount']);
    expect(message).toContain('found: "email", "amount"');
    expect(message).toMatch(/InvoiceNo \(or Invoice\), CustomerID \(or Customer ID\), InvoiceDate, Quantity and UnitPrice \(or Price\)/);
  });
});
