import { describe, expect, it } from 'vitest';
import { trimmedTextSql } from '../../../src/engine/load/sql/lines/trimmed-text';
import { nativeConnector } from '../../support/native-duckdb';

/** Every Unicode character (surrogates have no string of their own), alone, before, after and around a letter. */
const EVERY_CHARACTER = `
  SELECT unnest([ch, ch || 'a', 'a' || ch, ch || 'a b' || ch]) AS value
  FROM (SELECT chr(code::INTEGER) AS ch FROM range(0, 1114112) AS codes(code) WHERE code < 55296 OR code > 57343)`;

describe('trimmed text', () => {
  it('is what trim gives for any character at either end, and the text itself when there is nothing to trim', async () => {
    const db = await nativeConnector();
    const [row] = await db.query<{ values: number; differing: number; trimmed: number }>(`
      SELECT count(*)::INTEGER AS values,
             count(*) FILTER (WHERE ${trimmedTextSql('value')} IS DISTINCT FROM trim(value))::INTEGER AS differing,
             count(*) FILTER (WHERE trim(value) <> value)::INTEGER AS trimmed
      FROM (${EVERY_CHARACTER})`);
    expect(row.differing).toBe(0);
    // The check covers the characters trim removes beyond the ASCII space (no-break, ideographic, …).
    expect(row.trimmed).toBeGreaterThan(4 * 2);
  });

  it('gives an empty text for a missing cell and keeps inner spaces', async () => {
    const db = await nativeConnector();
    const rows = await db.query<{ text: string }>(
      `SELECT ${trimmedTextSql('cell')} AS text FROM (VALUES (NULL), ('  a b  '), ('\u00a0x\u3000'), ('\tx\t'), ('ok')) AS cells(cell)`,
    );
    expect(rows.map((row) => row.text)).toEqual(['', 'a b', 'x', '\tx\t', 'ok']);
  });
});
