import { parseRecords, type Delimiter } from './csv-dialect';

/**
 * The first lines of a delimited text as the mapping screen shows them, read from the file's head
 * in JavaScript (the head is in memory already for the encoding and the delimiter), so the preview
 * costs DuckDB no read of the file. They are read as DuckDB's preview reader reads them
 * (engine/load/sql/read-source.ts): the header left out, a line with another number of fields
 * skipped, an empty field as NULL.
 */
export interface PreviewRecords {
  rows: (string | null)[][];
  /** False when the head ended before `limit` lines: a longer head may hold more. */
  complete: boolean;
}

export function previewRecords(head: string, delimiter: Delimiter, columns: number, limit: number, whole: boolean): PreviewRecords {
  // The header, then lines until `limit` of them have the header's number of fields (the rare
  // line with another number is skipped, so a few more are parsed).
  let wanted = limit + 1;
  for (;;) {
    const [, ...records] = parseRecords(head, delimiter, wanted, whole);
    const rows = records.filter((record) => record.length === columns).slice(0, limit).map(withNulls);
    const headEnded = records.length < wanted - 1;
    if (rows.length === limit || headEnded) return { rows, complete: rows.length === limit || whole };
    wanted += limit - rows.length;
  }
}

function withNulls(record: string[]): (string | null)[] {
  return record.map((field) => (field === '' ? null : field));
}
