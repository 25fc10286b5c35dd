/** How any segment is shown, whichever segmentation it belongs to (the tiers, the RFM map, the clusters). */
export interface SegmentInfo {
  id: string;
  label: string;
  description: string;
  color: string;
}

export type Segmentation = 'tiers' | 'rfm' | 'clusters';

export const SEGMENTATIONS: readonly Segmentation[] = ['tiers', 'rfm', 'clusters'];

export function isSegmentation(value: string): value is Segmentation {
  return (SEGMENTATIONS as readonly string[]).includes(value);
}
