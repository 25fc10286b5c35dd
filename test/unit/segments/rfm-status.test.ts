import { describe, expect, it } from 'vitest';
import type { Status } from '../../../src/ui/load/status';
import { rfmStatus } from '../../../src/ui/segments/rfm/use-rfm';

describe('the status while the RFM segments update', () => {
  const ready: Status = { state: 'ready', subject: 'Analysed the sample data', durationMs: 1200 };
  const idle = { failed: null, pending: false, startedAt: 5, update: null };

  it('says working while the segments on screen are not yet current, so ready means current', () => {
    expect(rfmStatus(ready, { ...idle, pending: true })).toEqual({ state: 'working', stage: 'updating', subject: 'the RFM segments', startedAt: 5 });
    expect(rfmStatus(ready, idle)).toBe(ready);
  });

  it('reports the last rule change until the analysis moves on', () => {
    expect(rfmStatus(ready, { ...idle, update: { after: ready, durationMs: 31 } })).toEqual({ state: 'ready', subject: 'Updated the RFM segments', durationMs: 31 });
    const later: Status = { state: 'ready', subject: 'Updated the tiers', durationMs: 40 };
    expect(rfmStatus(later, { ...idle, update: { after: ready, durationMs: 31 } })).toBe(later);
  });

  it('leaves a working or failed analysis alone, and reports its own failure', () => {
    const working: Status = { state: 'working', stage: 'reading', subject: 'orders.csv', startedAt: 1 };
    expect(rfmStatus(working, { ...idle, pending: true })).toBe(working);
    expect(rfmStatus(ready, { ...idle, failed: 'invalid rules' })).toEqual({ state: 'error', message: 'The RFM segments could not be computed: invalid rules' });
  });
});
