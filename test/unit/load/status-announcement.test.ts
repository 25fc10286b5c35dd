import { describe, expect, it } from 'vitest';
import { statusAnnouncement, type Status } from '../../../src/ui/load/status';
import { rfmStatus } from '../../../src/ui/segments/rfm/use-rfm';

describe('when the status bar is announced again', () => {
  it('announces a second result in the same words as the first (a tier change as quick as the last)', () => {
    const first: Status = { state: 'ready', subject: 'Updated the tiers', durationMs: 8.4 };
    const second: Status = { state: 'ready', subject: 'Updated the tiers', durationMs: 8.6 };
    expect(statusAnnouncement(first)).not.toBe(statusAnnouncement(second));
  });

  it('does not announce a status rebuilt with the same content on every render', () => {
    const analysis: Status = { state: 'ready', subject: 'Analysed orders.csv', durationMs: 1200 };
    const progress = { failed: null, pending: false, startedAt: 5, update: { after: analysis, durationMs: 31 } };
    const once = rfmStatus(analysis, progress);
    const again = rfmStatus(analysis, progress);
    expect(again).not.toBe(once);
    expect(statusAnnouncement(again)).toBe(statusAnnouncement(once));
  });

  it('announces each stage of a load once, and each new load', () => {
    const reading: Status = { state: 'working', stage: 'reading', subject: 'orders.csv', startedAt: 10 };
    const cleaning: Status = { ...reading, stage: 'cleaning' };
    const nextLoad: Status = { ...reading, startedAt: 900 };
    const keys = [reading, cleaning, nextLoad].map(statusAnnouncement);
    expect(new Set(keys).size).toBe(3);
    expect(statusAnnouncement({ ...reading })).toBe(keys[0]);
  });

  it('tells failures and idle messages apart by their words', () => {
    expect(statusAnnouncement({ state: 'error', message: 'No header.' })).not.toBe(statusAnnouncement({ state: 'error', message: 'No lines.' }));
    expect(statusAnnouncement({ state: 'idle' })).not.toBe(statusAnnouncement({ state: 'idle', message: 'Check how the columns of a.csv are read.' }));
  });
});
