import type { Segmentation, SegmentInfo } from '../../model/segments/segment-info';
import { shopCurrency } from '../../model/shared/currency';
import type { ExportPlays } from '../../protocol/export';
import type { Playbook } from './playbook-context';
import { segmentKeyOf } from './segment-key';

/** What the customer export needs from the page: each shown segment's play by name, and the file's one currency. */
export function exportPlays(playbook: Playbook, segmentation: Segmentation, segments: readonly SegmentInfo[], currencies: readonly string[]): ExportPlays {
  const playNames = Object.fromEntries(segments.map((segment) => [segment.id, playbook.play(segmentKeyOf(segmentation, segment.id)).name]));
  const currency = shopCurrency(currencies);
  return { segmentation, playNames, currency: currency.kind === 'single' ? currency.code : null };
}
