import * as Plot from '@observablehq/plot';
import type { RfGridCell } from '../../protocol/explore';
import { formatCount } from '../../model/shared/format';
import { PLAIN_MONEY, type MoneyFormat } from '../../model/shared/money-format';

/** One of the 25 cells: R score (rows, 5 on top) × F score (columns), empty cells included. */
export interface RfGridTile {
  r: number;
  f: number;
  customers: number;
  /** null when no customer has this combination. */
  averageMonetary: number | null;
  /** Share of all customers, 0–1. */
  share: number;
}

const SCORES = [1, 2, 3, 4, 5];

export function rfGridTiles(cells: readonly RfGridCell[]): RfGridTile[] {
  const total = cells.reduce((sum, cell) => sum + cell.customers, 0);
  return SCORES.flatMap((r) =>
    SCORES.map((f) => {
      const cell = cells.find((candidate) => candidate.rScore === r && candidate.fScore === f);
      return {
        r,
        f,
        customers: cell?.customers ?? 0,
        averageMonetary: cell ? cell.averageMonetary : null,
        share: total === 0 || !cell ? 0 : cell.customers / total,
      };
    }),
  );
}

export function rfGridLabel(tile: RfGridTile, money: MoneyFormat = PLAIN_MONEY): string {
  if (tile.customers === 0) return '–';
  return `${formatCount(tile.customers)}\n⌀ ${money.format(tile.averageMonetary ?? 0)}`;
}

/** The classic RFM view: customers per R×F cell, shaded by count, with their average spend. */
export function rfGridOptions(cells: readonly RfGridCell[], width = 560, money: MoneyFormat = PLAIN_MONEY): Plot.PlotOptions {
  const tiles = rfGridTiles(cells);
  const most = Math.max(1, ...tiles.map((tile) => tile.customers));
  return {
    width,
    height: Math.round(width * 0.75),
    marginLeft: 60,
    marginBottom: 44,
    x: { domain: SCORES, label: 'F score (frequency) →', tickSize: 0 },
    y: { domain: [...SCORES].reverse(), label: '↑ R score (recency)', tickSize: 0 },
    color: { type: 'sqrt', scheme: 'blues', domain: [0, most], legend: false },
    marks: [
      Plot.cell(tiles, {
        x: 'f',
        y: 'r',
        fill: 'customers',
        inset: 1,
        title: (tile: RfGridTile) =>
          `R ${tile.r} · F ${tile.f}\n${formatCount(tile.customers)} customers (${(100 * tile.share).toFixed(1)}%)` +
          (tile.averageMonetary === null ? '' : `\naverage spend ${money.format(tile.averageMonetary)}`),
      }),
      Plot.text(tiles, {
        x: 'f',
        y: 'r',
        text: (tile: RfGridTile) => rfGridLabel(tile, money),
        // White on the darker half of the sqrt scale.
        fill: (tile: RfGridTile) => (Math.sqrt(tile.customers / most) > 0.55 ? 'white' : '#1d2430'),
        fontSize: 12,
        lineHeight: 1.3,
      }),
    ],
  };
}
