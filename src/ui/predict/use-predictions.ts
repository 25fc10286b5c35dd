import { useEffect, useMemo, useState } from 'react';
import type { LoadResult } from '../../protocol/load';
import type { SegmentParams } from '../../protocol/segments';
import type { EngineClient } from '../../engine/client';
import type { PredictionResult, PredictionSettings } from '../../protocol/predict';
import { addDays } from '../../model/shared/iso-date';

/** Rows of the expected-lost-value ranking shown (the export has everyone). */
export const LOST_VALUE_ROWS = 100;

/** Held out by default: the last 90 days of data. */
export const DEFAULT_HOLDOUT_DAYS = 90;

export function defaultPredictionSettings(loaded: LoadResult): PredictionSettings {
  return { calibrationEnd: addDays(loaded.lastDate, -DEFAULT_HOLDOUT_DAYS), unit: 'weeks', monthlyDiscountRate: 0.01 };
}

interface Request {
  loaded: LoadResult;
  segment: SegmentParams;
  settings: PredictionSettings;
}

interface Answer {
  request: Request;
  result: PredictionResult | null;
  error: string | null;
}

export interface PredictionState {
  settings: PredictionSettings;
  defaults: PredictionSettings;
  /** A customer table carries histories for the calibration end it was made for, and no other. */
  calibrationFixed: boolean;
  changeSettings(settings: PredictionSettings): void;
  /** The engine is working on the current settings (an older result may still be shown). */
  working: boolean;
  /** The latest result for this file; null before the first one or after an error. */
  result: PredictionResult | null;
  error: string | null;
}

/**
 * Predictions follow the analysis in the background: they start once the tiers are on screen and
 * start again whenever the file, the tiers or the prediction settings change. Answers to requests
 * that have since been replaced are dropped.
 */
export function usePredictions(engine: EngineClient, loaded: LoadResult | null, segment: SegmentParams | null): PredictionState | null {
  const [chosen, setChosen] = useState<{ loaded: LoadResult; settings: PredictionSettings } | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const defaults = useMemo(() => (loaded ? defaultPredictionSettings(loaded) : null), [loaded]);
  const settings = loaded && chosen?.loaded === loaded ? chosen.settings : defaults;
  const request = useMemo(() => (loaded && segment && settings ? { loaded, segment, settings } : null), [loaded, segment, settings]);

  useEffect(() => {
    if (!request) return;
    let live = true;
    engine.predict(request.segment, request.settings, LOST_VALUE_ROWS).then(
      (result) => live && setAnswer({ request, result, error: null }),
      (error: unknown) => live && setAnswer({ request, result: null, error: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [engine, request]);

  if (!loaded || !settings || !defaults) return null;
  const current = answer?.request.loaded === loaded ? answer : null;
  return {
    settings,
    defaults,
    calibrationFixed: loaded.unavailable.includes('otherPredictionDates'),
    changeSettings: (next) => setChosen({ loaded, settings: next }),
    working: request !== null && answer?.request !== request,
    result: current?.result ?? null,
    error: current?.error ?? null,
  };
}

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `The predictions could not be made: ${message}`;
}
