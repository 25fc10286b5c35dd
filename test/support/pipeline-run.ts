import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connector } from '../../src/engine/db/connector';
import { quoteLiteral } from '../../src/engine/db/identifiers';

/** A script's statements, split at semicolons outside string literals, quoted names and comments. */
export function scriptStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  for (let index = 0; index < script.length; ) {
    const char = script[index];
    if (char === "'" || char === '"') {
      let end = index + 1;
      while (end < script.length && !(script[end] === char && script[end + 1] !== char)) end += script[end] === char ? 2 : 1;
      current += script.slice(index, end + 1);
      index = end + 1;
    } else if (script.startsWith('--', index)) {
      const end = script.indexOf('\n', index);
      index = end < 0 ? script.length : end;
    } else if (char === ';') {
      if (current.trim()) statements.push(current.trim());
      current = '';
      index++;
    } else {
      current += char;
      index++;
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

/** Runs a pipeline script as the DuckDB CLI would after the variables are set; returns the output folder. */
export async function runPipelineScript(db: Connector, script: string, input: string, csv = false): Promise<string> {
  const outputDir = mkdtempSync(join(tmpdir(), 'retention-pipeline-'));
  await db.query(`SET VARIABLE input = ${quoteLiteral(input)}`);
  await db.query(`SET VARIABLE output_dir = ${quoteLiteral(outputDir)}`);
  if (csv) await db.query('SET VARIABLE csv = true');
  for (const statement of scriptStatements(script)) await db.query(statement);
  return outputDir;
}
