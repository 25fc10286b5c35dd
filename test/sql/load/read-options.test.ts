import { describe, expect, it } from 'vitest';
import { analyseOrders } from '../../../src/engine/load/load-orders';
import { inspectFixtures, loaded, rfmRows } from '../../support/load-fixture';
import { nativeConnector } from '../../support/native-duckdb';

// A pipe-separated export whose last column holds four commas on every line: split at commas it has as
// many fields as split at pipes, and the comma, tried first, wins the guess.
const PIPES = `order|customer|date|amount|note, a, b, c, d
1|ann@x.test|2024-05-01|12.50|gift, wrap, it, please, thanks
2|ann@x.test|2024-05-03|7.50|no, note, at, all, really
3|bob@x.test|2024-05-02|20.00|call, before, you, ring, twice
`;

describe('a delimiter chosen by the user', () => {
  it('is how the file is read, instead of the one guessed', async () => {
    const db = await nativeConnector();
    const guessed = await inspectFixtures(db, [{ name: 'pipes.csv', content: PIPES }]);
    expect(guessed.preview.sources[0].delimiter).toBe(',');
    expect(guessed.preview.headers).toEqual(['order|customer|date|amount|note', 'a', 'b', 'c', 'd']);

    const chosen = await inspectFixtures(db, [{ name: 'pipes.csv', content: PIPES }], { delimiter: '|' });
    expect(chosen.preview.sources[0].delimiter).toBe('|');
    expect(chosen.preview.headers).toEqual(['order', 'customer', 'date', 'amount', 'note, a, b, c, d']);
    expect(chosen.preview.rows[0]).toEqual(['1', 'ann@x.test', '2024-05-01', '12.50', 'gift, wrap, it, please, thanks']);
    const result = loaded(await analyseOrders(db, chosen, chosen.preview.detection.plan));
    expect(result.sources[0].delimiter).toBe('|');
    expect(result.counts).toMatchObject({ rows: 3, unreadable: 0, kept: 3 });
    expect(await rfmRows(db, result)).toEqual({
      'ann@x.test': { recency: 1, frequency: 2, monetary: 20 },
      'bob@x.test': { recency: 2, frequency: 1, monetary: 20 },
    });
  });
});
