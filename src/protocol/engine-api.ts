import type { CampaignVerbs } from './campaigns';
import type { ClusterVerbs } from './clusters';
import type { ExploreVerbs } from './explore';
import type { ExportVerbs } from './export';
import type { InsightVerbs } from './insights';
import type { KeepVerbs } from './keep';
import type { LoadVerbs } from './load';
import type { PipelineVerbs } from './pipeline';
import type { PredictVerbs } from './predict';
import type { SegmentVerbs } from './segments';

/**
 * Everything the page may ask of the engine worker, one group of verbs per feature. Every shape that
 * crosses is a plain object or typed array (no Arrow tables, no classes): comlink copies it with
 * structured clone, or transfers its buffers.
 */
export interface EngineApi extends LoadVerbs, SegmentVerbs, ClusterVerbs, ExploreVerbs, ExportVerbs, PredictVerbs, PipelineVerbs, CampaignVerbs, KeepVerbs, InsightVerbs {
  /** Resolves once DuckDB has started (files chosen earlier simply wait). */
  whenReady(): Promise<void>;
}
