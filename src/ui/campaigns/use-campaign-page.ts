import { useEffect, useMemo, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import type { CustomerFacts } from '../../model/campaigns/customer-facts';
import type { RfmRules } from '../../model/segments/rfm-segments';
import type { CampaignQuery, CustomerFactsPage } from '../../protocol/campaigns';
import type { SegmentParams } from '../../protocol/segments';
import { customerFactsOf, type CampaignSegment } from './customer-facts-of';

/** Where a campaign's customers come from: the segment on screen, for the thresholds and rules in force. */
export interface CampaignSource {
  engine: EngineClient;
  params: SegmentParams;
  rules: RfmRules;
  query: Pick<CampaignQuery, 'segmentation' | 'segment'>;
  segment: CampaignSegment;
  /** The file's one currency, for customers whose lines name none. */
  fileCurrency: string | null;
}

export interface CampaignPage {
  customers: CustomerFacts[];
  /** Customers in the segment, all pages. */
  total: number;
  /** False while a newer page is on its way (the older one stays on screen). */
  current: boolean;
  failure: string | null;
}

interface Fetched {
  key: readonly unknown[];
  page: CustomerFactsPage | null;
  failure: string | null;
}

/** One page of the segment's customers, with their facts and the segment's play, biggest spenders first. */
export function useCampaignPage({ engine, params, rules, query, segment, fileCurrency }: CampaignSource, offset: number, limit: number): CampaignPage {
  const { segmentation, segment: segmentId } = query;
  const [fetched, setFetched] = useState<Fetched | null>(null);
  const key = useMemo(() => [params, rules, segmentation, segmentId, offset, limit], [params, rules, segmentation, segmentId, offset, limit]);
  useEffect(() => {
    let live = true;
    engine.customerFacts(params, rules, { segmentation, segment: segmentId, limit, offset, countAll: true }).then(
      (page) => live && setFetched({ key, page, failure: null }),
      (error: unknown) => live && setFetched({ key, page: null, failure: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [engine, key, params, rules, segmentation, segmentId, offset, limit]);
  const page = fetched?.page ?? null;
  // A new play or currency changes what the facts say, not who the customers are: no new query.
  const customers = useMemo(
    () => page?.customers.map((record) => customerFactsOf(record, segment, fileCurrency, page.topProductsBy)) ?? [],
    [page, segment, fileCurrency],
  );
  return { customers, total: page?.total ?? 0, current: fetched?.key === key, failure: fetched?.failure ?? null };
}
