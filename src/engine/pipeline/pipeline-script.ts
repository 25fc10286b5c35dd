import type { PipelineDialect, PipelineScript } from '../../protocol/pipeline';
import { PIPELINE_DIALECTS } from '../../protocol/pipeline';
import type { LoadSession } from '../load/load-session';
import { duckdbScript } from './duckdb-script';
import { pipelineRecipeOf } from './pipeline-recipe-of';
import { SQL_DIALECTS } from './warehouse/dialects';
import { warehouseScript } from './warehouse/warehouse-script';

/**
 * What "Download the pipeline" gives: for DuckDB the script that repeats the last analysis; for a
 * warehouse the customer-table query over an already loaded table of order lines.
 */
export function pipelineScript(session: LoadSession, dialect: PipelineDialect): PipelineScript {
  if (!PIPELINE_DIALECTS.includes(dialect)) throw new Error(`invalid dialect: ${String(dialect)}`);
  if (dialect === 'duckdb') {
    const { inspection, result } = session.analysed();
    return { dialect, fileName: 'pipeline.sql', text: duckdbScript(pipelineRecipeOf(inspection, result)) };
  }
  return { dialect, fileName: `customer-table-${dialect}.sql`, text: warehouseScript(SQL_DIALECTS[dialect]) };
}
