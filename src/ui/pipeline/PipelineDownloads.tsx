import { useState } from 'react';
import type { EngineClient } from '../../engine/client';
import { PIPELINE_DIALECTS, type PipelineDialect } from '../../protocol/pipeline';
import { downloadText } from '../shared/download';

const LABELS: Record<PipelineDialect, string> = { duckdb: 'DuckDB script', bigquery: 'BigQuery', snowflake: 'Snowflake', spark: 'Spark SQL' };

/**
 * "Download the pipeline": the DuckDB script that repeats this analysis on files of any size, and the
 * customer-table query for a warehouse. Their output, dropped here, gives every report.
 */
export function PipelineDownloads({ engine }: { engine: EngineClient }) {
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (dialect: PipelineDialect) => {
    try {
      const script = await engine.pipelineScript(dialect);
      downloadText(script.fileName, script.text, 'application/sql;charset=utf-8');
      setFailure(null);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="card pipeline-downloads" data-testid="pipeline-downloads">
      <p className="small">
        More orders than a browser holds? Download the pipeline: it reads, cleans and adds up the lines on DuckDB (local files or S3, or MotherDuck)
        or in your warehouse, and writes a customer table to drop here.
      </p>
      <div className="button-row">
        {PIPELINE_DIALECTS.map((dialect) => (
          <button key={dialect} type="button" className="button small" data-testid="download-pipeline" data-dialect={dialect} onClick={() => void download(dialect)}>
            {LABELS[dialect]}
          </button>
        ))}
      </div>
      {failure && <p className="field-error">{failure}</p>}
    </div>
  );
}
