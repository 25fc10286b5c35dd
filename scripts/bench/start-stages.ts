/**
 * Where a start's time goes: navigation → each stage of the engine's start, in ms, read from a
 * Chromium trace of the visit. The page and both workers mark their stages with `performance.mark`
 * (main.tsx, engine/worker.ts, engine/db/duckdb-wasm.ts); V8 reports the WebAssembly compile.
 * Every time is on the page's clock: the page's first mark carries its own `startTime`.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  /** Microseconds on the browser's trace clock. */
  ts: number;
  dur?: number;
  args?: { data?: { startTime?: number } };
}

/** The trace categories the stages come from: user timing marks and V8's WebAssembly events. */
export const START_TRACE_CATEGORIES = ['blink.user_timing', 'v8.wasm'];

export const START_STAGES = [
  ['app', 'page script running'],
  ['engineWorker', 'engine worker running'],
  ['duckdbWorker', "DuckDB's worker created"],
  ['wasmRequested', 'WebAssembly requested'],
  ['wasmCompiled', 'compiled and instantiated'],
  ['glueDone', "DuckDB's glue done"],
  ['connected', 'database open'],
  ['configured', 'settings made'],
] as const;

export type StartStage = (typeof START_STAGES)[number][0];
export type StartStages = Record<StartStage, number>;

const MARKS: Partial<Record<StartStage, string>> = {
  app: 'app:script-running',
  engineWorker: 'engine:worker-running',
  duckdbWorker: 'engine:duckdb-worker-created',
  glueDone: 'engine:instantiated',
  connected: 'engine:connected',
  configured: 'engine:configured',
};

/** The stages of the one visit in `events` (NaN for a stage the trace lacks). */
export function startStages(events: readonly TraceEvent[]): StartStages {
  const appMark = events.find((event) => event.name === MARKS.app);
  const pageStart = appMark?.args?.data?.startTime;
  if (!appMark || pageStart === undefined) throw new Error('the trace has no app:script-running mark');
  const origin = appMark.ts - pageStart * 1000;
  const pageMs = (ts: number | undefined) => (ts === undefined ? NaN : (ts - origin) / 1000);
  const first = (name: string) => events.find((event) => event.name === name);
  const compiled = first('wasm.FinishStreaming');
  const stages = Object.fromEntries(Object.entries(MARKS).map(([stage, mark]) => [stage, pageMs(first(mark)?.ts)]));
  return {
    ...stages,
    wasmRequested: pageMs(first('wasm.StartStreamingCompilation')?.ts),
    wasmCompiled: pageMs(compiled && compiled.ts + (compiled.dur ?? 0)),
  } as StartStages;
}
