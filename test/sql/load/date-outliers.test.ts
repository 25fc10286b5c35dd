import { describe, expect, it } from 'vitest';
import { CREATE_LINE_TALLY, DATE_OUTLIERS } from '../../../src/engine/load/sql/line-tally';
import { nativeConnector } from '../../support/native-duckdb';

/** The definition over every kept line, with DuckDB's own quartiles: what DATE_OUTLIERS must equal. */
const OVER_EVERY_LINE = `
  WITH kept AS (SELECT invoiced_at::DATE AS day FROM order_lines WHERE reason = 'kept'),
    quartiles AS (SELECT quantile_disc(day, 0.25) AS q1, quantile_disc(day, 0.75) AS q3 FROM kept),
    bounds AS (SELECT q1 - (3 * (q3 - q1) + 365)::INTEGER AS low, q3 + (3 * (q3 - q1) + 365)::INTEGER AS high FROM quartiles)
  SELECT count(*)::INTEGER AS lines,
         array_to_string(list_sort(list_distinct(list(strftime(day, '%Y-%m-%d'))))[1:3], ' ') AS examples
  FROM kept, bounds
  WHERE day < DATE '1990-01-01' OR day < low OR day > high`;

/** A small seeded generator, so every run checks the same shops. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Lines on few or many days, some bunched, some far out, some not kept. */
function shopLines(seed: number): { reason: string; day: string }[] {
  const next = random(seed);
  const lines = Math.floor(next() * 60) + 1;
  const spreadDays = Math.floor(next() * 3000) + 1;
  return Array.from({ length: lines }, () => {
    const far = next() < 0.08 ? Math.floor(next() * 40_000) - 20_000 : 0;
    const date = new Date(Date.UTC(2020, 0, 1) + (Math.floor(next() * spreadDays) + far) * 86_400_000);
    return { reason: next() < 0.85 ? 'kept' : 'cancelled', day: date.toISOString().slice(0, 10) };
  });
}

describe('dates far outside the rest of the file', () => {
  it('are found from the lines per day exactly as from every line with DuckDB quartiles', async () => {
    const db = await nativeConnector();
    let flagged = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const lines = shopLines(seed);
      await db.writeTable('order_lines_text', { reason: lines.map((line) => line.reason), day: lines.map((line) => line.day) });
      await db.query('CREATE OR REPLACE TABLE order_lines AS SELECT reason, day::TIMESTAMP + INTERVAL 10 HOUR AS invoiced_at FROM order_lines_text');
      const [expected] = await db.query(OVER_EVERY_LINE);
      await db.query(CREATE_LINE_TALLY);
      const [found] = await db.query(DATE_OUTLIERS);
      expect({ seed, ...found }).toEqual({ seed, ...expected });
      if ((found.lines as number) > 0) flagged++;
    }
    // The shops are varied enough to check both answers.
    expect(flagged).toBeGreaterThan(5);
    expect(flagged).toBeLessThan(55);
  });
});
