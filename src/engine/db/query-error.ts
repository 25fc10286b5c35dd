/**
 * A statement DuckDB refused or failed to run, with the statement itself: the stage that ran it
 * chooses what the user reads (engine/describe-failure.ts), the SQL goes to the details.
 */
export class QueryError extends Error {
  override name = 'QueryError';

  constructor(
    readonly sql: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

export function isQueryError(error: unknown): error is QueryError {
  return error instanceof Error && error.name === 'QueryError';
}

/** Runs one statement; a failure leaves as a QueryError carrying that statement. */
export async function withQueryError<T>(sql: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw isQueryError(error) ? error : new QueryError(sql, error);
  }
}
