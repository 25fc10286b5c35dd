/**
 * Which text encoding a file is in. Exports from older tools (the public Online Retail CSV among them)
 * are Latin-1, not UTF-8; reading them as UTF-8 would lose or garble every line with an `é`. A file
 * that is valid UTF-8 from start to end is UTF-8; anything else is read as Latin-1, in which every
 * byte is a character. The file streams through in chunks, never whole.
 */
export type TextEncoding = 'utf-8' | 'latin-1';

export async function detectTextEncoding(chunks: AsyncIterable<Uint8Array>): Promise<TextEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of chunks) decoder.decode(chunk, { stream: true });
    decoder.decode();
    return 'utf-8';
  } catch {
    return 'latin-1';
  }
}

export async function* fileChunks(file: Blob, chunkBytes = 8 * 1024 * 1024): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < file.size; start += chunkBytes) {
    yield new Uint8Array(await file.slice(start, start + chunkBytes).arrayBuffer());
  }
}

export function encodingLabel(encoding: TextEncoding): 'UTF-8' | 'Latin-1' {
  return encoding === 'utf-8' ? 'UTF-8' : 'Latin-1';
}
