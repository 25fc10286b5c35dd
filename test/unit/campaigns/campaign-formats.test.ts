import { describe, expect, it } from 'vitest';
import { campaignFiles, usableEmail, writeCampaignCsv, type CampaignCustomer } from '../../../src/model/campaigns/formats/campaign-format';
import { CAMPAIGN_FORMATS, campaignFormat } from '../../../src/model/campaigns/formats/campaign-formats';
import { KLAVIYO } from '../../../src/model/campaigns/formats/klaviyo';
import { MAILCHIMP, withinBytes } from '../../../src/model/campaigns/formats/mailchimp';
import { SHOPIFY } from '../../../src/model/campaigns/formats/shopify';
import { CAMPAIGN_SHEET } from '../../../src/model/campaigns/formats/campaign-sheet';
import type { Draft } from '../../../src/model/campaigns/messages/template-draft';
import { bareFacts, fullFacts } from '../../support/customer-facts';
import { parseCsv } from '../../support/oracle';

const draft: Draft = { subject: 'We miss you, Anna', body: 'Hi Anna,\n\nIt has been 143 days.\n\nBest wishes,\nTea & Toast', sms: 'We miss you!', source: 'on-device', smsTruncated: false };

const customers: CampaignCustomer[] = [
  { facts: fullFacts(), draft },
  { facts: bareFacts() },
  { facts: fullFacts(undefined, { id: '3', email: 'not an e-mail', firstName: 'Bo' }) },
  { facts: fullFacts(undefined, { id: '4', email: ' bo@example.org ', firstName: undefined, lastName: undefined, totalSpent: { amount: 15800, currency: 'JPY' } }) },
];

