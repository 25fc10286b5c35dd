import type { RfmCell } from '../../model/segments/rfm-totals';
import type { Connector } from '../db/connector';
import { RFM_CELLS } from './sql/scores';
import { camelRows } from '../db/plain-rows';

/**
 * Customers and revenue per combination of R, F and M scores. The scores are fixed when the file is
 * loaded, so this is asked for once per file; rule tables are then applied to these cells alone.
 */
export async function rfmCells(db: Connector): Promise<RfmCell[]> {
  return camelRows<RfmCell>(await db.query(RFM_CELLS));
}
