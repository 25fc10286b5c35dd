import * as arrow from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arrowColumns } from '../../../src/engine/db/arrow-columns';

describe('a query result read as whole columns', () => {
  it('gives numbers of every width as doubles, NULL as NaN, and text as strings', () => {
    const table = new arrow.Table({
      x: arrow.vectorFromArray([1, null, 3], new arrow.Int32()),
      total: arrow.vectorFromArray([0.5, 2.25, null], new arrow.Float64()),
      days: arrow.vectorFromArray([10n, 20n, null], new arrow.Int64()),
      customer_id: arrow.vectorFromArray(['a', null, 'Zoë'], new arrow.Utf8()),
    });
    const columns = arrowColumns(table);
    expect([...(columns.x as Float64Array)]).toEqual([1, Number.NaN, 3]);
    expect([...(columns.total as Float64Array)]).toEqual([0.5, 2.25, Number.NaN]);
    expect([...(columns.days as Float64Array)]).toEqual([10, 20, Number.NaN]);
    expect(columns.customer_id).toEqual(['a', null, 'Zoë']);
  });

  it('reads every batch of a result in order', () => {
    const batches = [1, 2].map((start) => arrow.tableFromArrays({ x: new Float64Array([start, start + 0.5]) }));
    const table = batches[0].concat(batches[1]);
    expect([...(arrowColumns(table).x as Float64Array)]).toEqual([1, 1.5, 2, 2.5]);
  });

  it('refuses what is not plainly a number or text, and integers a double cannot hold', () => {
    const decimal = new arrow.Table({ monetary: arrow.makeVector(arrow.makeData({ type: new arrow.Decimal(2, 18, 128), length: 1, data: new Uint32Array(4) })) });
    expect(() => arrowColumns(decimal)).toThrow('invalid value in column monetary: cast it to DOUBLE or VARCHAR in SQL');
    const big = new arrow.Table({ n: arrow.vectorFromArray([2n ** 60n], new arrow.Int64()) });
    expect(() => arrowColumns(big)).toThrow('invalid integer in column n');
  });
});
