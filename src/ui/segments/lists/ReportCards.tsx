import type { ReactNode } from 'react';
import type { CustomerRow, SegmentView } from '../../../protocol/segments';
import { formatCount, moneyAttribute } from '../../../model/shared/format';
import { tierRuleWords } from '../../../model/segments/tier-rules/rule-words';
import type { TierId } from '../../../model/segments/tiers';
import { SegmentPlay } from '../../campaigns/SegmentPlay';
import { useRevenueText } from '../../shared/currency-totals';
import { CustomerList } from './CustomerList';

interface ReportProps {
  view: SegmentView;
  onExport(segment: TierId): void;
}

/** High-value customers who have gone quiet: the revenue that is about to leak away. */
export function RevenueLeak({ view, onExport }: ReportProps) {
  const totals = totalsOf(view, 'at_risk_whale');
  const revenue = useRevenueText('tiers').text('at_risk_whale', totals.revenue);
  return (
    <ReportCard
      view={view}
      tier="at_risk_whale"
      testId="revenue-leak"
      className="leak"
      title="Revenue Leak"
      rows={view.revenueLeak}
      caption="At-Risk Whales"
      exportLabel="Export the Revenue Leak list"
      onExport={onExport}
    >
      <p className="headline">
        <strong>{revenue}</strong> of lifetime revenue sits with <strong>{formatCount(totals.customers)}</strong> At-Risk Whales:{' '}
        {tierRuleWords(view.params.tierRules, 'at_risk_whale')}.
      </p>
      <p className="muted">
        Win them back personally, before they are gone: a note from the owner, a reason to return, a call for the largest. Largest
        first{view.reportsFor && totals.customers > view.revenueLeak.length ? ` (top ${view.revenueLeak.length} shown; export for all)` : ''}.
      </p>
    </ReportCard>
  );
}

/** Loyal high spenders: protect the margin with VIP treatment rather than discounts. */
export function MarginProtection({ view, onExport }: ReportProps) {
  const totals = totalsOf(view, 'champion');
  const revenue = useRevenueText('tiers').text('champion', totals.revenue);
  return (
    <ReportCard
      view={view}
      tier="champion"
      testId="margin-protection"
      className="protect"
      title="Margin Protection"
      rows={view.marginProtection}
      caption="Champions"
      exportLabel="Export the Champions list"
      onExport={onExport}
    >
      <p className="headline">
        <strong>{formatCount(totals.customers)}</strong> Champions bought <strong>{revenue}</strong>:{' '}
        {tierRuleWords(view.params.tierRules, 'champion')}.
      </p>
      <p className="muted">
        They already buy at full price: keep them out of discount campaigns and move them to a VIP / early-access track instead
        (new products first, priority service, invitations).
      </p>
    </ReportCard>
  );
}

interface CardProps extends ReportProps {
  tier: TierId;
  testId: string;
  className: string;
  title: string;
  rows: readonly CustomerRow[];
  caption: string;
  exportLabel: string;
  children: ReactNode;
}

/**
 * A report: its tier's totals and the rules in force (data attributes, the automation contract), what
 * to do, the biggest customers and an export. The totals are always current; the list says when it
 * is still for earlier rules, or not here yet after a load (`data-state="updating"`).
 */
function ReportCard({ view, tier, testId, className, title, rows, caption, exportLabel, onExport, children }: CardProps) {
  const totals = totalsOf(view, tier);
  const current = view.reportsFor === view.params;
  return (
    <section
      className={`card report ${className}`}
      data-testid={testId}
      data-customers={totals.customers}
      data-revenue={moneyAttribute(totals.revenue)}
      data-rules={view.ruleSet.preset}
      data-state={current ? 'ready' : 'updating'}
      aria-busy={!current}
    >
      <h2>{title}</h2>
      {children}
      <p className="report-play">
        Play: <SegmentPlay segmentation="tiers" segment={tier} testId="report-play" />
      </p>
      {view.reportsFor ? <CustomerList rows={rows} caption={caption} showTier={false} /> : <p className="muted">Listing the customers…</p>}
      <button type="button" className="button small" onClick={() => onExport(tier)}>
        {exportLabel}
      </button>
    </section>
  );
}

function totalsOf(view: SegmentView, tier: TierId) {
  return view.totals.find((row) => row.segment === tier)!;
}
