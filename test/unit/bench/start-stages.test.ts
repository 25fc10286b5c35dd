import { describe, expect, it } from 'vitest';
import { startStages, type TraceEvent } from '../../../scripts/bench/start-stages';

/** A page whose clock started at trace time 5,000,000 µs: its first mark at 120 ms of its own clock. */
const PAGE_ORIGIN_US = 5_000_000;
const mark = (name: string, pageMs: number): TraceEvent => ({ name, ph: 'I', ts: PAGE_ORIGIN_US + pageMs * 1000 });

describe('start stages from a trace', () => {
  it('puts every stage on the page clock, from the marks and the WebAssembly compile', () => {
    const events: TraceEvent[] = [
      { ...mark('app:script-running', 120), args: { data: { startTime: 120 } } },
      mark('engine:worker-running', 230),
      mark('engine:duckdb-worker-created', 233),
      mark('wasm.StartStreamingCompilation', 330),
      { ...mark('wasm.FinishStreaming', 600), ph: 'X', dur: 150_000 },
      mark('engine:instantiated', 900),
      mark('engine:connected', 1010),
      mark('engine:configured', 1030),
    ];
    expect(startStages(events)).toEqual({
      app: 120,
      engineWorker: 230,
      duckdbWorker: 233,
      wasmRequested: 330,
      wasmCompiled: 750,
      glueDone: 900,
      connected: 1010,
      configured: 1030,
    });
  });

  it('leaves a stage the trace lacks as NaN, and needs the page mark to place the others', () => {
    const stages = startStages([{ ...mark('app:script-running', 90), args: { data: { startTime: 90 } } }]);
    expect(stages.app).toBe(90);
    expect(stages.connected).toBeNaN();
    expect(() => startStages([mark('engine:connected', 10)])).toThrow(/app:script-running/);
  });
});
