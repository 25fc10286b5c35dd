/**
 * How a date column is written, and in which order day and month come. `12/1/2010` is the 1st of
 * December in Month/Day order and the 12th of January in Day/Month order; only a value with a part
 * above 12 tells them apart. The sample of the first lines gives a first guess; the engine then
 * checks the whole column (see `decideDateOrder`) and asks the user when every value fits both.
 */
export type DateOrder = 'ymd' | 'mdy' | 'dmy';

export type DateSeparator = '-' | '/' | '.';

export interface DateSpec {
  /** The order the sample suggests: `ymd` for ISO-like dates, otherwise `mdy` or `dmy` (or null: undecided). */
  order: DateOrder | null;
  separator: DateSeparator;
  /** Day/month-first dates (not ISO): their order has to be decided. */
  dayMonthShape: boolean;
  twoDigitYear: boolean;
  /** Some values end with a time-zone offset (`+0100`, `Z`); it is dropped, the local time kept. */
  offset: boolean;
  /** Sample values whose first part is above 12 (day first) and whose second part is (month first). */
  evidence: { dayFirst: number; monthFirst: number };
  /** Time shapes seen, most common first, so the likeliest format is tried first. */
  times: TimeShape[];
}

export type TimeShape = 'hms' | 'hm' | 'none' | 'hms_fraction' | 'hm_ampm' | 'hms_ampm' | 'hms_fraction_ampm';

/**
 * A trailing time-zone offset; engine/load/sql/lines/date-parsing.ts drops the same in SQL (case ignored in both).
 * Written without `\s` so that JavaScript and DuckDB's RE2 read it alike.
 */
export const OFFSET = / *(?:Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)$/i;
const ISO_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(.*)$/;
const DAY_MONTH_DATE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(.*)$/;
/** A 24-hour time after a space or `T` (fractions of a second up to nanoseconds), or a 12-hour one after a space. */
const TIME = /^(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?| (\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)? ?([AaPp][Mm]))?$/;

/** Drops a trailing time-zone offset; only after a time, so the year of `5-3-2024` is safe. */
export function stripOffset(text: string): string {
  return text.includes(':') ? text.replace(OFFSET, '') : text;
}

interface DateShape {
  order: 'ymd' | 'day_month';
  separator: DateSeparator;
  first: number;
  second: number;
  twoDigitYear: boolean;
  time: TimeShape;
  offset: boolean;
}

export function dateShape(raw: string): DateShape | null {
  const trimmed = raw.trim();
  const text = stripOffset(trimmed);
  const offset = text !== trimmed;
  const iso = ISO_DATE.exec(text);
  const dayMonth = iso ? null : DAY_MONTH_DATE.exec(text);
  const match = iso ?? dayMonth;
  if (!match) return null;
  const time = timeShape(match[5]);
  if (time === null) return null;
  return {
    order: iso ? 'ymd' : 'day_month',
    separator: match[2] as DateSeparator,
    first: Number(iso ? match[3] : match[1]),
    second: Number(iso ? match[4] : match[3]),
    twoDigitYear: !iso && match[4].length === 2,
    time,
    offset,
  };
}

function timeShape(rest: string): TimeShape | null {
  const match = TIME.exec(rest);
  if (!match) return null;
  if (match[9]) return match[7] === undefined ? 'hm_ampm' : match[8] ? 'hms_fraction_ampm' : 'hms_ampm';
  if (match[1] === undefined) return 'none';
  if (match[4]) return 'hms_fraction';
  return match[3] === undefined ? 'hm' : 'hms';
}

/** Profiles sample values of a date column; null when none looks like a date. */
export function profileDates(values: readonly string[]): DateSpec | null {
  const shapes = values.map(dateShape).filter((shape): shape is DateShape => shape !== null);
  if (shapes.length === 0) return null;
  const dayMonth = shapes.filter((shape) => shape.order === 'day_month');
  const iso = shapes.length - dayMonth.length;
  const evidence = {
    dayFirst: dayMonth.filter((shape) => shape.first > 12 && shape.second <= 12).length,
    monthFirst: dayMonth.filter((shape) => shape.second > 12 && shape.first <= 12).length,
  };
  const dayMonthShape = dayMonth.length > iso;
  const chosen = dayMonthShape ? dayMonth : shapes.filter((shape) => shape.order === 'ymd');
  return {
    order: dayMonthShape ? sampleOrder(evidence) : 'ymd',
    separator: mostCommon(chosen.map((shape) => shape.separator)),
    dayMonthShape,
    twoDigitYear: chosen.filter((shape) => shape.twoDigitYear).length * 2 > chosen.length,
    offset: shapes.some((shape) => shape.offset),
    evidence,
    times: byFrequency(chosen.map((shape) => shape.time)),
  };
}

