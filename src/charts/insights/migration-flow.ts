import * as Plot from '@observablehq/plot';
import type { MigrationCell, MigrationFrom } from '../../model/insights/migration';
import { formatCount } from '../../model/shared/format';
import { PLAIN_MONEY, type MoneyFormat } from '../../model/shared/money-format';
import { TIERS, tierInfo, type TierId } from '../../model/segments/tiers';

const FROM_LABELS: string[] = [...TIERS.map((tier) => tier.label), 'New'];
const TO_LABELS: string[] = TIERS.map((tier) => tier.label);

export function fromLabel(from: MigrationFrom): string {
  return from === 'new' ? 'New' : tierInfo(from).label;
}

export function toLabel(to: TierId): string {
  return tierInfo(to).label;
}

/**
 * The flow from the earlier tiers (rows, `New` last) to the current ones (columns), one tile per
 * non-empty pair shaded by customers; the diagonal is who stayed. A matrix reads more exactly than
 * ribbons when most customers stay put.
 */
export function migrationFlowOptions(cells: readonly MigrationCell[], width = 560, money: MoneyFormat = PLAIN_MONEY): Plot.PlotOptions {
  const most = Math.max(1, ...cells.map((cell) => cell.customers));
  return {
    width,
    height: Math.round(width * 0.6),
    marginLeft: 110,
    marginBottom: 44,
    x: { domain: TO_LABELS, label: 'Now →', axis: 'bottom', tickSize: 0 },
    y: { domain: FROM_LABELS, label: '↑ Before', tickSize: 0 },
    color: { type: 'sqrt', scheme: 'blues', domain: [0, most], legend: false },
    marks: [
      Plot.cell(cells, {
        x: (cell: MigrationCell) => toLabel(cell.to),
        y: (cell: MigrationCell) => fromLabel(cell.from),
        fill: 'customers',
        inset: 1,
        title: (cell: MigrationCell) =>
          `${fromLabel(cell.from)} → ${toLabel(cell.to)}\n${formatCount(cell.customers)} customers\nrevenue ${money.format(cell.revenueCents / 100)}`,
      }),
      Plot.text(cells, {
        x: (cell: MigrationCell) => toLabel(cell.to),
        y: (cell: MigrationCell) => fromLabel(cell.from),
        text: (cell: MigrationCell) => formatCount(cell.customers),
        // White on the darker half of the sqrt scale.
        fill: (cell: MigrationCell) => (Math.sqrt(cell.customers / most) > 0.55 ? 'white' : '#1d2430'),
        fontSize: 12,
      }),
    ],
  };
}
