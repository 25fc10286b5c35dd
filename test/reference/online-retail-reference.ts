/**
 * The public UCI Online Retail file and the seed project's two output lists, read from
 * ../shared/data/online_retail in place: the file is gunzipped into a temporary folder, never into the
 * repository, and the lists are read as they are.
 */
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';

const sharedFile = (name: string) => fileURLToPath(new URL(`../../../shared/data/online_retail/${name}`, import.meta.url));

/** online_retail.csv in a temporary folder; `remove` deletes the folder. */
export async function gunzipOnlineRetail(): Promise<{ path: string; remove: () => void }> {
  const folder = mkdtempSync(join(tmpdir(), 'online-retail-'));
  const path = join(folder, 'online_retail.csv');
  await pipeline(createReadStream(sharedFile('online_retail.csv.gz')), createGunzip(), createWriteStream(path));
  return { path, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** One customer of a seed list: the numeric customer id, recency in days, invoices, spend in cents. */
export interface SeedListCustomer {
  id: number;
  recency: number;
  frequency: number;
  cents: number;
}

/**
 * `CustomerID,Recency,Frequency,Monetary` as pandas wrote it: ids as floats (`12347.0`), spend as a
 * float sum (`1246.1000000000001`), which is within a millionth of a cent of the exact amount.
 */
export function readSeedList(name: 'seed_High_Value_At_Risk_List.csv' | 'seed_Champions_Full_Price_List.csv'): SeedListCustomer[] {
  const [header, ...lines] = readFileSync(sharedFile(name), 'utf8').trim().split(/\r?\n/);
  if (header !== 'CustomerID,Recency,Frequency,Monetary') throw new Error(`unexpected header in ${name}: ${header}`);
  return lines.map((line) => {
    const [id, recency, frequency, monetary] = line.split(',').map(Number);
    return { id, recency, frequency, cents: Math.round(monetary * 100) };
  });
}

export const byId = (a: SeedListCustomer, b: SeedListCustomer) => a.id - b.id;
