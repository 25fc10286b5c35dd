import * as arrow from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { doubleVector, utf8Vector } from '../../../src/engine/db/arrow-vectors';

describe('Arrow vectors built from their buffers', () => {
  it('hold text in UTF-8, null as no value, past the first guess of their size', () => {
    const long = 'é'.repeat(40);
    const values = ['Zoë', null, '', long, '👋', null];
    const vector = utf8Vector(values);
    expect(vector.type).toBeInstanceOf(arrow.Utf8);
    expect(vector.nullCount).toBe(2);
    expect([...vector]).toEqual(values);
  });

  it('hold plain ASCII text, encoded at once, at the right offsets', () => {
    const values = ['v1', null, 'customer-12', '', '0.07'];
    expect([...utf8Vector(values)]).toEqual(values);
  });

  it('survive the IPC round trip DuckDB reads them through', () => {
    const table = new arrow.Table({ text: utf8Vector(['a', null, 'ü']), number: doubleVector(new Float64Array([1.5, Number.NaN, -0])) });
    const read = arrow.tableFromIPC(arrow.tableToIPC(table, 'stream'));
    expect(read.toArray().map((row) => row.toJSON())).toEqual([
      { text: 'a', number: 1.5 },
      { text: null, number: null },
      { text: 'ü', number: -0 },
    ]);
  });

  it('hold numbers without a validity bitmap when none is missing', () => {
    const vector = doubleVector(new Float64Array([1, 2]));
    expect(vector.nullCount).toBe(0);
    expect([...vector]).toEqual([1, 2]);
  });
});
