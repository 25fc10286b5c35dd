import { normaliseHeader } from '../../model/load/order-layouts';
import type { ColumnType, TableColumn } from '../../model/pipeline/customer-table';
import { InputError } from '../../protocol/errors';
import type { Connector, TableColumns } from '../db/connector';
import { openParquetColumns, type ParquetColumns, type ParquetRepresentation, type ParquetValues } from './files/parquet-columns';
import { numbersOf, textsOf } from './files/parquet-values';
import { copyColumnsSql, type ColumnEncoding, type SourceColumn, type TablePart } from './sql/customer-table-columns';

/**
 * A customer table in Parquet, read in the worker without going through text: hyparquet decodes one
 * row group at a time, column by column, into numbers and text (files/parquet-values.ts), the
 * connector hands them to DuckDB as Arrow, and SQL casts them to the documented types. Money stays
 * exact (its decimal digits as text), timestamps exact to the microsecond; only one row group is
 * held in memory at a time.
 */
const CHUNK_TABLE = 'customer_table_chunk';

interface PlannedColumn extends SourceColumn {
  fileColumn: string;
  representation: ParquetRepresentation;
}

/** Reads one part of the table (sql/customer-table-columns.ts) from the file: only its columns are decoded. */
export async function readParquetTable(db: Connector, file: Blob, part: TablePart, mode: 'create' | 'insert'): Promise<void> {
  const parquet = await openParquetColumns(file);
  const plan = part.columns.map((column) => planColumn(parquet, column));
  // An empty file still creates the table (with no rows).
  const ranges = parquet.ranges.length > 0 ? parquet.ranges : [{ rowStart: 0, rowEnd: 0 }];
  for (const [index, range] of ranges.entries()) {
    const values = await Promise.all(plan.map((column) => parquet.read(column.fileColumn, range)));
    const chunk: TableColumns = Object.fromEntries(plan.map((column, at) => [column.name, encoded(values[at], column)]));
    await db.writeTable(CHUNK_TABLE, chunk);
    await db.query(copyColumnsSql(part, plan, CHUNK_TABLE, index === 0 ? mode : 'insert'));
  }
  await db.query(`DROP TABLE IF EXISTS ${CHUNK_TABLE}`);
}

function planColumn(parquet: ParquetColumns, column: TableColumn): PlannedColumn {
  const fileColumn = parquet.headers.find((header) => normaliseHeader(header) === normaliseHeader(column.name));
  if (fileColumn === undefined) throw new Error(`invalid customer table: no column ${column.name}`);
  const representation = parquet.representation(fileColumn);
  const encoding = encodingOf(column.type, representation);
  if (!encoding) {
    const held = { micros: 'timestamps', days: 'dates', decimal: 'numbers', number: 'numbers', text: 'text' }[representation.kind];
    throw new InputError(`The column "${fileColumn}" of this customer table holds ${held} where the format has ${column.type} values. Make it again with the pipeline script downloaded from this app.`);
  }
  return { name: column.name, source: column.name, encoding, fileColumn, representation };
}

/** How a column of this Parquet type reaches SQL as this documented type; null when it cannot. */
function encodingOf(type: ColumnType, { kind }: ParquetRepresentation): ColumnEncoding | null {
  if (kind === 'text') return 'text';
  if (type === 'text' || type === 'money') return kind === 'number' || kind === 'decimal' ? 'text' : null;
  if (type === 'timestamp' || type === 'date') return kind === 'micros' ? 'epoch-micros' : kind === 'days' ? 'epoch-days' : null;
  return kind === 'number' || kind === 'decimal' ? 'value' : null;
}

function encoded(values: ParquetValues, { encoding, representation }: PlannedColumn): readonly (string | null)[] | Float64Array {
  return encoding === 'text' ? textsOf(values, representation) : numbersOf(values, representation);
}
