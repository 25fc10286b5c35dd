import { useEffect, useState } from 'react';
import type { EngineClient } from '../../../engine/client';
import type { ClusterSummary } from '../../../protocol/clusters';
import type { LoadResult } from '../../../protocol/load';

interface Request {
  loaded: LoadResult;
  referenceDate: string;
  /** null: the k with the best silhouette. */
  k: number | null;
}

interface Answer {
  request: Request;
  summary: ClusterSummary | null;
  error: string | null;
}

export interface ClustersState {
  /** The latest clusters of this file (those of an earlier k or date while newer ones are fitted). */
  summary: ClusterSummary | null;
  /** The engine is fitting or relabelling for the current request. */
  working: boolean;
  error: string | null;
  /** The k asked for; null for the best by silhouette. */
  k: number | null;
  setK(k: number | null): void;
}

/**
 * The k-means clusters of the loaded file, asked for as soon as it is loaded: the engine fits them on
 * workers of its own, so nothing on the page waits. A new reference date fits again; another k
 * reuses the fit. Answers to requests that have since been replaced are dropped.
 */
export function useClusters(engine: EngineClient, loaded: LoadResult | null, referenceDate: string | null): ClustersState {
  const [chosen, setChosen] = useState<{ loaded: LoadResult; k: number | null } | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const k = loaded && chosen?.loaded === loaded ? chosen.k : null;
  const [request, setRequest] = useState<Request | null>(null);
  if (loaded && referenceDate && (request?.loaded !== loaded || request.referenceDate !== referenceDate || request.k !== k)) {
    setRequest({ loaded, referenceDate, k });
  }

  useEffect(() => {
    if (!request) return;
    let live = true;
    engine.clusters(request.referenceDate, request.k).then(
      (summary) => live && setAnswer({ request, summary, error: null }),
      (error: unknown) => live && setAnswer({ request, summary: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [engine, request]);

  const sameFile = answer?.request.loaded === loaded ? answer : null;
  return {
    summary: sameFile?.summary ?? null,
    working: request !== null && answer?.request !== request,
    error: answer?.request === request ? (answer?.error ?? null) : null,
    k,
    setK: (next) => loaded && setChosen({ loaded, k: next }),
  };
}
