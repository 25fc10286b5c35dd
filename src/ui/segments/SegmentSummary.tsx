import type { SegmentView } from '../../protocol/segments';
import { useMoney } from '../shared/currency-context';
import { tierInfo, type TierId } from '../../model/segments/tiers';
import { SegmentTotalsTable } from './SegmentTotalsTable';
import { SegmentPlays } from '../campaigns/SegmentPlays';
import { TIERS } from '../../model/segments/tiers';

interface Props {
  view: SegmentView;
  selected: TierId;
  onSelect(segment: TierId): void;
}

/** The four tiers with their customers and revenue; a row click selects the tier. */
export function SegmentSummary({ view, selected, onSelect }: Props) {
  const money = useMoney();
  return (
    <section className="card" aria-labelledby="summary-title">
      <h2 id="summary-title">Retention tiers</h2>
      <p className="muted">
        High value: spent at least {money.format(view.valueThreshold)} (the {view.params.valuePercentile}th percentile). Active:
        bought within {view.params.activeDays} days of {view.params.referenceDate}.
      </p>
      <SegmentTotalsTable
        totals={view.totals}
        heading="Tier"
        info={tierInfo}
        describeInline
        selected={selected}
        onSelect={onSelect}
      />
      <SegmentPlays segmentation="tiers" segments={TIERS} selected={selected} onSelect={(id) => onSelect(id as TierId)} />
    </section>
  );
}
