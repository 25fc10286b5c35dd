import { treemapTiles } from '../charts/treemap-layout';
import type { SegmentView } from '../engine/api';
import { formatCount, formatMoney, moneyAttribute } from '../model/format';
import { tierInfo, type TierId } from '../model/tiers';

const WIDTH = 800;
const HEIGHT = 320;

interface Props {
  view: SegmentView;
  selected: TierId;
  onSelect(segment: TierId): void;
}

/** Customer value by tier: each tile's area is the tier's revenue. Tiles are buttons. */
export function SegmentTreemap({ view, selected, onSelect }: Props) {
  const tiles = treemapTiles(
    view.totals.map((row) => ({ id: row.segment, value: row.revenue })),
    WIDTH,
    HEIGHT,
  );
  return (
    <section className="card" aria-labelledby="treemap-title">
      <h2 id="treemap-title">Where the revenue sits</h2>
      <svg data-testid="treemap" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="treemap" role="group" aria-label="Revenue by tier">
        {tiles.map((tile) => {
          const segment = tile.id as TierId;
          const tier = tierInfo(segment);
          const totals = view.totals.find((row) => row.segment === segment)!;
          const roomy = tile.width > 110 && tile.height > 46;
          return (
            <g
              key={segment}
              data-segment={segment}
              data-revenue={moneyAttribute(totals.revenue)}
              className={`tile${segment === selected ? ' selected' : ''}`}
              role="button"
              tabIndex={0}
              aria-pressed={segment === selected}
              aria-label={`${tier.label}: ${formatCount(totals.customers)} customers, ${formatMoney(totals.revenue)}`}
              onClick={() => onSelect(segment)}
              onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && onSelect(segment)}
            >
              <title>{`${tier.label}: ${formatCount(totals.customers)} customers, ${formatMoney(totals.revenue)}`}</title>
              <rect x={tile.x} y={tile.y} width={tile.width} height={tile.height} fill={tier.color} rx={3} />
              {roomy && (
                <text x={tile.x + 10} y={tile.y + 24}>
                  <tspan className="tile-label">{tier.label}</tspan>
                  <tspan x={tile.x + 10} dy={20} className="tile-value">
                    {formatMoney(totals.revenue)} · {formatCount(totals.customers)}
                  </tspan>
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </section>
  );
}
