import { describe, expect, it } from 'vitest';
import { isCancelledMark, isCancelledStatus, isUnpaidStatus } from '../../../src/model/load/order-status';
import { analyseFixtures, loaded } from '../../support/load-fixture';
import type { Connector } from '../../../src/engine/db/connector';

// What a status or a cancelled cell says, read by the engine's SQL and by model/order-status.ts from
// one table, each line's reason also written out by hand.

async function reasons(db: Connector): Promise<Record<string, string>> {
  const rows = await db.query<{ invoice: string; reason: string }>('SELECT invoice, reason FROM order_lines ORDER BY source_row');
  return Object.fromEntries(rows.map((row) => [row.invoice, row.reason]));
}

function file(header: string, cells: readonly string[]): string {
  return `Order,Email,Date,Amount,${header}\n${cells.map((cell, index) => `${index + 1},a@x.test,2024-05-01,10.00,"${cell}"`).join('\n')}\n`;
}

const STATUSES: [status: string, reason: string][] = [
  ['paid', 'kept'],
  ['completed', 'kept'],
  ['processing', 'kept'],
  ['partially_refunded', 'kept'],
  ['partially_paid', 'kept'],
  ['wc-completed', 'kept'],
  ['refunded', 'cancelled'],
  ['voided', 'cancelled'],
  ['Cancelled', 'cancelled'],
  ['trash', 'cancelled'],
  ['wc-refunded', 'cancelled'],
  ['storniert', 'cancelled'],
  ['expired', 'unpaid'],
  ['failed', 'unpaid'],
  ['wc-failed', 'unpaid'],
  ['checkout-draft', 'unpaid'],
  ['draft', 'unpaid'],
  ['pending', 'unpaid'],
  [' PENDING ', 'unpaid'],
  ['on-hold', 'unpaid'],
  ['authorized', 'unpaid'],
  ['Fehlgeschlagen', 'unpaid'],
  ['en attente', 'unpaid'],
];

const CANCELLED_CELLS: [cell: string, reason: string][] = [
  ['', 'kept'],
  ['false', 'kept'],
  ['FALSE', 'kept'],
  ['0', 'kept'],
  ['no', 'kept'],
  ['N', 'kept'],
  ['nein', 'kept'],
  ['non', 'kept'],
  ['falso', 'kept'],
  ['nee', 'kept'],
  ['true', 'cancelled'],
  ['1', 'cancelled'],
  ['yes', 'cancelled'],
  ['Ja', 'cancelled'],
  ['2024-05-02 10:00:00 +0200', 'cancelled'],
];

describe('order statuses', () => {
  it('leave out cancelled orders and, under their own reason, unpaid or failed ones', async () => {
    const { db, inspection, outcome } = await analyseFixtures([{ name: 'statuses.csv', content: file('Status', STATUSES.map(([status]) => status)) }]);
    expect(inspection.preview.detection.plan.mapping.status).toBe(4);
    const byHand = Object.fromEntries(STATUSES.map(([, reason], index) => [String(index + 1), reason]));
    const byModel = Object.fromEntries(
      STATUSES.map(([status], index) => [String(index + 1), isCancelledStatus(status) ? 'cancelled' : isUnpaidStatus(status) ? 'unpaid' : 'kept']),
    );
    expect(byModel).toEqual(byHand);
    expect(await reasons(db)).toEqual(byHand);
    expect(loaded(outcome).counts).toMatchObject({ rows: 23, cancelled: 6, unpaid: 11, kept: 6 });
  });
});

describe('a yes/no "Cancelled" column', () => {
  it('cancels on a yes or a date, not on a no', async () => {
    const { db, inspection } = await analyseFixtures([{ name: 'flags.csv', content: file('Cancelled', CANCELLED_CELLS.map(([cell]) => cell)) }]);
    expect(inspection.preview.detection.plan.mapping.cancelled_at).toBe(4);
    const byHand = Object.fromEntries(CANCELLED_CELLS.map(([, reason], index) => [String(index + 1), reason]));
    const byModel = Object.fromEntries(CANCELLED_CELLS.map(([cell], index) => [String(index + 1), isCancelledMark(cell) ? 'cancelled' : 'kept']));
    expect(byModel).toEqual(byHand);
    expect(await reasons(db)).toEqual(byHand);
  });
});

describe('a C before an Online Retail invoice number', () => {
  it('cancels the line in either case, and only at the start', async () => {
    const invoices: [invoice: string, reason: string][] = [
      ['C536379', 'cancelled'],
      ['c536380', 'cancelled'],
      [' C536381', 'cancelled'],
      ['536382C', 'kept'],
      ['\u00c7536383', 'kept'],
      ['536384', 'kept'],
    ];
    const lines = invoices.map(([invoice], index) => `"${invoice}",X,Mug,1,12/1/2010 9:41,2.50,1${index},United Kingdom`);
    const content = ['InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country', ...lines].join('\n');
    const { db } = await analyseFixtures([{ name: 'online-retail.csv', content }]);
    expect(await reasons(db)).toEqual(Object.fromEntries(invoices.map(([invoice, reason]) => [invoice.trim(), reason])));
  });
});
