import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/protocol/errors';
import { entryText, zipEntries } from '../../../../src/engine/load/files/xlsx/zip-entries';
import { ChunkedBlob } from '../../../support/chunked-blob';
import { directoryRecords, withDirectoryField, withZipComment, ZIP_KINDS, zipFile, type Bytes } from '../../../support/zip-file';

const FILES = {
  'xl/sharedStrings.xml': '<sst><si><t>café € 日本 🎉</t></si></sst>',
  'xl/worksheets/sheet1.xml': `<sheetData>${'<row><c><v>1.5</v></c></row>'.repeat(5_000)}</sheetData>`,
};
const NAME = 'orders.xlsx';
/** What every message about a damaged file ends with: what the user can do. */
const WHAT_TO_DO = /Open it in Excel and save it again, or export the orders as CSV\.$/;

async function readAll(file: Blob): Promise<Record<string, string>> {
  const entries = await zipEntries(file, NAME);
  const texts: Record<string, string> = {};
  for (const [name, entry] of entries) {
    texts[name] = '';
    for await (const text of entryText(file, entry, NAME)) texts[name] += text;
  }
  return texts;
}

describe.each(ZIP_KINDS)('a %s zip', (kind) => {
  it('lists every entry and gives back its text', async () => {
    expect(await readAll(new Blob([zipFile(FILES, kind)]))).toEqual(FILES);
  });

  it('reads the same when the file comes in small chunks (a character may straddle two)', async () => {
    expect(await readAll(new ChunkedBlob([zipFile(FILES, kind)], 97))).toEqual(FILES);
  });
});

describe('zipEntries', () => {
  it('reads an archive whose local headers leave the sizes to a data descriptor', async () => {
    const zip = zipFile(FILES, 'streamed');
    const view = new DataView(zip.buffer, zip.byteOffset);
    for (const record of directoryRecords(zip)) {
      // The fixture is what it claims: flag bit 3 set, and no compressed size in the local header.
      expect(record.flags & 0b1000).toBe(0b1000);
      expect(view.getUint32(record.localHeaderOffset + 18, true)).toBe(0);
    }
    expect(await readAll(new Blob([zip]))).toEqual(FILES);
  });

  it('finds the table of contents before a zip comment', async () => {
    expect(await readAll(new Blob([withZipComment(zipFile(FILES, 'deflated'), 'written by a tool\n'.repeat(100))]))).toEqual(FILES);
  });

  it('refuses a file that is not a zip, naming it and saying what to do', async () => {
    const read = zipEntries(new Blob(['InvoiceNo,Quantity\r\n536365,6\r\n']), NAME);
    await expect(read).rejects.toThrow(InputError);
    await expect(read).rejects.toThrow(/^"orders\.xlsx" is not a readable Excel workbook: its table of contents is missing\./);
    await expect(read).rejects.toThrow(WHAT_TO_DO);
  });

  it('refuses a file cut short, or a table of contents that ends early', async () => {
    const zip = zipFile(FILES, 'deflated');
    await expect(zipEntries(new Blob([zip.subarray(0, zip.length - 40)]), NAME)).rejects.toThrow(/"orders\.xlsx" .*table of contents is missing/);
    const miscounted = zip.slice();
    const view = new DataView(miscounted.buffer);
    view.setUint16(miscounted.length - 12, view.getUint16(miscounted.length - 12, true) + 1, true);
    const read = zipEntries(new Blob([miscounted]), NAME);
    await expect(read).rejects.toThrow(/^"orders\.xlsx" is not a readable Excel workbook: its table of contents is cut short\./);
    await expect(read).rejects.toThrow(WHAT_TO_DO);
  });
});

describe('entryText', () => {
  const sheet = 'xl/worksheets/sheet1.xml';

  async function readSheet(zip: Bytes): Promise<string> {
    return (await readAll(new Blob([zip])))[sheet];
  }

  it('refuses an entry whose deflated data is not deflate, naming the file and the entry', async () => {
    const notDeflate = withDirectoryField(zipFile({ [sheet]: new Uint8Array(64).fill(0xff) }, 'stored'), sheet, 'method', 8);
    await expect(readSheet(notDeflate)).rejects.toThrow(InputError);
    await expect(readSheet(notDeflate)).rejects.toThrow(/^"orders\.xlsx" is not a readable Excel workbook: "xl\/worksheets\/sheet1\.xml" does not unpack \(/);
    await expect(readSheet(notDeflate)).rejects.toThrow(WHAT_TO_DO);
  });

  it('refuses an entry whose deflated data stops short', async () => {
    const zip = zipFile(FILES, 'deflated');
    const record = directoryRecords(zip).find((found) => found.name === sheet)!;
    const cut = withDirectoryField(zip, sheet, 'compressedSize', Math.floor(record.compressedSize / 2));
    await expect(readSheet(cut)).rejects.toThrow(/"orders\.xlsx" .*"xl\/worksheets\/sheet1\.xml" does not unpack/);
  });

  it('refuses a compression method other than stored or deflated', async () => {
    const bzip2 = withDirectoryField(zipFile(FILES, 'stored'), sheet, 'method', 12);
    await expect(readSheet(bzip2)).rejects.toThrow(InputError);
    await expect(readSheet(bzip2)).rejects.toThrow(
      '"orders.xlsx" uses a kind of compression this app cannot unpack. Save it again from Excel as a normal .xlsx workbook, or export the orders as CSV.',
    );
  });

  it('refuses an entry that is not where the table of contents says', async () => {
    const moved = withDirectoryField(zipFile(FILES, 'stored'), sheet, 'localHeaderOffset', 3);
    await expect(readSheet(moved)).rejects.toThrow(/^"orders\.xlsx" is not a readable Excel workbook: "xl\/worksheets\/sheet1\.xml" cannot be found in it\./);
  });

  it('stops reading the file when its reader stops early, without an error', async () => {
    const file = new ChunkedBlob([zipFile({ [sheet]: 'x'.repeat(1_000_000) }, 'stored')], 1_024);
    const entry = (await zipEntries(file, NAME)).get(sheet)!;
    let texts = 0;
    for await (const text of entryText(file, entry, NAME)) {
      expect(text).toMatch(/^x+$/);
      if (++texts === 3) break;
    }
    // Unhandled rejections from the cancelled streams would surface here and fail the run.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(file.counts.streamsCancelled).toBe(1);
    expect(file.counts.chunksRead).toBeLessThan(100);
  });

  it('leaves a deflated entry early without an error, and lets an error of its reader through', async () => {
    // Numbers that do not repeat, so the entry inflates to many chunks. (Node's DecompressionStream
    // takes in all its input at once, so only the stored entry above shows the file reading stop.)
    const numbers = Array.from({ length: 100_000 }, (_, index) => ((index * 2_654_435_761) >>> 0).toString(36)).join(',');
    const file = new ChunkedBlob([zipFile({ [sheet]: numbers }, 'deflated')], 512);
    const entry = (await zipEntries(file, NAME)).get(sheet)!;
    let texts = 0;
    for await (const text of entryText(file, entry, NAME)) {
      expect(numbers.startsWith(text)).toBe(true);
      if (++texts === 1) break;
    }
    const consume = async () => {
      for await (const text of entryText(file, entry, NAME)) throw new Error(`stopped at ${text.length}`);
    };
    await expect(consume()).rejects.toThrow(/^stopped at \d+$/);
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
});
