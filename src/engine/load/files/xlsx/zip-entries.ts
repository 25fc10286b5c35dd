import { InputError } from '../../../../protocol/errors';

/**
 * The files inside a zip archive (an .xlsx workbook is one), read from a Blob without loading it
 * whole: the central directory at the end says where each entry starts, and an entry is inflated
 * as a stream by the browser's own DecompressionStream. The directory is trusted over the local
 * headers, which a streaming writer (Excel among them) leaves without sizes.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; nothing else appears in workbooks. */
  method: number;
  compressedSize: number;
  /** What the directory says the entry unpacks to; 0xFFFFFFFF (see ZIP64_MARK) means 4 GB or more. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_BYTES = 22;
const DIRECTORY_ENTRY_BYTES = 46;
const LOCAL_HEADER_BYTES = 30;
const MAX_COMMENT_BYTES = 0xffff;
/** Where a 32-bit field says "see the ZIP64 record": only archives over 4 GB need it. */
const ZIP64_MARK = 0xffffffff;

export async function zipEntries(file: Blob, fileName: string): Promise<Map<string, ZipEntry>> {
  const tailStart = Math.max(0, file.size - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  const tail = await dataView(file.slice(tailStart));
  let end = tail.byteLength - END_RECORD_BYTES;
  while (end >= 0 && tail.getUint32(end, true) !== END_OF_DIRECTORY) end--;
  if (end < 0) throw damaged(fileName, 'its table of contents is missing');
  const count = tail.getUint16(end + 10, true);
  const directoryBytes = tail.getUint32(end + 12, true);
  const directoryOffset = tail.getUint32(end + 16, true);
  if (directoryOffset === ZIP64_MARK || directoryBytes === ZIP64_MARK) {
    throw new InputError(`"${fileName}" is larger than 4 GB inside, which is more than this app can read. Export the orders as CSV instead.`);
  }
  const directory = await dataView(file.slice(directoryOffset, directoryOffset + directoryBytes));
  const names = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + DIRECTORY_ENTRY_BYTES > directory.byteLength || directory.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw damaged(fileName, 'its table of contents is cut short');
    }
    const nameLength = directory.getUint16(at + 28, true);
    const skipped = directory.getUint16(at + 30, true) + directory.getUint16(at + 32, true);
    const name = names.decode(new Uint8Array(directory.buffer, directory.byteOffset + at + DIRECTORY_ENTRY_BYTES, nameLength));
    entries.set(name, {
      name,
      method: directory.getUint16(at + 10, true),
      compressedSize: directory.getUint32(at + 20, true),
      uncompressedSize: directory.getUint32(at + 24, true),
      localHeaderOffset: directory.getUint32(at + 42, true),
    });
    at += DIRECTORY_ENTRY_BYTES + nameLength + skipped;
  }
  return entries;
}

/**
 * An entry's uncompressed bytes, chunk by chunk. `onCompressedBytes` hears how much of the entry's
 * share of the file has been read so far, for progress in file bytes.
 */
export async function entryBytes(
  file: Blob,
  entry: ZipEntry,
  fileName: string,
  onCompressedBytes: (bytes: number) => void = () => {},
): Promise<ReadableStream<Uint8Array>> {
  const header = await dataView(file.slice(entry.localHeaderOffset, entry.localHeaderOffset + LOCAL_HEADER_BYTES));
  if (header.byteLength < LOCAL_HEADER_BYTES || header.getUint32(0, true) !== LOCAL_HEADER) throw damaged(fileName, `"${entry.name}" cannot be found in it`);
  const dataStart = entry.localHeaderOffset + LOCAL_HEADER_BYTES + header.getUint16(26, true) + header.getUint16(28, true);
  let read = 0;
  const counted = file.slice(dataStart, dataStart + entry.compressedSize).stream().pipeThrough(
    new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        onCompressedBytes(read);
        controller.enqueue(chunk);
      },
    }),
  );
  if (entry.method === 0) return counted;
  if (entry.method === 8) return counted.pipeThrough(new DecompressionStream('deflate-raw'));
  throw new InputError(`"${fileName}" uses a kind of compression this app cannot unpack. Save it again from Excel as a normal .xlsx workbook, or export the orders as CSV.`);
}

/** The entry as text, decoded as UTF-8 chunk by chunk (a character may straddle two chunks). */
export async function* entryText(
  file: Blob,
  entry: ZipEntry,
  fileName: string,
  onCompressedBytes?: (bytes: number) => void,
): AsyncGenerator<string> {
  const reader = (await entryBytes(file, entry, fileName, onCompressedBytes)).getReader();
  const decoder = new TextDecoder();
  let finished = false;
  try {
    while (!finished) {
      const { done, value } = await reader.read();
      finished = done;
      const text = done ? '' : decoder.decode(value, { stream: true });
      if (text) yield text;
    }
  } catch (error) {
    finished = true;
    // Bad deflate data fails with a TypeError in browsers (the Compression Streams spec says so) but
    // with zlib's own Error in Node, so the class cannot tell it; a DOMException is the file itself
    // that cannot be read (changed on disk, say), no fault of its data.
    if (entry.method !== 8 || error instanceof DOMException) throw error;
    throw damaged(fileName, `"${entry.name}" does not unpack (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    // Left early (the caller stopped reading): stop inflating the rest.
    if (!finished) await reader.cancel();
  }
  const last = decoder.decode();
  if (last) yield last;
}

async function dataView(blob: Blob): Promise<DataView> {
  return new DataView(await blob.arrayBuffer());
}

function damaged(fileName: string, detail: string): InputError {
  return new InputError(`"${fileName}" is not a readable Excel workbook: ${detail}. Open it in Excel and save it again, or export the orders as CSV.`);
}
