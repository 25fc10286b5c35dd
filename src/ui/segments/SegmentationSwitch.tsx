import { isSegmentation, type Segmentation } from '../../model/segments/segment-info';

interface Props {
  value: Segmentation;
  onChange(value: Segmentation): void;
}

/** Switches the summary, treemap, tables and exports between the four tiers, the named RFM segments and the clusters. */
export function SegmentationSwitch({ value, onChange }: Props) {
  return (
    <label className="field segmentation-switch">
      <span>Segment customers by</span>
      <select
        data-testid="segmentation"
        value={value}
        onChange={(event) => isSegmentation(event.target.value) && onChange(event.target.value)}
      >
        <option value="tiers">the four retention tiers</option>
        <option value="rfm">the named RFM segments</option>
        <option value="clusters">k-means clusters of recency, frequency and spend</option>
      </select>
    </label>
  );
}
