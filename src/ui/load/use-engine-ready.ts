import { useCallback, useEffect, useState } from 'react';
import type { EngineClient } from '../../engine/client';

/** Whether DuckDB has started; after a cancel or crash the fresh engine is watched again. */
export function useEngineReady(engine: EngineClient) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    engine.whenReady().then(
      () => live && setReady(true),
      () => {}, // a failed start surfaces with the first file, as a message
    );
    return () => {
      live = false;
    };
  }, [engine]);
  const watchRestart = useCallback(() => {
    setReady(false);
    engine.whenReady().then(
      () => setReady(true),
      () => {},
    );
  }, [engine]);
  return { ready, watchRestart };
}
