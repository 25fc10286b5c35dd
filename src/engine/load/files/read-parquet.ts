import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { CsvBuilder } from './rows-to-csv';

/**
 * A Parquet file as CSV bytes (see rows-to-csv.ts). DuckDB-WASM reads Parquet only through an
 * extension it would fetch from its servers, which this app never does, so hyparquet reads it here,
 * one row group at a time, straight from the file on disk. Every codec is supported. A customer
 * table is not converted: it is read column by column (parquet-columns.ts).
 */
export interface TableProgress {
  rowsDone: number;
  rowsTotal: number;
}

export async function parquetToCsv(file: Blob, onProgress: (progress: TableProgress) => void = () => {}): Promise<{ headers: string[]; csv: Uint8Array }> {
  const buffer = asyncBuffer(file);
  const metadata = await parquetMetadataAsync(buffer);
  const headers = headersOf(metadata);
  const rowsTotal = Number(metadata.num_rows);
  onProgress({ rowsDone: 0, rowsTotal });
  const csv = new CsvBuilder(headers.length);
  csv.addRow(headers);
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    await parquetRead({
      file: buffer,
      metadata,
      rowStart,
      rowEnd,
      compressors,
      onComplete: (rows) => {
        for (const row of rows as unknown[][]) csv.addRow(row);
      },
    });
    rowStart = rowEnd;
    onProgress({ rowsDone: rowStart, rowsTotal });
  }
  return { headers, csv: csv.bytes() };
}

/** The column names, from the file's footer alone. */
export async function parquetHeaders(file: Blob): Promise<string[]> {
  return headersOf(await parquetMetadataAsync(asyncBuffer(file)));
}

function asyncBuffer(file: Blob): AsyncBuffer {
  return { byteLength: file.size, slice: (start, end) => file.slice(start, end).arrayBuffer() };
}

function headersOf(metadata: FileMetaData): string[] {
  return parquetSchema(metadata).children.map((child) => child.element.name);
}
