import { useCallback, useMemo, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import type { CustomerFacts } from '../../model/campaigns/customer-facts';
import type { RfmBucketId, RfmRules } from '../../model/segments/rfm-segments';
import type { TierId } from '../../model/segments/tiers';
import { formatCount } from '../../model/shared/format';
import type { SegmentParams } from '../../protocol/segments';
import type { ShownSegmentation } from '../segments/use-segmentation';
import { useMoney } from '../shared/currency-context';
import { CampaignExports } from './CampaignExports';
import { DraftMessages } from './DraftMessages';
import { PlayCard } from './PlayCard';
import { usePlaybook } from './playbook-context';
import { segmentKeyOf } from './segment-key';
import { ShopNameField } from './ShopNameField';
import { TemplateEditor } from './TemplateEditor';
import { useCampaignExport } from './use-campaign-export';
import { useCampaignPage, type CampaignSource } from './use-campaign-page';
import { useCampaignDrafts } from './use-campaign-drafts';
import { useMessageSettings } from './use-message-settings';
import './campaigns.css';

export const DRAFTS_PER_PAGE = 10;

interface Props {
  engine: EngineClient;
  params: SegmentParams;
  rules: RfmRules;
  shown: Pick<ShownSegmentation, 'kind' | 'selected' | 'selectedTotal'>;
  onError(error: unknown): void;
}

/** From the selected segment to a campaign: its play, a draft per customer, and lists for the tools shops use. */
export function CampaignPanel({ engine, params, rules, shown, onError }: Props) {
  const source = useCampaignSource(engine, params, rules, shown);
  const settings = useMessageSettings(source.segment.key);
  const [offset, setOffset] = usePageOffset(source.segment.key);
  const page = useCampaignPage(source, offset, DRAFTS_PER_PAGE);
  const { templates, shop } = settings;
  const drafts = useCampaignDrafts(source.segment.key, templates, shop, page.customers);
  const { draftOf } = drafts;
  const exports = useCampaignExport(source, useCallback((facts: CustomerFacts) => draftOf(facts).draft, [draftOf]), onError);
  return (
    <section className="card campaign" data-testid="campaign" data-segment={shown.selected.id} aria-labelledby="campaign-title">
      <h2 id="campaign-title">
        Campaign: {shown.selected.label} <span className="muted">· {formatCount(shown.selectedTotal)} customers</span>
      </h2>
      <p className="muted">
        The play for these customers, a message for each written from their own history, and lists for your e-mail or shop tool. Everything is made in
        this browser; nothing is sent anywhere.
      </p>
      <PlayCard segmentKey={source.segment.key} />
      <div className="grid two">
        <TemplateEditor templates={templates} edited={settings.edited} onChange={settings.editTemplate} onReset={settings.resetTemplates} />
        <ShopNameField shop={shop} onChange={settings.setShop} />
      </div>
      <DraftMessages
        page={page}
        offset={offset}
        pageSize={DRAFTS_PER_PAGE}
        onPage={setOffset}
        writer={drafts.writer}
        onWriter={drafts.setWriter}
        onDevice={drafts.onDevice}
        onWriteOnDevice={drafts.writeOnDevice}
        draftOf={draftOf}
        onEdit={drafts.editByHand}
      />
      <CampaignExports segment={shown.selected.id} exports={exports} />
    </section>
  );
}

/** The first draft shown, per segment: another segment starts at its first page. */
function usePageOffset(segmentKey: string): [number, (offset: number) => void] {
  const [at, setAt] = useState({ segmentKey, offset: 0 });
  return [at.segmentKey === segmentKey ? at.offset : 0, (offset) => setAt({ segmentKey, offset })];
}

/** The selected segment as a campaign's source, with its play as the owner left it. */
function useCampaignSource(engine: EngineClient, params: SegmentParams, rules: RfmRules, shown: Props['shown']): CampaignSource {
  const playbook = usePlaybook();
  const { currency } = useMoney();
  const key = segmentKeyOf(shown.kind, shown.selected.id);
  const play = playbook.play(key);
  const { label, id } = shown.selected;
  const segment = useMemo(() => ({ key, label, play }), [key, label, play]);
  const query = useMemo(() => ({ segmentation: shown.kind, segment: id as TierId | RfmBucketId }), [shown.kind, id]);
  const fileCurrency = currency.kind === 'single' ? currency.code : null;
  return useMemo(() => ({ engine, params, rules, query, segment, fileCurrency }), [engine, params, rules, query, segment, fileCurrency]);
}
