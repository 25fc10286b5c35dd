import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/protocol/errors';
import { xlsxToCsv } from '../../../../src/engine/load/files/read-xlsx';
import { declaredDimension, MAX_DECLARED_CELLS, MAX_SHEET_XML_BYTES } from '../../../../src/engine/load/files/xlsx/sheet-limits';
import { MAIN, workbookXlsx } from '../../../support/xlsx-file';
import { withDirectoryField } from '../../../support/zip-file';

const SHEET = 'xl/worksheets/sheet1.xml';
const ROWS = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>';

function withDimension(ref: string): Uint8Array<ArrayBuffer> {
  return workbookXlsx({ rows: '', parts: { [SHEET]: `<worksheet xmlns="${MAIN}"><dimension ref="${ref}"/><sheetData>${ROWS}</sheetData></worksheet>` } });
}

function read(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return xlsxToCsv(new Blob([bytes]), undefined, 'huge.xlsx').then((csv) => new TextDecoder().decode(csv));
}

describe('a sheet too large for the engine', () => {
  it('is refused by its declared dimension, naming it, the file and what to do', async () => {
    const refused = await read(withDimension('A1:XFD1048576')).catch((error: Error) => error);
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as Error).message).toMatch(/^"huge\.xlsx" is too large for this app to read as a workbook: its sheet declares A1:XFD1048576, 17,179,869,184 cells/);
    expect((refused as Error).message).toMatch(/Export the orders as CSV instead/);
  });

  it('is refused by the size its sheet unpacks to, from the zip directory alone', async () => {
    const claimed = withDirectoryField(withDimension('A1:B1'), SHEET, 'uncompressedSize', MAX_SHEET_XML_BYTES + 1);
    await expect(read(claimed)).rejects.toThrow(/^"huge\.xlsx" is too large .*: its sheet unpacks to 1\.0 GB of XML \(the limit is 1\.0 GB\)/);
  });

  it('lets a sheet within the limits through, whatever its dimension says', async () => {
    expect(await read(withDimension('A1:B1'))).toBe('1,2\r\n');
    // Writers often declare less than they write; only a declared excess is refused.
    expect(await read(withDimension('A1'))).toBe('1,2\r\n');
    expect(await read(withDimension('A1:AX1000000'))).toBe('1,2\r\n');
  });
});

describe('declaredDimension', () => {
  it('counts the cells of a range, a single cell or absolute references', () => {
    expect(declaredDimension('<dimension ref="A1:H541910"/>')).toEqual({ ref: 'A1:H541910', cells: 8 * 541_910 });
    expect(declaredDimension('<x:dimension ref="B2"/>')).toEqual({ ref: 'B2', cells: 1 });
    expect(declaredDimension('<dimension ref="$A$1:$C$3"/>')?.cells).toBe(9);
    expect(declaredDimension('<sheetData>')).toBeNull();
    expect(8 * 1_048_576).toBeLessThan(MAX_DECLARED_CELLS);
  });
});
