/**
 * Both purchase models fitted on one set of histories, or a plain reason why they were not: the
 * dropout process cannot be estimated from fewer than two customers who came back.
 */
import { fitBgNbd } from './models/bgnbd';
import type { BgNbdFit } from './models/bgnbd';
import { repeatData } from './customer-history';
import type { CustomerHistories } from './customer-history';
import { fitGammaGamma } from './models/gamma-gamma';
import type { GammaGammaFit } from './models/gamma-gamma';
import type { TimeUnit } from './repeat-summary';

export const MIN_REPEAT_CUSTOMERS = 2;

export interface FittedModels {
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit;
}

export function countRepeatCustomers(histories: CustomerHistories): number {
  return histories.x.reduce((count, x) => count + (x > 0 ? 1 : 0), 0);
}

/** Null with a reason when there is too little data to try. */
export function fitPurchaseModels(
  histories: CustomerHistories, unit: TimeUnit, periodText: string,
): { fits: FittedModels; problem?: undefined } | { fits: null; problem: string } {
  const repeaters = countRepeatCustomers(histories);
  if (repeaters < MIN_REPEAT_CUSTOMERS) {
    const who = repeaters === 0 ? 'no customer' : 'only one customer';
    return {
      fits: null,
      problem: `Too little data ${periodText}: ${who} bought on more than one day, and the models need at least ${MIN_REPEAT_CUSTOMERS} customers who came back.`,
    };
  }
  return {
    fits: {
      bgnbd: fitBgNbd(repeatData(histories, unit)),
      gammaGamma: fitGammaGamma({ x: histories.x, zbar: histories.zbar }),
    },
  };
}
