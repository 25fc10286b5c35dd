import { useState, type RefObject } from 'react';
import { downloadChart } from './chart-download';

interface Props {
  /** The element holding the chart's <svg>. */
  target: RefObject<HTMLElement | null>;
  baseName: string;
  label: string;
}

/** SVG and PNG buttons for one chart; a failure is shown next to them. */
export function ChartDownloads({ target, baseName, label }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const save = async (format: 'svg' | 'png') => {
    const svg = target.current?.querySelector('svg');
    if (!svg) return;
    try {
      setProblem(null);
      await downloadChart(svg, baseName, format);
    } catch (error) {
      setProblem(`Could not save the ${format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div className="chart-downloads">
      <button type="button" className="button small" data-testid="download-svg" aria-label={`Download ${label} as SVG`} onClick={() => save('svg')}>
        SVG
      </button>
      <button type="button" className="button small" data-testid="download-png" aria-label={`Download ${label} as PNG`} onClick={() => save('png')}>
        PNG
      </button>
      {problem && <span className="field-error">{problem}</span>}
    </div>
  );
}
