import { useEffect, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import { formatFileSize } from '../../model/shared/format';
import type { KeptAnalysis } from '../../protocol/keep';
import type { LoadResult } from '../../protocol/load';

export interface KeptState {
  /** What is kept on this device; undefined until the engine has looked. */
  kept: KeptAnalysis | null | undefined;
  /** The analysis on screen is the one kept (the same file, lines and customers). */
  showingKept: boolean;
  working: boolean;
  /** What the last action did ("Forgotten: 12.4 MB freed"). */
  note: string | null;
  keep(): void;
  forget(): void;
  reopen(): void;
}

/**
 * The analysis kept on this device, on request only: the engine is asked once whether one exists;
 * keeping, reopening and forgetting happen on the user's click, never on their own.
 */
interface Options {
  engineReady: boolean;
  loaded: LoadResult | null;
  onReopen(kept: KeptAnalysis): void;
  /** A failure, for the status bar (the user's words, and the details for a bug report). */
  onError(error: unknown): void;
}

export function useKeptAnalysis(engine: EngineClient, { engineReady, loaded, onReopen, onError }: Options): KeptState {
  const [kept, setKept] = useState<KeptAnalysis | null | undefined>(undefined);
  const [working, setWorking] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    if (!engineReady) return;
    let live = true;
    engine.keptAnalysis().then(
      (found) => live && setKept(found),
      () => live && setKept(null),
    );
    return () => {
      live = false;
    };
  }, [engine, engineReady]);
  const act = async (work: () => Promise<string | null>) => {
    setWorking(true);
    try {
      setNote(await work());
    } catch (error) {
      setNote(null);
      onError(error);
    } finally {
      setWorking(false);
    }
  };
  return {
    kept,
    showingKept: Boolean(loaded && kept && isKept(loaded, kept)),
    working,
    note,
    keep: () =>
      loaded &&
      void act(async () => {
        setKept(await engine.keepAnalysis(loaded));
        return null;
      }),
    forget: () =>
      void act(async () => {
        const freed = await engine.forgetAnalysis();
        setKept(null);
        return `Forgotten: ${formatFileSize(freed)} freed on this device.`;
      }),
    reopen: () => {
      if (!kept) return;
      setNote(null);
      onReopen(kept);
    },
  };
}

function isKept(loaded: LoadResult, kept: KeptAnalysis): boolean {
  return !kept.outdated && kept.fileName === loaded.fileName && kept.lines === loaded.counts.rows && kept.customers === loaded.customers;
}
