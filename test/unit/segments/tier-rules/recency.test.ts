import { describe, expect, it } from 'vitest';
import { dayNumber, MICROS_PER_DAY, recencyColumn, snapshotMicros } from '../../../../src/model/segments/tier-rules/recency';
import { columnsOf, micros } from '../../../support/customer-columns';

// The latest purchase is 2011-12-09 12:50, so the default reference date is 2011-12-10 and the
// elapsed-days snapshot 2011-12-10 12:50.
const COLUMNS = columnsOf([
  { last: '2011-12-09 12:50', frequency: 1, monetary: '1' }, // exactly 24 h before the snapshot
  { last: '2011-12-08 12:51', frequency: 1, monetary: '1' }, // 47 h 59 min: 1 elapsed day, 2 calendar days
  { last: '2011-12-08 12:49', frequency: 1, monetary: '1' }, // 48 h 1 min
  { last: '2011-09-11 13:00', frequency: 1, monetary: '1' }, // 90 calendar days, 89 days 23 h 50 min
  { last: '2011-09-11 00:00', frequency: 1, monetary: '1' },
  { last: '2010-12-01 08:26', frequency: 1, monetary: '1' },
]);

describe('recency', () => {
  it('counts calendar days from the date of the last purchase to the reference date', () => {
    expect([...recencyColumn(COLUMNS, '2011-12-10', 'calendar-days').days]).toEqual([1, 2, 2, 90, 90, 374]);
  });

  it('counts whole elapsed days from the last purchase to the reference date at the latest purchase’s time of day', () => {
    expect([...recencyColumn(COLUMNS, '2011-12-10', 'elapsed-days').days]).toEqual([1, 1, 2, 89, 90, 374]);
  });

  it('puts the default snapshot 24 hours after the latest purchase, and moves it with the reference date', () => {
    expect(snapshotMicros(dayNumber('2011-12-10'), micros('2011-12-09 12:50'))).toBe(micros('2011-12-10 12:50'));
    expect(snapshotMicros(dayNumber('2012-01-31'), micros('2011-12-09 12:50:30.25'))).toBe(micros('2012-01-31 12:50:30.25'));
    expect([...recencyColumn(COLUMNS, '2011-12-20', 'elapsed-days').days]).toEqual([11, 11, 12, 99, 100, 384]);
  });

  it('floors elapsed time before the purchase to negative days, as pandas’ Timedelta.days does', () => {
    // Snapshot 2011-12-01 12:50: the purchase at 12-08 12:51 is 7 days and 1 minute later.
    expect([...recencyColumn(COLUMNS, '2011-12-01', 'elapsed-days').days].slice(0, 3)).toEqual([-8, -8, -7]);
    expect([...recencyColumn(COLUMNS, '2011-12-01', 'calendar-days').days].slice(0, 3)).toEqual([-8, -7, -7]);
  });

  it('gives the values in ascending order without sorting them again', () => {
    for (const basis of ['calendar-days', 'elapsed-days'] as const) {
      const { days, sorted } = recencyColumn(COLUMNS, '2011-12-10', basis);
      expect([...sorted]).toEqual([...days].sort((a, b) => a - b));
    }
  });

  it('is exact to the microsecond at the day boundary', () => {
    const columns = columnsOf([
      { last: '2011-12-09 12:50:00.000', frequency: 1, monetary: '1' },
      { last: '2011-12-08 12:50:00.001', frequency: 1, monetary: '1' },
    ]);
    // 1 day and 23:59:59.999 before the snapshot: 1 elapsed day.
    expect([...recencyColumn(columns, '2011-12-10', 'elapsed-days').days]).toEqual([1, 1]);
    expect(MICROS_PER_DAY).toBe(86_400 * 1e6);
  });

  it('refuses a reference date that is not a day', () => {
    expect(() => recencyColumn(COLUMNS, 'soon', 'calendar-days')).toThrow('invalid reference date: soon');
    expect(() => recencyColumn(COLUMNS, '2011-02-30', 'elapsed-days')).toThrow('invalid reference date: 2011-02-30');
  });
});
