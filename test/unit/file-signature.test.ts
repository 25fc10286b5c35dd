import { describe, expect, it } from 'vitest';
import { checkFileSignature } from '../../src/model/file-signature';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('file signatures', () => {
  it('accepts text', () => {
    expect(checkFileSignature('a.csv', 10, new TextEncoder().encode('InvoiceNo,Quantity\n'))).toBeNull();
  });

  it('names empty files, images, workbooks and binary data', () => {
    expect(checkFileSignature('a.csv', 0, bytes())).toMatch(/"a\.csv" is empty \(0 bytes\)/);
    expect(checkFileSignature('a.csv', 8, bytes(0x89, 0x50, 0x4e, 0x47))).toMatch(/is a PNG image, not a CSV text file/);
    expect(checkFileSignature('a.xlsx', 8, bytes(0x50, 0x4b, 0x03, 0x04))).toMatch(/Excel workbook.*save it as CSV/);
    expect(checkFileSignature('a.pdf', 8, bytes(0x25, 0x50, 0x44, 0x46))).toMatch(/PDF document/);
    expect(checkFileSignature('a.bin', 8, bytes(0x41, 0x00, 0x42))).toMatch(/contains binary data/);
  });
});
