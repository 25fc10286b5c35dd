import type { OracleResult } from './oracle';

/** Per-tier totals from the oracle, summed exactly in cents. */
export function oracleTotals(result: OracleResult): Record<string, { customers: number; revenue: string }> {
  const totals: Record<string, { customers: number; cents: bigint }> = {};
  for (const tier of ['champion', 'at_risk_whale', 'average', 'hibernating']) totals[tier] = { customers: 0, cents: 0n };
  for (const customer of result.customers.values()) {
    totals[customer.segment].customers += 1;
    totals[customer.segment].cents += BigInt(customer.monetary.replace('.', ''));
  }
  return Object.fromEntries(
    Object.entries(totals).map(([tier, { customers, cents }]) => [tier, { customers, revenue: centsText(cents) }]),
  );
}

function centsText(cents: bigint): string {
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** An exported CSV as rows keyed by customer id (the export's ids contain no commas or quotes here). */
export function parseExport(text: string): Map<string, Record<string, string>> {
  const [header, ...lines] = text.trimEnd().split(/\r?\n/);
  const columns = header.split(',');
  return new Map(
    lines.map((line) => {
      const cells = line.split(',');
      const row = Object.fromEntries(columns.map((column, index) => [column, cells[index]]));
      return [row.customer_id, row];
    }),
  );
}

/** The oracle's customers in the export's shape, for a whole-table comparison. */
export function oracleExportRows(result: OracleResult, segment?: string): Map<string, Record<string, string>> {
  const rows = new Map<string, Record<string, string>>();
  for (const customer of result.customers.values()) {
    if (segment && customer.segment !== segment) continue;
    rows.set(customer.customerId, {
      customer_id: customer.customerId,
      recency_days: String(customer.recencyDays),
      frequency: String(customer.frequency),
      monetary: customer.monetary,
      segment: customer.segment,
    });
  }
  return rows;
}

/** Keeps only the columns the oracle knows, so extra export columns do not break the comparison. */
export function pickColumns(rows: Map<string, Record<string, string>>, columns: readonly string[]) {
  return new Map([...rows].map(([id, row]) => [id, Object.fromEntries(columns.map((column) => [column, row[column]]))]));
}
