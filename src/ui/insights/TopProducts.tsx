import { useState } from 'react';
import type { SegmentInfo } from '../../model/segments/segment-info';
import { formatCount, moneyAttribute } from '../../model/shared/format';
import type { SegmentProduct } from '../../protocol/insights';
import { useMoney } from '../shared/currency-context';

type Ranking = 'revenue' | 'customers';

/** Each segment's top products, by revenue or by how many of its customers bought them. */
export function TopProducts({ products, infos }: { products: readonly SegmentProduct[]; infos: readonly SegmentInfo[] }) {
  const [ranking, setRanking] = useState<Ranking>('revenue');
  const money = useMoney();
  const rank = (product: SegmentProduct) => (ranking === 'revenue' ? product.revenueRank : product.customerRank);
  const shown = infos.filter((info) => products.some((product) => product.segment === info.id));
  return (
    <div className="top-products" data-testid="segment-products" data-ranking={ranking}>
      <div className="card-heading insight-choices" role="group" aria-label="Rank products by">
        <h3>Top products</h3>
        {(['revenue', 'customers'] as const).map((one) => (
          <button key={one} type="button" className="button small" aria-pressed={one === ranking} onClick={() => setRanking(one)}>
            By {one}
          </button>
        ))}
      </div>
      <div className="segment-products">
        {shown.map((info) => {
          const top = products.filter((product) => product.segment === info.id && rank(product) <= TOP_SHOWN).sort((a, b) => rank(a) - rank(b));
          return (
            <div key={info.id} data-segment={info.id}>
              <h4>
                <span className="swatch" style={{ background: info.color }} aria-hidden="true" />
                {info.label}
              </h4>
              <ol>
                {top.map((product) => (
                  <li key={product.product} data-product={product.product} data-revenue={moneyAttribute(product.revenue)} data-customers={product.customers}>
                    {product.product} <span className="muted small">· {money.format(product.revenue)} · {formatCount(product.customers)} customers</span>
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
      </div>
    </div>
  );
}

const TOP_SHOWN = 5;
