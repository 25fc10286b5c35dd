import * as arrow from 'apache-arrow';

/**
 * Columns as Arrow vectors for DuckDB, built from their buffers directly. Arrow's own builder
 * (vectorFromArray) takes most of a second for a hundred thousand strings; their UTF-8 bytes and
 * offsets written in one pass take a few milliseconds.
 */

/** Text, null as no value: one buffer of UTF-8 bytes, with each value's start in `valueOffsets`. */
export function utf8Vector(values: readonly (string | null)[]): arrow.Vector<arrow.Utf8> {
  const valueOffsets = new Int32Array(values.length + 1);
  const valid = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  for (let row = 0; row < values.length; row++) {
    const value = values[row];
    if (value === null) nullCount++;
    else valid[row >> 3] |= 1 << (row & 7);
    valueOffsets[row + 1] = valueOffsets[row] + (value?.length ?? 0);
  }
  // One encoding of all the text at once; its offsets by characters hold when every character is one byte.
  let data: Uint8Array<ArrayBuffer> = new TextEncoder().encode(values.join(''));
  if (data.length !== valueOffsets[values.length]) data = encodedOneByOne(values, valueOffsets);
  const nullBitmap = nullCount > 0 ? valid : undefined;
  return arrow.makeVector(arrow.makeData({ type: new arrow.Utf8(), length: values.length, nullCount, valueOffsets, data, nullBitmap }));
}

/** Text with characters of several bytes: each value encoded where it goes, its offsets rewritten. */
function encodedOneByOne(values: readonly (string | null)[], valueOffsets: Int32Array): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  let data: Uint8Array<ArrayBuffer> = new Uint8Array(Math.max(64, values.length * 16));
  let length = 0;
  for (let row = 0; row < values.length; row++) {
    const value = values[row];
    if (value) {
      // A UTF-16 code unit becomes at most 3 bytes of UTF-8.
      if (data.length - length < value.length * 3) data = grown(data, length + value.length * 3);
      length += encoder.encodeInto(value, data.subarray(length)).written;
    }
    valueOffsets[row + 1] = length;
  }
  return data.subarray(0, length);
}

/** Numbers used in place (no copy), NaN marked null in a validity bitmap. */
export function doubleVector(values: Float64Array): arrow.Vector<arrow.Float64> {
  const valid = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  for (let row = 0; row < values.length; row++) {
    if (Number.isNaN(values[row])) nullCount++;
    else valid[row >> 3] |= 1 << (row & 7);
  }
  const nullBitmap = nullCount > 0 ? valid : undefined;
  return arrow.makeVector(arrow.makeData({ type: new arrow.Float64(), length: values.length, nullCount, data: values, nullBitmap }));
}

function grown(data: Uint8Array<ArrayBuffer>, needed: number): Uint8Array<ArrayBuffer> {
  const next = new Uint8Array(Math.max(needed, data.length * 2));
  next.set(data);
  return next;
}
