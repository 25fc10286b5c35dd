/**
 * Who moved since an earlier date, the plain way, for an Online Retail CSV: the file cut to the lines
 * dated before that date and analysed again by the independent oracle (oracle.ts), both tiered by the
 * oracle's rules (tier-rules-oracle.ts), then counted pair by pair, revenue in BigInt cents as of the
 * reference date. Shares no code with src/.
 */
import { oracleAnalysis, parseCsv } from './oracle';
import { oracleTiers, type OracleRules } from './tier-rules-oracle';

export interface OracleMigrationCell {
  from: string;
  to: string;
  customers: number;
  /** Two decimals, e.g. "1234.50". */
  revenue: string;
}

const THRESHOLDS = { valuePercentile: 80, activeDays: 90 };

export function oracleMigration(csv: string, rules: OracleRules, referenceDate: string, asOfDate: string): OracleMigrationCell[] {
  const now = [...oracleAnalysis(csv, { ...THRESHOLDS, referenceDate }).customers.values()];
  const before = [...oracleAnalysis(linesBefore(csv, asOfDate), { ...THRESHOLDS, referenceDate: asOfDate }).customers.values()];
  const tiersNow = oracleTiers(now, rules);
  const tiersBefore = before.length > 0 ? oracleTiers(before, rules) : new Map<string, string>();
  const cells = new Map<string, { customers: number; cents: bigint }>();
  for (const customer of now) {
    const key = `${tiersBefore.get(customer.customerId) ?? 'new'} ${tiersNow.get(customer.customerId)}`;
    const cell = cells.get(key) ?? { customers: 0, cents: 0n };
    cell.customers += 1;
    cell.cents += BigInt(customer.monetary.replace('.', ''));
    cells.set(key, cell);
  }
  return [...cells]
    .map(([key, cell]) => {
      const [from, to] = key.split(' ');
      return { from, to, customers: cell.customers, revenue: money(cell.cents) };
    })
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** The header and every line whose M/D/YYYY H:MM date is before the day; a line without a readable date stays (it is left out anyway). */
export function linesBefore(csv: string, day: string): string {
  const [header, ...rows] = parseCsv(csv);
  const dateColumn = header.findIndex((name) => name.replace(/\s+/g, '').toLowerCase() === 'invoicedate');
  const kept = rows.filter((fields) => {
    const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) /.exec((fields[dateColumn] ?? '').trim());
    if (!match) return true;
    const iso = `${match[3]}-${match[1].padStart(2, '0')}-${match[2].padStart(2, '0')}`;
    return iso < day;
  });
  return [header, ...kept].map((fields) => fields.map(quoted).join(',')).join('\n');
}

function quoted(field: string): string {
  return /[",\n\r]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function money(cents: bigint): string {
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}
