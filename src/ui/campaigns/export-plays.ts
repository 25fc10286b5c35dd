import type { Segmentation, SegmentInfo } from '../../model/segments/segment-info';
import { shopCurrency } from '../../model/shared/currency';
import type { ExportPlays } from '../../protocol/export';
import type { Playbook } from './playbook-context';
import { shownSegmentKey } from './segment-key';

/** What the customer export needs from the page: each shown segment's play by name, and the file's one currency. */
export function exportPlays(playbook: Playbook, segmentation: Segmentation, segments: readonly SegmentInfo[], currencies: readonly string[]): ExportPlays {
  const playNames = Object.fromEntries(
    segments.flatMap((segment) => {
      const key = shownSegmentKey(segmentation, segment);
      return key === null ? [] : [[segment.id, playbook.play(key).name]];
    }),
  );
  const currency = shopCurrency(currencies);
  return { segmentation, playNames, currency: currency.kind === 'single' ? currency.code : null };
}
