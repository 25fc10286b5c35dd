import { describe, expect, it } from 'vitest';
import { SHOPIFY_CUSTOMER_COLUMNS } from '../../src/model/campaigns/formats/shopify';
import { downloadCsv } from '../support/app-readers';
import { openApp, uploadText, useBrowser, waitForState } from '../support/browser';
import { campaignShopCsv, customerEmail, favouriteProduct, FORMULA_PRODUCT, spentBy, WHALES, WITHOUT_EMAIL } from '../support/campaign-shop';
import { downloadCampaign, readDrafts, waitForDrafts } from '../support/campaign-readers';
import { parseExport } from '../support/expected-results';

const browser = useBrowser();

const whaleEmails = WHALES.map(customerEmail);
const reachable = WHALES.filter((i) => !WITHOUT_EMAIL.includes(i)).map(customerEmail);

describe('campaign-ready lists from a Shopify export', () => {
  it('exports the At-Risk Whales as our sheet and for Klaviyo, Mailchimp and Shopify, saying who has no e-mail', async () => {
    const { page, errors } = await openApp(browser());
    await uploadText(page, 'orders_export.csv', campaignShopCsv());
    await waitForState(page, 'ready');
    expect(await page.textContent('[data-testid="currency"]')).toBe('EUR');
    await waitForDrafts(page, 'at_risk_whale');
    expect((await readDrafts(page)).map((draft) => draft.customerId)).toEqual(whaleEmails);

    const sheet = await downloadCampaign(page, '[data-testid="export-drafts"]');
    expect(sheet.name).toBe('at_risk_whale-campaign.csv');
    expect(sheet.header.slice(0, 6)).toEqual(['customer_id', 'email', 'first_name', 'last_name', 'segment', 'play']);
    expect(sheet.header.slice(-4)).toEqual(['subject', 'body', 'sms', 'draft_written_by']);
    expect(sheet.records.map((row) => row.customer_id)).toEqual(whaleEmails);
    expect([sheet.included, sheet.withoutEmail]).toEqual([4, 1]);
    expect(sheet.noteText).toMatch(/4 customers written\. 1 customer has no usable e-mail address/);
    for (const row of sheet.records) {
      const i = Number(/customer(\d+)@/.exec(row.customer_id)![1]);
      expect(row).toMatchObject({ segment: 'At-Risk Whale', play: 'Personal win-back', currency: 'EUR', total_spent: spentBy(i).toFixed(2), orders: '2', country: 'DE' });
      expect(row.email).toBe(WITHOUT_EMAIL.includes(i) ? '' : customerEmail(i));
      expect(row.subject).toBe('We miss you');
      expect(row.body).toContain(`€${spentBy(i).toFixed(2)} in all`);
      expect(row.sms).not.toBe('');
      // The postage on the latest order is no product.
      expect(row.last_product).toBe(favouriteProduct(i) === FORMULA_PRODUCT ? `'${FORMULA_PRODUCT}` : favouriteProduct(i));
    }
    // Customer 38's product is named like a formula: every export writes it as text.
    expect(sheet.text).not.toMatch(/(^|,)"?=HYPERLINK/m);

    const klaviyo = await downloadCampaign(page, '[data-testid="export-campaign"][data-segment="at_risk_whale"][data-format="klaviyo"]');
    expect(klaviyo.header[0]).toBe('Email');
    expect(klaviyo.records.map((row) => row.Email)).toEqual(reachable);
    expect([klaviyo.included, klaviyo.withoutEmail]).toEqual([3, 1]);
    expect(klaviyo.noteText).toMatch(/1 customer has no usable e-mail address in the file, so they are not in this file/);
    const k38 = klaviyo.records.find((row) => row.Email === customerEmail(38))!;
    expect(k38).toMatchObject({ 'Retention Segment': 'At-Risk Whale', 'Retention Play': 'Personal win-back', 'Last Product': `'${FORMULA_PRODUCT}`, Subject: 'We miss you', Currency: 'EUR' });
    expect(k38.Body).toContain('It has been 148 days since your last order');

    const mailchimp = await downloadCampaign(page, '[data-testid="export-campaign"][data-segment="at_risk_whale"][data-format="mailchimp"]');
    expect(mailchimp.header.slice(0, 4)).toEqual(['Email Address', 'First Name', 'Last Name', 'Tags']);
    expect(mailchimp.records.map((row) => row['Email Address'])).toEqual(reachable);
    expect(new Set(mailchimp.records.map((row) => row.Tags))).toEqual(new Set(['At-Risk Whale, Personal win-back']));
    expect(mailchimp.withoutEmail).toBe(1);

    const shopify = await downloadCampaign(page, '[data-testid="export-campaign"][data-segment="at_risk_whale"][data-format="shopify"]');
    expect(shopify.header).toEqual([...SHOPIFY_CUSTOMER_COLUMNS]);
    expect(shopify.records.map((row) => row.Email)).toEqual(reachable);
    expect(shopify.records[0].Tags).toBe('At-Risk Whale, Personal win-back');
    expect(shopify.records[0].Note).toMatch(/^At-Risk Whale: Personal win-back\. 2 orders, €130\.00 spent, last order 150 days ago\.$/);
    expect(shopify.withoutEmail).toBe(1);

    // The customer export adds each customer's e-mail, currency and play.
    const customers = parseExport((await downloadCsv(page, '[data-testid="export-customers"]')).text);
    expect(customers.get(customerEmail(40))).toMatchObject({ segment: 'at_risk_whale', email: customerEmail(40), currency: 'EUR', play: 'Personal win-back' });
    expect(customers.get(customerEmail(36))?.email).toBe(customerEmail(36));
    expect(errors).toEqual([]);
  });
});
