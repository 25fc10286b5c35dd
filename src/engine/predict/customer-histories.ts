import { CHURN_WINDOW_DAYS } from '../../model/predict/customer-history';
import type { CustomerHistories } from '../../model/predict/customer-history';
import type { HistoryPeriod } from '../../model/pipeline/history-periods';
import type { Connector, TableColumns } from '../db/connector';
import { numberColumn, textColumn } from '../db/table-columns';
import { CUSTOMER_HISTORIES } from './sql/purchase-days';
import { storedHistoriesSql } from './sql/stored-histories';

/**
 * Every customer's history at `cutoff` (inclusive) and their purchase days after it up to `laterEnd`
 * (inclusive; equal to the cutoff when nothing after it should be counted), as typed arrays.
 */
export async function readCustomerHistories(db: Connector, cutoff: string, laterEnd: string): Promise<CustomerHistories> {
  return historiesOf(await db.queryColumns(CUSTOMER_HISTORIES, [cutoff, laterEnd, CHURN_WINDOW_DAYS]));
}

/** The histories a customer table carries for one of its periods (model/pipeline/history-periods.ts). */
export async function readStoredHistories(db: Connector, period: HistoryPeriod): Promise<CustomerHistories> {
  return historiesOf(await db.queryColumns(storedHistoriesSql(period)));
}

/** The query's columns as they come (read whole, not row by row: every customer is in them). */
function historiesOf(columns: TableColumns): CustomerHistories {
  const numbers = (name: string) => numberColumn(columns, name);
  return {
    customerIds: textColumn(columns, 'customer_id'),
    x: numbers('x'),
    txDays: numbers('tx_days'),
    tDays: numbers('t_days'),
    zbar: numbers('zbar'),
    totalValue: numbers('total_value'),
    lastGapDays: numbers('last_gap_days'),
    recentPurchaseDays: numbers('recent_purchase_days'),
    nextPurchaseDays: numbers('next_purchase_days'),
    laterPurchaseDays: numbers('later_purchase_days'),
  };
}
