/**
 * Every customer's measures as columns, the i-th entry of each column the same customer: what the
 * worker sends once per file (typed arrays, transferable) and the page segments on. Any order of
 * customers works; latest last purchase first is the cheapest to prepare.
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
  /** Frequency and monetary as the doubles rules compare: one kind of array for every measure keeps the loops fast. */
  frequencyValues: Float64Array;
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
  const frequencyValues = new Float64Array(frequency);
  const latestFirst = latestPurchaseFirst(lastPurchaseMicros);
  return {
    ...columns,
    customers,
    frequencyValues,
    monetary,
    sortedFrequency: frequencyValues.slice().sort(),
    sortedMonetary: monetary.slice().sort(),
    latestFirst,
    latestPurchaseMicros: lastPurchaseMicros[latestFirst[0]],
  };
}

/**
 * Customer positions from the latest last purchase to the earliest. The engine sends the customers
 * in that order already (sql/tier-rules.ts CUSTOMER_COLUMNS), which one pass confirms; other orders
 * are sorted, which for 100,000 customers costs a hundred milliseconds or so more.
 */
function latestPurchaseFirst(lastPurchaseMicros: Float64Array): Uint32Array {
  const positions = new Uint32Array(lastPurchaseMicros.length).map((_, index) => index);
  for (let i = 1; i < lastPurchaseMicros.length; i++) {
    if (lastPurchaseMicros[i] > lastPurchaseMicros[i - 1]) return positions.sort((a, b) => lastPurchaseMicros[b] - lastPurchaseMicros[a]);
  }
  return positions;
}
