import { TableScroll } from '../shared/TableScroll';
import { formatCount, formatShare, moneyAttribute } from '../../model/shared/format';
import type { Segmentation, SegmentInfo } from '../../model/segments/segment-info';
import { useRevenueText } from '../shared/currency-totals';

interface SegmentTotal<Id extends string> {
  segment: Id;
  customers: number;
  revenue: number;
}

interface Props<Id extends string> {
  totals: readonly SegmentTotal<Id>[];
  /** First column heading: "Tier" or "Segment". */
  heading: string;
  info(segment: Id): SegmentInfo;
  /** Tiers show their one-line description beside the name; RFM segments as a tooltip. */
  describeInline: boolean;
  selected: Id;
  onSelect(segment: Id): void;
  segmentation?: string;
}

/**
 * Customers and revenue per segment (tiers or RFM), one selectable row each, with a total.
 * With several currencies, revenue is shown per currency and never added across them.
 */
export function SegmentTotalsTable<Id extends string>({ totals, heading, info, describeInline, selected, onSelect, segmentation }: Props<Id>) {
  const totalCustomers = totals.reduce((sum, row) => sum + row.customers, 0);
  const totalRevenue = totals.reduce((sum, row) => sum + row.revenue, 0);
  const kind: Segmentation = segmentation === 'rfm' ? 'rfm' : 'tiers';
  const revenue = useRevenueText(kind);
  return (
    <TableScroll label={`${heading}: customers and revenue`} sideways>
      <table className="numbers selectable" data-testid="segment-summary" data-segmentation={segmentation}>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">Customers</th>
            <th scope="col">Revenue</th>
            <th scope="col">Share of revenue</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((row) => {
            const segment = info(row.segment);
            return (
              <tr
                key={row.segment}
                data-segment={row.segment}
                data-customers={row.customers}
                data-revenue={moneyAttribute(row.revenue)}
                aria-selected={row.segment === selected}
                tabIndex={0}
                onClick={() => onSelect(row.segment)}
                onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && onSelect(row.segment)}
                className={row.customers === 0 ? 'empty' : undefined}
              >
                <th scope="row" title={describeInline ? undefined : segment.description}>
                  <span className="swatch" style={{ background: segment.color }} aria-hidden="true" />
                  {segment.label}
                  {describeInline && <span className="muted small"> · {segment.description}</span>}
                </th>
                <td>{formatCount(row.customers)}</td>
                <td>{revenue.text(row.segment, row.revenue)}</td>
                <td>{revenue.mixed ? '–' : formatShare(row.revenue, totalRevenue)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All customers</th>
            <td>{formatCount(totalCustomers)}</td>
            <td>{revenue.text(null, totalRevenue)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

