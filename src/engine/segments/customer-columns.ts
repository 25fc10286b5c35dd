import type { CustomerColumns } from '../../model/segments/tier-rules/customer-columns';
import type { Connector, TableColumns } from '../db/connector';
import { CUSTOMER_COLUMNS } from './sql/tier-rules';

/**
 * Every customer's last purchase, invoices and spend as typed arrays, once per file: the page applies
 * any tier rules to them without asking the worker again. Their buffers can be transferred, not copied.
 * Read as whole columns (no object per customer), which is most of what the read costs otherwise.
 */
export async function readCustomerColumns(db: Connector): Promise<CustomerColumns> {
  const columns = await db.queryColumns(CUSTOMER_COLUMNS);
  return {
    lastPurchaseMicros: numbers(columns, 'last_purchase_micros'),
    frequency: Int32Array.from(numbers(columns, 'frequency')),
    monetaryCents: numbers(columns, 'monetary_cents'),
  };
}

function numbers(columns: TableColumns, name: string): Float64Array {
  const values = columns[name];
  if (!(values instanceof Float64Array)) throw new Error(`invalid customer column ${name}: expected numbers`);
  return values;
}

/** The buffers to hand to Comlink.transfer when the columns cross to the page. */
export function columnBuffers({ lastPurchaseMicros, frequency, monetaryCents }: CustomerColumns): ArrayBuffer[] {
  return [lastPurchaseMicros.buffer as ArrayBuffer, frequency.buffer as ArrayBuffer, monetaryCents.buffer as ArrayBuffer];
}
