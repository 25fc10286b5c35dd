import { prepareColumns, type PreparedColumns } from '../../src/model/segments/tier-rules/customer-columns';

/** One customer as a test writes it: last purchase 'YYYY-MM-DD HH:MM[:SS]', invoices, spend as text ('12.50'). */
export interface CustomerLiteral {
  last: string;
  frequency: number;
  monetary: string;
}

/** Microseconds since 1970 of a timestamp written in the file's own clock. */
export function micros(timestamp: string): number {
  const ms = Date.parse(`${timestamp.replace(' ', 'T')}Z`);
  if (Number.isNaN(ms)) throw new Error(`invalid timestamp in test: ${timestamp}`);
  return ms * 1000;
}

/** Cents of a non-negative amount written with up to two decimals, without going through a double. */
export function cents(money: string): number {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(money);
  if (!match) throw new Error(`invalid money in test: ${money}`);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export function columnsOf(customers: readonly CustomerLiteral[]): PreparedColumns {
  return prepareColumns({
    lastPurchaseMicros: Float64Array.from(customers, (customer) => micros(customer.last)),
    frequency: Int32Array.from(customers, (customer) => customer.frequency),
    monetaryCents: Float64Array.from(customers, (customer) => cents(customer.monetary)),
  });
}
