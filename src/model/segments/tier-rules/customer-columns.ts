/**
 * Every customer's measures as columns, the i-th entry of each column the same customer: what the
 * worker sends once per file (typed arrays, transferable) and the page segments on.
 */
export interface CustomerColumns {
  /** The last purchase's timestamp, microseconds since 1970-01-01 00:00 (the file's own clock). */
  lastPurchaseMicros: Float64Array;
  /** Distinct invoices. */
  frequency: Int32Array;
  /** Spend in whole cents: integers in a double, exact to 2^53 cents, so sums of them are exact. */
  monetaryCents: Float64Array;
}

/**
 * The columns with what does not change until the next file: each column sorted once (for
 * percentiles), monetary as the double the SQL compares (cents / 100, as DuckDB turns DECIMAL into
 * DOUBLE), and customers ordered from the latest last purchase to the earliest, which is the order of
 * ascending recency for any reference date and either recency basis.
 */
export interface PreparedColumns extends CustomerColumns {
  customers: number;
  monetary: Float64Array;
  sortedFrequency: Float64Array;
  sortedMonetary: Float64Array;
  latestFirst: Uint32Array;
  /** The latest purchase in the file: its time of day places the elapsed-days snapshot. */
  latestPurchaseMicros: number;
}

export function prepareColumns(columns: CustomerColumns): PreparedColumns {
  const { lastPurchaseMicros, frequency, monetaryCents } = columns;
  const customers = frequency.length;
  if (customers === 0) throw new Error('invalid customer columns: no customers');
  if (lastPurchaseMicros.length !== customers || monetaryCents.length !== customers) {
    throw new Error('invalid customer columns: columns of different lengths');
  }
  const monetary = monetaryCents.map((cents) => cents / 100);
  const latestFirst = new Uint32Array(customers).map((_, index) => index).sort((a, b) => lastPurchaseMicros[b] - lastPurchaseMicros[a]);
  return {
    ...columns,
    customers,
    monetary,
    sortedFrequency: Float64Array.from(frequency).sort(),
    sortedMonetary: monetary.slice().sort(),
    latestFirst,
    latestPurchaseMicros: lastPurchaseMicros[latestFirst[0]],
  };
}
