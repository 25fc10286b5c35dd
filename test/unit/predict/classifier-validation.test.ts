import { describe, expect, it } from 'vitest';
import { classifierChurn } from '../../../src/engine/predict/classifier-validation';
import { runValidation } from '../../../src/engine/predict/model-validation';
import type { PredictionSources, StageClock } from '../../../src/engine/predict/prediction-run';
import { PromiseMemo } from '../../../src/engine/predict/promise-memo';
import { randomHistories } from '../../support/random-histories';

interface Read {
  cutoff: string;
  laterEnd: string;
}

/** Sources that hand out random histories and write down every read. */
function recordingSources(reads: Read[]): PredictionSources {
  let seed = 0;
  const read = async (cutoff: string, laterEnd: string) => {
    reads.push({ cutoff, laterEnd });
    return randomHistories(400, ++seed);
  };
  return { histories: read, readHistories: read, memo: new PromiseMemo(12) };
}

const clock = (): StageClock => ({
  timings: { histories: 0, fits: 0, classifier: 0, predictions: 0, total: 0 },
  checkpoint: async () => {},
});

const CALIBRATION_END = '2011-09-10';

describe('the classifier sees nothing after the calibration end', () => {
  it('trains only on windows that end by the calibration end', async () => {
    const reads: Read[] = [];
    const result = await classifierChurn(recordingSources(reads), CALIBRATION_END, randomHistories(400, 99), clock());
    expect(result).toMatchObject({ method: 'classifier', scores: expect.any(Float64Array) });
    expect(reads.length).toBeGreaterThan(0);
    for (const { cutoff, laterEnd } of reads) {
      expect(cutoff < CALIBRATION_END, cutoff).toBe(true);
      expect(laterEnd <= CALIBRATION_END, laterEnd).toBe(true);
    }
  });

  it('in a whole validation run, reads past the calibration end only the outcomes it is judged on', async () => {
    const reads: Read[] = [];
    const run = await runValidation(recordingSources(reads), { calibrationEnd: CALIBRATION_END, observationEnd: '2011-12-09', unit: 'weeks' }, clock());
    expect(run.churn!.models.find((model) => model.method === 'classifier')).toMatchObject({ scores: expect.any(Float64Array) });
    const pastEnd = reads.filter(({ laterEnd }) => laterEnd > CALIBRATION_END);
    expect(pastEnd).toEqual([{ cutoff: CALIBRATION_END, laterEnd: '2011-12-09' }]);
    expect(reads.length).toBeGreaterThan(pastEnd.length);
  });
});
