import type { PredictionResult, PredictionTimings } from '../../protocol/predict';
import { formatCount } from '../../model/shared/format';
import { ChurnValidation } from './ChurnValidation';
import { HoldoutChart } from './HoldoutChart';
import { ModelFit } from './ModelFit';
import { PredictionControls } from './PredictionControls';
import { PredictionSummary } from './PredictionSummary';
import type { PredictionState } from './use-predictions';
import './predictions.css';

interface Props {
  predictions: PredictionState;
  lastDay: string;
}

/**
 * The predictions in plain sentences first (who is unlikely to buy soon, what customers are worth,
 * whether the models beat the simple rule), then the settings, and one click away the proof: the fit
 * on the calibration period, how it held on the holdout, and the fit on all data that the
 * per-customer predictions come from. `data-state` says whether the engine is still working (the
 * rest of the page stays usable meanwhile).
 */
export function Predictions({ predictions, lastDay }: Props) {
  const { result, working, error } = predictions;
  const state = working ? 'working' : error ? 'error' : 'ready';
  const timings = result && !working ? result.timingsMs : null;
  return (
    <section
      className="card predictions"
      data-testid="predictions"
      data-state={state}
      aria-labelledby="predictions-title"
      aria-busy={working}
      {...(timings && timingAttributes(timings))}
    >
      <h2 id="predictions-title">Predictions: who will come back, and what they are worth</h2>
      <p className="prediction-status" data-testid="predictions-status" role="status" aria-live="polite">
        {working && <span className="spinner" aria-hidden="true" />}
        {working ? ' Fitting the models…' : error ? error : result && `Fitted and checked in ${(result.timingsMs.total / 1000).toFixed(2)} s.`}
      </p>
      {result && <PredictionSummary result={result} />}
      <PredictionControls
        settings={predictions.settings}
        defaults={predictions.defaults}
        lastDay={lastDay}
        calibrationFixed={predictions.calibrationFixed}
        onChange={predictions.changeSettings}
      />
      {result && (
        <details className="prediction-details" data-testid="prediction-details">
          <summary>How the models were fitted and checked</summary>
          <p className="muted">
            BG/NBD and Gamma-Gamma models and a boosted-tree classifier, fitted in this browser. First they are fitted up to the
            calibration end and checked against what customers really did afterwards; then they are fitted again on all data up to the
            reference date for the per-customer predictions (ranking and exports).
          </p>
          <PredictionDetails result={result} />
        </details>
      )}
    </section>
  );
}

function PredictionDetails({ result }: { result: PredictionResult }) {
  const { validation, current, settings } = result;
  return (
    <>
      <h3>
        Validation: fitted up to {validation.calibrationEnd}, checked on the {formatCount(validation.holdoutDays)} days to {validation.holdoutEnd}
      </h3>
      <Problems problems={validation.problems} testId="validation-problems" />
      {validation.fits && <ModelFit fits={validation.fits} unit={settings.unit} testId="model-fit" />}
      {validation.holdout && <HoldoutChart comparison={validation.holdout} holdoutDays={validation.holdoutDays} />}
      {validation.churn && <ChurnValidation churn={validation.churn} activeDays={validation.churn.activeDays} calibrationEnd={validation.calibrationEnd} />}
      <h3>Per-customer predictions: fitted on all {formatCount(current.customers)} customers up to {current.observationEnd}</h3>
      <Problems problems={current.problems} testId="prediction-problems" />
      {current.fits && <ModelFit fits={current.fits} unit={settings.unit} testId="current-model-fit" />}
      <p className="muted small">
        Time is measured in {settings.unit}. For each customer: x = purchase days after the first, t<sub>x</sub> = time from the first to the
        last purchase day, T = time from the first purchase day to the end of the period. Items given away at a price of 0 count as
        purchase days worth 0 here (a visit all the same), though not in the RFM money figures. P(churn 30d) is the chance of no purchase in the
        next 30 days; CLV is the value of the next 12 months (of 365/12 days each), discounted by {(100 * settings.monthlyDiscountRate).toFixed(1)}% a month. The
        exports carry p_alive, p_churn_30d, expected_purchases_90d, clv_12m, next_order_date (empty when a next order is unlikely: p_alive below 0.3)
        and expected_order_value.
      </p>
    </>
  );
}

/** How long this run took, per part: for benchmarks, and for anyone curious. */
function timingAttributes(timings: PredictionTimings): Record<string, number> {
  return {
    'data-duration-ms': Math.round(timings.total),
    'data-histories-ms': Math.round(timings.histories),
    'data-fit-ms': Math.round(timings.fits),
    'data-classifier-ms': Math.round(timings.classifier),
    'data-predictions-ms': Math.round(timings.predictions),
  };
}

function Problems({ problems, testId }: { problems: string[]; testId: string }) {
  if (problems.length === 0) return null;
  return (
    <ul className="prediction-problems" data-testid={testId}>
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}
