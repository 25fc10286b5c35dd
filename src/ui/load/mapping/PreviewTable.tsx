import { ROLE_IDS, ROLE_INFO, type ColumnMapping as Mapping } from '../../../model/load/column-roles';
import { TableScroll } from '../../shared/TableScroll';
import type { MappingState } from './use-mapping-flow';

const PREVIEW_ROWS = 8;

/** The first lines of the file, each column badged with the roles it plays. */
export function PreviewTable({ state, mapping }: { state: MappingState; mapping: Mapping }) {
  const { headers, rows } = state.preview;
  const rolesOf = (column: number) => ROLE_IDS.filter((role) => mapping[role] === column);
  return (
    <TableScroll label="The file's first lines">
      <table className="mapping-preview" data-testid="mapping-preview">
        <caption className="muted small">The first {Math.min(PREVIEW_ROWS, rows.length)} lines</caption>
        <thead>
          <tr>
            {headers.map((header, column) => (
              <th key={column} scope="col" data-column={column} data-roles={rolesOf(column).join(' ')}>
                {header}
                {rolesOf(column).map((role) => (
                  <span key={role} className="role-badge">
                    {ROLE_INFO[role].label}
                  </span>
                ))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, PREVIEW_ROWS).map((row, index) => (
            <tr key={index}>
              {headers.map((_, column) => (
                <td key={column}>{row[column] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
