/** The pipeline beyond one browser: the script and warehouse queries the page offers for download. */
export const PIPELINE_DIALECTS = ['duckdb', 'bigquery', 'snowflake', 'spark'] as const;

export type PipelineDialect = (typeof PIPELINE_DIALECTS)[number];

export interface PipelineScript {
  dialect: PipelineDialect;
  fileName: string;
  text: string;
}

export interface PipelineVerbs {
  /**
   * The DuckDB script that repeats the last analysis on files of any size (the app's own statements,
   * with the mapping confirmed), or the customer-table query for a warehouse.
   */
  pipelineScript(dialect: PipelineDialect): Promise<PipelineScript>;
}
