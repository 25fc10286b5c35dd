/**
 * The merge fields a message template may use, each with what it says and whether it can be missing.
 * A field that can be missing must have a fallback or sit in an optional block (template-language.ts),
 * so no customer ever gets "undefined" or an empty gap.
 */
import { formatMoneyIn } from '../../shared/currency';
import type { CustomerFacts } from '../customer-facts';
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
  /** How the fact is named when it is listed for the on-device model. */
  label: string;
  /** What the field says, for the template editor's help. */
  description: string;
  /** Known for every customer, so it may stand alone in a template. */
  alwaysKnown: boolean;
  value(facts: CustomerFacts, shop: ShopDetails): string | undefined;
}

const topProducts = (facts: CustomerFacts) => facts.topProducts.map(readableProduct).filter((name): name is string => name !== undefined);

const field = (
  name: MergeFieldName,
  label: string,
  description: string,
  alwaysKnown: boolean,
  value: MergeField['value'],
): MergeField => ({ name, label, description, alwaysKnown, value });

export const MERGE_FIELDS: readonly MergeField[] = [
  field('first_name', 'First name', 'their first name, when the file has it', false, (facts) => knownText(facts.firstName)),
  field('last_name', 'Last name', 'their last name, when the file has it', false, (facts) => knownText(facts.lastName)),
  field('days_since', 'Days since their last order', 'days since their last order, with the word: "45 days"', true, (facts) =>
    countOf(facts.daysSinceLastOrder, 'day'),
  ),
  field('orders', 'Orders placed', 'how many orders they placed, with the word: "3 orders"', true, (facts) => countOf(facts.orders, 'order')),
  field('total_spent', 'Total spent', "all they spent, in the shop's currency", true, ({ totalSpent }) => formatMoneyIn(totalSpent.amount, totalSpent.currency)),
  field('last_product', 'A product from their latest order', 'a product from their latest order', false, (facts) => readableProduct(facts.lastProduct)),
  field('top_product', 'The product they bought most', 'the product they bought most', false, (facts) => topProducts(facts)[0]),
  field('top_products', 'The products they bought most', 'up to three products they bought most: "a, b and c"', false, (facts) =>
    listInWords(topProducts(facts).slice(0, 3)),
  ),
  field('country', 'Country', 'their country, when the file has it', false, (facts) => knownText(facts.country)),
  field('shop_name', "The shop's name", "your shop's name, as entered on this page", false, (_, shop) => knownText(shop.shopName)),
  field('segment', 'Their segment', 'the name of their segment', true, (facts) => facts.segment.label),
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
