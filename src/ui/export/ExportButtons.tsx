import type { SegmentInfo } from '../../model/segments/segment-info';
import type { PredictionColumnsNote } from './prediction-columns';

interface Props {
  /** The segments of the segmentation shown (the four tiers, or the named RFM segments). */
  segments: readonly SegmentInfo[];
  onExport(segment: string | null): void;
  /** Why the prediction columns would be empty now, if they would. */
  predictionNote?: PredictionColumnsNote | null;
}

/** Export all customers, or one segment, as spreadsheet-safe CSV. */
export function ExportButtons({ segments, onExport, predictionNote = null }: Props) {
  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="muted">
        CSV with one row per customer: recency, frequency, spend, tier, dates, the three RFM scores, the named RFM segment and the
        predictions (chance of being active, expected purchases, 12-month value). Opens
        safely in Excel, Numbers or Google Sheets.
      </p>
      {predictionNote && (
        <p className="small warning" data-testid="prediction-columns-note" data-reason={predictionNote.reason}>
          {predictionNote.text}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button primary" data-testid="export-customers" onClick={() => onExport(null)}>
          All customers
        </button>
        {segments.map((segment) => (
          <button key={segment.id} type="button" className="button" data-testid="export-segment" data-segment={segment.id} onClick={() => onExport(segment.id)}>
            {segment.label}
          </button>
        ))}
      </div>
    </section>
  );
}
