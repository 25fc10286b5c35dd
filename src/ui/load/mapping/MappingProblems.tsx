import { missingRoles, ROLE_INFO, sharedColumns } from '../../../model/load/column-roles';
import type { LoadPlan } from '../../../model/load/load-plan';
import type { MappingCheck } from '../../../protocol/load';

interface Props {
  plan: LoadPlan;
  headers: readonly string[];
  check: MappingCheck | null;
}

/** What stops or spoils the analysis: roles without a column, a column chosen twice, values that do not read. */
export function MappingProblems({ plan, headers, check }: Props) {
  return (
    <ul className="mapping-problems" data-testid="mapping-problems">
      {missingRoles(plan.mapping, plan.money).map((role) => (
        <li key={role} data-problem="missing" data-role-missing={role}>
          Choose the column for {ROLE_INFO[role].label.toLowerCase()}.
        </li>
      ))}
      {sharedColumns(plan.mapping).map(({ column, roles }) => (
        <li key={column} data-problem="shared">
          “{headers[column]}” is chosen for {roles.map((role) => ROLE_INFO[role].label.toLowerCase()).join(' and ')}.
        </li>
      ))}
      {check?.problems.map((problem, index) => (
        <li key={`${problem.role}-${index}`} data-problem="values" data-problem-role={problem.role} data-lines={problem.lines}>
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
