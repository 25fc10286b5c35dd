import { formatCount } from '../../model/shared/format';
import type { SegmentInfo } from '../../model/segments/segment-info';
import { useMoney } from '../shared/currency-context';

interface LegendSegment {
  info: SegmentInfo;
  customers: number;
  revenue: number;
}

interface Props {
  segments: readonly LegendSegment[];
  selected: string;
  onSelect(segment: string): void;
}

/**
 * Every segment by name beside its tile's colour, with its customers and revenue: a small tile has
 * no room for its label, and nothing should be readable only by hovering. Each entry selects its
 * segment, as its tile does.
 */
export function TreemapLegend({ segments, selected, onSelect }: Props) {
  const money = useMoney();
  return (
    <ul className="treemap-legend" data-testid="treemap-legend" aria-label="Segments">
      {segments.map(({ info, customers, revenue }) => (
        <li key={info.id}>
          <button type="button" className="legend-entry" data-segment={info.id} aria-pressed={info.id === selected} onClick={() => onSelect(info.id)}>
            <span className="legend-swatch" style={{ background: info.color }} aria-hidden="true" />
            <span className="legend-label">{info.label}</span>
            <span className="legend-figures">
              {formatCount(customers)} customers · {money.format(revenue)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
