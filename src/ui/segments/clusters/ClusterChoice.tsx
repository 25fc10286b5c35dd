import { useMemo } from 'react';
import { clusterChoiceOptions } from '../../../charts/segments/cluster-choice';
import type { ClusterSummary } from '../../../protocol/clusters';
import { PlotFigure } from '../../shared/PlotFigure';

/** The elbow and silhouette charts: how tight and how well separated the clusters are for each k. */
export function ClusterChoice({ summary }: { summary: ClusterSummary }) {
  const elbow = useMemo(() => clusterChoiceOptions(summary.candidates, 'inertia', summary.k, summary.bestK), [summary]);
  const silhouette = useMemo(() => clusterChoiceOptions(summary.candidates, 'silhouette', summary.k, summary.bestK), [summary]);
  return (
    <section className="card" data-testid="cluster-choice" aria-labelledby="cluster-choice-title">
      <h2 id="cluster-choice-title">Choosing k</h2>
      <p className="muted small">
        Inertia always falls as k grows; look for the elbow where it stops falling steeply. The mean silhouette (−1 to 1) is highest where
        customers sit closest to their own cluster and farthest from the next: its best k is the default. Filled: the k shown; ringed: the
        k with the best silhouette.
      </p>
      <div className="chart-row">
        <PlotFigure options={elbow} testId="chart-cluster-elbow" fileName="clusters-elbow" title="Inertia by k (elbow)" />
        <PlotFigure options={silhouette} testId="chart-cluster-silhouette" fileName="clusters-silhouette" title="Mean silhouette by k" />
      </div>
    </section>
  );
}
