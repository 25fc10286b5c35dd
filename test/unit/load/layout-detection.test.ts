import { describe, expect, it } from 'vitest';
import { missingRoles, sharedColumns } from '../../../src/model/load/column-roles';
import { cancelledByPrefix, detectLayout, guessMapping, orderFieldsOnlyFirst } from '../../../src/model/load/layout-detection';
import { readingKey } from '../../../src/model/load/load-plan';
import { rememberedPlan, rememberPlan, type PlanStorage } from '../../../src/ui/load/mapping/mapping-memory';

describe('layout detection', () => {
  it('matches common column names in several languages', () => {
    const french = guessMapping(['N° commande', 'Client', 'Date', 'Quantité', 'Prix unitaire', 'Pays'], []);
    expect(french.mapping).toEqual({ order_id: 0, customer_id: 1, order_date: 2, quantity: 3, unit_price: 4, country: 5 });
    const spanish = guessMapping(['Pedido', 'Correo electrónico', 'Fecha', 'Importe total'], []);
    expect(spanish.mapping).toEqual({ order_id: 0, customer_id: 1, order_date: 2, order_amount: 3 });
  });

  it('finds the customer by its e-mails and the date by its dates when the names do not tell', () => {
    const rows = [
      ['1', 'ann@example.com', '2024-01-02', '10'],
      ['2', 'bob@example.com', '2024-01-03', '20'],
    ];
    const { mapping, scores } = guessMapping(['Ref', 'Contact', 'When', 'Total'], rows);
    expect(mapping).toMatchObject({ customer_id: 1, order_date: 2, order_amount: 3 });
    expect(scores.customer_id).toBe(0.5);
  });

  it('takes an e-mail column beside a customer id for campaigns, and leaves an e-mail customer column to the customer', () => {
    const rows = [['1', 'C-7', 'ann@example.com', '2024-01-02', 'Blue mug', 'BM-1', '10']];
    const both = guessMapping(['Order', 'Customer ID', 'Email', 'Date', 'Product name', 'SKU', 'Total'], rows).mapping;
    // The product is the name, not the code: messages name what a customer bought.
    expect(both).toMatchObject({ customer_id: 1, email: 2, product: 4 });
    const only = guessMapping(['Order', 'Email', 'Date', 'Total'], [['1', 'ann@example.com', '2024-01-02', '10']]).mapping;
    expect(only).toMatchObject({ customer_id: 1 });
    expect(only.email).toBeUndefined();
    // A column named like an e-mail that holds none is not one.
    expect(guessMapping(['Order', 'Customer', 'Mail', 'Date', 'Total'], [['1', 'C-7', 'yes', '2024-01-02', '10']]).mapping.email).toBeUndefined();
  });

  it('does not take a column of words for an amount', () => {
    const rows = [['1', 'a@x.test', '2024-01-02', 'gift wrap']];
    expect(guessMapping(['Order', 'Email', 'Date', 'Total'], rows).mapping.order_amount).toBeUndefined();
  });

  it('gives a known layout full confidence and a generic one a score', () => {
    const retail = detectLayout(['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'], [], ',');
    expect(retail).toMatchObject({ full: true, confidence: 1, layout: { id: 'online_retail' } });
    const generic = detectLayout(['Order', 'Email', 'Date', 'Total'], [['1', 'a@x.test', '2024-01-02', '12,50']], ';');
    expect(generic).toMatchObject({ full: false, layout: { id: 'generic' }, plan: { money: 'order_amount', decimalSeparator: ',', ambiguousDateOrder: 'ask', orderFieldsOnFirstLine: true } });
    expect(generic.confidence).toBeGreaterThan(0.9);
    expect(detectLayout(['a', 'b'], [], ',').confidence).toBe(0);
  });

  it('sees order fields left on the first line only, and C-prefixed cancellations', () => {
    const mapping = { order_id: 0, customer_id: 1, order_date: 2 };
    expect(orderFieldsOnlyFirst(mapping, [['#1', 'a', '2024-01-01'], ['#1', '', ''], ['#2', 'b', '2024-01-02']])).toBe(true);
    expect(orderFieldsOnlyFirst(mapping, [['#1', 'a', '2024-01-01'], ['#1', 'a', '2024-01-01']])).toBe(false);
    expect(cancelledByPrefix({ order_id: 0 }, [['536365'], ['C536366']])).toBe(true);
    expect(cancelledByPrefix({ order_id: 0 }, [['CA-1'], ['CB-2']])).toBe(false);
  });

  it('names what a mapping still misses and columns chosen twice', () => {
    expect(missingRoles({ order_id: 0, customer_id: 1 }, 'lines')).toEqual(['order_date', 'unit_price']);
    expect(missingRoles({ order_id: 0, customer_id: 1, order_date: 2, order_amount: 3 }, 'order_amount')).toEqual([]);
    expect(sharedColumns({ order_id: 0, customer_id: 0, product: 0 })).toEqual([{ column: 0, roles: ['order_id', 'customer_id'] }]);
    // The customer column may also be the e-mail.
    expect(sharedColumns({ customer_id: 1, email: 1 })).toEqual([]);
  });
});

describe('remembered mappings', () => {
  const store = (): PlanStorage & { items: Map<string, string> } => {
    const items = new Map<string, string>();
    return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
  };
  const plan = detectLayout(['Order', 'Email', 'Date', 'Total'], [], ',').plan;

  it('come back for the same header, and only when they still fit it', () => {
    const memory = store();
    expect(rememberedPlan('order|email', 4, memory)).toBeNull();
    // Choices about what to leave out belong to one analysis; the next file starts from the defaults.
    rememberPlan('order|email', { ...plan, dateOrder: 'dmy', dropDuplicates: true, includeFutureDates: true }, memory);
    expect(rememberedPlan('order|email', 4, memory)).toEqual({ ...plan, dateOrder: 'dmy', dropDuplicates: false, includeFutureDates: false });
    expect(rememberedPlan('order|email', 3, memory)).toBeNull(); // column 3 no longer exists
    memory.items.set([...memory.items.keys()][0], '{"mapping":{"order_id":"x"}}');
    expect(rememberedPlan('order|email', 4, memory)).toBeNull();
  });

  it('keep a chosen currency, and drop a remembered one that is no currency', () => {
    const memory = store();
    rememberPlan('order|email', { ...plan, currency: 'CHF' }, memory);
    expect(rememberedPlan('order|email', 4, memory)?.currency).toBe('CHF');
    rememberPlan('order|email', { ...plan, currency: 'XYZ' }, memory);
    expect(rememberedPlan('order|email', 4, memory)).toBeNull();
  });

  it('differ from the plan in reading only when something read differently changes', () => {
    expect(readingKey({ ...plan, dropDuplicates: true })).toBe(readingKey(plan));
    expect(readingKey({ ...plan, includeFutureDates: true })).toBe(readingKey(plan));
    expect(readingKey({ ...plan, decimalSeparator: ',' })).not.toBe(readingKey(plan));
    // The currency chosen changes no value that was read.
    expect(readingKey({ ...plan, currency: 'EUR' })).toBe(readingKey(plan));
  });
});
