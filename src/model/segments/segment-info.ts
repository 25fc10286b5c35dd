/** How any segment is shown, whichever segmentation it belongs to (the four tiers or the RFM map). */
export interface SegmentInfo {
  id: string;
  label: string;
  description: string;
  color: string;
}

export type Segmentation = 'tiers' | 'rfm';

export const SEGMENTATIONS: readonly Segmentation[] = ['tiers', 'rfm'];

export function isSegmentation(value: string): value is Segmentation {
  return (SEGMENTATIONS as readonly string[]).includes(value);
}
