/**
 * The registered customer population and how each customer behaves: when they join (first
 * purchase), how often and how much they buy, and whether and when they drop out for good.
 */
import { chance, gamma, randomInt } from '../shared/random';
import type { Random } from '../shared/random';
import { drawBaseQuantity } from './catalog';
import { HOME_COUNTRY, drawCountry } from './countries';
import { chooseCustomerIds } from './customer-ids';

export interface Customer {
  id: string;
  country: string;
  /** Relative purchase rate while active. */
  rate: number;
  basketMean: number;
  quantityScale: number;
  /** Progress (0–1) at which the first purchase happens. */
  joinAt: number;
  /** Progress after which the customer never buys again (Infinity: stays to the end). */
  leaveAt: number;
}

const CHURN_SHARE = 0.4;
const WHALE_SHARE = 0.03;
const EARLY_COHORT_SHARE = 0.25;

/** `count` customers; the first is the pinned one, a few of the rest are wholesale "whales". */
export function createCustomers(random: Random, count: number): Customer[] {
  return chooseCustomerIds(random, count).map((id, index) => {
    if (index === 0) return pinnedCustomer(random, id);
    return chance(random, WHALE_SHARE) ? createWhale(random, id) : createRegular(random, id);
  });
}

/** How many units of one product this customer puts on a line (at least one). */
export function quantityFor(random: Random, customer: Customer): number {
  return Math.max(1, Math.round(drawBaseQuantity(random) * customer.quantityScale));
}

function pinnedCustomer(random: Random, id: string): Customer {
  // A steady home customer from day one, buying often enough that both ID spellings show up.
  const quantityScale = gamma(random, 2, 0.5);
  return { id, country: HOME_COUNTRY, rate: 3, basketMean: 8, quantityScale, joinAt: 0, leaveAt: Infinity };
}

/** Most customers: a skewed purchase rate, small baskets, and a fair chance of dropping out. */
function createRegular(random: Random, id: string): Customer {
  const joinAt = chance(random, EARLY_COHORT_SHARE) ? random() * 0.25 : random() * 0.95;
  const leaveAt = chance(random, CHURN_SHARE) ? joinAt + (1 - joinAt) * random() : Infinity;
  return {
    id,
    country: drawCountry(random, 0.88),
    rate: gamma(random, 0.6, 1 / 0.6),
    basketMean: 2 + gamma(random, 2, 3),
    quantityScale: gamma(random, 2, 0.5),
    joinAt,
    leaveAt,
  };
}

/** Wholesale buyers: early, frequent, large quantities; half of them stop well before the end. */
function createWhale(random: Random, id: string): Customer {
  const joinAt = random() * 0.3;
  const leaveAt = chance(random, 0.5) ? joinAt + (0.65 - joinAt) * (0.3 + 0.7 * random()) : Infinity;
  return {
    id,
    country: drawCountry(random, 0.7),
    rate: 4 + gamma(random, 2, 2),
    basketMean: 12 + gamma(random, 2, 3),
    quantityScale: randomInt(random, 6, 12),
    joinAt,
    leaveAt,
  };
}
