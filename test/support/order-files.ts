import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { sampleOrderLines, type SampleOptions } from '../../src/model/sample-data/sample-orders';

/** Streams a generated order file to disk (large files never sit whole in memory). */
export async function writeOrderFile(path: string, options: SampleOptions): Promise<string> {
  const stream = createWriteStream(path);
  for (const line of sampleOrderLines(options)) {
    if (!stream.write(`${line}\n`)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return path;
}
