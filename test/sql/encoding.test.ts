import { describe, expect, it } from 'vitest';
import { loadOrders } from '../../src/engine/load-orders';
import { segmentCustomers } from '../../src/engine/segment-view';
import { detectTextEncoding, fileChunks } from '../../src/model/text-encoding';
import { nativeConnector, writeFixture } from '../support/native-duckdb';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

describe('reading real-world files', () => {
  it('reads a Latin-1 file as Latin-1 instead of dropping its accented lines', async () => {
    const latin1 = Buffer.from(`${HEADER}\n536365,A,CAF\u00c9 MUG,2,12/1/2010 8:26,2.50,17850,France\n536366,B,PLATE,1,12/2/2010 9:00,1.25,17850,France\n`, 'latin1');
    const db = await nativeConnector();
    const encoding = await detectTextEncoding(fileChunks(new Blob([latin1]), 16));
    const loaded = await loadOrders(db, { source: writeFixture('latin1.csv', latin1), fileName: 'latin1.csv', encoding });
    expect(loaded.encoding).toBe('Latin-1');
    expect(loaded.counts.kept).toBe(2);
    expect(loaded.counts.unreadable).toBe(0);
    const [customer] = await segmentCustomers(db, { referenceDate: loaded.defaultReferenceDate, valuePercentile: 80, activeDays: 90 }, null, 5, 0);
    expect(customer).toMatchObject({ customer_id: '17850', frequency: 2, monetary: 6.25 });
  });

  it('counts lines with the wrong number of fields as unreadable and names the first', async () => {
    const db = await nativeConnector();
    const text = `${HEADER}\n536365,A,MUG,2,12/1/2010 8:26,2.50,17850,UK\n536366,A,MUG, RED,2,12/1/2010 8:26,2.50,17850,UK\n536367,A,MUG,1,12/1/2010 8:26,1.00,17850,UK\n`;
    const loaded = await loadOrders(db, { source: writeFixture('fields.csv', text), fileName: 'fields.csv' });
    expect(loaded.counts).toMatchObject({ rows: 3, unreadable: 1, kept: 2 });
    expect(loaded.unreadable).toEqual([{ field: 'fields', lines: 1, example: 'line 3' }]);
  });

  it('reads a UTF-8 file that starts with a byte-order mark', async () => {
    const db = await nativeConnector();
    const text = `\uFEFF${HEADER}\n536365,A,MUG,2,12/1/2010 8:26,2.50,17850,UK\n`;
    const loaded = await loadOrders(db, { source: writeFixture('bom.csv', text), fileName: 'bom.csv' });
    expect(loaded.layout.id).toBe('online_retail');
    expect(loaded.counts.kept).toBe(1);
  });
});
