import type { AsOfColumns } from '../../model/insights/migration';
import { isIsoDate } from '../../model/shared/iso-date';
import type { Connector } from '../db/connector';
import { AS_OF_COLUMNS, CREATE_INVOICE_MOMENTS, CUSTOMER_IDS_AT } from './sql/migration';

/**
 * The loaded file's customers as of earlier dates. The table they are read from is built on the first
 * request, not with every load; a new file gets a new instance.
 */
export class AsOfCustomers {
  #moments: Promise<unknown> | null = null;

  constructor(private readonly db: Connector) {}

  /** The customers who had bought before `asOfDate`, as typed columns the page evaluates tier rules on. */
  async columns(asOfDate: string): Promise<AsOfColumns> {
    if (!isIsoDate(asOfDate)) throw new Error(`invalid date: ${asOfDate}`);
    this.#moments ??= this.db.query(CREATE_INVOICE_MOMENTS).catch((error: unknown) => {
      this.#moments = null;
      throw error;
    });
    await this.#moments;
    const columns = await this.db.queryColumns(AS_OF_COLUMNS, [asOfDate]);
    return {
      currentIndex: Int32Array.from(numbers(columns.current_index)),
      lastPurchaseMicros: Float64Array.from(numbers(columns.last_purchase_micros)),
      frequency: Int32Array.from(numbers(columns.frequency)),
      monetaryCents: Float64Array.from(numbers(columns.monetary_cents)),
    };
  }
}

/** The buffers to hand to Comlink.transfer. */
export function asOfBuffers(columns: AsOfColumns): ArrayBuffer[] {
  return [columns.currentIndex, columns.lastPurchaseMicros, columns.frequency, columns.monetaryCents].map((column) => column.buffer as ArrayBuffer);
}

/** Customer ids for positions in the current customer columns, in the order asked. */
export async function customerIdsAt(db: Connector, positions: readonly number[]): Promise<string[]> {
  if (positions.length > MAX_IDS) throw new Error(`invalid request: at most ${MAX_IDS} customers at a time`);
  if (!positions.every((position) => Number.isInteger(position) && position >= 0)) throw new Error('invalid customer positions');
  if (positions.length === 0) return [];
  const rows = await db.query<{ current_index: number; customer_id: string }>(CUSTOMER_IDS_AT, [positions.join(',')]);
  const ids = new Map(rows.map((row) => [row.current_index, row.customer_id]));
  return positions.map((position) => ids.get(position) ?? '');
}

/** A page of a list, not a whole file. */
const MAX_IDS = 1000;

/** A column of numbers; none at all when no customer had bought yet (a result without rows may come back without columns). */
function numbers(column: unknown): Float64Array {
  if (column === undefined) return new Float64Array(0);
  if (!(column instanceof Float64Array)) throw new Error('invalid as-of column');
  return column;
}
