import type { CustomerFacts } from '../../model/campaigns/customer-facts';
import { CampaignFileWriter, type CampaignFiles } from '../../model/campaigns/formats/campaign-file-writer';
import type { CampaignFormat } from '../../model/campaigns/formats/campaign-format';
import type { Draft } from '../../model/campaigns/messages/template-draft';
import { customerFactsOf } from './customer-facts-of';
import type { CampaignSource } from './use-campaign-page';

/** Customers asked of the worker at a time: a segment of 100,000 is twenty requests. */
export const EXPORT_PAGE = 5000;

/** Columns that hold a draft, in any of the formats: a format with none of them needs no drafts made. */
const DRAFT_COLUMNS = ['subject', 'body', 'sms'];

export function carriesDrafts(format: CampaignFormat): boolean {
  return format.columns.some((column) => DRAFT_COLUMNS.includes(column.toLowerCase()));
}

/**
 * The whole segment in a format, streamed from the worker a page at a time and written as it comes,
 * with each customer's draft (the one shown on the page, or the templates') where the format has room.
 */
export async function exportCampaign(
  source: CampaignSource,
  format: CampaignFormat,
  draftOf: (facts: CustomerFacts) => Draft,
  onProgress: (written: number) => void = () => {},
): Promise<CampaignFiles> {
  const { engine, params, rules, query, segment, fileCurrency } = source;
  const writer = new CampaignFileWriter(format);
  const withDrafts = carriesDrafts(format);
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const page = await engine.customerFacts(params, rules, { ...query, limit: EXPORT_PAGE, offset, countAll: false });
    const facts = page.customers.map((record) => customerFactsOf(record, segment, fileCurrency, page.topProductsBy));
    writer.add(facts.map((customer) => (withDrafts ? { facts: customer, draft: draftOf(customer) } : { facts: customer })));
    onProgress(offset + page.customers.length);
    if (page.customers.length < EXPORT_PAGE) break;
  }
  return writer.finish();
}
