import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../../src/engine/client';
import { CAMPAIGN_SHEET } from '../../../src/model/campaigns/formats/campaign-sheet';
import { SHOPIFY } from '../../../src/model/campaigns/formats/shopify';
import type { Draft } from '../../../src/model/campaigns/messages/template-draft';
import { playFor } from '../../../src/model/campaigns/playbook/playbook-edits';
import { DEFAULT_RFM_RULES } from '../../../src/model/segments/rfm-segments';
import type { CampaignQuery, CustomerRecord } from '../../../src/protocol/campaigns';
import { carriesDrafts, EXPORT_PAGE, exportCampaign } from '../../../src/ui/campaigns/campaign-export';
import type { CampaignSource } from '../../../src/ui/campaigns/use-campaign-page';
import { parseCsv } from '../../support/oracle';

/** A worker that holds `count` customers, every third without an e-mail, and records the pages asked for. */
function engineWith(count: number) {
  const asked: CampaignQuery[] = [];
  const records: CustomerRecord[] = Array.from({ length: count }, (_, index) => ({
    customerId: `c${index}`,
    email: index % 3 === 2 ? null : `c${index}@example.com`,
    recencyDays: 100,
    frequency: 2,
    monetary: 10,
    currency: null,
    topProducts: [],
    lastProduct: null,
    country: null,
    segment: 'at_risk_whale',
    rfmSegment: 'at_risk',
  }));
  const engine = {
    async customerFacts(_params: unknown, _rules: unknown, query: CampaignQuery) {
      asked.push(query);
      return { total: null, offset: query.offset, topProductsBy: 'revenue' as const, customers: records.slice(query.offset, query.offset + query.limit) };
    },
  } as unknown as EngineClient;
  return { engine, asked };
}

function sourceOver(engine: EngineClient): CampaignSource {
  return {
    engine,
    params: { referenceDate: '2024-01-01', valuePercentile: 80, activeDays: 90 },
    rules: DEFAULT_RFM_RULES,
    query: { segmentation: 'tiers', segment: 'at_risk_whale' },
    segment: { key: 'tier:at_risk_whale', label: 'At-Risk Whale', play: playFor('tier:at_risk_whale') },
    fileCurrency: 'EUR',
  };
}

describe('a campaign export', () => {
  it('pages through the whole segment and writes every customer with the draft the page shows', async () => {
    const { engine, asked } = engineWith(EXPORT_PAGE + 3);
    const draft = (id: string): Draft => ({ subject: `For ${id}`, body: 'Body', sms: 'Text', source: 'template', smsTruncated: false });
    const written: number[] = [];
    const result = await exportCampaign(sourceOver(engine), CAMPAIGN_SHEET, (facts) => draft(facts.id), (count) => written.push(count));
    expect(asked.map((query) => [query.offset, query.limit, query.segment])).toEqual([
      [0, EXPORT_PAGE, 'at_risk_whale'],
      [EXPORT_PAGE, EXPORT_PAGE, 'at_risk_whale'],
    ]);
    expect(written).toEqual([EXPORT_PAGE, EXPORT_PAGE + 3]);
    expect(result.included).toBe(EXPORT_PAGE + 3);
    const rows = parseCsv(result.files[0].join(''));
    expect(rows).toHaveLength(EXPORT_PAGE + 4);
    const header = rows[0];
    const last = Object.fromEntries(header.map((column, index) => [column, rows.at(-1)![index]]));
    expect(last).toMatchObject({ customer_id: `c${EXPORT_PAGE + 2}`, subject: `For c${EXPORT_PAGE + 2}`, currency: 'EUR', segment: 'At-Risk Whale' });
  });

  it('makes no drafts for a format without room for them, and counts who has no e-mail', async () => {
    const { engine } = engineWith(30);
    expect(carriesDrafts(SHOPIFY)).toBe(false);
    expect(carriesDrafts(CAMPAIGN_SHEET)).toBe(true);
    const result = await exportCampaign(sourceOver(engine), SHOPIFY, () => {
      throw new Error('no draft is needed for Shopify');
    });
    expect(result).toMatchObject({ included: 20, withoutEmail: 10 });
  });
});
