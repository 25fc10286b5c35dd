import { describe, expect, it } from 'vitest';
import { plainRow, plainValue } from '../../../src/engine/db/plain-rows';

describe('plain rows', () => {
  it('passes numbers, strings, booleans and nulls through', () => {
    expect(plainRow(['a', 'b', 'c', 'd'], [1.5, 'x', true, null])).toEqual({ a: 1.5, b: 'x', c: true, d: null });
  });

  it('turns exact BIGINTs into numbers and refuses inexact ones', () => {
    expect(plainValue('n', 42n)).toBe(42);
    expect(() => plainValue('n', 2n ** 60n)).toThrow('invalid integer in column n');
  });

  it('refuses DECIMAL-like values, which Arrow hands back unscaled', () => {
    expect(() => plainValue('monetary', new Uint32Array([9514, 0, 0, 0]))).toThrow('invalid value in column monetary: cast it to DOUBLE or VARCHAR in SQL');
  });
});
