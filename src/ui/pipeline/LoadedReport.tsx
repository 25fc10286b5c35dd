import type { EngineClient } from '../../engine/client';
import type { LoadResult } from '../../protocol/load';
import { CleaningReport } from '../load/CleaningReport';
import type { LoadActions } from '../load/use-analysis';
import { CustomerTableReport } from './CustomerTableReport';
import { PipelineDownloads } from './PipelineDownloads';
import './pipeline.css';

/** The report on what was loaded: order lines with the way to run the same pipeline elsewhere, or a customer table. */
export function LoadedReport({ engine, loaded, actions }: { engine: EngineClient; loaded: LoadResult; actions: LoadActions | null }) {
  if (loaded.source === 'customer-table') return <CustomerTableReport loaded={loaded} />;
  return (
    <div className="loaded-report">
      <CleaningReport engine={engine} loaded={loaded} actions={actions} />
      <PipelineDownloads engine={engine} />
    </div>
  );
}
