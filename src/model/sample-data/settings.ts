/** The generator's options, their defaults, and the checks that reject unusable values early. */

export interface SampleOptions {
  /** Same seed and options → byte-identical output. Default 42. */
  seed?: number;
  /** Registered customers (each makes at least a first purchase if there are lines enough). Default 1000. */
  customers?: number;
  /** Exact number of data lines after the header. Default 40000. */
  lines?: number;
  /** Fraction of all lines that get a garbage Quantity, UnitPrice or InvoiceDate. Default 0. */
  unreadableRate?: number;
}

export type SampleSettings = Required<SampleOptions>;

const DEFAULT_SETTINGS: SampleSettings = { seed: 42, customers: 1000, lines: 40_000, unreadableRate: 0 };

/** Options filled in with defaults; throws a RangeError naming the first unusable option. */
export function resolveSettings(options: SampleOptions): SampleSettings {
  const settings = { ...DEFAULT_SETTINGS, ...stripUndefined(options) };
  requireWholeNumber('seed', settings.seed, Number.MIN_SAFE_INTEGER);
  requireWholeNumber('customers', settings.customers, 0);
  requireWholeNumber('lines', settings.lines, 0);
  if (!(settings.unreadableRate >= 0 && settings.unreadableRate <= 1)) {
    throw new RangeError(`unreadableRate must be between 0 and 1, got ${settings.unreadableRate}`);
  }
  return settings;
}

// An explicit `undefined` must mean "use the default", which a plain spread would not do.
function stripUndefined(options: SampleOptions): SampleOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

function requireWholeNumber(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number ≥ ${min}, got ${value}`);
  }
}
