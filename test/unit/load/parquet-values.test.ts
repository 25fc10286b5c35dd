import { describe, expect, it } from 'vitest';
import { bytesToBigInt, decimalText, numbersOf, textsOf } from '../../../src/engine/load/files/parquet-values';

describe('decimals read from Parquet', () => {
  it('become text with every digit at their scale', () => {
    expect(decimalText(12345n, 2)).toBe('123.45');
    expect(decimalText(-5n, 2)).toBe('-0.05');
    expect(decimalText(0n, 2)).toBe('0.00');
    expect(decimalText(7n, 0)).toBe('7');
    expect(decimalText(9_999_999_999_999_999n, 2)).toBe('99999999999999.99');
  });

  it('are read from big-endian two’s complement bytes', () => {
    expect(bytesToBigInt(new Uint8Array([0xff]))).toBe(-1n);
    expect(bytesToBigInt(new Uint8Array([0x00, 0x80]))).toBe(128n);
    expect(bytesToBigInt(new Uint8Array([0x80, 0x00]))).toBe(-32768n);
    expect(bytesToBigInt(new Uint8Array([]))).toBe(0n);
  });

  it('as numbers, are scaled, and as text keep null for no value', () => {
    expect([...numbersOf([12345n, null, new Uint8Array([0xff, 0xfb])], { kind: 'decimal', scale: 2 })]).toEqual([123.45, Number.NaN, -0.05]);
    expect(textsOf([12345n, undefined, 7], { kind: 'decimal', scale: 2 })).toEqual(['123.45', null, '0.07']);
  });
});

describe('numbers and text read from Parquet', () => {
  it('refuses an integer that a double cannot hold exactly', () => {
    expect([...numbersOf([2n ** 53n - 1n], { kind: 'micros' })]).toEqual([2 ** 53 - 1]);
    expect(() => numbersOf([2n ** 53n + 1n], { kind: 'micros' })).toThrow(/too large to read exactly/);
  });

  it('decodes bytes as UTF-8 and writes numbers as digits', () => {
    expect(textsOf([new TextEncoder().encode('Zoë'), 42n, 2.5, null], { kind: 'text' })).toEqual(['Zoë', '42', '2.5', null]);
  });
});
