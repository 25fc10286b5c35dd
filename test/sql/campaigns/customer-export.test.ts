import { describe, expect, it } from 'vitest';
import { exportCustomersCsv } from '../../../src/engine/export/export-customers';
import { DEFAULT_RFM_RULES } from '../../../src/model/segments/rfm-segments';
import { parseExport } from '../../support/expected-results';
import { analyseFixtures, loaded } from '../../support/load-fixture';
import { GERMAN, SHOPIFY } from '../../support/shop-exports';
import { tierParams } from '../../support/tier-params';

describe('the customer export for campaigns', () => {
  it('adds each customer’s e-mail, currency and the play of their segment before the predictions', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'orders_export.csv', content: SHOPIFY }]);
    const result = loaded(outcome);
    const params = await tierParams(db, result.defaultReferenceDate);
    const plays = { segmentation: 'tiers' as const, playNames: { champion: 'VIP early access', average: '=Grow the basket' }, currency: null };
    const text = await exportCustomersCsv(db, params, DEFAULT_RFM_RULES, undefined, plays);
    expect(text.split('\r\n')[0]).toBe(
      'customer_id,recency_days,frequency,monetary,segment,first_purchase_date,last_purchase_date,r_score,f_score,m_score,rfm_segment,cluster,email,currency,play,p_alive,p_churn_30d,expected_purchases_90d,clv_12m,next_order_date,expected_order_value',
    );
    const rows = parseExport(text);
    expect(rows.get('ann@example.com')).toMatchObject({ segment: 'champion', email: 'ann@example.com', currency: 'EUR', play: 'VIP early access' });
    // A play renamed into a formula is written as text.
    expect(rows.get('bob@example.com')).toMatchObject({ segment: 'average', play: "'=Grow the basket" });
  });

  it('names the plays of the named segments in that mode, and leaves the e-mail empty when the file has none', async () => {
    const { db, outcome } = await analyseFixtures([{ name: 'bestellungen.csv', content: Buffer.from(GERMAN, 'latin1') }]);
    const result = loaded(outcome);
    const params = await tierParams(db, result.defaultReferenceDate);
    const all = parseExport(await exportCustomersCsv(db, params, DEFAULT_RFM_RULES));
    const segments = [...all.values()].map((row) => row.rfm_segment);
    const playNames = Object.fromEntries(segments.map((segment) => [segment, `play for ${segment}`]));
    const rows = parseExport(await exportCustomersCsv(db, params, DEFAULT_RFM_RULES, undefined, { segmentation: 'rfm', playNames, currency: 'EUR' }));
    for (const row of rows.values()) {
      expect(row.play).toBe(`play for ${row.rfm_segment}`);
      expect(row.email).toBe('');
      // No currency column: the one chosen for the file.
      expect(row.currency).toBe('EUR');
    }
    expect(rows.size).toBeGreaterThan(0);
  });
});
