import { describe, expect, it } from 'vitest';
import { loadOrders } from '../../../src/engine/load/load-orders';
import { segmentCustomers } from '../../../src/engine/segments/segment-view';
import { REJECTED_LINES_PAGE } from '../../../src/engine/load/sql/rejected-lines';
import { detectTextEncoding, fileChunks } from '../../../src/engine/load/files/detect-encoding';
import { LoadSession, loadedResult } from '../../../src/engine/load/load-session';
import { analyseFixtures, FIXTURE_FILES, fixtureInputs, loaded, rfmRows } from '../../support/load-fixture';
import { fixtureSession } from '../../support/fixture-session';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';
import { WINDOWS_EXPORT, windows1252Bytes } from '../../support/windows-1252-export';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

describe('reading real-world files', () => {
  it('reads a Latin-1 file as Windows-1252 instead of dropping its accented lines', async () => {
    const latin1 = Buffer.from(`${HEADER}\n536365,A,CAF\u00c9 MUG,2,12/1/2010 8:26,2.50,17850,France\n536366,B,PLATE,1,12/2/2010 9:00,1.25,17850,France\n`, 'latin1');
    const db = await nativeConnector();
    const encoding = await detectTextEncoding(fileChunks(new Blob([latin1]), 16));
    const loaded = await loadOrders(db, { source: writeFixture('latin1.csv', latin1), fileName: 'latin1.csv', encoding });
    expect(loaded.encoding).toBe('Windows-1252');
    expect(loaded.counts.kept).toBe(2);
    expect(loaded.counts.unreadable).toBe(0);
    const [customer] = await segmentCustomers(db, { referenceDate: loaded.defaultReferenceDate, valuePercentile: 80, activeDays: 90 }, null, 5, 0);
    expect(customer).toMatchObject({ customerId: '17850', frequency: 2, monetary: 6.25 });
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

describe('a Windows-1252 export with euro signs and typographic quotes', () => {
  it('reads € ’ – „ “ … ™ Œ as themselves, in the sample, the amounts, the customers and the lines left out', async () => {
    const bytes = windows1252Bytes(WINDOWS_EXPORT);
    expect(bytes.includes(0x80) && bytes.includes(0x92) && bytes.includes(0x96) && bytes.includes(0xe9)).toBe(true);
    const { db, inspection, outcome } = await analyseFixtures([{ name: 'export.csv', content: bytes }]);
    expect(inspection.preview.sources[0]).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(inspection.preview.detection.plan).toMatchObject({ mapping: { order_id: 0, customer_id: 1, product: 2, quantity: 4, unit_price: 5 }, decimalSeparator: ',' });
    expect(inspection.preview.rows.slice(0, 3)).toEqual([
      ['A-1', 'O’Brien', 'Kaffeebecher – „Classic“', '25.03.2024', '2', '12,50 €', 'Irland'],
      ['A-1', 'O’Brien', 'Teekanne™', '25.03.2024', '1', '€1.234,50', 'Irland'],
      ['A-2', 'Café—Bar', 'Crème brûlée…', '03.04.2024', '3', '2,55 €', 'France'],
    ]);
    const result = loaded(outcome);
    expect(result.encoding).toBe('Windows-1252');
    expect(result.counts).toEqual({ rows: 5, missing_customer: 0, cancelled: 0, non_positive_quantity: 0, non_positive_price: 0, unreadable: 2, kept: 3 });
    expect(await rfmRows(db, result)).toEqual({
      'O’Brien': { recency: 10, frequency: 1, monetary: 1259.5 }, // 2 × 12,50 € + 1 × €1.234,50
      'Café—Bar': { recency: 1, frequency: 1, monetary: 7.65 }, // 3 × 2,55 €
    });
    const leftOut = await db.query(REJECTED_LINES_PAGE, [100, 0]);
    expect(leftOut).toMatchObject([
      { line: 5, reason: 'unreadable', order_id: 'A-3', customer: 'Café—Bar', quantity: 'zwei', price_or_amount: '1,00 €', original_line: null },
      { line: 6, reason: 'unreadable', detail: 'more fields than the header', original_line: 'A-4;Zoë;Schale;06.04.2024;1;5,00 €;Österreich;€ zu viel' },
    ]);
  });

  it('reads each of the 27 characters Windows-1252 keeps in 0x80–0x9F as itself', async () => {
    const marks = Array.from('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
    const lines = marks.map((mark, index) => `A-${index};Kunde ${mark};25.1.2024;1;1,00`);
    const { db, outcome } = await analyseFixtures([{ name: 'marks.csv', content: windows1252Bytes(`Bestellnummer;Kunde;Datum;Menge;Einzelpreis\n${lines.join('\n')}\n`) }]);
    expect(loaded(outcome).counts.kept).toBe(27);
    const customers = await db.query<{ customer_id: string }>('SELECT customer_id FROM order_lines ORDER BY source_row');
    expect(customers.map((row) => row.customer_id)).toEqual(marks.map((mark) => `Kunde ${mark}`));
  });
});

describe('a file whose first lines are UTF-8 but later ones are not', () => {
  // Past the 256 KB head that the encoding is first judged from, one description in Windows-1252.
  const filler = Array.from({ length: 4000 }, (_, index) => `5363${String(index).padStart(4, '0')},A,PLAIN MUG NUMBER ${index},1,12/1/2010 8:26,1.00,17850,United Kingdom`);
  const late = `${HEADER}\n${filler.join('\n')}\n581587,B,CAF\u00c9 \u20ac MUG,2,12/9/2011 12:50,2.50,12680,France\n`;
  const fixture = { name: 'late.csv', content: windows1252Bytes(late) };

  it('is read again as Windows-1252 once DuckDB finds the bytes that are not UTF-8', async () => {
    expect(windows1252Bytes(late).indexOf(0xc9)).toBeGreaterThan(256 * 1024);
    const { session, preview } = await fixtureSession([fixture]);
    expect(preview.sources[0].encoding).toBe('utf-8');
    const result = loadedResult(await session.analyse(preview.detection.plan, () => {}, () => {}));
    expect(result.encoding).toBe('Windows-1252');
    expect(result.counts).toMatchObject({ rows: 4001, unreadable: 0, kept: 4001 });
    expect(result.customers).toBe(2);
  });

  it('leaves those lines unreadable when the user says the file is UTF-8', async () => {
    const db = await nativeConnector();
    const session = new LoadSession({ connector: db, registry: FIXTURE_FILES, drop: async () => {}, onQueryProgress: () => {} });
    const preview = await session.inspect(fixtureInputs([fixture]), { encoding: 'utf-8' }, () => {});
    const result = loadedResult(await session.analyse(preview.detection.plan, () => {}, () => {}));
    expect(result.encoding).toBe('UTF-8');
    expect(result.counts).toMatchObject({ rows: 4001, unreadable: 1, kept: 4000 });
  });
});
