import { CHURN_WINDOW_DAYS } from '../../model/predict/customer-history';
import type { CustomerHistories } from '../../model/predict/customer-history';
import type { Connector } from '../db/connector';
import { CUSTOMER_HISTORIES } from './sql/purchase-days';
import { STORED_HISTORIES } from './sql/stored-histories';

interface HistoryRow extends Record<string, unknown> {
  customer_id: string;
  x: number;
  tx_days: number;
  t_days: number;
  zbar: number;
  total_value: number;
  last_gap_days: number | null;
  recent_purchase_days: number;
  next_purchase_days: number;
  later_purchase_days: number;
}

/**
 * Every customer's history at `cutoff` (inclusive) and their purchase days after it up to `laterEnd`
 * (inclusive; equal to the cutoff when nothing after it should be counted), as typed arrays.
 */
export async function readCustomerHistories(db: Connector, cutoff: string, laterEnd: string): Promise<CustomerHistories> {
  return historiesOf(await db.query<HistoryRow>(CUSTOMER_HISTORIES, [cutoff, laterEnd, CHURN_WINDOW_DAYS]));
}

/** The histories a customer table carries for one of its periods (model/pipeline/history-periods.ts). */
export async function readStoredHistories(db: Connector, period: string): Promise<CustomerHistories> {
  return historiesOf(await db.query<HistoryRow>(STORED_HISTORIES, [period]));
}

function historiesOf(rows: readonly HistoryRow[]): CustomerHistories {
  const column = (pick: (row: HistoryRow) => number) => Float64Array.from(rows, pick);
  return {
    customerIds: rows.map((row) => row.customer_id),
    x: column((row) => row.x),
    txDays: column((row) => row.tx_days),
    tDays: column((row) => row.t_days),
    zbar: column((row) => row.zbar),
    totalValue: column((row) => row.total_value),
    lastGapDays: column((row) => row.last_gap_days ?? Number.NaN),
    recentPurchaseDays: column((row) => row.recent_purchase_days),
    nextPurchaseDays: column((row) => row.next_purchase_days),
    laterPurchaseDays: column((row) => row.later_purchase_days),
  };
}
