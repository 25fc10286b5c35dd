import { useMemo } from 'react';
import type { EngineClient } from '../../engine/client';
import { MEDIAN_MEASURES, MEDIAN_TITLES, medianOf, segmentMedianOptions } from '../../charts/insights/segment-medians';
import { unavailableText } from '../../model/pipeline/unavailable-features';
import type { RfmRules } from '../../model/segments/rfm-segments';
import type { Segmentation, SegmentInfo } from '../../model/segments/segment-info';
import { formatCount } from '../../model/shared/format';
import type { SegmentComparison } from '../../protocol/insights';
import type { LoadResult } from '../../protocol/load';
import type { SegmentParams } from '../../protocol/segments';
import { useMoney } from '../shared/currency-context';
import { PlotFigure } from '../shared/PlotFigure';
import { useWhenNearView } from '../shared/use-when-near-view';
import { TableScroll } from '../shared/TableScroll';
import { TopProducts } from './TopProducts';
import './insights.css';
import { useSegmentComparison } from './use-segment-comparison';

interface Props {
  engine: EngineClient;
  loaded: LoadResult;
  params: SegmentParams;
  rules: RfmRules;
  segmentation: Segmentation;
  /** The segments of the segmentation shown, in the page's order, with their names and colours. */
  infos: readonly SegmentInfo[];
  /** Changes when the clusters do. */
  version: string;
}

/** How the segments on the page compare: their typical customer, and what each buys. */
export function SegmentComparisonPanel({ engine, loaded, params, rules, segmentation, infos, version }: Props) {
  const { comparison, shown, onVisible } = useSegmentComparison(engine, loaded, params, rules, segmentation, version);
  const panel = useWhenNearView<HTMLElement>(onVisible);
  return (
    <section ref={panel} className="card" data-testid="segment-comparison" data-state={comparison.state} data-segmentation={segmentation} aria-busy={comparison.state === 'loading'} aria-labelledby="comparison-title">
      <h2 id="comparison-title">How the segments compare</h2>
      {comparison.state === 'error' && <p role="alert">{comparison.message}</p>}
      {comparison.state === 'loading' && <p className="muted">Comparing the segments…</p>}
      {comparison.state !== 'error' && shown?.segmentation === segmentation && (
        <>
          <Medians comparison={shown} infos={infos} />
          {loaded.source === 'customer-table' ? (
            <p className="muted">{unavailableText('products')}</p>
          ) : shown.products === null ? (
            <p className="muted" data-testid="no-products">
              This file has no product column, so there are no top products to show. Map a product or description column to see what each segment buys.
            </p>
          ) : (
            <TopProducts products={shown.products} infos={infos} />
          )}
        </>
      )}
    </section>
  );
}

/** The three medians as bar charts, and the same figures as a table. */
function Medians({ comparison, infos }: { comparison: SegmentComparison; infos: readonly SegmentInfo[] }) {
  const money = useMoney();
  const charts = useMemo(() => MEDIAN_MEASURES.map((measure) => ({ measure, options: segmentMedianOptions(comparison.medians, measure, infos, 360, money) })), [comparison, infos, money]);
  const rows = infos.flatMap((info) => comparison.medians.filter((row) => row.segment === info.id).map((row) => ({ info, row })));
  return (
    <>
      <div className="median-charts">
        {charts.map(({ measure, options }) => (
          <PlotFigure key={measure} options={options} testId={`chart-median-${measure}`} fileName={`segment-median-${measure}`} title={MEDIAN_TITLES[measure]} />
        ))}
      </div>
      <TableScroll label="Medians per segment">
        <table className="numbers" data-testid="segment-medians">
          <caption className="visually-hidden">Median recency, orders and spend per segment</caption>
          <thead>
            <tr>
              <th scope="col">Segment</th>
              <th scope="col">Customers</th>
              {MEDIAN_MEASURES.map((measure) => (
                <th key={measure} scope="col">
                  {MEDIAN_TITLES[measure]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ info, row }) => (
              <tr key={info.id} data-segment={info.id} data-customers={row.customers} data-median-recency={row.medianRecencyDays} data-median-frequency={row.medianFrequency} data-median-monetary={row.medianMonetary}>
                <th scope="row">{info.label}</th>
                <td>{formatCount(row.customers)}</td>
                <td>{formatMedian(medianOf(row, 'recency'))}</td>
                <td>{formatMedian(medianOf(row, 'frequency'))}</td>
                <td>{money.format(medianOf(row, 'monetary'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** A median of whole numbers is a whole number or lies halfway between two. */
function formatMedian(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}
