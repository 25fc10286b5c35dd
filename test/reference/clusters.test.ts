/**
 * k-means clusters on real shops' customers, through the app's own path (loadOrders, then the
 * worker's fit on native DuckDB): the UCI Online Retail file and the CDNOW 1/10 sample, both from
 * ../shared. The fit must be as good as the ml-kmeans library's own best of 10 starts on the same
 * features, computed apart in SQL.
 */
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/db/connector';
import { loadOrders } from '../../src/engine/load/load-orders';
import { customerClusters } from '../../src/engine/segments/clusters';
import { CLUSTER_FEATURES_SQL } from '../support/cluster-features-sql';
import { expectAsGoodAsLibrary, libraryBestInertia } from '../support/independent-kmeans';
import { nativeConnector, writeFixture } from '../support/native-duckdb';
import { asOnlineRetailCsv, readTransactions } from './cdnow-reference';

const SHOPS: Record<string, () => string | Buffer> = {
  'Online Retail': () => gunzipSync(readFileSync(new URL('../../../shared/data/online_retail/online_retail.csv.gz', import.meta.url))),
  'CDNOW 1/10 sample': () => asOnlineRetailCsv(readTransactions()),
};

describe('clusters on real shops', () => {
  for (const [shop, read] of Object.entries(SHOPS)) {
    it(`fit ${shop} as well as the library’s best of 10 starts`, async () => {
      const db: Connector = await nativeConnector();
      const { defaultReferenceDate, customers } = await loadOrders(db, { source: writeFixture('orders.csv', read()), fileName: 'orders.csv' });
      const summary = await customerClusters(db, defaultReferenceDate, null);
      expect(summary.customers).toBe(customers);
      const features = await db.query<{ r: number; f: number; m: number }>(CLUSTER_FEATURES_SQL, [defaultReferenceDate]);
      const points = Float64Array.from(features.flatMap((row) => [row.r, row.f, row.m]));
      expectAsGoodAsLibrary(summary.candidates.map((candidate) => candidate.inertia / libraryBestInertia(points, candidate.k)));
    });
  }
});
