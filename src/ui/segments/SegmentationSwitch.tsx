import { isSegmentation, type Segmentation } from '../../model/segments/segment-info';

/** Where the clusters are: fitted in the background after each load (and each new reference date). */
export type ClustersProgress = 'fitting' | 'ready' | 'error';

interface Props {
  value: Segmentation;
  onChange(value: Segmentation): void;
  clusters: ClustersProgress;
}

/**
 * Switches the summary, treemap, tables and exports between the four tiers, the named RFM segments
 * and the clusters. `data-clusters` tells whether the clusters' background fit is done.
 */
export function SegmentationSwitch({ value, onChange, clusters }: Props) {
  return (
    <label className="field segmentation-switch">
      <span>Segment customers by</span>
      <select data-testid="segmentation" data-clusters={clusters} value={value} onChange={(event) => isSegmentation(event.target.value) && onChange(event.target.value)}>
        <option value="tiers">the four retention tiers</option>
        <option value="rfm">the named RFM segments</option>
        <option value="clusters">k-means clusters of recency, frequency and spend{clusters === 'fitting' ? ' (fitting…)' : ''}</option>
      </select>
    </label>
  );
}
