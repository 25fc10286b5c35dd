import { parquetMetadataAsync, parquetScan, parquetSchema, type AsyncBuffer, type FileMetaData, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

/**
 * A Parquet file read column by column, a row group at a time, with every value as exact as the file
 * holds it (hyparquet's own conversions would round): timestamps as microseconds since 1970 and dates
 * as days since 1970 (bigint and number, no Date objects), decimals as their unscaled integers with
 * the column's scale beside them, other numbers and text as hyparquet decodes them. A column is read
 * only when asked for.
 */
export type ParquetValues = ArrayLike<unknown>;

/** How a column's values come: what its Parquet type says they are. */
export type ParquetRepresentation =
  | { kind: 'micros' }
  | { kind: 'days' }
  | { kind: 'decimal'; scale: number }
  | { kind: 'number' }
  | { kind: 'text' };

export interface RowRange {
  rowStart: number;
  rowEnd: number;
}

export interface ParquetColumns {
  headers: string[];
  rows: number;
  /** The row groups, read one after another so that only one is held in memory. */
  ranges: readonly RowRange[];
  representation(column: string): ParquetRepresentation;
  read(column: string, range: RowRange): Promise<ParquetValues>;
}

/** Timestamps of every unit reach us in microseconds; INT96 comes in as nanoseconds. */
const EXACT_PARSERS = {
  timestampFromMilliseconds: (millis: bigint) => millis * 1000n,
  timestampFromMicroseconds: (micros: bigint) => micros,
  timestampFromNanoseconds: (nanos: bigint) => floorDivide(nanos, 1000n),
  dateFromDays: (days: number) => days,
};

export async function openParquetColumns(file: Blob): Promise<ParquetColumns> {
  const buffer: AsyncBuffer = { byteLength: file.size, slice: (start, end) => file.slice(start, end).arrayBuffer() };
  const metadata = await parquetMetadataAsync(buffer);
  const elements = new Map(parquetSchema(metadata).children.map((child) => [child.element.name, child.element]));
  // utf8: false leaves unannotated bytes alone (a decimal's, say); columns marked as text still decode.
  const scan = await parquetScan({ file: buffer, metadata: withoutDecimalScaling(metadata), compressors, parsers: EXACT_PARSERS, utf8: false });
  return {
    headers: [...elements.keys()],
    rows: Number(metadata.num_rows),
    ranges: scan.ranges,
    representation: (column) => representationOf(column, elements.get(column)),
    read: (column, range) => scan.readColumn({ column, ...range }),
  };
}

function representationOf(column: string, element: SchemaElement | undefined): ParquetRepresentation {
  if (!element) throw new Error(`invalid parquet column: ${column}`);
  const { type, converted_type: converted, logical_type: logical } = element;
  if (converted === 'DECIMAL' || logical?.type === 'DECIMAL') {
    return { kind: 'decimal', scale: element.scale ?? (logical?.type === 'DECIMAL' ? logical.scale : 0) };
  }
  if (type === 'INT96' || converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS' || logical?.type === 'TIMESTAMP') return { kind: 'micros' };
  if (converted === 'DATE' || logical?.type === 'DATE') return { kind: 'days' };
  const plainNumber = type === 'INT32' || type === 'INT64' || type === 'FLOAT' || type === 'DOUBLE';
  return plainNumber && !converted?.startsWith('TIME') && logical?.type !== 'TIME' ? { kind: 'number' } : { kind: 'text' };
}

/**
 * The same metadata with decimal columns unmarked: hyparquet multiplies a decimal's integer by
 * 10^-scale in floating point, which is not exact; unmarked, it hands over the integer itself.
 */
function withoutDecimalScaling(metadata: FileMetaData): FileMetaData {
  const schema = metadata.schema.map((element) =>
    element.converted_type === 'DECIMAL' || element.logical_type?.type === 'DECIMAL'
      ? { ...element, converted_type: undefined, logical_type: undefined }
      : element,
  );
  return { ...metadata, schema };
}

function floorDivide(value: bigint, divisor: bigint): bigint {
  const quotient = value / divisor;
  return value % divisor < 0n ? quotient - 1n : quotient;
}
