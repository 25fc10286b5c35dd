import { fileChunks } from './detect-encoding';

/**
 * A Windows-1252 text file as UTF-8, for DuckDB to read. DuckDB-WASM decodes only UTF-8, UTF-16 and
 * Latin-1 without its encodings extension (which it would fetch from its servers; this app never
 * does), and its Latin-1 reader refuses the whole file at the first byte in 0x80–0x9F, where
 * Windows-1252 keeps `€ ’ “ ” – —`. The text is converted here chunk by chunk, into a Blob built
 * up by reference, so the copy need not fit in JavaScript or DuckDB's memory at once.
 */
export async function windows1252ToUtf8(file: Blob, onProgress: (bytesDone: number) => void = () => {}): Promise<Blob> {
  const decoder = new TextDecoder('windows-1252');
  const encoder = new TextEncoder();
  let utf8 = new Blob([]);
  let bytesDone = 0;
  for await (const chunk of fileChunks(file)) {
    utf8 = new Blob([utf8, encoder.encode(decoder.decode(chunk, { stream: true }))]);
    bytesDone += chunk.length;
    onProgress(bytesDone);
  }
  return utf8;
}
