import { RFM_BUCKET_IDS, segmentCodes, validateRules, type RfmRules } from '../model/rfm-segments';
import type { Connector } from './connector';
import type { RfmTotals, RfmView } from './rfm-api';
import { RFM_SEGMENT_SUMMARY } from './sql/scores';

/**
 * Customers and revenue per named segment for one rule table: one query over the scores, which were
 * computed when the file was loaded, so a rule change costs one small join.
 */
export async function rfmView(db: Connector, rules: RfmRules): Promise<RfmView> {
  const trusted = validateRules(rules);
  const found = await db.query<RfmTotals & Record<string, unknown>>(RFM_SEGMENT_SUMMARY, [segmentCodes(trusted)]);
  const totals = RFM_BUCKET_IDS.map((segment) => found.find((row) => row.segment === segment) ?? { segment, customers: 0, revenue: 0 });
  return { rules: trusted, totals };
}
