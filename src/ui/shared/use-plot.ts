import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

/** Draws an Observable Plot chart into the returned element, and removes it when the options change. */
export function usePlot(options: Plot.PlotOptions, ariaLabel: string) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = Plot.plot({ ...options, ariaLabel });
    holder.current?.append(chart);
    return () => chart.remove();
  }, [options, ariaLabel]);
  return holder;
}
