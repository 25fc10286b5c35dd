import { describe, expect, it } from 'vitest';
import { bindExpressions } from '../../../src/engine/pipeline/sql/bind-expressions';

describe('bindExpressions', () => {
  it('puts each expression, in parentheses, where its parameter was', () => {
    expect(bindExpressions('SELECT ?::DATE AS a, ? AS b', ["getvariable('x')", 'true'])).toBe("SELECT (getvariable('x'))::DATE AS a, (true) AS b");
  });

  it('leaves question marks in literals, quoted names and comments alone', () => {
    const sql = `SELECT regexp_extract(t, '(.*?)x', 1) AS "why?", ? -- is it?\nFROM t WHERE a = 'it''s ?'`;
    expect(bindExpressions(sql, ['1'])).toBe(`SELECT regexp_extract(t, '(.*?)x', 1) AS "why?", (1) -- is it?\nFROM t WHERE a = 'it''s ?'`);
  });

  it('refuses too few or too many expressions', () => {
    expect(() => bindExpressions('SELECT ?, ?', ['1'])).toThrow(/more than 1 parameters/);
    expect(() => bindExpressions('SELECT ?', ['1', '2'])).toThrow(/2 given for 1 parameters/);
  });
});
