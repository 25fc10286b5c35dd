import { missingRoles, ROLE_IDS, ROLE_INFO, unusedRoles, type RoleId } from '../../../model/load/column-roles';
import type { LoadPlan } from '../../../model/load/load-plan';

interface Props {
  plan: LoadPlan;
  headers: readonly string[];
  onColumn(role: RoleId, value: string): void;
}

/** One column choice per role (`select[data-role]`); roles the money mode does not use are dimmed. */
export function RoleSelects({ plan, headers, onColumn }: Props) {
  return (
    <div className="mapping-roles">
      {ROLE_IDS.map((role) => (
        <label key={role} className={`field${unusedRoles(plan.money).includes(role) ? ' unused' : ''}`}>
          <span>
            {ROLE_INFO[role].label}
            {missingRoles({}, plan.money).includes(role) ? ' *' : ''} <span className="muted small">{ROLE_INFO[role].hint}</span>
          </span>
          <select data-role={role} value={plan.mapping[role] ?? ''} onChange={(event) => onColumn(role, event.target.value)}>
            <option value="">— not in the file —</option>
            {headers.map((header, index) => (
              <option key={index} value={index}>
                {header}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
