import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';

/**
 * Zip archives written the ways workbooks come: `stored` (no compression), `deflated` with the
 * sizes in every header (zipSync), and `streamed`: deflated by a writer that learns each size only
 * after the data, so its local headers say 0 and a data descriptor follows the entry.
 */
export type ZipKind = 'stored' | 'deflated' | 'streamed';
export const ZIP_KINDS: readonly ZipKind[] = ['stored', 'deflated', 'streamed'];

export type ZipFiles = Readonly<Record<string, string | Uint8Array>>;
/** Bytes a Blob can be made of (not a view of a SharedArrayBuffer). */
export type Bytes = Uint8Array<ArrayBuffer>;

const DEFLATE_LEVEL = 6;
const END_RECORD_BYTES = 22;
const DIRECTORY_ENTRY = 0x02014b50;

export function zipFile(files: ZipFiles, kind: ZipKind): Bytes {
  const entries = Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data] as const);
  if (kind !== 'streamed') return new Uint8Array(zipSync(Object.fromEntries(entries), { level: kind === 'stored' ? 0 : DEFLATE_LEVEL }));
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of entries) {
    const entry = new ZipDeflate(name, { level: DEFLATE_LEVEL });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  return concatBytes(chunks);
}

/** The archive with a comment after its end record (fflate writes none), as some tools add. */
export function withZipComment(zip: Bytes, comment: string): Bytes {
  const text = strToU8(comment);
  const out = concatBytes([zip, text]);
  new DataView(out.buffer).setUint16(zip.length - END_RECORD_BYTES + 20, text.length, true);
  return out;
}

export interface DirectoryRecord {
  name: string;
  /** Where the record starts in the archive: the fields below are at fixed offsets from it. */
  at: number;
  flags: number;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** Field offsets in a central directory record, for tests that damage one. */
export const DIRECTORY_FIELDS = { method: 10, compressedSize: 20, uncompressedSize: 24, localHeaderOffset: 42 } as const;

/** The central directory of an archive without a comment, read independently of the reader under test. */
export function directoryRecords(zip: Uint8Array): DirectoryRecord[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - END_RECORD_BYTES;
  const records: DirectoryRecord[] = [];
  let at = view.getUint32(end + 16, true);
  while (at < end && view.getUint32(at, true) === DIRECTORY_ENTRY) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    records.push({
      name,
      at,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return records;
}

/** A copy of the archive with one field of `name`'s central directory record changed. */
export function withDirectoryField(zip: Bytes, name: string, field: keyof typeof DIRECTORY_FIELDS, value: number): Bytes {
  const record = directoryRecords(zip).find((found) => found.name === name);
  if (!record) throw new Error(`no entry ${name}`);
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const offset = record.at + DIRECTORY_FIELDS[field];
  if (field === 'method') view.setUint16(offset, value, true);
  else view.setUint32(offset, value, true);
  return copy;
}

function concatBytes(parts: readonly Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
