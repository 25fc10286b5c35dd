/**
 * Lines of an order export that are not things a customer chose: postage, carriage, shipping, fees,
 * discounts, manual adjustments (the public Online Retail file has POSTAGE, DOTCOM POSTAGE, CARRIAGE,
 * Manual, Discount, Bank Charges, AMAZON FEE, SAMPLES). A message must not thank anyone for "Postage",
 * so these never count as a customer's products. Matched against the whole name, in lower case.
 */
export const NOT_A_PRODUCT =
  '^((dotcom |next day )?(postage|carriage|shipping|delivery)( (fee|charges?|costs?))?|discount|manual|bank charges|amazon fee|samples?|adjust(ment)?( bad debt)?|cruk commission|gift wrap(ping)?|tip)$';

export function isNotAProduct(name: string): boolean {
  return new RegExp(NOT_A_PRODUCT).test(name.trim().toLowerCase());
}
