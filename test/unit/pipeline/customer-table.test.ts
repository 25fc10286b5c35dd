import { describe, expect, it } from 'vitest';
import { CHURN_WINDOW_DAYS } from '../../../src/model/predict/customer-history';
import { MAX_TRAINING_WINDOWS } from '../../../src/engine/predict/classifier-validation';
import { cleaningCounts, isCleaningReportHeader } from '../../../src/model/pipeline/cleaning-report-file';
import { CUSTOMER_TABLE_COLUMNS, isCustomerTableHeader, VERSION_COLUMN } from '../../../src/model/pipeline/customer-table';
import { HISTORY_PERIODS, periodFor, TRAINING_WINDOWS } from '../../../src/model/pipeline/history-periods';
import { DEFAULT_HOLDOUT_DAYS } from '../../../src/ui/predict/use-predictions';
import { HOLDOUT_DAYS } from '../../../src/model/pipeline/history-periods';

const NAMES = CUSTOMER_TABLE_COLUMNS.map((column) => column.name);

describe('the customer table header', () => {
  it('is recognised by its version column and every documented column, in any case or order', () => {
    expect(isCustomerTableHeader(NAMES)).toBe(true);
    expect(isCustomerTableHeader([NAMES[0], ...NAMES.slice(1).reverse().map((name) => name.toUpperCase())])).toBe(true);
  });

  it('is not recognised without the version column first or with a column missing', () => {
    expect(isCustomerTableHeader(NAMES.slice(1))).toBe(false);
    expect(isCustomerTableHeader([...NAMES.slice(1), VERSION_COLUMN])).toBe(false);
    expect(isCustomerTableHeader(NAMES.filter((name) => name !== 'cal_later_purchase_days'))).toBe(false);
    expect(isCustomerTableHeader(['InvoiceNo', 'CustomerID', 'InvoiceDate'])).toBe(false);
  });

  it('names every column once', () => {
    expect(new Set(NAMES).size).toBe(NAMES.length);
  });
});

describe('the periods a customer table carries', () => {
  const dates = { observationEnd: '2011-12-09', calibrationEnd: '2011-09-10' };

  it('are the cutoffs a prediction run asks for with the default settings', () => {
    expect(HOLDOUT_DAYS).toBe(DEFAULT_HOLDOUT_DAYS);
    expect(TRAINING_WINDOWS).toBe(MAX_TRAINING_WINDOWS);
    expect(periodFor('2011-12-09', '2011-12-09', dates)?.id).toBe('now');
    expect(periodFor('2011-09-10', '2011-12-09', dates)?.id).toBe('cal');
    expect(periodFor('2011-08-11', '2011-09-10', dates)?.id).toBe('w1');
    expect(periodFor('2011-03-14', '2011-04-13', dates)?.id).toBe(`w${TRAINING_WINDOWS}`);
    expect(HISTORY_PERIODS.filter((period) => period.id.startsWith('w'))).toHaveLength(TRAINING_WINDOWS);
    expect(CHURN_WINDOW_DAYS).toBe(30);
  });

  it('answer no other cutoff', () => {
    expect(periodFor('2011-09-11', '2011-12-09', dates)).toBeNull();
    expect(periodFor('2011-12-08', '2011-12-08', dates)).toBeNull();
  });
});

describe('the cleaning report file', () => {
  it('is recognised by its exact header', () => {
    expect(isCleaningReportHeader(['retention_engine_cleaning_report', 'reason', 'lines'])).toBe(true);
    expect(isCleaningReportHeader(['reason', 'lines'])).toBe(false);
  });

  it('adds up to the lines read, with the reader’s rejects counted as unreadable', () => {
    const counts = cleaningCounts(
      [
        { reason: 'kept', lines: 90 },
        { reason: 'cancelled', lines: 4 },
        { reason: 'unreadable', lines: 1 },
        { reason: 'superseded', lines: 2 },
      ],
      3,
    );
    expect(counts).toEqual({
      rows: 100, kept: 90, cancelled: 4, unreadable: 4, superseded: 2, missing_customer: 0, non_positive_quantity: 0, non_positive_price: 0,
    });
  });
});
