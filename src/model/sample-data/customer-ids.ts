/** Customer IDs as the real export has them: 5-digit numbers, sometimes written as floats. */
import { chance, randomInt } from '../shared/random';
import type { Random } from '../shared/random';

const FIRST_CUSTOMER_ID = 12346;
const LAST_CUSTOMER_ID = 18287;
/** The first customer of the real dataset; pinned so tests can look for both of its spellings. */
const PINNED_CUSTOMER_ID = 17850;
/** pandas writes an ID column with gaps as floats, so some exports say 17850.0. */
const DECIMAL_CUSTOMER_ID_RATE = 0.3;

/**
 * `count` distinct IDs, the pinned one first, the rest shuffled from the real range 12346–18287
 * and spilling above it only for huge samples (past 87,654 customers into six digits, as a big
 * shop's numbering would).
 */
export function chooseCustomerIds(random: Random, count: number): string[] {
  if (count === 0) return [];
  const pool: number[] = [];
  for (let id = FIRST_CUSTOMER_ID; id <= LAST_CUSTOMER_ID; id++) if (id !== PINNED_CUSTOMER_ID) pool.push(id);
  for (let id = LAST_CUSTOMER_ID + 1; pool.length < count - 1; id++) pool.push(id);
  // A partial Fisher–Yates shuffle: only the first count − 1 places are needed.
  for (let index = 0; index < count - 1; index++) {
    const swapWith = randomInt(random, index, pool.length - 1);
    [pool[index], pool[swapWith]] = [pool[swapWith], pool[index]];
  }
  return [PINNED_CUSTOMER_ID, ...pool.slice(0, count - 1)].map(String);
}

/** The ID as one line writes it: "17850" or, now and then, "17850.0". */
export function spellCustomerId(random: Random, id: string): string {
  return chance(random, DECIMAL_CUSTOMER_ID_RATE) ? `${id}.0` : id;
}
