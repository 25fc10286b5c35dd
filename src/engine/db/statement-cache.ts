import type * as duckdb from '@duckdb/duckdb-wasm';
import type { SqlValue } from './connector';

type Statement = duckdb.AsyncPreparedStatement;

/**
 * Prepared statements kept open, one per SQL text. Preparing and closing a statement are two more
 * round trips to DuckDB's worker, which took most of the time of a small query (a threshold lookup:
 * 14 ms, of which the query itself was a fraction), and re-segmenting runs several such queries.
 *
 * DuckDB binds a kept statement again by itself when a table it reads is replaced (a new file).
 * Should a kept statement fail all the same, it is dropped and the query runs once more on a fresh
 * one, so a stale statement can never be the reason a query fails.
 */
export class StatementCache {
  readonly #statements = new Map<string, Promise<Statement>>();

  constructor(
    private readonly connection: duckdb.AsyncDuckDBConnection,
    /** Statements kept at most; the least recently used is closed first. */
    private readonly capacity = 64,
  ) {}

  async query(sql: string, params: readonly SqlValue[]) {
    const kept = this.#statements.get(sql);
    if (kept) {
      try {
        return await this.#run(sql, kept, params);
      } catch {
        this.#forget(sql, kept);
      }
    }
    return this.#run(sql, this.#prepare(sql), params);
  }

  async #run(sql: string, statement: Promise<Statement>, params: readonly SqlValue[]) {
    // Most recently used last, so the first entry is the one to close when full.
    this.#statements.delete(sql);
    this.#statements.set(sql, statement);
    return (await statement).query(...params);
  }

  #prepare(sql: string): Promise<Statement> {
    const statement = this.connection.prepare(sql);
    statement.catch(() => this.#forget(sql, statement));
    this.#statements.set(sql, statement);
    if (this.#statements.size > this.capacity) {
      const [oldest, closing] = this.#statements.entries().next().value!;
      this.#forget(oldest, closing);
    }
    return statement;
  }

  #forget(sql: string, statement: Promise<Statement>): void {
    if (this.#statements.get(sql) === statement) this.#statements.delete(sql);
    statement.then((open) => open.close()).catch(() => {});
  }
}
