import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadOrders } from '../../src/engine/load/load-orders';
import { customerClusters } from '../../src/engine/segments/clusters';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import type { ClusterSummary } from '../../src/protocol/clusters';
import { downloadCsv } from '../support/app-readers';
import { openApp, useBrowser, uploadText, waitForState } from '../support/browser';
import { parseExport } from '../support/expected-results';
import { nativeConnector, writeFixture } from '../support/native-duckdb';
import { cents, chooseSegmentation } from '../support/rfm-readers';

const browser = useBrowser();
const csv = sampleOrdersCsv({ seed: 23, customers: 1_500, lines: 30_000 });
const SUMMARY = '[data-testid="cluster-summary"]';

interface ShownClusters {
  k: number;
  inertia: number;
  clusters: { id: number; customers: number; cents: number }[];
}

async function shownClusters(page: Page): Promise<ShownClusters> {
  await page.waitForSelector(`${SUMMARY}[data-state="ready"]`);
  const clusters = await page.$$eval(`${SUMMARY} [data-cluster]`, (rows) =>
    rows.map((row) => ({ id: Number(row.getAttribute('data-cluster')), customers: Number(row.getAttribute('data-customers')), revenue: row.getAttribute('data-revenue') ?? '' })),
  );
  return {
    k: Number(await page.getAttribute(SUMMARY, 'data-k')),
    inertia: Number(await page.getAttribute(SUMMARY, 'data-inertia')),
    clusters: clusters.map(({ id, customers, revenue }) => ({ id, customers, cents: cents(revenue) })),
  };
}

const asShown = (summary: ClusterSummary) => ({
  k: summary.k,
  clusters: summary.clusters.map((cluster) => ({ id: cluster.id, customers: cluster.customers, cents: Math.round(cluster.revenue * 100) })),
});

describe('k-means clusters in the browser', () => {
  // The same file fitted in this process, in one thread, on native DuckDB: the reference.
  let referenceDate: string;
  let native: ClusterSummary;
  beforeAll(async () => {
    const db = await nativeConnector();
    referenceDate = (await loadOrders(db, { source: writeFixture('orders.csv', csv), fileName: 'orders.csv' })).defaultReferenceDate;
    native = await customerClusters(db, referenceDate, null);
  });

  it('are fitted on two cluster workers after the load, as in one thread: summary, charts, treemap, another k, explorer and export', async () => {
    const { page, errors } = await openApp(browser());
    await uploadText(page, 'orders.csv', csv);
    await waitForState(page, 'ready');
    await chooseSegmentation(page, 'clusters');
    const shown = await shownClusters(page);
    expect({ k: shown.k, clusters: shown.clusters }).toEqual(asShown(native));
    expect(shown.inertia).toBeCloseTo(native.inertia, 6);
    expect(await page.getAttribute(SUMMARY, 'data-workers')).toBe('2');
    expect(shown.clusters.reduce((sum, cluster) => sum + cluster.customers, 0)).toBe(native.customers);
    for (const chart of ['chart-cluster-elbow', 'chart-cluster-silhouette']) expect(await page.$(`[data-testid="${chart}"] svg`), chart).not.toBeNull();
    const tiles = await page.$$eval('[data-testid="treemap"] [data-segment]', (nodes) => nodes.map((node) => node.getAttribute('data-segment')).sort());
    expect(tiles).toEqual(shown.clusters.map((cluster) => `cluster-${cluster.id}`).sort());

    // Another k: no new fit (0 ms), the clusters that k had in the same fit.
    const other = native.bestK === 4 ? 5 : 4;
    await page.fill(`input[data-testid="cluster-k"]`, String(other));
    await expect.poll(async () => (await shownClusters(page)).k).toBe(other);
    const otherK = await shownClusters(page);
    expect(otherK.clusters).toHaveLength(other);
    expect(otherK.inertia).toBeCloseTo(native.candidates.find((candidate) => candidate.k === other)!.inertia, 6);
    expect(await page.getAttribute(SUMMARY, 'data-fit-ms')).toBe('0');

    // The explorer filters by cluster; the export's cluster column holds every customer's cluster.
    await page.selectOption('[data-testid="explorer-segment"]', 'cluster-2');
    await expect.poll(() => page.getAttribute('[data-testid="explorer-count"]', 'data-total')).toBe(String(otherK.clusters[1].customers));
    const exported = [...parseExport((await downloadCsv(page, '[data-testid="export-customers"]')).text).values()];
    const perCluster = otherK.clusters.map((cluster) => exported.filter((row) => row.cluster === String(cluster.id)).length);
    expect(perCluster).toEqual(otherK.clusters.map((cluster) => cluster.customers));
    const second = parseExport((await downloadCsv(page, '[data-testid="export-segment"][data-segment="cluster-2"]')).text);
    expect(second.size).toBe(otherK.clusters[1].customers);

    // The column stays filled whatever segmentation is shown.
    await chooseSegmentation(page, 'tiers');
    const inTiers = [...parseExport((await downloadCsv(page, '[data-testid="export-customers"]')).text).values()];
    expect(inTiers.every((row) => /^\d+$/.test(row.cluster))).toBe(true);
    expect(errors).toEqual([]);
  });
});
