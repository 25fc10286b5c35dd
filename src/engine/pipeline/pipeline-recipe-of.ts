import type { LoadResult } from '../../protocol/load';
import type { Inspection } from '../load/inspect-sources';
import { sampleDateSpec } from '../load/read-orders';
import type { PipelineRecipe } from './pipeline-recipe';

/** The recipe of an analysis: how its files were read, and what the analysis settled. */
export function pipelineRecipeOf({ sources, preview }: Inspection, result: LoadResult): PipelineRecipe {
  const [first] = sources;
  return {
    fileName: result.fileName,
    kind: first.kind === 'parquet' ? 'parquet' : 'csv',
    fromWorkbook: first.kind === 'xlsx',
    delimiter: first.kind === 'csv' ? first.delimiter : ',',
    // Windows-1252 is converted in the browser; DuckDB alone reads it as Latin-1 (as in Node).
    encoding: first.kind === 'csv' && first.encoding !== 'utf-8' ? 'latin-1' : 'utf-8',
    headers: preview.headers,
    plan: result.plan,
    dates: { spec: sampleDateSpec(preview, result.plan), order: result.dateOrder.order },
    countEveryLine: result.amounts?.perLine ?? false,
  };
}
