import type { ReactNode } from 'react';
import { formatCount, moneyAttribute } from '../../model/shared/format';
import type { TierId } from '../../model/segments/tiers';
import type { LoadResult } from '../../protocol/load';
import type { SegmentView } from '../../protocol/segments';
import type { PredictionState } from '../predict/use-predictions';
import { useRevenueText } from '../shared/currency-totals';
import { JumpLink } from './JumpLink';
import type { SectionId } from './sections';
import './sections.css';

interface Props {
  view: SegmentView;
  loaded: LoadResult;
  predictions: PredictionState | null;
  /** Selects a tier and shows its campaign. */
  onCampaign(tier: TierId): void;
  onGo(section: SectionId): void;
}

/** The few numbers that matter, each with the one thing to do about it; the sections below hold the rest. */
export function Overview({ view, loaded, predictions, onCampaign, onGo }: Props) {
  const revenue = useRevenueText('tiers');
  const whales = totalsOf(view, 'at_risk_whale');
  const champions = totalsOf(view, 'champion');
  return (
    <div className="overview" data-testid="overview">
      <Figure
        testId="overview-at-stake"
        tone="leak"
        label="Revenue at stake"
        figure={revenue.text('at_risk_whale', whales.revenue)}
        data={{ 'data-customers': whales.customers, 'data-revenue': moneyAttribute(whales.revenue) }}
        action={<JumpLink section="campaigns" onFollow={() => onCampaign('at_risk_whale')}>Win them back: the campaign</JumpLink>}
      >
        spent by {formatCount(whales.customers)} big spenders who have gone quiet (At-Risk Whales).
      </Figure>
      <Figure
        testId="overview-champions"
        tone="protect"
        label="Champions"
        figure={formatCount(champions.customers)}
        data={{ 'data-customers': champions.customers, 'data-revenue': moneyAttribute(champions.revenue) }}
        action={<JumpLink section="campaigns" onFollow={() => onCampaign('champion')}>Keep them close: the VIP campaign</JumpLink>}
      >
        loyal customers who bought {revenue.text('champion', champions.revenue)}. Protect the margin: no discounts.
      </Figure>
      <ChurnFigure predictions={predictions} onGo={onGo} />
      <Figure
        testId="overview-customers"
        label="Customers"
        figure={formatCount(loaded.customers)}
        data={{ 'data-customers': loaded.customers }}
        action={<JumpLink section="data" onFollow={() => onGo('data')}>What was read and cleaned</JumpLink>}
      >
        from {formatCount(loaded.counts.kept)} of {formatCount(loaded.counts.rows)} order lines, {loaded.firstDate} to {loaded.lastDate}.
      </Figure>
    </div>
  );
}

/** Predicted churners once the models are fitted; until then, that they are being fitted. */
function ChurnFigure({ predictions, onGo }: { predictions: PredictionState | null; onGo(section: SectionId): void }) {
  const outlook = predictions?.result?.current.outlook ?? null;
  const waiting = predictions !== null && predictions.result === null && predictions.error === null;
  return (
    <Figure
      testId="overview-churn"
      label="Unlikely to buy in 30 days"
      figure={outlook ? formatCount(outlook.unlikelyToBuy30d) : waiting ? '…' : '–'}
      data={outlook ? { 'data-customers': outlook.unlikelyToBuy30d } : {}}
      action={<JumpLink section="predictions" onFollow={() => onGo('predictions')}>Who, by value at stake</JumpLink>}
    >
      {outlook
        ? `of ${formatCount(outlook.predicted)} customers, as the purchase models predict.`
        : waiting
          ? 'The models are being fitted in the background.'
          : 'No predictions for this file: the Predictions section says why.'}
    </Figure>
  );
}

interface FigureProps {
  testId: string;
  label: string;
  figure: string;
  tone?: 'leak' | 'protect';
  data: Record<`data-${string}`, string | number>;
  action: ReactNode;
  children: ReactNode;
}

function Figure({ testId, label, figure, tone, data, action, children }: FigureProps) {
  return (
    // A group, not a landmark: the page's landmarks are its sections.
    <div className={`card overview-figure${tone ? ` ${tone}` : ''}`} role="group" data-testid={testId} aria-label={label} {...data}>
      <p className="overview-label">{label}</p>
      <p className="overview-number">{figure}</p>
      <p className="overview-words">{children}</p>
      <p className="overview-action">{action}</p>
    </div>
  );
}

function totalsOf(view: SegmentView, tier: TierId) {
  return view.totals.find((row) => row.segment === tier)!;
}
