import type { CustomerColumns } from '../../model/segments/tier-rules/customer-columns';
import type { Connector } from '../db/connector';
import { numberColumn } from '../db/table-columns';
import { CUSTOMER_COLUMNS } from './sql/tier-rules';

/**
 * Every customer's last purchase, invoices and spend as typed arrays, once per file: the page applies
 * any tier rules to them without asking the worker again. Their buffers can be transferred, not copied.
 * Read as whole columns (no object per customer), which is most of what the read costs otherwise.
 */
export async function readCustomerColumns(db: Connector): Promise<CustomerColumns> {
  const columns = await db.queryColumns(CUSTOMER_COLUMNS);
  return {
    lastPurchaseMicros: numberColumn(columns, 'last_purchase_micros'),
    frequency: Int32Array.from(numberColumn(columns, 'frequency')),
    monetaryCents: numberColumn(columns, 'monetary_cents'),
  };
}

/** The buffers to hand to Comlink.transfer when the columns cross to the page. */
export function columnBuffers({ lastPurchaseMicros, frequency, monetaryCents }: CustomerColumns): ArrayBuffer[] {
  return [lastPurchaseMicros.buffer as ArrayBuffer, frequency.buffer as ArrayBuffer, monetaryCents.buffer as ArrayBuffer];
}
