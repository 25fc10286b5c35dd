import { describe, expect, it } from 'vitest';
import { checkFileSignature, fileKind } from '../../../src/model/load/file-signature';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('file signatures', () => {
  it('accepts text', () => {
    expect(checkFileSignature('a.csv', 10, new TextEncoder().encode('InvoiceNo,Quantity\n'))).toBeNull();
  });

  it('names empty files, images, workbooks and binary data', () => {
    expect(checkFileSignature('a.csv', 0, bytes())).toMatch(/"a\.csv" is empty \(0 bytes\)/);
    expect(checkFileSignature('a.csv', 8, bytes(0x89, 0x50, 0x4e, 0x47))).toMatch(/is a PNG image, not a CSV text file/);
    expect(checkFileSignature('a.zip', 8, bytes(0x50, 0x4b, 0x03, 0x04))).toMatch(/ZIP archive.*Unpack it/);
    expect(checkFileSignature('a.xls', 8, bytes(0xd0, 0xcf, 0x11, 0xe0))).toMatch(/old Excel \(\.xls\) workbook.*save it as \.xlsx/);
    expect(checkFileSignature('a.pdf', 8, bytes(0x25, 0x50, 0x44, 0x46))).toMatch(/PDF document/);
    expect(checkFileSignature('a.bin', 8, bytes(0x41, 0x00, 0x42))).toMatch(/contains binary data/);
    // No zero byte, but control characters no text has (random bytes, say).
    expect(checkFileSignature('a.csv', 8, bytes(0x41, 0x02, 0x42, 0x1b, 0xf3, 0x0a))).toMatch(/"a\.csv" contains binary data/);
    expect(checkFileSignature('a.csv', 8, new TextEncoder().encode('a\tb\r\n\f'))).toBeNull();
    expect(checkFileSignature('a.xlsx', 8, new TextEncoder().encode('a,b\n'))).toMatch(/"a\.xlsx" is named like an Excel workbook but is not one/);
  });

  it('tells Excel workbooks and Parquet files from CSV text', () => {
    expect(fileKind('orders.xlsx', 8, bytes(0x50, 0x4b, 0x03, 0x04))).toBe('xlsx');
    expect(fileKind('orders.parquet', 8, bytes(0x50, 0x41, 0x52, 0x31))).toBe('parquet');
    expect(fileKind('orders.csv', 8, new TextEncoder().encode('a,b\n'))).toBe('csv');
  });
});
