import type { Segmentation, SegmentInfo } from '../../model/segments/segment-info';
import { SegmentPlay } from './SegmentPlay';

interface Props {
  segmentation: Segmentation;
  segments: readonly SegmentInfo[];
  selected: string;
  /** Opens the segment's campaign (it becomes the selected segment). */
  onSelect(segment: string): void;
}

/** Each segment's play, in the summary's order: what to do with these customers, one click from its campaign. */
export function SegmentPlays({ segmentation, segments, selected, onSelect }: Props) {
  return (
    <div className="segment-plays">
      <h3 className="small">What to do with each {segmentation === 'rfm' ? 'segment' : 'tier'}</h3>
      <ul>
        {segments.map((segment) => (
          <li key={segment.id} aria-current={segment.id === selected}>
            <span className="swatch" style={{ background: segment.color }} aria-hidden="true" />
            <button type="button" className="link" data-testid="plan-campaign" data-for-segment={segment.id} onClick={() => onSelect(segment.id)}>
              {segment.label}
            </button>
            : <SegmentPlay segmentation={segmentation} segment={segment.id} />
          </li>
        ))}
      </ul>
    </div>
  );
}
