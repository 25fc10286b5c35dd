import { useMemo } from 'react';
import { cohortOptions } from '../../charts/explore/cohorts';
import { concentrationHighlights, concentrationOptions, highlightSentence } from '../../charts/explore/concentration';
import { distributionMarkers, distributionOptions, MEASURE_LABELS } from '../../charts/explore/distributions';
import { rfGridOptions } from '../../charts/explore/rf-grid';
import type { SegmentView } from '../../protocol/segments';
import type { ChartData } from '../../protocol/explore';
import { PlotFigure } from '../shared/PlotFigure';
import { useWhenNearView } from '../shared/use-when-near-view';
import { useMoney } from '../shared/currency-context';

/** The widest the R×F grid and the cohort chart are drawn: on a wider screen they stay this size. */
const RF_GRID_WIDTH = 560;
const COHORTS_WIDTH = 760;

interface Props {
  data: ChartData | null;
  failure: string | null;
  view: SegmentView;
  /** Called when the panel comes near the screen: the cue to fetch the charts' data. */
  onVisible(): void;
  /** Why the cohort chart cannot be drawn (a customer table has no months of purchases), when so. */
  cohortsUnavailable?: string;
}

/** The charts: the R×F grid, the three distributions, revenue concentration and cohort retention. */
export function ChartsPanel({ data, failure, view, onVisible, cohortsUnavailable }: Props) {
  const panel = useWhenNearView<HTMLElement>(onVisible);
  return (
    <section
      ref={panel}
      className="card charts"
      data-testid="charts"
      data-state={data ? 'ready' : failure ? 'error' : 'loading'}
      aria-labelledby="charts-title"
    >
      <h2 id="charts-title">Charts</h2>
      {failure && <p className="field-error">The charts could not be drawn: {failure}</p>}
      {!data && !failure && <p className="muted">Drawing the charts…</p>}
      {data && <Charts data={data} view={view} cohortsUnavailable={cohortsUnavailable} />}
    </section>
  );
}

function Charts({ data, view, cohortsUnavailable }: { data: ChartData; view: SegmentView; cohortsUnavailable?: string }) {
  const { tierRules } = view.params;
  const money = useMoney();
  const grid = useMemo(() => (width: number | null) => rfGridOptions(data.grid, Math.min(RF_GRID_WIDTH, width ?? RF_GRID_WIDTH), money), [data, money]);
  const distributions = useMemo(
    () =>
      data.distributions.map((distribution) => ({
        distribution,
        options: distributionOptions(
          distribution,
          distributionMarkers(distribution.measure, data.boundaries, tierRules, money),
          undefined,
          money,
        ),
      })),
    [data, tierRules, money],
  );
  const concentration = useMemo(() => concentrationOptions(data.concentration), [data]);
  const cohorts = useMemo(() => (width: number | null) => cohortOptions(data.cohorts, Math.min(COHORTS_WIDTH, width ?? COHORTS_WIDTH)), [data]);
  const highlights = concentrationHighlights(data.concentration);
  return (
    <div className="chart-grid">
      <PlotFigure
        options={grid}
        testId="chart-rf-grid"
        fileName="rfm-grid"
        title="R × F grid"
        caption="Customers per combination of recency and frequency score, with their average spend (⌀). Top right: recent and frequent."
      />
      <PlotFigure
        options={concentration}
        testId="chart-concentration"
        fileName="revenue-concentration"
        title="Revenue concentration"
        caption={highlights.map(highlightSentence).join(' · ')}
      />
      <div className="chart-row">
        {distributions.map(({ distribution, options }) => (
          <PlotFigure
            key={distribution.measure}
            options={options}
            testId={`chart-distribution-${distribution.measure}`}
            fileName={`distribution-${distribution.measure}`}
            title={MEASURE_LABELS[distribution.measure]}
            caption={`${distribution.log ? 'Skewed, so on a log scale. ' : ''}Red: the bounds of the tier rules; dashed: where each RFM score begins.`}
          />
        ))}
      </div>
      {cohortsUnavailable ? (
        <p className="muted small" data-testid="chart-cohorts-unavailable">
          {cohortsUnavailable}
        </p>
      ) : (
        <PlotFigure
          options={cohorts}
          testId="chart-cohorts"
          fileName="cohort-retention"
          title="Monthly cohort retention"
          caption="Rows: the month of a customer's first purchase (month 0 shows how many). Columns: the share of that cohort who bought again n months later."
        />
      )}
    </div>
  );
}
