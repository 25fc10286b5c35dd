import type { Offer } from '../../model/campaigns/playbook/play';
import type { Segmentation } from '../../model/segments/segment-info';
import { usePlaybook } from './playbook-context';
import './campaigns.css';
import { segmentKeyOf } from './segment-key';

interface Props {
  segmentation: Segmentation;
  segment: string;
  /** `segment-play` beside each segment (once per segment on screen); other places name their own. */
  testId?: string;
}

/** A segment's play in a few words: its name and what it gives away. */
export function SegmentPlay({ segmentation, segment, testId = 'segment-play' }: Props) {
  const play = usePlaybook().play(segmentKeyOf(segmentation, segment));
  return (
    <span className="play-badge" data-testid={testId} data-segment={segment} data-play={play.id} data-offer={play.offer.level} title={`${play.goal} ${play.offer.detail}`}>
      {play.name} <OfferBadge offer={play.offer} />
    </span>
  );
}

export function OfferBadge({ offer }: { offer: Offer }) {
  return <span className={`offer-badge offer-${offer.level}`}>{offerWords(offer)}</span>;
}

export function offerWords(offer: Offer): string {
  if (offer.level === 'none') return offer.neverDiscount ? 'never discount' : 'no offer';
  return offer.level === 'small' ? 'small offer' : 'real gesture';
}
