import { describe, expect, it } from 'vitest';
import { isQueryError, QueryError, withQueryError } from '../../../src/engine/db/query-error';

describe('query errors', () => {
  it('carry the statement that failed and the engine words', async () => {
    const failing = withQueryError('SELECT x FROM nowhere', () => Promise.reject(new Error('Catalog Error: Table nowhere does not exist')));
    const error = await failing.catch((caught: unknown) => caught);
    expect(isQueryError(error)).toBe(true);
    expect(error).toMatchObject({ sql: 'SELECT x FROM nowhere', message: 'Catalog Error: Table nowhere does not exist' });
  });

  it('keep the innermost statement when queries nest', async () => {
    const inner = new QueryError('SELECT 1', new Error('inner'));
    const error = await withQueryError('SELECT 2', () => Promise.reject(inner)).catch((caught: unknown) => caught);
    expect(error).toBe(inner);
  });

  it('let a result through untouched', async () => {
    expect(await withQueryError('SELECT 1', async () => [{ one: 1 }])).toEqual([{ one: 1 }]);
  });
});
