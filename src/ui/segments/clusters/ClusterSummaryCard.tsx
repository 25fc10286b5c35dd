import { clusterInfo } from '../../../model/segments/clusters/cluster-segments';
import { formatCount, formatMoney, formatShare, moneyAttribute } from '../../../model/shared/format';
import type { ClusterSummary } from '../../../protocol/clusters';
import { NumberField } from '../NumberField';
import type { ClustersState } from './use-clusters';
import './clusters.css';

interface Props {
  clusters: ClustersState;
  selected: string;
  onSelect(segment: string): void;
}

/**
 * The k-means clusters: k (the silhouette's choice unless the user picks another), and each
 * cluster's name, size, revenue and median R, F and M. The charts behind the choice of k are
 * ClusterChoice.tsx.
 */
export function ClusterSummaryCard({ clusters, selected, onSelect }: Props) {
  const { summary, working, error } = clusters;
  return (
    <section
      className="card"
      data-testid="cluster-summary"
      data-state={summary && !working ? 'ready' : error ? 'error' : 'loading'}
      data-k={summary?.k}
      data-inertia={summary?.inertia}
      data-workers={summary?.workers}
      data-fit-ms={summary && Math.round(summary.fitMs)}
      data-fit-ms-per-k={summary?.fitMsPerK.map(Math.round).join(',')}
      aria-busy={working}
      aria-labelledby="clusters-title"
    >
      <div className="card-heading">
        <h2 id="clusters-title">Clusters</h2>
        {summary && (
          <NumberField
            label="Clusters (k)"
            testId="cluster-k"
            value={clusters.k ?? summary.k}
            min={summary.candidates[0].k}
            max={summary.candidates.at(-1)!.k}
            suffix=""
            onValue={(k) => clusters.setK(k === summary.bestK ? null : k)}
          />
        )}
      </div>
      {error && <p className="field-error">The clusters could not be fitted: {error}</p>}
      {!summary && !error && <p className="muted">Fitting the clusters in the background; everything else is ready to use.</p>}
      {summary && <ClusterTable summary={summary} selected={selected} onSelect={onSelect} />}
      {summary && <ClusterNote summary={summary} working={working} />}
    </section>
  );
}

function ClusterTable({ summary, selected, onSelect }: { summary: ClusterSummary; selected: string; onSelect(segment: string): void }) {
  const revenue = summary.clusters.reduce((sum, cluster) => sum + cluster.revenue, 0);
  return (
    <div className="table-wide">
      <table className="numbers selectable cluster-table" data-testid="segment-summary" data-segmentation="clusters">
        <thead>
          <tr>
            <th scope="col">Cluster</th>
            <th scope="col">Customers</th>
            <th scope="col">Revenue</th>
            <th scope="col" title="Median days since the last purchase">R</th>
            <th scope="col" title="Median orders">F</th>
            <th scope="col" title="Median spend">M</th>
          </tr>
        </thead>
        <tbody>
          {summary.clusters.map((cluster) => {
            const info = clusterInfo(cluster);
            return (
              <tr
                key={cluster.id}
                data-cluster={cluster.id}
                data-segment={info.id}
                data-customers={cluster.customers}
                data-revenue={moneyAttribute(cluster.revenue)}
                aria-selected={info.id === selected}
                tabIndex={0}
                onClick={() => onSelect(info.id)}
                onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && onSelect(info.id)}
              >
                <th scope="row">
                  <span className="swatch" style={{ background: info.color }} aria-hidden="true" />
                  {cluster.id} <span className="cluster-name">{cluster.name}</span>
                </th>
                <td>{formatCount(cluster.customers)}</td>
                <td>
                  {formatMoney(cluster.revenue)} <span className="muted small">({formatShare(cluster.revenue, revenue)})</span>
                </td>
                <td>{formatCount(cluster.medianRecencyDays)} d</td>
                <td>{cluster.medianFrequency}</td>
                <td>{formatMoney(cluster.medianMonetary)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ClusterNote({ summary, working }: { summary: ClusterSummary; working: boolean }) {
  const seconds = summary.fitMs > 0 ? ` Fitted in ${(summary.fitMs / 1000).toFixed(1)} s on ${summary.workers} worker${summary.workers === 1 ? '' : 's'}.` : '';
  return (
    <p className="muted small">
      {working ? 'Updating… ' : ''}k-means on ln(1 + recency, frequency, spend), each standardised; best of 10 starts for each k from 2 to{' '}
      {summary.candidates.at(-1)!.k}. {summary.k === summary.bestK ? `k = ${summary.k} has the best mean silhouette (${summary.silhouette.toFixed(3)}).` : `The best mean silhouette is at k = ${summary.bestK}; this is k = ${summary.k}.`}
      {seconds}
    </p>
  );
}
