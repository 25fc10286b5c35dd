import type { RfmCell } from '../../model/segments/rfm-totals';
import type { Connector } from '../db/connector';
import { RFM_CELLS } from './sql/scores';

/**
 * Customers and revenue per combination of R, F and M scores. The scores are fixed when the file is
 * loaded, so this is asked for once per file; rule tables are then applied to these cells alone.
 */
export function rfmCells(db: Connector): Promise<RfmCell[]> {
  return db.query<RfmCell & Record<string, unknown>>(RFM_CELLS);
}
