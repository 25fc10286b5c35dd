import type { CustomerHistories } from '../../model/predict/customer-history';
import { blankNonFinite, predictNextOrderDays, predictPurchases, predictValue } from '../../model/predict/customer-predictions';
import { countRepeatCustomers, fitPurchaseModels } from '../../model/predict/fit-models';
import type { FittedModels } from '../../model/predict/fit-models';
import { addDays, daysBetween, isIsoDate } from '../../model/shared/iso-date';
import type { BgNbdParams } from '../../model/predict/models/bgnbd';
import type { TimeUnit } from '../../model/predict/repeat-summary';
import type { SegmentParams } from '../../protocol/segments';
import type { LoadSource } from '../../protocol/load';
import type { Connector } from '../db/connector';
import { historySource } from './history-source';
import { InputError } from '../../protocol/errors';
import { compareChurnMethods, runValidation } from './model-validation';
import { timed } from './prediction-run';
import type { PredictionSources, StageClock } from './prediction-run';
import type { CurrentPredictions, LostValueReport, LostValueRow, PredictionOutlook, PredictionResult, PredictionSettings } from '../../protocol/predict';
import { PromiseMemo } from './promise-memo';
import { tieredFor } from '../segments/segment-view';
import { activeWindowDays } from '../../model/segments/tier-rules/active-window';
import { CREATE_EMPTY_PREDICTIONS, DROP_NEXT_PREDICTIONS, lostValueRankingSql, lostValueTotalsSql, PREDICTION_OUTLOOK, REPLACE_PREDICTIONS } from './sql/predictions';
import { camelRows } from '../db/plain-rows';

interface CurrentFit {
  histories: CustomerHistories;
  fits: FittedModels | null;
  problems: string[];
}

/**
 * The prediction pipeline for one loaded file. Two fits are made: one on the calibration period,
 * judged on the holdout after it (validation), and one on all data up to the reference date, which
 * gives the per-customer predictions (table customer_predictions, read by the ranking and exports).
 *
 * Runs never overlap, and a newer call or a new file (`reset`) stops an older run at its next stage.
 * What a change does not touch is kept: a new discount rate re-values customers without refitting,
 * a new time unit refits without reading histories again, new tier thresholds only re-rank.
 */
export class Predictor {
  #generation = 0;
  #memo = new PromiseMemo(12);
  /** What customer_predictions holds now, and how many of its customers could not be predicted. */
  #written: { key: string; unpredictable: number } | null = null;
  #running: Promise<unknown> = Promise.resolve();

  /** `source` says where the loaded file's customer histories come from (see history-source.ts). */
  constructor(
    private readonly db: Connector,
    private readonly source: () => LoadSource = () => 'lines',
  ) {}

  /** A new file is about to be loaded: forget everything; resolves once a run in progress has stopped. */
  async reset(): Promise<void> {
    this.#generation++;
    this.#memo.clear();
    this.#written = null;
    await this.#running.catch(() => {});
  }

  predict(segment: SegmentParams, settings: PredictionSettings, reportRows: number): Promise<PredictionResult> {
    checkSettings(settings);
    const generation = ++this.#generation;
    const run = this.#running.catch(() => {}).then(() => this.#run(generation, segment, settings, reportRows));
    this.#running = run;
    return run;
  }

