/** Customers for the campaign tests: one the file knows nothing optional about, one it knows well. */
import type { CustomerFacts } from '../../src/model/campaigns/customer-facts';
import { playFor } from '../../src/model/campaigns/playbook/playbook-edits';
import type { SegmentKey } from '../../src/model/campaigns/playbook/playbook';

/** Only what every order file gives: no e-mail, no name, no products, no country, no currency. */
export function bareFacts(segment: SegmentKey = 'tier:at_risk_whale', overrides: Partial<CustomerFacts> = {}): CustomerFacts {
  return {
    id: '17850',
    daysSinceLastOrder: 1,
    orders: 1,
    totalSpent: { amount: 0, currency: null },
    topProducts: [],
    segment: { id: segment, label: 'At-Risk Whale' },
    play: playFor(segment),
    ...overrides,
  };
}

export function fullFacts(segment: SegmentKey = 'tier:at_risk_whale', overrides: Partial<CustomerFacts> = {}): CustomerFacts {
  return bareFacts(segment, {
    email: 'anna@example.com',
    firstName: 'Anna',
    lastName: 'Berg',
    daysSinceLastOrder: 143,
    orders: 5,
    totalSpent: { amount: 1234.5, currency: 'EUR' },
    topProducts: ['WHITE HANGING HEART T-LIGHT HOLDER', 'Jumbo bag red retrospot', 'SET OF 3 CAKE TINS PANTRY DESIGN'],
    topProductsBy: 'revenue',
    lastProduct: 'REGENCY CAKESTAND 3 TIER',
    country: 'Sweden',
    ...overrides,
  });
}
