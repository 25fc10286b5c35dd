import { describe, expect, it } from 'vitest';
import { exportCustomersCsv } from '../../../src/engine/export/export-customers';
import { loadOrders } from '../../../src/engine/load/load-orders';
import { rfmCells } from '../../../src/engine/segments/rfm-cells';
import { DEFAULT_RFM_RULES } from '../../../src/model/segments/rfm-segments';
import { rfmView } from '../../../src/model/segments/rfm-totals';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { parseExport } from '../../support/expected-results';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';
import { oracleAnalysis } from '../../support/oracle';
import { tierParams } from '../../support/tier-params';
import { oracleRfmTotals, oracleScores, oracleSegment } from '../../support/rfm-oracle';

// Every customer's scores and named segment, checked against a plain TypeScript computation.
describe('RFM scores and segments against an independent computation', () => {
  const csv = sampleOrdersCsv({ seed: 2024, customers: 400, lines: 15_000, unreadableRate: 0.01 });

  it('agrees on every customer and on the segment totals', async () => {
    const db = await nativeConnector();
    const loaded = await loadOrders(db, { source: writeFixture('orders.csv', csv), fileName: 'orders.csv' });
    const oracle = oracleAnalysis(csv, { valuePercentile: 80, activeDays: 90 });
    const scores = oracleScores(oracle.customers.values());

    const exported = parseExport(await exportCustomersCsv(db, await tierParams(db, loaded.defaultReferenceDate), DEFAULT_RFM_RULES));
    const expected = new Map(
      [...scores].map(([id, { r, f, m }]) => [id, { r_score: String(r), f_score: String(f), m_score: String(m), rfm_segment: oracleSegment({ r, f, m }) }]),
    );
    const actual = new Map([...exported].map(([id, row]) => [id, { r_score: row.r_score, f_score: row.f_score, m_score: row.m_score, rfm_segment: row.rfm_segment }]));
    expect(actual).toEqual(expected);
    // R and M use all five scores. Half the customers bought once: they share F = 1, and the next
    // value (two invoices) has half the customers behind it, so F = 2 stays empty, by the tie rule.
    const used = (key: 'r' | 'f' | 'm') => [...new Set([...scores.values()].map((score) => score[key]))].sort();
    expect([used('r'), used('f'), used('m')]).toEqual([[1, 2, 3, 4, 5], [1, 3, 4, 5], [1, 2, 3, 4, 5]]);

    const view = rfmView(await rfmCells(db), DEFAULT_RFM_RULES);
    const totals = Object.fromEntries(view.totals.map((row) => [row.segment, { customers: row.customers, revenue: row.revenue.toFixed(2) }]));
    expect(totals).toEqual(oracleRfmTotals(oracle.customers.values()));
  });
});
