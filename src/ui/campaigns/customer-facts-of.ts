import type { CustomerFacts } from '../../model/campaigns/customer-facts';
import type { Play } from '../../model/campaigns/playbook/play';
import type { SegmentKey } from '../../model/campaigns/playbook/playbook';
import type { CurrencyCode } from '../../model/shared/currency';
import type { CustomerFactsPage, CustomerRecord } from '../../protocol/campaigns';

/** The campaign's segment: its playbook key, its name on the page, and its play as the owner left it. */
export interface CampaignSegment {
  key: SegmentKey;
  label: string;
  play: Play;
}

/**
 * A customer as a message may speak of them: the engine's record, their segment and its play, and
 * their currency, else the file's one currency (null when the file has none or several).
 */
export function customerFactsOf(
  record: CustomerRecord,
  segment: CampaignSegment,
  fileCurrency: CurrencyCode | null,
  topProductsBy: CustomerFactsPage['topProductsBy'],
): CustomerFacts {
  return {
    id: record.customerId,
    ...(record.email === null ? {} : { email: record.email }),
    daysSinceLastOrder: record.recencyDays,
    orders: record.frequency,
    totalSpent: { amount: record.monetary, currency: record.currency ?? fileCurrency },
    topProducts: record.topProducts,
    ...(record.topProducts.length > 0 ? { topProductsBy } : {}),
    ...(record.lastProduct === null ? {} : { lastProduct: record.lastProduct }),
    ...(record.country === null ? {} : { country: record.country }),
    segment: { id: segment.key, label: segment.label },
    play: segment.play,
  };
}
