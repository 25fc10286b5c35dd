import type { EngineClient } from '../../engine/client';
import type { LoadResult } from '../../protocol/load';
import { downloadBlob } from '../shared/download';

/** The lines the analysis left out, as CSV, named after the file they came from. */
export async function downloadRejectedLines(engine: EngineClient, loaded: LoadResult): Promise<void> {
  const blob = await engine.rejectedLinesCsv();
  downloadBlob(`${loaded.fileName.replace(/\.[^.]+$/, '')}-left-out-lines.csv`, blob);
}
