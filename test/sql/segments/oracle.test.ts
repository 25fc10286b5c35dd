import { describe, expect, it } from 'vitest';
import { exportCustomersCsv } from '../../../src/engine/export/export-customers';
import { loadOrders } from '../../../src/engine/load/load-orders';
import { segmentView } from '../../../src/engine/segments/segment-view';
import { DEFAULT_RFM_RULES } from '../../../src/model/segments/rfm-segments';
import { valueActivityRules } from '../../../src/model/segments/tier-rules/presets';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { oracleExportRows, oracleTotals, parseExport, pickColumns } from '../../support/expected-results';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';
import { oracleAnalysis } from '../../support/oracle';

const COLUMNS = ['customer_id', 'recency_days', 'frequency', 'monetary', 'segment'];

// A generated file with every kind of dirt, checked customer by customer against a plain
// TypeScript computation that shares no code with the SQL.
describe('the SQL pipeline against an independent computation', () => {
  const csv = sampleOrdersCsv({ seed: 2024, customers: 400, lines: 15_000, unreadableRate: 0.01 });

  for (const thresholds of [
    { valuePercentile: 80, activeDays: 90 },
    { valuePercentile: 55, activeDays: 30 },
  ]) {
    it(`agrees on every customer at P${thresholds.valuePercentile}, ${thresholds.activeDays} days`, async () => {
      const db = await nativeConnector();
      const loaded = await loadOrders(db, { source: writeFixture('orders.csv', csv), fileName: 'orders.csv' });
      const oracle = oracleAnalysis(csv, thresholds);
      expect(loaded.counts).toEqual(oracle.counts);
      expect(loaded.defaultReferenceDate).toBe(oracle.referenceDate);

      const view = await segmentView(db, valueActivityRules(thresholds), loaded.defaultReferenceDate, 10);
      // The high-value threshold: the value-activity rules' first bound, P of monetary.
      expect(view.params.tierRules.rules[0].conditions[0].value).toBeCloseTo(oracle.valueThreshold, 6);
      const totals = Object.fromEntries(view.totals.map((row) => [row.segment, { customers: row.customers, revenue: row.revenue.toFixed(2) }]));
      expect(totals).toEqual(oracleTotals(oracle));

      const exported = parseExport(await exportCustomersCsv(db, view.params, DEFAULT_RFM_RULES));
      expect(pickColumns(exported, COLUMNS)).toEqual(oracleExportRows(oracle));
    });
  }
});
