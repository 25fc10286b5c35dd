import { mkdtempSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/engine/db/connector';
import { exportCustomersCsv } from '../../../src/engine/export/export-customers';
import { keepAnalysis, keptAnalysis, reopenAnalysis, type KeepDatabase } from '../../../src/engine/keep/keep-analysis';
import type { KeptStore } from '../../../src/engine/keep/kept-store';
import { loadOrders } from '../../../src/engine/load/load-orders';
import { rejectedLinesCsv } from '../../../src/engine/load/rejected-lines-csv';
import { readCustomerColumns } from '../../../src/engine/segments/customer-columns';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';
import { tierParams } from '../../support/tier-params';
import { DEFAULT_RFM_RULES } from '../../../src/model/segments/rfm-segments';

/** The store as a Map; what the browser's folder does, minus the browser. */
function memoryStore(): KeptStore & { files: Map<string, Blob> } {
  const files = new Map<string, Blob>();
  const size = async () => [...files.values()].reduce((sum, file) => sum + file.size, 0);
  return {
    files,
    read: async (name) => files.get(name) ?? null,
    write: async (name, content) => void files.set(name, content),
    clear: async () => {
      const bytes = await size();
      files.clear();
      return bytes;
    },
    size,
  };
}

/**
 * Native DuckDB saves rows as Parquet where the browser uses Arrow IPC streams (the Node client has no
 * Arrow): the format is the database layer's business; what is kept and rebuilt is what is tested here.
 */
function nativeKeep(connector: Connector): KeepDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'retention-keep-'));
  let count = 0;
  return {
    connector,
    async saveRows(sql) {
      const path = join(folder, `saved-${++count}.parquet`);
      await connector.query(`COPY (${sql}) TO '${path}' (FORMAT parquet)`);
      const blob = new Blob([await readFile(path)]);
      await rm(path);
      return blob;
    },
    async restoreTable(table, saved) {
      const path = join(folder, `restored-${++count}.parquet`);
      await writeFile(path, new Uint8Array(await saved.arrayBuffer()));
      await connector.query(`CREATE OR REPLACE TABLE ${table} AS FROM read_parquet('${path}')`);
      await rm(path);
    },
  };
}

const CSV = sampleOrdersCsv({ seed: 7, customers: 200, lines: 4_000, unreadableRate: 0.02 });

describe('an analysis kept and reopened', () => {
  it('rebuilds every table from what is kept: the same tiers, export and lines left out, without the file', async () => {
    const first = await nativeConnector();
    const result = await loadOrders(first, { source: writeFixture('shop.csv', CSV), fileName: 'shop.csv' });
    const store = memoryStore();
    const kept = await keepAnalysis(nativeKeep(first), store, result, new Date('2026-12-05T10:00:00Z'));
    expect(kept).toEqual({ fileName: 'shop.csv', keptAt: '2026-12-05T10:00:00.000Z', customers: result.customers, lines: result.counts.rows, bytes: await store.size(), outdated: false });
    expect([...store.files.keys()].sort()).toEqual(['analysis.json', 'line_details.arrows', 'order_lines.arrows', 'rejected_records.arrows']);
    expect(await keptAnalysis(store)).toEqual(kept);

    // Another engine, as after a reload: nothing but what was kept.
    const second = await nativeConnector();
    const stages: string[] = [];
    const reopened = await reopenAnalysis(nativeKeep(second), store, (stage) => stages.push(stage));
    expect(reopened).toEqual(result);
    expect(stages).toEqual(['reading', 'aggregating']);
    expect(await readCustomerColumns(second)).toEqual(result.customerColumns);
    const reference = await tierParams(first, result.defaultReferenceDate);
    expect(await exportCustomersCsv(second, reference, DEFAULT_RFM_RULES)).toBe(await exportCustomersCsv(first, reference, DEFAULT_RFM_RULES));
    expect(await (await rejectedLinesCsv(second, ['shop.csv'])).text()).toBe(await (await rejectedLinesCsv(first, ['shop.csv'])).text());
    // The lines' products, which the campaigns read, come back too.
    const products = (db: Connector) => db.query('SELECT source_file, source_row, line_hash::VARCHAR AS line_hash, product FROM line_details ORDER BY ALL');
    const keptProducts = await products(first);
    expect(keptProducts.filter((line) => line.product !== null).length).toBeGreaterThan(0);
    expect(await products(second)).toEqual(keptProducts);
  });

  it('is incomplete without its description, outdated in another format, and gone once forgotten', async () => {
    const db = await nativeConnector();
    const result = await loadOrders(db, { source: writeFixture('shop.csv', CSV), fileName: 'shop.csv' });
    const store = memoryStore();
    expect(await keptAnalysis(store)).toBeNull();
    await keepAnalysis(nativeKeep(db), store, result);

    const description = store.files.get('analysis.json')!;
    store.files.set('analysis.json', new Blob([JSON.stringify({ ...JSON.parse(await description.text()), format: 0 })]));
    expect(await keptAnalysis(store)).toMatchObject({ outdated: true });
    await expect(reopenAnalysis(nativeKeep(db), store, () => {})).rejects.toThrow(/No analysis is kept on this device that this version of the app can open/);

    store.files.delete('analysis.json');
    expect(await keptAnalysis(store)).toBeNull();
    const bytes = await store.size();
    expect(await store.clear()).toBe(bytes);
    expect(store.files.size).toBe(0);
  });
});
