import type * as Plot from '@observablehq/plot';

/** Plot's own width when a chart names none. */
const PLOT_DEFAULT_WIDTH = 640;
/** The least room a label on a band axis (a month, a score) needs to stay apart from its neighbours. */
const MIN_BAND_LABEL_PX = 22;

/**
 * A chart drawn for the room it has: never wider than it was designed, narrower when its holder is
 * (a phone), so that it is redrawn rather than scaled down into unreadable labels. Plot already
 * spaces the ticks of a continuous axis by width; a crowded band axis (one label per value) keeps
 * every n-th label instead.
 */
export function fitToWidth(options: Plot.PlotOptions, available: number | null): Plot.PlotOptions {
  const designed = options.width ?? PLOT_DEFAULT_WIDTH;
  const width = available !== null && available > 0 && available < designed ? Math.floor(available) : designed;
  const x = options.x && thinnedBandTicks(options.x, width - (options.marginLeft ?? 40) - (options.marginRight ?? 20));
  if (width === designed && x === options.x) return options;
  return { ...options, ...(width !== designed && { width }), ...(x && { x }) };
}

function thinnedBandTicks(x: Plot.ScaleOptions, room: number): Plot.ScaleOptions {
  const domain = x.domain;
  // A continuous domain is two ends, not one label per value.
  if (!Array.isArray(domain) || domain.length <= 2 || x.ticks !== undefined || domain.length * MIN_BAND_LABEL_PX <= room) return x;
  const every = Math.ceil((domain.length * MIN_BAND_LABEL_PX) / Math.max(room, MIN_BAND_LABEL_PX));
  return { ...x, ticks: domain.filter((_, index) => index % every === 0) };
}
