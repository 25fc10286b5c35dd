import type { SegmentView } from '../engine/api';
import { formatCount, formatMoney, moneyAttribute } from '../model/format';
import type { TierId } from '../model/tiers';
import { CustomerList } from './CustomerList';

interface ReportProps {
  view: SegmentView;
  onExport(segment: TierId): void;
}

/** High-value customers who have gone quiet: the revenue that is about to leak away. */
export function RevenueLeak({ view, onExport }: ReportProps) {
  const totals = view.totals.find((row) => row.segment === 'at_risk_whale')!;
  return (
    <section className="card report leak" data-testid="revenue-leak" data-customers={totals.customers} data-revenue={moneyAttribute(totals.revenue)}>
      <h2>Revenue Leak</h2>
      <p className="headline">
        <strong>{formatMoney(totals.revenue)}</strong> of lifetime revenue sits with{' '}
        <strong>{formatCount(totals.customers)}</strong> high-value customers who have not bought for more than{' '}
        {view.params.activeDays} days.
      </p>
      <p className="muted">
        Win them back personally, before they are gone: a note from the owner, a reason to return, a call for the largest. Largest
        first{totals.customers > view.revenueLeak.length ? ` (top ${view.revenueLeak.length} shown; export for all)` : ''}.
      </p>
      <CustomerList rows={view.revenueLeak} caption="At-Risk Whales" showTier={false} />
      <button type="button" className="button small" onClick={() => onExport('at_risk_whale')}>
        Export the Revenue Leak list
      </button>
    </section>
  );
}

/** Loyal high spenders: protect the margin with VIP treatment rather than discounts. */
export function MarginProtection({ view, onExport }: ReportProps) {
  const totals = view.totals.find((row) => row.segment === 'champion')!;
  return (
    <section
      className="card report protect"
      data-testid="margin-protection"
      data-customers={totals.customers}
      data-revenue={moneyAttribute(totals.revenue)}
    >
      <h2>Margin Protection</h2>
      <p className="headline">
        <strong>{formatCount(totals.customers)}</strong> Champions bought <strong>{formatMoney(totals.revenue)}</strong> and are still
        buying.
      </p>
      <p className="muted">
        They already buy at full price: keep them out of discount campaigns and move them to a VIP / early-access track instead
        (new products first, priority service, invitations).
      </p>
      <CustomerList rows={view.marginProtection} caption="Champions" showTier={false} />
      <button type="button" className="button small" onClick={() => onExport('champion')}>
        Export the Champions list
      </button>
    </section>
  );
}
