import type { RfmView } from '../../../model/segments/rfm-totals';
import { rfmBucketInfo, type RfmBucketId } from '../../../model/segments/rfm-segments';
import { SegmentTotalsTable } from '../SegmentTotalsTable';
import { SegmentPlays } from '../../campaigns/SegmentPlays';
import { RFM_BUCKETS } from '../../../model/segments/rfm-segments';

interface Props {
  view: RfmView | null;
  selected: RfmBucketId;
  onSelect(segment: RfmBucketId): void;
}

/** The named RFM segments with their customers and revenue; a row click selects the segment. */
export function RfmSummary({ view, selected, onSelect }: Props) {
  return (
    <section className="card" aria-labelledby="rfm-summary-title" aria-busy={view === null}>
      <h2 id="rfm-summary-title">RFM segments</h2>
      <p className="muted">
        Each customer scores 1–5 on recency, frequency and spend; the rule table below names the combinations. The first rule that
        matches wins; customers no rule matches are in Others.
      </p>
      {view === null ? (
        <p className="muted">Scoring customers…</p>
      ) : (
        <SegmentTotalsTable
          totals={view.totals}
          heading="Segment"
          info={rfmBucketInfo}
          describeInline={false}
          selected={selected}
          onSelect={onSelect}
          segmentation="rfm"
        />
      )}
      <SegmentPlays segmentation="rfm" segments={RFM_BUCKETS} selected={selected} onSelect={(id) => onSelect(id as RfmBucketId)} />
    </section>
  );
}
