import { CHURN_WINDOW_DAYS } from '../predict/customer-history';
import { addDays } from '../shared/iso-date';

/**
 * The cutoffs at which a customer table carries purchase-day histories: exactly the (cutoff, end of
 * the period looked at) pairs a prediction run asks for with the default settings, so the models,
 * the holdout validation and the churn classifier get from the table what they get from the lines.
 *
 * - `now`: the fit behind every per-customer prediction, at the last day of data;
 * - `cal`: the validation fit at the calibration end (the last 90 days held out), and the holdout;
 * - `w1` … `w6`: the classifier's training windows, 30, 60, … 180 days before the calibration end.
 */
export const HOLDOUT_DAYS = 90;
export const TRAINING_WINDOWS = 6;

/** A day given relative to one of the two dates the table is made for. */
export interface DayOffset {
  from: 'observation_end' | 'calibration_end';
  days: number;
}

export type HistoryField =
  | 'x' | 'tx_days' | 't_days' | 'zbar' | 'total_value' | 'last_gap_days' | 'recent_purchase_days' | 'next_purchase_days' | 'later_purchase_days';

export interface HistoryPeriod {
  id: string;
  /** Prefix of the period's columns in the table (`cal_x`); none for `now`. */
  prefix: string;
  cutoff: DayOffset;
  /** Purchase days after the cutoff are counted up to here (inclusive). */
  laterEnd: DayOffset;
  fields: readonly HistoryField[];
}

const MODEL_FIELDS: readonly HistoryField[] = ['x', 'tx_days', 't_days', 'zbar', 'total_value', 'last_gap_days', 'recent_purchase_days'];
/** The classifier's features and label need no z̄. */
const WINDOW_FIELDS: readonly HistoryField[] = ['x', 'tx_days', 't_days', 'total_value', 'last_gap_days', 'recent_purchase_days', 'next_purchase_days'];

const trainingWindows: HistoryPeriod[] = Array.from({ length: TRAINING_WINDOWS }, (_, index) => {
  const days = -(index + 1) * CHURN_WINDOW_DAYS;
  return {
    id: `w${index + 1}`,
    prefix: `w${index + 1}_`,
    cutoff: { from: 'calibration_end', days },
    laterEnd: { from: 'calibration_end', days: days + CHURN_WINDOW_DAYS },
    fields: WINDOW_FIELDS,
  };
});

export const HISTORY_PERIODS: readonly HistoryPeriod[] = [
  { id: 'now', prefix: '', cutoff: { from: 'observation_end', days: 0 }, laterEnd: { from: 'observation_end', days: 0 }, fields: MODEL_FIELDS },
  {
    id: 'cal',
    prefix: 'cal_',
    cutoff: { from: 'calibration_end', days: 0 },
    laterEnd: { from: 'observation_end', days: 0 },
    fields: [...MODEL_FIELDS, 'next_purchase_days', 'later_purchase_days'],
  },
  ...trainingWindows,
];

export interface TableDates {
  observationEnd: string;
  calibrationEnd: string;
}

/** The calibration end a table is made for: the last 90 days of data are held out. */
export function defaultCalibrationEnd(observationEnd: string): string {
  return addDays(observationEnd, -HOLDOUT_DAYS);
}

export function dayOf(offset: DayOffset, dates: TableDates): string {
  return addDays(offset.from === 'observation_end' ? dates.observationEnd : dates.calibrationEnd, offset.days);
}

/** The period whose histories answer a request for (cutoff, laterEnd), or null when the table has none. */
export function periodFor(cutoff: string, laterEnd: string, dates: TableDates): HistoryPeriod | null {
  return HISTORY_PERIODS.find((period) => dayOf(period.cutoff, dates) === cutoff && dayOf(period.laterEnd, dates) === laterEnd) ?? null;
}
