import type { TextEncoding } from '../../../model/load/formats/text-encoding';

/**
 * Which text encoding a file is in (model/load/formats/text-encoding.ts says why it matters): a file
 * that is valid UTF-8 from start to end is UTF-8; anything else is read as Windows-1252. The file
 * streams through in chunks, never whole.
 */
export async function detectTextEncoding(chunks: AsyncIterable<Uint8Array>): Promise<TextEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of chunks) {
      // Most exports are plain ASCII, which cannot change the decoder's state, so only the first
      // bytes are decoded: enough to reject a multi-byte character cut off by the previous chunk.
      decoder.decode(isAscii(chunk) ? chunk.subarray(0, 4) : chunk, { stream: true });
    }
    decoder.decode();
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * The encoding the first bytes of a file show: Windows-1252 when they are not UTF-8 (then the whole
 * file is not), else UTF-8 as far as they go; the rest of the file is checked by DuckDB as it reads
 * it (read-orders.ts), so the file is not read an extra time to find out. The head ends at its last
 * line break, so that a character cut off by the end of the head does not count against it.
 */
export function headEncoding(head: Uint8Array, whole: boolean): TextEncoding {
  const complete = whole ? head : head.subarray(0, head.lastIndexOf(0x0a) + 1);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(complete);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Checks four bytes at a time for a high bit; an order of magnitude faster than decoding. */
export function isAscii(bytes: Uint8Array): boolean {
  const aligned = bytes.byteOffset % 4 === 0;
  const wordCount = aligned ? Math.floor(bytes.length / 4) : 0;
  if (aligned) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, wordCount);
    for (let index = 0; index < words.length; index++) if (words[index] & 0x80808080) return false;
  }
  for (let index = wordCount * 4; index < bytes.length; index++) if (bytes[index] & 0x80) return false;
  return true;
}

export async function* fileChunks(file: Blob, chunkBytes = 8 * 1024 * 1024): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < file.size; start += chunkBytes) {
    yield new Uint8Array(await file.slice(start, start + chunkBytes).arrayBuffer());
  }
}
