import type { BgNbdFit } from '../model/predict/models/bgnbd';
import type { ChurnMethodResult } from '../model/predict/churn/churn-validation';
import type { GammaGammaFit } from '../model/predict/models/gamma-gamma';
import type { HoldoutComparison } from '../model/predict/holdout-purchases';
import type { TimeUnit } from '../model/predict/repeat-summary';
import type { TierId } from '../model/segments/tiers';
import type { SegmentParams } from './segments';

/** Prediction shapes that cross the worker boundary: plain objects only. */

export interface PredictionSettings {
  /** Last day (inclusive) of the calibration period the validation fit sees, YYYY-MM-DD. */
  calibrationEnd: string;
  unit: TimeUnit;
  /** Discount rate per month (a twelfth of 365 days) for the CLV, e.g. 0.01. */
  monthlyDiscountRate: number;
}

export interface ModelFits {
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit;
}

export interface ChurnComparison {
  /** Customers known at the calibration end, and how many of them made no purchase in the next 30 days. */
  customers: number;
  churned: number;
  /** The static rule's window: no purchase within this many days is "lost" (the tier rules' active window). */
  activeDays: number;
  /** Customers the static rule calls lost: every method is scored calling this many (its highest-scoring ones). */
  flagged: number;
  /** Last day of the 30-day window the churn labels come from. */
  windowEnd: string;
  methods: ChurnMethodResult[];
  verdict: string;
}

/** The models fitted on the calibration period and judged on the holdout that follows it. */
export interface ValidationResult {
  calibrationEnd: string;
  holdoutEnd: string;
  holdoutDays: number;
  customers: number;
  repeatCustomers: number;
  fits: ModelFits | null;
  holdout: HoldoutComparison | null;
  churn: ChurnComparison | null;
  /** What could not be done and why, in words for the user. */
  problems: string[];
}

export interface LostValueRow {
  customerId: string;
  segment: TierId;
  monetary: number;
  recencyDays: number;
  pAlive: number;
  pChurn30d: number;
  clv12m: number;
  expectedLostValue: number;
}

export interface LostValueReport {
  /** Customers with a CLV, and their total expected lost value; the At-Risk Whales' share of it. */
  customers: number;
  total: number;
  atRiskWhales: number;
  /** The largest first. */
  rows: LostValueRow[];
}

/** What the per-customer predictions add up to, for the panel's first sentence. */
export interface PredictionOutlook {
  /** Customers whose chance of no purchase in the next 30 days is above one half, of `predicted`. */
  unlikelyToBuy30d: number;
  predicted: number;
  /** The 12-month CLV of every customer added up; null without a spending model. */
  expectedValue12m: number | null;
}

/** The models fitted on all data up to the reference date: what the ranking and exports use. */
export interface CurrentPredictions {
  /** Last day of data the fit sees: the day before the reference date. */
  observationEnd: string;
  customers: number;
  repeatCustomers: number;
  fits: ModelFits | null;
  problems: string[];
  /** Customers whose predictions could not be computed (not finite): left out of the ranking, empty in exports. */
  unpredictable: number;
  lostValue: LostValueReport | null;
  /** Null when BG/NBD could not be fitted (no per-customer predictions). */
  outlook: PredictionOutlook | null;
}

export interface PredictionTimings {
  histories: number;
  fits: number;
  classifier: number;
  predictions: number;
  total: number;
}

export interface PredictionResult {
  segment: SegmentParams;
  settings: PredictionSettings;
  validation: ValidationResult;
  current: CurrentPredictions;
  /** Milliseconds spent on each part in this call (parts reused from an earlier call count 0). */
  timingsMs: PredictionTimings;
}

export interface PredictVerbs {
  /** Fits and validates the purchase models, writes per-customer predictions. */
  predict(params: SegmentParams, settings: PredictionSettings, reportRows: number): Promise<PredictionResult>;
}
