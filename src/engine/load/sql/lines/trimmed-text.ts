/**
 * A cell without the spaces around it, as DuckDB's `trim` gives it, and '' for a missing cell.
 * `trim` removes Unicode space separators (category Zs) from both ends and copies every value it
 * is given, which cost about a third of reading a file into `order_lines`. The only Zs character
 * in ASCII is the space, so a value that is plain ASCII (as many bytes as characters) and neither
 * starts nor ends with a space is already trimmed and is kept as it is; any other goes to `trim`.
 */
export function trimmedTextSql(column: string): string {
  const mayHaveSpaces = `${column} LIKE ' %' OR ${column} LIKE '% ' OR length(${column}) <> strlen(${column})`;
  return `coalesce(CASE WHEN ${mayHaveSpaces} THEN trim(${column}) ELSE ${column} END, '')`;
}