/** The CSV as objects keyed by its own header, read back by an independent RFC 4180 reader. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(header.map((column, index) => [column, row[index]])));
}

describe('campaign-ready lists', () => {
  it('leave customers without a usable e-mail out of e-mail formats, and count them', () => {
    for (const format of [KLAVIYO, MAILCHIMP, SHOPIFY]) {
      const { csv, included, withoutEmail } = writeCampaignCsv(format, customers);
      expect([included, withoutEmail], format.id).toEqual([2, 2]);
      expect(records(csv)).toHaveLength(2);
    }
    expect(usableEmail(' a@b.co ')).toBe('a@b.co');
    for (const bad of ['', 'a@b', 'a b@c.de', '@c.de', undefined]) expect(usableEmail(bad)).toBeUndefined();
  });

  it('write Klaviyo profiles with the e-mail first and the play as custom properties', () => {
    const csv = writeCampaignCsv(KLAVIYO, customers).csv;
    expect(parseCsv(csv)[0][0]).toBe('Email');
    const [anna, bo] = records(csv);
    expect(anna).toMatchObject({
      Email: 'anna@example.com',
      'First Name': 'Anna',
      'Retention Segment': 'At-Risk Whale',
      'Retention Play': 'Personal win-back',
      'Total Spent': '1234.50',
      Currency: 'EUR',
      'Last Product': 'Regency Cakestand 3 Tier',
      Subject: draft.subject,
      Body: draft.body,
      SMS: draft.sms,
    });
    expect(bo).toMatchObject({ Email: 'bo@example.org', 'First Name': '', 'Total Spent': '15800', Currency: 'JPY', Subject: '' });
  });

  it('write Mailchimp contacts with every tag in one quoted cell, and no field over 255 bytes', () => {
    const segment = { id: 'tier:at_risk_whale' as const, label: 'Big, quiet spenders' };
    const csv = writeCampaignCsv(MAILCHIMP, [{ facts: fullFacts(undefined, { segment, lastProduct: 'é'.repeat(200) }), draft }]).csv;
    expect(parseCsv(csv)[0].slice(0, 4)).toEqual(['Email Address', 'First Name', 'Last Name', 'Tags']);
    expect(csv).toContain(',"Big quiet spenders, Personal win-back",');
    const [row] = records(csv);
    expect(row.Tags.split(', ')).toEqual(['Big quiet spenders', 'Personal win-back']);
    expect(row).not.toHaveProperty('Body');
    expect(row.Subject).toBe(draft.subject);
    for (const value of Object.values(row)) expect(new TextEncoder().encode(value).length).toBeLessThanOrEqual(255);
    expect(withinBytes('word '.repeat(80).trim())).toMatch(/^word( word)*\.\.\.$/);
    expect(withinBytes('short')).toBe('short');
    expect(row['Last Product']).toBe(`${'é'.repeat(126)}...`);
  });

  it("write Shopify's customer template header exactly, with tags and a note for staff", () => {
    const csv = writeCampaignCsv(SHOPIFY, customers).csv;
    expect(csv.split('\r\n')[0]).toBe(
      'First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Default Address Address1,Default Address Address2,' +
        'Default Address City,Default Address Province Code,Default Address Country Code,Default Address Zip,Default Address Phone,' +
        'Phone,Accepts SMS Marketing,Tags,Note,Tax Exempt',
    );
    const [anna] = records(csv);
    expect(anna).toMatchObject({ 'First Name': 'Anna', Email: 'anna@example.com', Tags: 'At-Risk Whale, Personal win-back', 'Accepts Email Marketing': '' });
    expect(anna.Note).toBe('At-Risk Whale: Personal win-back. 5 orders, €1,234.50 spent, last order 143 days ago.');
  });

  it('split a list larger than Shopify takes into files within the limit, each with the header', () => {
    const many = Array.from({ length: 2500 }, (_, index) => ({ facts: fullFacts(undefined, { id: String(index), email: `c${index}@example.com`, firstName: 'x'.repeat(500) }) }));
    const files = campaignFiles(SHOPIFY, many);
    expect(files.length).toBeGreaterThan(1);
    const header = writeCampaignCsv(SHOPIFY, []).csv;
    for (const file of files) {
      expect(file.startsWith(header)).toBe(true);
      expect(new TextEncoder().encode(file).length).toBeLessThanOrEqual(1024 * 1024);
    }
    expect(files.flatMap((file) => records(file).map((row) => row.Email))).toEqual(many.map(({ facts }) => facts.email));
    expect(campaignFiles(SHOPIFY, customers)).toEqual([writeCampaignCsv(SHOPIFY, customers).csv]);
  });

  it('keep every customer and the drafts in the campaign sheet', () => {
    const { csv, included, withoutEmail } = writeCampaignCsv(CAMPAIGN_SHEET, customers);
    expect([included, withoutEmail]).toEqual([4, 2]);
    const rows = records(csv);
    expect(rows.map((row) => row.customer_id)).toEqual(['17850', '17850', '3', '4']);
    expect(rows[0]).toMatchObject({ subject: draft.subject, body: draft.body, sms: draft.sms, draft_written_by: 'this device', offer: 'small', email: 'anna@example.com' });
    expect(rows[1]).toMatchObject({ email: '', subject: '', total_spent: '0.00', currency: '', top_products: '' });
    expect(rows[2].email).toBe('');
  });

  it('neutralise cells a spreadsheet would run as formulas, in every format', () => {
    const facts = fullFacts(undefined, { firstName: '=HYPERLINK("http://x","y")', lastProduct: '+SUM(A1)', country: '@cmd' });
    for (const format of CAMPAIGN_FORMATS) {
      const csv = writeCampaignCsv(format, [{ facts, draft: { ...draft, subject: '-2+3' } }]).csv;
      const cells = parseCsv(csv)[1];
      expect(cells.filter((cell) => /^[=+\-@]/.test(cell)), format.id).toEqual([]);
      expect(cells.some((cell) => cell.startsWith("'=HYPERLINK")), format.id).toBe(true);
    }
  });

  it('say what each tool cannot take, and find formats by id', () => {
    for (const format of [KLAVIYO, MAILCHIMP, SHOPIFY]) expect(format.cannotCarry.length).toBeGreaterThan(0);
    expect(new Set(CAMPAIGN_FORMATS.map((format) => format.id)).size).toBe(CAMPAIGN_FORMATS.length);
    expect(campaignFormat('shopify')).toBe(SHOPIFY);
    expect(() => campaignFormat('hubspot' as never)).toThrow('invalid campaign format: hubspot');
  });
});
