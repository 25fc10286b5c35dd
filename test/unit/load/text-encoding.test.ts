import { describe, expect, it } from 'vitest';
import { windows1252ToUtf8 } from '../../../src/engine/load/files/read-windows-1252';
import { detectTextEncoding, fileChunks, isAscii } from '../../../src/engine/load/files/detect-encoding';
import { windows1252Bytes } from '../../support/windows-1252-export';

async function* chunksOf(...parts: number[][]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield new Uint8Array(part);
}

describe('text encoding detection', () => {
  it('calls plain ASCII and valid UTF-8 UTF-8, even with a character split across chunks', async () => {
    expect(await detectTextEncoding(chunksOf([0x61, 0x62]))).toBe('utf-8');
    const cafe = [...new TextEncoder().encode('café,1\n')];
    expect(await detectTextEncoding(chunksOf(cafe.slice(0, 4), cafe.slice(4)))).toBe('utf-8');
  });

  it('calls bytes that are not UTF-8 Windows-1252', async () => {
    expect(await detectTextEncoding(chunksOf([0x63, 0x61, 0x66, 0xe9, 0x0a]))).toBe('windows-1252');
    // a UTF-8 lead byte at the very end with nothing after it
    expect(await detectTextEncoding(chunksOf([0x61], [0xc3]))).toBe('windows-1252');
    // a character cut off by the end of a chunk, followed by a chunk of plain ASCII
    expect(await detectTextEncoding(chunksOf([0x61, 0xc3], [0x61, 0x62, 0x63, 0x64, 0x65, 0x66], [0xa9]))).toBe('windows-1252');
    // a lone high byte deep inside a long chunk
    const long = new Array(1001).fill(0x61);
    long[997] = 0xe9;
    expect(await detectTextEncoding(chunksOf(long))).toBe('windows-1252');
  });

  it('finds a high bit in any position, aligned or not', () => {
    for (let position = 0; position < 11; position++) {
      const bytes = new Uint8Array(11).fill(0x41);
      expect(isAscii(bytes)).toBe(true);
      bytes[position] = 0x80;
      expect(isAscii(bytes)).toBe(false);
      expect(isAscii(bytes.subarray(1))).toBe(position === 0);
    }
  });

  it('reads a blob in chunks of the given size', async () => {
    const sizes: number[] = [];
    for await (const chunk of fileChunks(new Blob(['abcdefghij']), 4)) sizes.push(chunk.length);
    expect(sizes).toEqual([4, 4, 2]);
  });
});

describe('Windows-1252 text as UTF-8', () => {
  it('turns every printable character of the code page into itself', async () => {
    const ascii = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)).join('');
    const latin1 = Array.from({ length: 0x100 - 0xa0 }, (_, index) => String.fromCharCode(0xa0 + index)).join('');
    const text = `${ascii}\n€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\n${latin1}\n`;
    const utf8 = await windows1252ToUtf8(new Blob([new Uint8Array(windows1252Bytes(text))]));
    expect(new TextDecoder('utf-8', { fatal: true }).decode(await utf8.arrayBuffer())).toBe(text);
  });
});
