/**
 * The worker's statements take their values as `?` parameters. A script has no one to bind them, so
 * each `?` becomes an SQL expression fixed in code (`getvariable('input')`, a date offset, `true`),
 * in parentheses. A `?` inside a string literal, a quoted name or a comment is text, not a parameter.
 */
export function bindExpressions(sql: string, expressions: readonly string[]): string {
  let out = '';
  let used = 0;
  for (let index = 0; index < sql.length; ) {
    const skipped = skipQuoted(sql, index);
    if (skipped > index) {
      out += sql.slice(index, skipped);
      index = skipped;
    } else if (sql[index] === '?') {
      if (used >= expressions.length) throw new RangeError(`invalid expressions: the statement has more than ${expressions.length} parameters`);
      out += `(${expressions[used++]})`;
      index++;
    } else {
      out += sql[index++];
    }
  }
  if (used !== expressions.length) throw new RangeError(`invalid expressions: ${expressions.length} given for ${used} parameters`);
  return out;
}

/** The end of a string literal, quoted name or comment starting at `index`, else `index`. */
function skipQuoted(sql: string, index: number): number {
  const char = sql[index];
  if (char === "'" || char === '"') {
    let end = index + 1;
    while (end < sql.length) {
      if (sql[end] === char && sql[end + 1] === char) end += 2;
      else if (sql[end] === char) return end + 1;
      else end++;
    }
    return sql.length;
  }
  if (sql.startsWith('--', index)) {
    const end = sql.indexOf('\n', index);
    return end < 0 ? sql.length : end;
  }
  return index;
}
