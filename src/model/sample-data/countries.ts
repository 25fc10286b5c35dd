/** Where buyers live: mostly the UK, as in the real export, with a long tail of other countries. */
import { chance, pick } from '../shared/random';
import type { Random } from '../shared/random';

export const HOME_COUNTRY = 'United Kingdom';

// Repeats weight the countries that are common in the real data.
const OTHER_COUNTRIES = [
  'Germany', 'Germany', 'France', 'France', 'EIRE', 'EIRE', 'Spain', 'Netherlands', 'Belgium',
  'Switzerland', 'Portugal', 'Australia', 'Norway', 'Italy', 'Channel Islands', 'Finland',
  'Cyprus', 'Sweden', 'Austria', 'Denmark', 'Japan', 'Poland', 'USA',
];

/** The home country with probability `homeShare`, otherwise one of the others. */
export function drawCountry(random: Random, homeShare: number): string {
  return chance(random, homeShare) ? HOME_COUNTRY : pick(random, OTHER_COUNTRIES);
}
