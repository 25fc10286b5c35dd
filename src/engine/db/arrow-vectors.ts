import * as arrow from 'apache-arrow';

/**
 * Columns as Arrow vectors for DuckDB, built from their buffers directly. Arrow's own builder
 * (vectorFromArray) takes seconds for a few hundred thousand strings; writing their UTF-8 bytes
 * and offsets in one pass takes milliseconds.
 */

/** Text, null as no value: one buffer of UTF-8 bytes, with each value's start in `valueOffsets`. */
export function utf8Vector(values: readonly (string | null)[]): arrow.Vector<arrow.Utf8> {
  const encoder = new TextEncoder();
  const valueOffsets = new Int32Array(values.length + 1);
  const valid = new Uint8Array(Math.ceil(values.length / 8));
  let data: Uint8Array<ArrayBuffer> = new Uint8Array(Math.max(64, values.length * 16));
  let length = 0;
  let nullCount = 0;
  values.forEach((value, row) => {
    if (value === null) nullCount++;
    else {
      // A UTF-16 code unit becomes at most 3 bytes of UTF-8.
      if (data.length - length < value.length * 3) data = grown(data, length + value.length * 3);
      length += encoder.encodeInto(value, data.subarray(length)).written;
      valid[row >> 3] |= 1 << (row & 7);
    }
    valueOffsets[row + 1] = length;
  });
  const nullBitmap = nullCount > 0 ? valid : undefined;
  return arrow.makeVector(arrow.makeData({ type: new arrow.Utf8(), length: values.length, nullCount, valueOffsets, data: data.subarray(0, length), nullBitmap }));
}

/** Numbers used in place (no copy), NaN marked null in a validity bitmap. */
export function doubleVector(values: Float64Array): arrow.Vector<arrow.Float64> {
  const valid = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((value, row) => {
    if (Number.isNaN(value)) nullCount++;
    else valid[row >> 3] |= 1 << (row & 7);
  });
  const nullBitmap = nullCount > 0 ? valid : undefined;
  return arrow.makeVector(arrow.makeData({ type: new arrow.Float64(), length: values.length, nullCount, data: values, nullBitmap }));
}

function grown(data: Uint8Array<ArrayBuffer>, needed: number): Uint8Array<ArrayBuffer> {
  const next = new Uint8Array(Math.max(needed, data.length * 2));
  next.set(data);
  return next;
}
