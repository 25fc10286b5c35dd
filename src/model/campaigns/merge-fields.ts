/**
 * The merge fields a message template may use, each with what it says and whether it can be missing.
 * A field that can be missing must have a fallback or sit in an optional block (template-language.ts),
 * so no customer ever gets "undefined" or an empty gap.
 */
import { formatMoneyIn } from '../shared/currency';
import type { CustomerFacts } from './customer-facts';
import { countOf, knownText, listInWords, readableProduct } from './readable-values';

/** What the shop tells the page about itself (not in the order file). */
export interface ShopDetails {
  shopName?: string;
}

export type MergeFieldName =
  | 'first_name'
  | 'last_name'
  | 'days_since'
  | 'orders'
  | 'total_spent'
  | 'last_product'
  | 'top_product'
  | 'top_products'
  | 'country'
  | 'shop_name'
  | 'segment';

export interface MergeField {
  name: MergeFieldName;
  description: string;
  /** Known for every customer, so it may stand alone in a template. */
  alwaysKnown: boolean;
  value(facts: CustomerFacts, shop: ShopDetails): string | undefined;
}

const topProducts = (facts: CustomerFacts) => facts.topProducts.map(readableProduct).filter((name): name is string => name !== undefined);

export const MERGE_FIELDS: readonly MergeField[] = [
  { name: 'first_name', description: 'their first name, when the file has it', alwaysKnown: false, value: (facts) => knownText(facts.firstName) },
  { name: 'last_name', description: 'their last name, when the file has it', alwaysKnown: false, value: (facts) => knownText(facts.lastName) },
  { name: 'days_since', description: 'days since their last order, with the word: "45 days"', alwaysKnown: true, value: (facts) => countOf(facts.daysSinceLastOrder, 'day') },
  { name: 'orders', description: 'how many orders they placed, with the word: "3 orders"', alwaysKnown: true, value: (facts) => countOf(facts.orders, 'order') },
  { name: 'total_spent', description: "all they spent, in the shop's currency", alwaysKnown: true, value: ({ totalSpent }) => formatMoneyIn(totalSpent.amount, totalSpent.currency) },
  { name: 'last_product', description: 'a product from their latest order', alwaysKnown: false, value: (facts) => readableProduct(facts.lastProduct) },
  { name: 'top_product', description: 'the product they bought most', alwaysKnown: false, value: (facts) => topProducts(facts)[0] },
  { name: 'top_products', description: 'up to three products they bought most: "a, b and c"', alwaysKnown: false, value: (facts) => listInWords(topProducts(facts).slice(0, 3)) },
  { name: 'country', description: 'their country, when the file has it', alwaysKnown: false, value: (facts) => knownText(facts.country) },
  { name: 'shop_name', description: "your shop's name, as entered on this page", alwaysKnown: false, value: (_, shop) => knownText(shop.shopName) },
  { name: 'segment', description: 'the name of their segment', alwaysKnown: true, value: (facts) => facts.segment.label },
];

export type MergeValues = Partial<Record<MergeFieldName, string>>;

export function mergeField(name: string): MergeField | undefined {
  return MERGE_FIELDS.find((field) => field.name === name);
}

/** Every field's value for one customer; a field with no value is left out. */
export function mergeValues(facts: CustomerFacts, shop: ShopDetails): MergeValues {
  const values: MergeValues = {};
  for (const field of MERGE_FIELDS) {
    const value = field.value(facts, shop);
    if (value !== undefined) values[field.name] = value;
  }
  return values;
}
