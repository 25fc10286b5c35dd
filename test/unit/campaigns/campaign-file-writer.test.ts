import { describe, expect, it } from 'vitest';
import { CampaignFileWriter } from '../../../src/model/campaigns/formats/campaign-file-writer';
import { campaignFiles, writeCampaignCsv, type CampaignCustomer, type CampaignFormat } from '../../../src/model/campaigns/formats/campaign-format';
import { CAMPAIGN_FORMATS } from '../../../src/model/campaigns/formats/campaign-formats';
import { SHOPIFY } from '../../../src/model/campaigns/formats/shopify';
import { bareFacts, fullFacts } from '../../support/customer-facts';

/** Customers with and without e-mails, long names and commas, in batches of uneven size. */
function customers(count: number): CampaignCustomer[] {
  return Array.from({ length: count }, (_, index) =>
    index % 4 === 3
      ? { facts: bareFacts(undefined, { id: `guest-${index}` }) }
      : { facts: fullFacts(undefined, { id: `c${index}`, email: `c${index}@example.com`, firstName: `Name, ${'ø'.repeat(index % 7)}` }) },
  );
}

function written(format: CampaignFormat, all: readonly CampaignCustomer[], batchSize: number) {
  const writer = new CampaignFileWriter(format);
  for (let start = 0; start < all.length; start += batchSize) writer.add(all.slice(start, start + batchSize));
  return writer.finish();
}

describe('a campaign list written batch by batch', () => {
  it('gives the very file and counts that one pass over all customers gives, in every format', () => {
    const all = customers(57);
    for (const format of CAMPAIGN_FORMATS) {
      const whole = writeCampaignCsv(format, all);
      const batched = written(format, all, 10);
      expect(batched.files.map((pieces) => pieces.join('')), format.id).toEqual([whole.csv]);
      expect([batched.included, batched.withoutEmail], format.id).toEqual([whole.included, whole.withoutEmail]);
    }
  });

  it('cuts a list bigger than the tool takes into files that each fit and start with the header, as campaignFiles does', () => {
    const small: CampaignFormat = { ...SHOPIFY, maxFileBytes: 2_000 };
    const all = customers(40);
    const files = written(small, all, 7).files.map((pieces) => pieces.join(''));
    expect(files.length).toBeGreaterThan(2);
    expect(files).toEqual(campaignFiles(small, all));
    const header = files[0].split('\r\n')[0];
    for (const file of files) {
      expect(file.startsWith(`${header}\r\n`)).toBe(true);
      expect(new TextEncoder().encode(file).length).toBeLessThanOrEqual(2_000);
    }
    // Every customer with an e-mail is in exactly one file.
    const rows = files.flatMap((file) => file.trimEnd().split('\r\n').slice(1));
    expect(rows).toHaveLength(30);
  });

  it('writes the header alone for a segment with nobody to import', () => {
    const result = written(SHOPIFY, [{ facts: bareFacts() }], 5);
    expect(result).toMatchObject({ included: 0, withoutEmail: 1 });
    expect(result.files.map((pieces) => pieces.join(''))).toEqual([writeCampaignCsv(SHOPIFY, []).csv]);
  });
});
