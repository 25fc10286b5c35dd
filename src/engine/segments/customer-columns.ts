import type { CustomerColumns } from '../../model/segments/tier-rules/customer-columns';
import type { Connector } from '../db/connector';
import { CUSTOMER_COLUMNS } from './sql/tier-rules';

/**
 * Every customer's last purchase, invoices and spend as typed arrays, once per file: the page applies
 * any tier rules to them without asking the worker again. Their buffers can be transferred, not copied.
 */
export async function readCustomerColumns(db: Connector): Promise<CustomerColumns> {
  const rows = await db.query<{ last_purchase_micros: number; frequency: number; monetary_cents: number }>(CUSTOMER_COLUMNS);
  const columns: CustomerColumns = {
    lastPurchaseMicros: new Float64Array(rows.length),
    frequency: new Int32Array(rows.length),
    monetaryCents: new Float64Array(rows.length),
  };
  rows.forEach((row, index) => {
    columns.lastPurchaseMicros[index] = row.last_purchase_micros;
    columns.frequency[index] = row.frequency;
    columns.monetaryCents[index] = row.monetary_cents;
  });
  return columns;
}

/** The buffers to hand to Comlink.transfer when the columns cross to the page. */
export function columnBuffers({ lastPurchaseMicros, frequency, monetaryCents }: CustomerColumns): ArrayBuffer[] {
  return [lastPurchaseMicros.buffer as ArrayBuffer, frequency.buffer as ArrayBuffer, monetaryCents.buffer as ArrayBuffer];
}
