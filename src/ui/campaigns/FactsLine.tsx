import type { CustomerFacts } from '../../model/campaigns/customer-facts';
import { formatMoneyIn } from '../../model/shared/currency';
import { countOf, listInWords, readableProduct } from '../../model/campaigns/messages/readable-values';

/** What a draft is built from, in one line: the owner sees what the message may say about this customer. */
export function FactsLine({ facts }: { facts: CustomerFacts }) {
  const products = listInWords(facts.topProducts.map(readableProduct).filter((name): name is string => name !== undefined));
  const parts = [
    `${countOf(facts.orders, 'order')}, ${formatMoneyIn(facts.totalSpent.amount, facts.totalSpent.currency)}`,
    `last one ${countOf(facts.daysSinceLastOrder, 'day')} ago`,
    products && `bought most: ${products}`,
    facts.country,
  ].filter(Boolean);
  return (
    <p className="draft-facts small">
      <strong>{facts.id}</strong>
      {facts.email && facts.email !== facts.id ? ` · ${facts.email}` : ''} · {parts.join(' · ')}
    </p>
  );
}
