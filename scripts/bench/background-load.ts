/**
 * How busy the rest of the machine was during a measurement. On a small shared machine a test run
 * elsewhere can double a timing; the report says so rather than leaving a mystery.
 */
import { descendantCpuMs, machineBusyCpuMs } from './process-tree';

export interface Measured<T> {
  result: T;
  /** Average cores used by processes outside this benchmark (and its Chromium) meanwhile. */
  otherCores: number;
}

export async function measuringBackgroundLoad<T>(work: () => Promise<T>): Promise<Measured<T>> {
  const startedAt = performance.now();
  const machineBefore = machineBusyCpuMs();
  const ownBefore = ownCpuMs();
  const result = await work();
  const elapsedMs = performance.now() - startedAt;
  const otherMs = machineBusyCpuMs() - machineBefore - (ownCpuMs() - ownBefore);
  return { result, otherCores: Math.max(0, otherMs / elapsedMs) };
}

/** This process (including native DuckDB's threads) plus Chromium below it. */
function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000 + descendantCpuMs(process.pid);
}
