/**
 * Unreadable values: garbage in the Quantity, UnitPrice or InvoiceDate field of the share of lines
 * the `unreadableRate` option asks for, so the cleaning step's count of unreadable lines has
 * something exact to find.
 */
import { pick, seededRandom } from '../shared/random';
import type { Random } from '../shared/random';
import type { OrderLine } from './order-line';

const GARBAGE_VALUES = {
  quantity: ['abc', 'n/a', '', '?', 'twelve', '#VALUE!'],
  price: ['n/a', 'abc', '', '2.55.1', '-', 'TBC'],
  date: ['12/45/2011 99:99', 'n/a', '', '2/30/2011 10:15', '13/1/2011 9:00', 'not a date'],
} as const;
type GarbageField = keyof typeof GARBAGE_VALUES;
const GARBAGE_FIELDS: readonly GarbageField[] = ['quantity', 'price', 'date'];
/** Keeps the corruption stream apart from the main one drawn from the same seed. */
const CORRUPTION_SEED_SALT = 0x5eed_c0de;

/** The field to spoil and the text written in its place. */
export interface Garbage {
  field: GarbageField;
  value: string;
}

/**
 * Spoils about `rate` of all lines, only where nothing else would already reject the line, so
 * each spoiled line is counted as unreadable. It draws from its own random stream: the same seed
 * with and without spoiling gives the same lines apart from the spoiled fields.
 */
export class Corruptor {
  private readonly random: Random;
  private spoiled = 0;
  private slack: number;

  constructor(
    private readonly rate: number,
    seed: number,
  ) {
    this.random = seededRandom(seed ^ CORRUPTION_SEED_SALT);
    this.slack = this.random();
  }

  /** Garbage for the line at `lineIndex` (0-based among data lines), or undefined to leave it be. */
  garbageFor(line: OrderLine, lineIndex: number): Garbage | undefined {
    if (this.rate === 0 || !isOtherwiseClean(line)) return undefined;
    // Error diffusion with a random offset: while clean lines are plentiful the count tracks
    // rate × lines to within one line, yet the spacing between spoiled lines still varies.
    if (this.spoiled + this.slack >= this.rate * (lineIndex + 1)) return undefined;
    this.spoiled += 1;
    this.slack = this.random();
    const field = pick(this.random, GARBAGE_FIELDS);
    return { field, value: pick(this.random, GARBAGE_VALUES[field]) };
  }
}

/** A registered, non-cancelled sale with positive quantity and price that is not a duplicate row. */
function isOtherwiseClean(line: OrderLine): boolean {
  return (
    line.customerId !== '' && !line.invoiceNo.startsWith('C') && line.quantity > 0 &&
    line.priceCents > 0 && !line.repeated
  );
}
