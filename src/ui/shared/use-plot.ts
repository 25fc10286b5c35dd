import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { fitToWidth } from '../../charts/fit-width';
import { useElementWidth } from './use-element-width';

/**
 * A chart's options, or a function that makes them for the width there is (null before it is
 * measured), for a chart that draws differently when narrow (fewer labels, say).
 */
export type ChartOptions = Plot.PlotOptions | ((width: number | null) => Plot.PlotOptions);

/**
 * Draws an Observable Plot chart into the returned element, and removes it when the options change.
 * The chart is one image to assistive technology, named by `ariaLabel`: Plot labels each mark's
 * group ("line", "area"), which ARIA allows only on an element with a role, and which says nothing
 * to a listener anyway, so those labels become data attributes.
 */
export function usePlot(options: ChartOptions, ariaLabel: string) {
  const holder = useRef<HTMLDivElement>(null);
  // Redrawn to the holder's width (a phone, a narrower window) rather than scaled down.
  const width = useElementWidth(holder);
  useEffect(() => {
    const drawn = typeof options === 'function' ? options(width) : options;
    const chart = Plot.plot({ ...fitToWidth(drawn, width), ariaLabel });
    for (const svg of labelledCharts(chart)) asOneImage(svg);
    holder.current?.append(chart);
    return () => chart.remove();
  }, [options, ariaLabel, width]);
  return holder;
}

/** Moves Plot's names of the marks (`line`, `cell`) to `data-mark`, where tests and tools still find them. */
function asOneImage(svg: Element): void {
  svg.setAttribute('role', 'img');
  for (const group of svg.querySelectorAll('[aria-label]')) {
    group.setAttribute('data-mark', group.getAttribute('aria-label')!);
    group.removeAttribute('aria-label');
  }
}

/** The plot's own SVG: the chart itself, or inside the figure Plot wraps it in when it has a legend. */
function labelledCharts(chart: Element): Element[] {
  const svgs = chart instanceof SVGSVGElement ? [chart] : [...chart.querySelectorAll('svg')];
  return svgs.filter((svg) => svg.hasAttribute('aria-label'));
}
