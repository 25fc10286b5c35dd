import type { LoadResult, LoadStage } from './load';

/**
 * An analysis kept on this device, on the user's request: what reopening it needs (the order lines
 * with their cleaning reasons, the lines the reader set aside, and the load's result), in the
 * browser's origin-private file system. Never the original file.
 */
export interface KeptAnalysis {
  /** The file's name, or "3 files", as the analysis named it. */
  fileName: string;
  /** When it was kept, ISO 8601. */
  keptAt: string;
  customers: number;
  /** Lines read, as the cleaning report counts them. */
  lines: number;
  /** Space it takes on this device. */
  bytes: number;
  /** Kept by another version of the app, in a form this one does not read: it can only be forgotten. */
  outdated: boolean;
}

export interface KeepVerbs {
  /** What is kept on this device, if anything; nothing is loaded. */
  keptAnalysis(): Promise<KeptAnalysis | null>;
  /** Keeps the analysis now loaded (described by `result`) on this device, replacing any kept before. */
  keepAnalysis(result: LoadResult): Promise<KeptAnalysis>;
  /** Loads the kept analysis, without its file, as if it had just been analysed. */
  reopenAnalysis(onStage: (stage: LoadStage) => void): Promise<LoadResult>;
  /** Deletes what is kept; resolves to the bytes freed. */
  forgetAnalysis(): Promise<number>;
}