  async #run(generation: number, segment: SegmentParams, settings: PredictionSettings, reportRows: number): Promise<PredictionResult> {
    const clock: StageClock = {
      timings: { histories: 0, fits: 0, classifier: 0, predictions: 0, total: 0 },
      checkpoint: async () => {
        // Lets queued calls (a threshold change, an export) run between stages.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (generation !== this.#generation) throw new InputError('These predictions were replaced by a newer request.');
      },
    };
    await clock.checkpoint();
    const started = performance.now();
    const sources = this.#sources();
    const observationEnd = addDays(segment.referenceDate, -1);
    const period = { calibrationEnd: settings.calibrationEnd, observationEnd, unit: settings.unit };
    const run = await this.#memo.get(['validation', period], () => runValidation(sources, period, clock));
    const validation = { ...run.result, churn: compareChurnMethods(run, activeWindowDays(segment.tierRules)) };
    const current = await this.#currentPredictions(sources, segment, settings, observationEnd, reportRows, clock);
    clock.timings.total = performance.now() - started;
    return { segment, settings, validation, current, timingsMs: clock.timings };
  }

  #sources(): PredictionSources {
    const reader = () => this.#memo.get(['history source'], () => historySource(this.db, this.source()));
    const readHistories = async (cutoff: string, laterEnd: string) => (await reader())(cutoff, laterEnd);
    return {
      memo: this.#memo,
      readHistories,
      histories: (cutoff, laterEnd) => this.#memo.get(['histories', cutoff, laterEnd], () => readHistories(cutoff, laterEnd)),
    };
  }

  async #currentPredictions(
    sources: PredictionSources, segment: SegmentParams, settings: PredictionSettings, observationEnd: string, reportRows: number, clock: StageClock,
  ): Promise<CurrentPredictions> {
    const current = await this.#memo.get(['current', observationEnd, settings.unit], () =>
      this.#fitCurrent(sources, observationEnd, settings.unit, clock),
    );
    const writeKey = JSON.stringify([observationEnd, settings.unit, settings.monthlyDiscountRate]);
    if (this.#written?.key !== writeKey) {
      await clock.checkpoint();
      const unpredictable = await timed(clock, 'predictions', () => this.#writePredictions(current, settings, observationEnd));
      this.#written = { key: writeKey, unpredictable };
    }
    const { histories, fits, problems } = current;
    const { unpredictable } = this.#written;
    const valued = fits?.bgnbd.converged && fits.gammaGamma.converged;
    return {
      observationEnd,
      customers: histories.customerIds.length,
      repeatCustomers: countRepeatCustomers(histories),
      fits,
      problems: unpredictable > 0 ? [...problems, unpredictableProblem(unpredictable)] : problems,
      unpredictable,
      lostValue: valued ? await this.#lostValue(segment, reportRows) : null,
      outlook: fits?.bgnbd.converged ? await this.#outlook() : null,
    };
  }

  async #fitCurrent(sources: PredictionSources, observationEnd: string, unit: TimeUnit, clock: StageClock): Promise<CurrentFit> {
    const histories = await timed(clock, 'histories', () => sources.histories(observationEnd, observationEnd));
    await clock.checkpoint();
    const fitted = await timed(clock, 'fits', async () => fitPurchaseModels(histories, unit, `up to ${observationEnd}`));
    if (!fitted.fits) return { histories, fits: null, problems: [fitted.problem] };
    const { bgnbd, gammaGamma } = fitted.fits;
    const problems: string[] = [];
    if (!bgnbd.converged) problems.push(`BG/NBD did not converge on all data (${bgnbd.reason}): no per-customer predictions are given.`);
    else if (!gammaGamma.converged) problems.push(`Gamma-Gamma did not converge (${gammaGamma.reason}): no customer values (CLV) are given.`);
    return { histories, fits: fitted.fits, problems };
  }

  /**
   * Replaces customer_predictions; empty when BG/NBD failed, CLV empty when Gamma-Gamma failed.
   * Returns how many customers got a prediction that is not a finite number (written as empty).
   */
  async #writePredictions({ histories, fits }: CurrentFit, settings: PredictionSettings, observationEnd: string): Promise<number> {
    if (!fits?.bgnbd.converged) {
      await this.db.query(CREATE_EMPTY_PREDICTIONS);
      return 0;
    }
    const purchases = predictPurchases(fits.bgnbd, histories, settings.unit);
    const unknown = () => new Float64Array(histories.x.length).fill(Number.NaN);
    const value = fits.gammaGamma.converged
      ? predictValue(fits.bgnbd, fits.gammaGamma, histories, settings.unit, settings.monthlyDiscountRate)
      : { expectedOrderValue: unknown(), clv12: unknown() };
    const unpredictable = blankNonFinite([
      ...Object.values(purchases),
      ...(fits.gammaGamma.converged ? [value.expectedOrderValue, value.clv12] : []),
    ]);
    await this.db.writeTable('customer_predictions_next', {
      customer_id: histories.customerIds,
      p_alive: purchases.pAlive,
      p_churn_30d: purchases.pChurn30,
      expected_purchases_30d: purchases.expectedPurchases30,
      expected_purchases_90d: purchases.expectedPurchases90,
      expected_purchases_365d: purchases.expectedPurchases365,
      expected_order_value: value.expectedOrderValue,
      clv_12m: value.clv12,
      next_order_day: nextOrderDay(fits.bgnbd, histories, settings.unit, purchases.pAlive, observationEnd),
    });
    // One statement swaps the table in, so an export running meanwhile sees the old or the new one.
    await this.db.query(REPLACE_PREDICTIONS);
    await this.db.query(DROP_NEXT_PREDICTIONS);
    return unpredictable;
  }

  async #outlook(): Promise<PredictionOutlook> {
    return camelRows<PredictionOutlook>(await this.db.query(PREDICTION_OUTLOOK))[0];
  }

  async #lostValue(segment: SegmentParams, reportRows: number): Promise<LostValueReport> {
    const tiered = tieredFor(segment);
    const [totals] = await this.db.query<{ customers: number; expected_lost_value: number; at_risk_whales: number }>(lostValueTotalsSql(tiered), tiered.params);
    const rows = camelRows<LostValueRow>(await this.db.query(lostValueRankingSql(tiered), [...tiered.params, reportRows]));
    return { customers: totals.customers, total: totals.expected_lost_value, atRiskWhales: totals.at_risk_whales, rows };
  }
}

/** The expected next order's date as days since 1970-01-01, counted from the histories' last day. */
function nextOrderDay(params: BgNbdParams, histories: CustomerHistories, unit: TimeUnit, pAlive: Float64Array, observationEnd: string): Float64Array {
  const endDay = daysBetween('1970-01-01', observationEnd);
  return predictNextOrderDays(params, histories, unit, pAlive).map((days) => endDay + days);
}

function unpredictableProblem(customers: number): string {
  const who = customers === 1 ? '1 customer' : `${customers} customers`;
  return `The predictions of ${who} could not be computed (a numerical failure): they are left out of the ranking and their prediction cells in the exports are empty.`;
}

function checkSettings({ calibrationEnd, unit, monthlyDiscountRate }: PredictionSettings): void {
  if (!isIsoDate(calibrationEnd)) throw new InputError(`invalid calibration end: ${calibrationEnd}`);
  if (unit !== 'days' && unit !== 'weeks') throw new InputError(`invalid time unit: ${String(unit)}`);
  if (!(monthlyDiscountRate >= 0 && monthlyDiscountRate <= 1)) throw new InputError(`invalid monthly discount rate: ${monthlyDiscountRate}`);
}
