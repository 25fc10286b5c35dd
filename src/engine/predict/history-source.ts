import type { CustomerHistories } from '../../model/predict/customer-history';
import { periodFor, type TableDates } from '../../model/pipeline/history-periods';
import { unavailableText } from '../../model/pipeline/unavailable-features';
import type { LoadSource } from '../../protocol/load';
import { InputError } from '../../protocol/errors';
import type { Connector } from '../db/connector';
import { readCustomerHistories, readStoredHistories } from './customer-histories';
import { CREATE_PURCHASE_DAYS } from './sql/purchase-days';
import { STORED_TABLE_DATES } from './sql/stored-histories';

/**
 * Where customer histories come from: purchase days added up from the order lines at any cutoff, or
 * the periods a customer table carries, which answer exactly the cutoffs a prediction run asks for
 * with the table's reference date and calibration end, and no others.
 */
export type ReadHistories = (cutoff: string, laterEnd: string) => Promise<CustomerHistories>;

export async function historySource(db: Connector, source: LoadSource): Promise<ReadHistories> {
  if (source === 'customer-table') return storedHistories(db);
  await db.query(CREATE_PURCHASE_DAYS);
  return (cutoff, laterEnd) => readCustomerHistories(db, cutoff, laterEnd);
}

async function storedHistories(db: Connector): Promise<ReadHistories> {
  const [row] = await db.query<{ observation_end: string; calibration_end: string }>(STORED_TABLE_DATES);
  const dates: TableDates = { observationEnd: row.observation_end, calibrationEnd: row.calibration_end };
  return (cutoff, laterEnd) => {
    const period = periodFor(cutoff, laterEnd, dates);
    if (!period) {
      const made = `The table was made for the reference date after ${dates.observationEnd} and the calibration end ${dates.calibrationEnd}`;
      return Promise.reject(new InputError(`${unavailableText('otherPredictionDates')} ${made}; run the pipeline script again for other dates.`));
    }
    return readStoredHistories(db, period);
  };
}
