import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/engine/db/connector';
import { loadOrders } from '../../../src/engine/load/load-orders';
import { applyCustomerClusters, customerClusters, fitCustomerClusters, type ClusterFit } from '../../../src/engine/segments/clusters';
import { ClusterService } from '../../../src/engine/segments/cluster-service';
import { CLUSTER_JOIN, CREATE_EMPTY_CLUSTERS } from '../../../src/engine/segments/sql/clusters';
import { exportCustomersCsv } from '../../../src/engine/export/export-customers';
import { localFitter } from '../../../src/model/segments/clusters/choose-k';
import { DEFAULT_RFM_RULES } from '../../../src/model/segments/rfm-segments';
import { addDays } from '../../../src/model/shared/iso-date';
import { parseExport } from '../../support/expected-results';
import { tierParams } from '../../support/tier-params';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import type { ClusterSummary } from '../../../src/protocol/clusters';
import { CLUSTER_FEATURES_SQL } from '../../support/cluster-features-sql';
import { expectAsGoodAsLibrary, libraryBestInertia } from '../../support/independent-kmeans';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';

/** Sum of squared distances from each customer's features to the mean of its cluster's. */
const INERTIA = `
  WITH features AS (${CLUSTER_FEATURES_SQL}),
  clustered AS (SELECT * FROM features JOIN customer_clusters USING (customer_id))
  SELECT sum((r - avg_r) ** 2 + (f - avg_f) ** 2 + (m - avg_m) ** 2) AS inertia
  FROM (SELECT *, avg(r) OVER w AS avg_r, avg(f) OVER w AS avg_f, avg(m) OVER w AS avg_m FROM clustered WINDOW w AS (PARTITION BY cluster))`;

const PER_CLUSTER = `
  SELECT cluster, count(*)::INTEGER AS customers, (sum(monetary) * 100)::BIGINT AS cents,
         median(?::DATE - last_purchase_date)::DOUBLE AS recency, median(frequency)::DOUBLE AS frequency, median(monetary::DOUBLE) AS monetary
  FROM customers ${CLUSTER_JOIN}
  GROUP BY cluster ORDER BY cluster`;

