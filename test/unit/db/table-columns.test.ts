import { describe, expect, it } from 'vitest';
import { numberColumn, textColumn } from '../../../src/engine/db/table-columns';

describe('a column of a whole-columns query result', () => {
  const columns = { spend: Float64Array.of(1.5, 2), id: ['a', 'b'], email: ['x@y.z', null] };

  it('hands numbers and text over as they came, without a copy', () => {
    expect(numberColumn(columns, 'spend')).toBe(columns.spend);
    expect(textColumn(columns, 'id')).toBe(columns.id);
  });

  it('names the column when it is not what the query promised', () => {
    expect(() => numberColumn(columns, 'id')).toThrow('invalid query column id: expected numbers');
    expect(() => textColumn(columns, 'spend')).toThrow('invalid query column spend: expected text without NULL');
    expect(() => textColumn(columns, 'email')).toThrow('invalid query column email: expected text without NULL');
    expect(() => textColumn(columns, 'missing')).toThrow('invalid query column missing');
    expect(() => numberColumn(columns, 'missing')).toThrow('invalid query column missing');
  });
});
