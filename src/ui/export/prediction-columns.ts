import type { PredictionState } from '../predict/use-predictions';
import { formatCountOf } from '../../model/shared/format';

/**
 * Why an export's prediction columns (p_alive … clv_12m) are empty, said before the export and in
 * its file name, so an empty column is never mistaken for "no risk".
 */
export interface PredictionColumnsNote {
  reason: 'fitting' | 'failed' | 'too-little-data' | 'not-converged' | 'no-clv' | 'some-customers';
  text: string;
  /** Added to the export's file name (before `.csv`); empty when most columns are filled. */
  fileSuffix: string;
}

export function predictionColumnsNote(predictions: PredictionState | null): PredictionColumnsNote | null {
  if (!predictions) return null;
  const { working, result, error } = predictions;
  if (working || (!result && !error)) {
    return note('fitting', 'The prediction columns are empty: the models are still being fitted. Wait until the predictions below are ready, or export without them.', '-predictions-pending');
  }
  if (error || !result) return note('failed', 'The prediction columns are empty: the predictions could not be made (see Predictions below).', '-without-predictions');
  const { fits, unpredictable, problems } = result.current;
  if (!fits) return note('too-little-data', `The prediction columns are empty: ${problems[0] ?? 'there is too little data to fit the models.'}`, '-without-predictions');
  if (!fits.bgnbd.converged) return note('not-converged', 'The prediction columns are empty: the purchase model (BG/NBD) did not converge on this file.', '-without-predictions');
  if (!fits.gammaGamma.converged) return note('no-clv', 'The clv_12m and expected_order_value columns are empty: the spend model (Gamma-Gamma) did not converge on this file.', '-without-clv');
  if (unpredictable > 0) {
    return note('some-customers', `The prediction columns are empty for ${formatCountOf(unpredictable, 'customer')} whose predictions could not be computed.`, '');
  }
  return null;
}

function note(reason: PredictionColumnsNote['reason'], text: string, fileSuffix: string): PredictionColumnsNote {
  return { reason, text, fileSuffix };
}
