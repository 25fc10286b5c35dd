/**
 * Deterministic sample data shaped like the public UCI "Online Retail" export: one CSV line per
 * order line, guests, cancellations and the other dirt real exports carry. It streams: memory is
 * O(customers), never O(lines), because benchmarks write files of several million lines.
 *
 * How the year unfolds: the share of lines already written is the clock (progress 0 → 1 maps
 * onto 12/1/2010 … 12/9/2011), so exactly `lines` lines always span the whole year. Customers
 * join at a drawn moment (their first purchase), then buy at a gamma-distributed relative rate
 * until they drop out (some never do); at each invoice one active customer is drawn by rate.
 *
 * The parts live in ./sample-data: the invoice stream and what goes on each invoice, the
 * customers, the catalog, the calendar, unreadable values and the CSV formatting.
 */
import { ONLINE_RETAIL_HEADER, formatLine } from './csv-line';
import { InvoiceStream } from './invoices';
import { resolveSettings } from './settings';
import type { SampleOptions, SampleSettings } from './settings';
import { Corruptor } from './unreadable-values';

export { ONLINE_RETAIL_HEADER } from './csv-line';
export type { SampleOptions } from './settings';

/** The header, then exactly `lines` data lines (no trailing newline on each). Streams lazily. */
export function sampleOrderLines(options: SampleOptions = {}): Generator<string> {
  // Validate now rather than on the first next(), so bad options fail where they were passed.
  return generateLines(resolveSettings(options));
}

/** The whole sample as one CSV text: lines joined with '\n' plus a final '\n'. */
export function sampleOrdersCsv(options: SampleOptions = {}): string {
  const parts: string[] = [];
  for (const line of sampleOrderLines(options)) parts.push(line);
  return parts.join('\n') + '\n';
}

function* generateLines(settings: SampleSettings): Generator<string> {
  const invoices = new InvoiceStream(settings);
  const corruptor = new Corruptor(settings.unreadableRate, settings.seed);
  yield ONLINE_RETAIL_HEADER;
  let written = 0;
  while (written < settings.lines) {
    const progress = written / settings.lines;
    for (const line of invoices.next(progress, settings.lines - written)) {
      yield formatLine(line, corruptor.garbageFor(line, written));
      written += 1;
    }
  }
}
