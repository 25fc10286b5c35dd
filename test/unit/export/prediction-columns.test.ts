import { describe, expect, it } from 'vitest';
import { predictionColumnsNote } from '../../../src/ui/export/prediction-columns';
import type { PredictionState } from '../../../src/ui/predict/use-predictions';
import type { CurrentPredictions, PredictionResult } from '../../../src/protocol/predict';

function state(current: Partial<CurrentPredictions> | null, more: Partial<PredictionState> = {}): PredictionState {
  const result = current && ({ current: { problems: [], unpredictable: 0, fits: null, ...current } } as unknown as PredictionResult);
  return { working: false, error: null, result, settings: {} as PredictionState['settings'], defaults: {} as PredictionState['defaults'], calibrationFixed: false, changeSettings: () => {}, ...more };
}

const fits = (bgnbd: boolean, gammaGamma: boolean) => ({ bgnbd: { converged: bgnbd }, gammaGamma: { converged: gammaGamma } }) as unknown as CurrentPredictions['fits'];

describe('why the prediction columns of an export are empty', () => {
  it('says the models are still being fitted, until an answer comes', () => {
    expect(predictionColumnsNote(state(null))?.reason).toBe('fitting');
    expect(predictionColumnsNote(state({ fits: fits(true, true) }, { working: true }))).toMatchObject({ reason: 'fitting', fileSuffix: '-predictions-pending' });
  });

  it('names the model that did not converge, and what is left empty', () => {
    expect(predictionColumnsNote(state({ fits: fits(false, true) }))).toMatchObject({ reason: 'not-converged', fileSuffix: '-without-predictions' });
    expect(predictionColumnsNote(state({ fits: fits(true, false) }))).toMatchObject({ reason: 'no-clv', fileSuffix: '-without-clv' });
    expect(predictionColumnsNote(state({ fits: null, problems: ['Too little data up to 2011-12-09: …'] }))?.text).toBe(
      'The prediction columns are empty: Too little data up to 2011-12-09: …',
    );
    expect(predictionColumnsNote(state(null, { error: 'The predictions could not be made: boom' }))?.reason).toBe('failed');
  });

  it('counts the customers left without predictions, and says nothing when every column is filled', () => {
    expect(predictionColumnsNote(state({ fits: fits(true, true), unpredictable: 1 }))?.text).toMatch(/empty for 1 customer whose/);
    expect(predictionColumnsNote(state({ fits: fits(true, true) }))).toBeNull();
    expect(predictionColumnsNote(null)).toBeNull();
  });
});
