import { ChartDownloads } from './ChartDownloads';
import { usePlot, type ChartOptions } from './use-plot';

interface Props {
  options: ChartOptions;
  /** data-testid of the figure, e.g. `chart-rf-grid`. */
  testId: string;
  /** File name without extension for downloads. */
  fileName: string;
  title: string;
  caption?: string;
}

/** An Observable Plot chart: appended on render, removed on cleanup, with SVG/PNG downloads. */
export function PlotFigure({ options, testId, fileName, title, caption }: Props) {
  const holder = usePlot(options, title);
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>
        <span className="chart-title">{title}</span>
        <ChartDownloads target={holder} baseName={fileName} label={title} />
      </figcaption>
      <div ref={holder} className="chart-body" />
      {caption && <p className="muted small">{caption}</p>}
    </figure>
  );
}
