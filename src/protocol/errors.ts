/**
 * The failures the page tells apart, by name (a class does not survive the worker boundary; its name
 * and own fields do, see engine/error-details.ts).
 */

/** What the engine was doing when something failed; it chooses the words the user reads. */
export type EngineStage = 'start' | 'read' | 'segment' | 'explore' | 'export' | 'predict' | 'campaign' | 'keep';

/** For a bug report, behind a disclosure: the engine's own words and the statement that failed. */
export interface FailureDetail {
  stage: EngineStage;
  engineMessage: string;
  sql?: string;
  /**
   * The engine ran out of memory. WebAssembly memory never shrinks and DuckDB may be left holding
   * it, so that engine is not trusted again: the client starts a fresh one (engine/client.ts).
   */
  outOfMemory?: boolean;
}

/**
 * A problem worded for the user: what is wrong, where, and what to do. The page shows its message as
 * it is; any other error is treated as unexpected.
 */
export class InputError extends Error {
  override name = 'InputError';

  constructor(
    message: string,
    readonly detail?: FailureDetail,
  ) {
    super(message);
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof Error && error.name === 'InputError';
}

export const ENGINE_CRASHED = 'EngineCrashed';

/** The engine's worker died (most often: out of memory); the client starts a fresh one at once. */
export function engineCrashed(detail: string): Error {
  const error = new Error(
    `The analysis engine stopped (${detail}), most likely because the browser ran out of memory. It has been restarted; try again, or try a smaller file.`,
  );
  error.name = ENGINE_CRASHED;
  return error;
}

export function isEngineCrash(error: unknown): error is Error {
  return error instanceof Error && error.name === ENGINE_CRASHED;
}

/** A failure after which the engine is replaced by a fresh one: it died, or it ran out of memory. */
export function needsFreshEngine(error: unknown): error is Error {
  return isEngineCrash(error) || (error instanceof Error && failureDetail(error)?.outOfMemory === true);
}

/** The failure's details for a bug report, when it carries any. */
export function failureDetail(error: unknown): FailureDetail | undefined {
  return error instanceof Error ? (error as Error & { detail?: FailureDetail }).detail : undefined;
}
