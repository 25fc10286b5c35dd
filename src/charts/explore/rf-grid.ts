import * as Plot from '@observablehq/plot';
import type { RfGridCell } from '../../protocol/explore';
import { formatCount } from '../../model/shared/format';
import { PLAIN_MONEY, type MoneyFormat } from '../../model/shared/money-format';

const RF_MARGIN_LEFT = 60;
/** The narrowest cell that shows its customers' average spend under their number. */
const LEAST_SPEND_CELL_PX = 88;

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

/** A cell's figures: its customers, and their average spend when the cell has room for it. */
export function rfGridLabel(tile: RfGridTile, money: MoneyFormat = PLAIN_MONEY, withSpend = true): string {
  if (tile.customers === 0) return '–';
  return withSpend ? `${formatCount(tile.customers)}\n⌀ ${money.format(tile.averageMonetary ?? 0)}` : formatCount(tile.customers);
}

/** The classic RFM view: customers per R×F cell, shaded by count, with their average spend. */
export function rfGridOptions(cells: readonly RfGridCell[], width = 560, money: MoneyFormat = PLAIN_MONEY): Plot.PlotOptions {
  const tiles = rfGridTiles(cells);
  const most = Math.max(1, ...tiles.map((tile) => tile.customers));
  // On a phone a cell is too narrow for a spend such as "⌀ 13,462.31": its tooltip still gives it.
  const withSpend = (width - RF_MARGIN_LEFT - 20) / SCORES.length >= LEAST_SPEND_CELL_PX;
  return {
    width,
    height: Math.round(width * 0.75),
    marginLeft: RF_MARGIN_LEFT,
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
        text: (tile: RfGridTile) => rfGridLabel(tile, money, withSpend),
        // White on the darker half of the sqrt scale.
        fill: (tile: RfGridTile) => (Math.sqrt(tile.customers / most) > 0.55 ? 'white' : '#1d2430'),
        fontSize: 12,
        lineHeight: 1.3,
      }),
    ],
  };
}
