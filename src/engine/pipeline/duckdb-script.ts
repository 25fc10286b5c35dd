import { CUSTOMER_TABLE_VERSION } from '../../model/pipeline/customer-table';
import { COUNT_EVERY_LINE } from '../load/sql/order-amounts';
import { MARK_DUPLICATES, MARK_FUTURE_DATES } from '../load/sql/clean';
import { CREATE_CUSTOMERS } from '../load/sql/customers';
import { orderLinesSql } from '../load/sql/lines/mapped-lines';
import { csvReader, parquetReader } from '../load/sql/read-source';
import { CREATE_PURCHASE_DAYS } from '../predict/sql/purchase-days';
import type { PipelineRecipe } from './pipeline-recipe';
import { bindExpressions } from './sql/bind-expressions';
import { cleaningReportSql } from './sql/cleaning-report';
import { customerHistoriesSql, customerTableSql, SET_TABLE_DATES } from './sql/customer-table';

/**
 * The pipeline as one script for the DuckDB CLI: the worker's own statements, composed in the order
 * the worker runs them, with the file parameter bound to the `input` variable (a glob), the
 * decisions the analysis made fixed in, and the two outputs copied to `output_dir`.
 */
const INPUT = `getvariable('input')`;
const OUTPUT_DIR = `getvariable('output_dir')`;

export function duckdbScript(recipe: PipelineRecipe): string {
  return `${header(recipe)}\n\n${pipelineStatements(recipe).map((sql) => `${sql.trim()};`).join('\n\n')}\n`;
}

/** The statements, without the header, in the order they run. */
export function pipelineStatements(recipe: PipelineRecipe): string[] {
  const { plan, dates } = recipe;
  const source = { reader: reader(recipe), columns: recipe.headers.length, fileIndex: 0 };
  const statements = [
    bindExpressions(orderLinesSql(plan, source, dates, 'create'), [INPUT]),
    ...(recipe.countEveryLine ? [COUNT_EVERY_LINE] : []),
    // Lines dated after the day the script runs are left out, as the app leaves out those after the user's today.
    ...(plan.includeFutureDates ? [] : [bindExpressions(MARK_FUTURE_DATES, ['false', 'current_date'])]),
    ...(plan.dropDuplicates ? [bindExpressions(MARK_DUPLICATES, ['true'])] : []),
    CREATE_CUSTOMERS,
    CREATE_PURCHASE_DAYS,
    ...SET_TABLE_DATES,
    customerHistoriesSql(),
    customerTableSql(),
    `COPY (${cleaningReportSql(recipe.kind === 'csv')}) TO (${OUTPUT_DIR} || '/cleaning.csv') (FORMAT csv, HEADER true)`,
    `COPY customer_table TO (${OUTPUT_DIR} || '/customers.parquet') (FORMAT parquet)`,
    `COPY (SELECT * FROM customer_table WHERE coalesce(getvariable('csv'), false))
      TO (${OUTPUT_DIR} || '/customers.csv') (FORMAT csv, HEADER true, WRITE_EMPTY_FILE false)`,
  ];
  return statements;
}

function reader({ kind, delimiter, encoding, headers }: PipelineRecipe): string {
  return kind === 'parquet' ? parquetReader(headers.length) : csvReader({ delimiter, encoding, columns: headers.length });
}

/** Text from the user's file goes into comments only, on one line each. */
function commentText(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
}

function header({ fileName, kind, fromWorkbook, headers, plan }: PipelineRecipe): string {
  const files = kind === 'parquet' ? `Parquet files` : `CSV files`;
  const example = kind === 'parquet' ? 'orders/*.parquet' : 'orders/*.csv';
  return [
    `-- Retention Engine pipeline: order lines to a customer table (${CUSTOMER_TABLE_VERSION}), for the DuckDB CLI.`,
    `-- Made from the analysis of "${commentText(fileName)}", with the mapping confirmed there; the statements are the`,
    `-- ones the app runs. It reads ${files} with this header (every file the same):`,
    `--   ${commentText(headers.join(', '))}`,
    ...(fromWorkbook ? [`-- (the analysis read an Excel workbook: save its first sheet as CSV UTF-8 for the script)`] : []),
    `--`,
    `-- Set where to read and write, then run it:`,
    `--   SET VARIABLE input = '${example}';   -- a path or glob; s3://bucket/orders/*.${kind} works too`,
    `--   SET VARIABLE output_dir = 'out';        -- an existing folder, or s3://bucket/out`,
    `--   SET VARIABLE csv = true;                -- optional: customers.csv beside customers.parquet`,
    `-- e.g. duckdb -cmd "SET VARIABLE input = '${example}'; SET VARIABLE output_dir = 'out';" -f pipeline.sql`,
    `-- On MotherDuck or with S3, create the secret for the bucket first; the script runs unchanged.`,
    `--`,
    `-- It writes to output_dir:`,
    `--   cleaning.csv       lines per cleaning reason (the app's cleaning report)`,
    `--   customers.parquet  the customer table: drop it, with cleaning.csv, on the app to see every report`,
    ...(plan.money === 'order_amount' ? [`-- Files are read as one: an order repeated in several files is not counted once per file here.`] : []),
  ].join('\n');
}
