import type { EngineClient } from '../../engine/client';
import type { ReadOptions } from '../../protocol/load';
import type { LoadPlan } from '../../model/load/load-plan';
import { ColumnMapping } from './mapping/ColumnMapping';
import { ProgressBar, type ShownProgress } from './ProgressBar';
import type { MappingState } from './mapping/use-mapping-flow';

interface Props {
  engine: EngineClient;
  working: boolean;
  progress: ShownProgress | null;
  mapping: MappingState | null;
  onConfirm(plan: LoadPlan): void;
  onReadOptions(options: ReadOptions): void;
  onClose(): void;
}

/** Between choosing files and the results: the progress of reading them, or the mapping screen. */
export function LoadPanel({ engine, working, progress, mapping, onConfirm, onReadOptions, onClose }: Props) {
  return (
    <>
      {working && progress && <ProgressBar progress={progress} />}
      {!working && mapping && (
        <ColumnMapping
          key={`${mapping.preview.signature}:${JSON.stringify(mapping.readOptions)}:${mapping.question ? 'ask' : ''}`}
          engine={engine}
          state={mapping}
          onConfirm={onConfirm}
          onReadOptions={onReadOptions}
          onClose={onClose}
        />
      )}
    </>
  );
}
