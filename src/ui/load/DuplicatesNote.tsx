import { useEffect, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import type { DuplicateCount, LoadResult } from '../../protocol/load';
import { formatCount } from '../../model/shared/format';
import type { LoadActions } from './use-analysis';

type Counted = { state: 'counted'; count: DuplicateCount } | { state: 'counting' } | { state: 'failed' };

/**
 * The cleaning report's line on lines repeated exactly, with the choice to leave them out. Kept (the
 * default), they are counted only once the results are drawn (protocol/load.ts DuplicateInfo): the
 * line says so meanwhile, and the checkbox shows once there are some to leave out.
 */
export function DuplicatesNote({ engine, loaded, actions }: { engine: EngineClient; loaded: LoadResult; actions?: LoadActions | null }) {
  const counted = useDuplicateCount(engine, loaded);
  const { dropped } = loaded.duplicates;
  const count = counted.state === 'counted' ? counted.count : null;
  return (
    <p className="small" data-testid="duplicates" data-state={counted.state} data-duplicate-lines={count?.lines} data-across-files={count?.acrossFiles}>
      {count === null ? (counted.state === 'counting' ? 'Looking for lines repeated exactly…' : 'Lines repeated exactly could not be counted.') : sentence(count, dropped)}
      {actions && ((count !== null && count.lines > 0) || dropped) && (
        <label className="check">
          {' '}
          <input type="checkbox" data-testid="drop-duplicates" checked={dropped} onChange={(event) => actions.setDropDuplicates(event.target.checked)} /> leave
          duplicates out
        </label>
      )}
    </p>
  );
}

function sentence({ lines, acrossFiles }: DuplicateCount, dropped: boolean): string {
  if (lines === 0) return 'No line repeats another exactly.';
  const across = acrossFiles > 0 ? ` (${formatCount(acrossFiles)} of them repeat a line of another file)` : '';
  return `${formatCount(lines)} lines are identical in every column to an earlier line${across}; ${dropped ? 'they are left out.' : 'they are kept, as exported.'}`;
}

const asked = new WeakMap<LoadResult, Promise<DuplicateCount>>();

/**
 * The count of an analysis's duplicate lines: the one it came with, or the engine's, asked for once
 * per analysis. The page asks once the tiers are drawn (ui/load/use-analysis.ts), not when this line
 * is; the engine works it out before the predictions and clusters in any case (engine/worker.ts).
 */
export function askDuplicateCount(engine: EngineClient, loaded: LoadResult): Promise<DuplicateCount> {
  if (loaded.duplicates.count !== null) return Promise.resolve(loaded.duplicates.count);
  let count = asked.get(loaded);
  if (!count) {
    count = engine.duplicateCount();
    // Handled where it is shown (useDuplicateCount); not an unhandled rejection if the page has moved on.
    count.catch(() => {});
    asked.set(loaded, count);
  }
  return count;
}

/**
 * The analysis's count once known. A failure is said on this line only: the rest of the analysis
 * does not depend on it. An answer for an analysis the page has left is dropped.
 */
function useDuplicateCount(engine: EngineClient, loaded: LoadResult): Counted {
  const given = loaded.duplicates.count;
  const [answer, setAnswer] = useState<{ loaded: LoadResult; counted: Counted } | null>(null);
  useEffect(() => {
    if (given !== null) return;
    let current = true;
    askDuplicateCount(engine, loaded).then(
      (count) => current && setAnswer({ loaded, counted: { state: 'counted', count } }),
      () => current && setAnswer({ loaded, counted: { state: 'failed' } }),
    );
    return () => {
      current = false;
    };
  }, [engine, loaded, given]);
  if (given !== null) return { state: 'counted', count: given };
  return answer?.loaded === loaded ? answer.counted : { state: 'counting' };
}