function sampleOrder({ dayFirst, monthFirst }: DateSpec['evidence']): DateOrder | null {
  if (dayFirst === 0 && monthFirst === 0) return null;
  return dayFirst > monthFirst ? 'dmy' : 'mdy';
}

function mostCommon<T>(values: readonly T[]): T {
  return byFrequency(values)[0];
}

function byFrequency<T>(values: readonly T[]): T[] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([value]) => value);
}

/** strptime formats per time shape; `%n` takes 1 to 9 digits of a second, `%p` needs no space before it in the second form. */
const TIME_FORMATS: Record<TimeShape, string[]> = {
  hm: [' %H:%M', 'T%H:%M'],
  hms: [' %H:%M:%S', 'T%H:%M:%S'],
  none: [''],
  hms_fraction: [' %H:%M:%S.%n', 'T%H:%M:%S.%n'],
  hm_ampm: [' %I:%M %p', ' %I:%M%p'],
  hms_ampm: [' %I:%M:%S %p', ' %I:%M:%S%p'],
  hms_fraction_ampm: [' %I:%M:%S.%n %p', ' %I:%M:%S.%n%p'],
};
const ALL_TIMES = Object.keys(TIME_FORMATS) as TimeShape[];

/** strptime formats for an order, the sample's most common shapes first, then every other shape. */
export function dateFormats(spec: Pick<DateSpec, 'separator' | 'twoDigitYear' | 'times'>, order: DateOrder): string[] {
  const s = spec.separator;
  const year = spec.twoDigitYear ? '%y' : '%Y';
  const day = { ymd: `%Y${s}%m${s}%d`, mdy: `%m${s}%d${s}${year}`, dmy: `%d${s}%m${s}${year}` }[order];
  const times = [...spec.times, ...ALL_TIMES.filter((time) => !spec.times.includes(time))];
  return [...new Set(times.flatMap((time) => TIME_FORMATS[time].map((format) => day + format)))];
}

export const DATE_ORDER_LABELS: Record<DateOrder, string> = {
  ymd: 'Year-Month-Day (ISO)',
  mdy: 'Month/Day/Year',
  dmy: 'Day/Month/Year',
};

/** An example of how a date in this order and separator looks, for messages. */
export function dateExample(order: DateOrder, separator: DateSeparator = '/'): string {
  const s = separator;
  return { ymd: `2024${s === '/' ? '-' : s}03${s === '/' ? '-' : s}25 14:30`, mdy: `3${s}25${s}2024 14:30`, dmy: `25${s}3${s}2024 14:30` }[order];
}

/**
 * Whole-column evidence after parsing in `parsedAs`: lines whose parsed day is above 12 confirm it;
 * lines that failed but parse in the other order contradict it. Neither: every value fits both.
 */
export interface ColumnEvidence {
  confirming: number;
  contradicting: number;
}

export type DateOrderDecision =
  | { action: 'keep'; order: DateOrder }
  | { action: 'switch'; order: DateOrder }
  | { action: 'ask' };

export function otherOrder(order: 'mdy' | 'dmy'): 'mdy' | 'dmy' {
  return order === 'mdy' ? 'dmy' : 'mdy';
}

export function decideDateOrder(
  parsedAs: 'mdy' | 'dmy',
  { confirming, contradicting }: ColumnEvidence,
  ambiguous: 'ask' | 'mdy' | 'dmy',
): DateOrderDecision {
  if (contradicting > confirming) return { action: 'switch', order: otherOrder(parsedAs) };
  if (confirming > 0) return { action: 'keep', order: parsedAs };
  if (ambiguous === 'ask') return { action: 'ask' };
  return ambiguous === parsedAs ? { action: 'keep', order: parsedAs } : { action: 'switch', order: ambiguous };
}
