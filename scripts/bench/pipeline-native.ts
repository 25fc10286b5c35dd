/**
 * Runs a pipeline script in native DuckDB in its own process, so its peak memory is its own:
 *   tsx scripts/bench/pipeline-native.ts SCRIPT INPUT OUTPUT_DIR
 * Prints one JSON line: seconds and peak resident memory. DuckDB gets the machine's two cores and
 * a memory limit that leaves room for the rest of the machine; beyond it, it spills to disk.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quoteLiteral } from '../../src/engine/db/identifiers';
import { scriptStatements } from '../../test/support/pipeline-run';

const MEMORY_LIMIT = '12GB';

async function main([scriptPath, input, outputDir]: string[]): Promise<void> {
  if (!scriptPath || !input || !outputDir) throw new Error('usage: tsx scripts/bench/pipeline-native.ts SCRIPT INPUT OUTPUT_DIR');
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: MEMORY_LIMIT, temp_directory: join(tmpdir(), 'retention-pipeline-spill') });
  const connection = await instance.connect();
  const started = performance.now();
  await connection.run(`SET VARIABLE input = ${quoteLiteral(input)}`);
  await connection.run(`SET VARIABLE output_dir = ${quoteLiteral(outputDir)}`);
  for (const statement of scriptStatements(readFileSync(scriptPath, 'utf8'))) await connection.run(statement);
  const seconds = (performance.now() - started) / 1000;
  // maxRSS is in kilobytes.
  console.log(JSON.stringify({ seconds, peakRssBytes: process.resourceUsage().maxRSS * 1024, memoryLimit: MEMORY_LIMIT }));
  connection.closeSync();
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
