import { ROLE_IDS } from '../../../model/load/column-roles';
import type { LoadPlan } from '../../../model/load/load-plan';
import { isCurrencyCode } from '../../../model/shared/currency';

/**
 * The mapping a user confirmed for a header, remembered in this browser's local storage only (never
 * sent anywhere), so the next export with the same columns starts from it.
 */
const PREFIX = 'retention-engine.mapping.v1:';

export interface PlanStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function storage(): PlanStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled (privacy settings): nothing is remembered
  }
}

export function rememberedPlan(signature: string, columns: number, store: PlanStorage | null = storage()): LoadPlan | null {
  try {
    const plan = JSON.parse(store?.getItem(PREFIX + signature) ?? 'null') as LoadPlan | null;
    return plan && isPlan(plan, columns) ? plan : null;
  } catch {
    return null;
  }
}

export function rememberPlan(signature: string, plan: LoadPlan, store: PlanStorage | null = storage()): void {
  try {
    store?.setItem(PREFIX + signature, JSON.stringify({ ...plan, dropDuplicates: false, includeFutureDates: false }));
  } catch {
    // full or disabled storage: the mapping is simply not remembered
  }
}

function isPlan(plan: LoadPlan, columns: number): boolean {
  const mappingOk =
    typeof plan.mapping === 'object' &&
    Object.entries(plan.mapping).every(
      ([role, column]) => (ROLE_IDS as readonly string[]).includes(role) && Number.isInteger(column) && column >= 0 && column < columns,
    );
  return (
    mappingOk &&
    ['lines', 'order_amount'].includes(plan.money) &&
    ['.', ','].includes(plan.decimalSeparator) &&
    ['auto', 'ymd', 'mdy', 'dmy'].includes(plan.dateOrder) &&
    ['ask', 'mdy', 'dmy'].includes(plan.ambiguousDateOrder) &&
    typeof plan.orderFieldsOnFirstLine === 'boolean' &&
    typeof plan.cancelledPrefix === 'boolean' &&
    (plan.currency === undefined || (typeof plan.currency === 'string' && isCurrencyCode(plan.currency)))
  );
}
