import { useState } from 'react';
import type { ColumnMapping, MoneyMode, RoleId } from '../../../model/load/column-roles';
import { decimalFor } from '../../../model/load/layout-detection';
import type { LoadPlan } from '../../../model/load/load-plan';
import type { MappingState } from './use-mapping-flow';

/**
 * The plan being edited on the mapping screen. Until the user picks the decimal separator, it follows
 * the columns chosen for money (their first lines say which separator they use).
 */
export function useMappingPlan(state: MappingState) {
  const [plan, setPlan] = useState<LoadPlan>(state.plan);
  const [decimalChosen, setDecimalChosen] = useState(false);
  const { rows, sources } = state.preview;
  const decimal = (mapping: ColumnMapping, money: MoneyMode) => (decimalChosen ? plan.decimalSeparator : decimalFor(mapping, money, rows, sources[0].delimiter));
  return {
    plan,
    setColumn(role: RoleId, value: string) {
      const mapping: ColumnMapping = { ...plan.mapping };
      if (value === '') delete mapping[role];
      else mapping[role] = Number(value);
      setPlan({ ...plan, mapping, decimalSeparator: decimal(mapping, plan.money) });
    },
    setMoney(money: MoneyMode) {
      const orderFieldsOnFirstLine = money === 'order_amount' ? true : plan.orderFieldsOnFirstLine;
      setPlan({ ...plan, money, orderFieldsOnFirstLine, decimalSeparator: decimal(plan.mapping, money) });
    },
    setFormats(next: LoadPlan, decimalTouched: boolean) {
      if (decimalTouched) setDecimalChosen(true);
      setPlan(next);
    },
  };
}