describe('customer clusters on native DuckDB', () => {
  let db: Connector;
  let referenceDate: string;
  let fit: ClusterFit;
  let summary: ClusterSummary;

  beforeAll(async () => {
    db = await nativeConnector();
    const csv = sampleOrdersCsv({ seed: 23, customers: 1_500, lines: 30_000 });
    referenceDate = (await loadOrders(db, { source: writeFixture('orders.csv', csv), fileName: 'orders.csv' })).defaultReferenceDate;
    fit = await fitCustomerClusters(db, referenceDate);
    summary = await applyCustomerClusters(db, fit, null);
  });

  it('writes every customer’s cluster, 1 … k, as an INTEGER column', async () => {
    const columns = await db.query<{ column_name: string; column_type: string }>('DESCRIBE customer_clusters');
    expect(columns.map((column) => [column.column_name, column.column_type])).toEqual([['customer_id', 'VARCHAR'], ['cluster', 'INTEGER']]);
    const [counts] = await db.query<{ rows: number; customers: number; clustered: number; low: number; high: number }>(`
      SELECT (SELECT count(*) FROM customer_clusters)::INTEGER AS rows, count(*)::INTEGER AS customers, count(cluster)::INTEGER AS clustered,
             min(cluster) AS low, max(cluster) AS high
      FROM customers ${CLUSTER_JOIN}`);
    expect(counts).toEqual({ rows: summary.customers, customers: summary.customers, clustered: summary.customers, low: 1, high: summary.k });
  });

  it('summarises each cluster as SQL counts it: customers, revenue to the cent, median R, F and M', async () => {
    const rows = await db.query<{ cluster: number; customers: number; cents: number; recency: number; frequency: number; monetary: number }>(PER_CLUSTER, [referenceDate]);
    expect(summary.clusters.map((cluster) => [cluster.id, cluster.customers, Math.round(cluster.revenue * 100)])).toEqual(rows.map((row) => [row.cluster, row.customers, row.cents]));
    summary.clusters.forEach((cluster, index) => {
      expect(cluster.medianRecencyDays).toBe(rows[index].recency);
      expect(cluster.medianFrequency).toBe(rows[index].frequency);
      expect(cluster.medianMonetary).toBeCloseTo(rows[index].monetary, 9);
    });
    const revenues = summary.clusters.map((cluster) => cluster.revenue);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
    expect(new Set(summary.clusters.map((cluster) => cluster.name)).size).toBe(summary.k);
  });

  it('reports the inertia of the clusters it wrote, in the features as SQL computes them', async () => {
    const [{ inertia }] = await db.query<{ inertia: number }>(INERTIA, [referenceDate]);
    expect(Math.abs(summary.inertia - inertia) / inertia).toBeLessThan(1e-9);
    expect(summary.candidates.find((candidate) => candidate.k === summary.k)!.inertia).toBe(summary.inertia);
  });

  it('shows the k with the best silhouette unless asked for another', () => {
    expect(summary.candidates.map((candidate) => candidate.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const best = Math.max(...summary.candidates.map((candidate) => candidate.silhouette));
    expect(summary.k).toBe(summary.candidates.find((candidate) => candidate.silhouette === best)!.k);
    expect(summary.bestK).toBe(summary.k);
  });

  it('fits as well as the ml-kmeans library’s best of 10 starts on the same customers', async () => {
    const features = await db.query<{ r: number; f: number; m: number }>(CLUSTER_FEATURES_SQL, [referenceDate]);
    const points = Float64Array.from(features.flatMap((row) => [row.r, row.f, row.m]));
    expectAsGoodAsLibrary(summary.candidates.map((candidate) => candidate.inertia / libraryBestInertia(points, candidate.k)));
  }, 120_000);

  it('rewrites the table for another k without fitting again', async () => {
    const three = await applyCustomerClusters(db, fit, 3);
    expect(three).toMatchObject({ k: 3, bestK: summary.bestK, candidates: summary.candidates });
    const [{ clusters }] = await db.query<{ clusters: number }>('SELECT count(DISTINCT cluster)::INTEGER AS clusters FROM customer_clusters');
    expect(clusters).toBe(3);
    await expect(applyCustomerClusters(db, fit, 11)).rejects.toThrow('invalid k: 11');
  });

  it('gives the same clusters for the same file and reference date', async () => {
    await applyCustomerClusters(db, fit, null);
    const before = await db.query('SELECT * FROM customer_clusters ORDER BY customer_id');
    const again = await customerClusters(db, referenceDate, null);
    const withoutTimes = (shown: ClusterSummary) => ({ ...shown, fitMs: 0, fitMsPerK: [] });
    expect(withoutTimes(again)).toEqual(withoutTimes(summary));
    expect(again.fitMsPerK).toHaveLength(again.candidates.length);
    expect(await db.query('SELECT * FROM customer_clusters ORDER BY customer_id')).toEqual(before);
  });
});

describe('the clusters a worker keeps for its file', () => {
  let db: Connector;
  let referenceDate: string;
  let fits: number;
  let service: ClusterService;

  beforeAll(async () => {
    db = await nativeConnector();
    const csv = sampleOrdersCsv({ seed: 31, customers: 600, lines: 12_000 });
    referenceDate = (await loadOrders(db, { source: writeFixture('orders.csv', csv), fileName: 'orders.csv' })).defaultReferenceDate;
    fits = 0;
    service = new ClusterService(db, (points, seed) => {
      fits++;
      return localFitter(points, { seed });
    });
  });

  it('fits once per reference date: another k reuses the fit', async () => {
    const best = await service.summary(referenceDate, null);
    expect(fits).toBe(1);
    expect(best.fitMs).toBeGreaterThan(0);
    const other = best.bestK === 2 ? 3 : 2;
    const chosen = await service.summary(referenceDate, other);
    expect(fits).toBe(1);
    expect(chosen).toMatchObject({ k: other, bestK: best.bestK, fitMs: 0, candidates: best.candidates });
    expect(chosen.clusters).toHaveLength(other);
    const [{ high }] = await db.query<{ high: number }>('SELECT max(cluster) AS high FROM customer_clusters');
    expect(high).toBe(other);
  });

  it('fits again for another reference date, or after a reset (a new file)', async () => {
    await service.summary(addDays(referenceDate, 30), null);
    expect(fits).toBe(2);
    service.reset();
    await service.summary(addDays(referenceDate, 30), 4);
    expect(fits).toBe(3);
  });

  it('answers several requests at once, writing the table one k after the other', async () => {
    const answers = await Promise.all([2, 3, 4].map((k) => service.summary(referenceDate, k)));
    expect(answers.map((answer) => answer.k)).toEqual([2, 3, 4]);
    const [{ high }] = await db.query<{ high: number }>('SELECT max(cluster) AS high FROM customer_clusters');
    expect(high).toBe(4);
  });

  it('fills the export’s cluster column, whatever the segmentation filtered on', async () => {
    const params = await tierParams(db, referenceDate);
    const summary = await service.summary(referenceDate, null);
    const stored = Object.fromEntries((await db.query<{ customer_id: string; cluster: number }>('SELECT customer_id, cluster FROM customer_clusters')).map((row) => [row.customer_id, String(row.cluster)]));
    const all = parseExport(await exportCustomersCsv(db, params, DEFAULT_RFM_RULES));
    expect(Object.fromEntries([...all].map(([id, row]) => [id, row.cluster]))).toEqual(stored);
    const champions = parseExport(await exportCustomersCsv(db, params, DEFAULT_RFM_RULES, { segmentation: 'tiers', segment: 'champion' }));
    expect([...champions.values()].every((row) => row.cluster === stored[row.customer_id])).toBe(true);
    const first = parseExport(await exportCustomersCsv(db, params, DEFAULT_RFM_RULES, { segmentation: 'clusters', segment: 'cluster-1' }));
    expect(first.size).toBe(summary.clusters[0].customers);
    expect(new Set([...first.values()].map((row) => row.cluster))).toEqual(new Set(['1']));
  });

  it('leaves the cluster column empty before the first fit', async () => {
    const fresh = await nativeConnector();
    const { defaultReferenceDate } = await loadOrders(fresh, { source: writeFixture('orders.csv', sampleOrdersCsv({ seed: 3, customers: 50, lines: 800 })), fileName: 'orders.csv' });
    const rows = parseExport(await exportCustomersCsv(fresh, await tierParams(fresh, defaultReferenceDate), DEFAULT_RFM_RULES));
    expect(rows.size).toBe(50);
    expect(new Set([...rows.values()].map((row) => row.cluster))).toEqual(new Set(['']));
  });
});

describe('customer clusters, edge cases', () => {
  it('start as an empty table that views can join before any fit', async () => {
    const db = await nativeConnector();
    await db.query("CREATE TABLE customers AS SELECT 'c1' AS customer_id");
    await db.query(CREATE_EMPTY_CLUSTERS);
    expect(await db.query(`SELECT customer_id, cluster FROM customers ${CLUSTER_JOIN}`)).toEqual([{ customer_id: 'c1', cluster: null }]);
  });

  it('say in the user’s words when the customers cannot be told apart', async () => {
    const db = await nativeConnector();
    const csv = ['Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country', '1,A,MUG,1,2010-12-01 10:00:00,5.00,C1,United Kingdom', '2,A,MUG,1,2010-12-01 10:00:00,5.00,C2,United Kingdom'].join('\n');
    const { defaultReferenceDate } = await loadOrders(db, { source: writeFixture('orders.csv', csv), fileName: 'orders.csv' });
    await expect(fitCustomerClusters(db, defaultReferenceDate)).rejects.toMatchObject({ name: 'InputError', message: expect.stringContaining('at least two customers who differ') });
  });
});
