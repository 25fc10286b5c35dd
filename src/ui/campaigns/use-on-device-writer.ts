import { useCallback, useEffect, useRef, useState } from 'react';
import type { ShopDetails } from '../../model/campaigns/messages/merge-fields';
import type { OnDeviceOutcome } from '../../model/campaigns/on-device-answer';
import { findLanguageModel, onDeviceStatus, type OnDeviceStatus } from './on-device-writer';
import { writeOnDevice, type DraftJob } from './on-device-drafting';

export interface OnDeviceRun {
  done: number;
  total: number;
  /** The model's download, 0–1, while the browser fetches it; null otherwise. */
  downloading: number | null;
}

/**
 * The browser's own language model, when it has one: whether it can write (asked once), a run over
 * a page of drafts with its progress, and cancel. Nothing here talks to any server.
 */
export function useOnDeviceWriter() {
  const [status, setStatus] = useState<OnDeviceStatus | 'checking'>('checking');
  const [run, setRun] = useState<OnDeviceRun | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => {
    let live = true;
    onDeviceStatus(findLanguageModel()).then((found) => live && setStatus(found));
    return () => {
      live = false;
      controller.current?.abort();
    };
  }, []);

  /** Call from a click: the browser may have to download the model, which needs the user's gesture. */
  const write = useCallback(async (jobs: readonly DraftJob[], shop: ShopDetails, onOutcome: (customerId: string, outcome: OnDeviceOutcome) => void) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setProblem(null);
    setRun({ done: 0, total: jobs.length, downloading: null });
    const unavailable = await writeOnDevice(findLanguageModel(), jobs, shop, {
      signal: current.signal,
      onDownloadProgress: (loaded) => setRun((before) => before && { ...before, downloading: loaded < 1 ? loaded : null }),
      onOutcome: (customerId, outcome) => {
        onOutcome(customerId, outcome);
        setRun((before) => before && { ...before, done: before.done + 1 });
      },
    }).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
    if (controller.current === current) setRun(null);
    setProblem(current.signal.aborted ? 'Cancelled: the customers not reached keep their template drafts.' : unavailable);
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const available = status === 'available' || status === 'downloadable' || status === 'downloading';
  return { status, available, run, problem, write, cancel };
}
