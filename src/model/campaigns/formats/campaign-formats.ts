/** The campaign formats the page offers, in the order it lists them. */
import { CAMPAIGN_SHEET } from './campaign-sheet';
import type { CampaignFormat, CampaignFormatId } from './campaign-format';
import { KLAVIYO } from './klaviyo';
import { MAILCHIMP } from './mailchimp';
import { SHOPIFY } from './shopify';

export const CAMPAIGN_FORMATS: readonly CampaignFormat[] = [CAMPAIGN_SHEET, KLAVIYO, MAILCHIMP, SHOPIFY];

export function campaignFormat(id: CampaignFormatId): CampaignFormat {
  const found = CAMPAIGN_FORMATS.find((format) => format.id === id);
  if (!found) throw new Error(`invalid campaign format: ${id}`);
  return found;
}
