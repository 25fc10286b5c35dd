import type { EngineClient } from '../../../engine/client';
import { missingRoles } from '../../../model/load/column-roles';
import type { LoadPlan } from '../../../model/load/load-plan';
import type { ReadOptions } from '../../../protocol/load';
import { CurrencyPicker } from './CurrencyPicker';
import { FormatOptions } from './FormatOptions';
import { MappingProblems } from './MappingProblems';
import { MoneySource } from './MoneySource';
import { PreviewTable } from './PreviewTable';
import { RoleSelects } from './RoleSelects';
import { SourceOptions } from './SourceOptions';
import { useMappingCheck } from './use-mapping-check';
import type { MappingState } from './use-mapping-flow';
import { useMappingPlan } from './use-mapping-plan';

interface Props {
  engine: EngineClient;
  state: MappingState;
  onConfirm(plan: LoadPlan): void;
  onReadOptions(options: ReadOptions): void;
  onClose(): void;
}

/**
 * The mapping screen: the first lines of the file, the column guessed for each role (changeable),
 * how numbers and dates are written, and what the choice would make of the first lines, flagged
 * before anything is analysed. `select[data-role]` and `confirm-mapping` are the automation contract.
 */
export function ColumnMapping({ engine, state, onConfirm, onReadOptions, onClose }: Props) {
  const { preview, question } = state;
  const { plan, setColumn, setMoney, setFormats } = useMappingPlan(state);
  const check = useMappingCheck(engine, plan);
  const mustAnswer = question !== null && plan.dateOrder === 'auto';
  const ready = missingRoles(plan.mapping, plan.money).length === 0 && !mustAnswer;
  return (
    <section className="card mapping" data-testid="column-mapping" data-layout={preview.detection.layout.id} aria-labelledby="mapping-title">
      <h2 id="mapping-title">How should {state.subject} be read?</h2>
      <p className="muted">
        {detectionText(state)} Choose the column for each role; the first lines below show what they hold. Nothing is analysed until you press
        Analyse.
      </p>
      <SourceOptions state={state} onReadOptions={onReadOptions} />
      <MoneySource money={plan.money} onChange={setMoney} />
      <RoleSelects plan={plan} headers={preview.headers} onColumn={setColumn} />
      {plan.mapping.currency === undefined && <CurrencyPicker value={plan.currency} onChange={(currency) => setFormats({ ...plan, currency }, false)} />}
      <FormatOptions state={state} plan={plan} mustAnswer={mustAnswer} onChange={setFormats} />
      <PreviewTable state={state} mapping={plan.mapping} />
      <MappingProblems plan={plan} headers={preview.headers} check={check} />
      <div className="button-row">
        <button type="button" className="button primary" data-testid="confirm-mapping" disabled={!ready} onClick={() => onConfirm(plan)}>
          Analyse
        </button>
        <button type="button" className="button" data-testid="close-mapping" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}

function detectionText({ preview, remembered, question }: MappingState): string {
  const { layout, confidence, full } = preview.detection;
  if (question) return `Every date in “${question.column}” fits both Day/Month and Month/Day, so the order has to come from you.`;
  if (remembered) return 'These are the choices you confirmed before for files with these columns.';
  if (full) return `Recognised as a ${layout.name} export.`;
  return `Not a layout known for certain; best guess (${Math.round(confidence * 100)}% confident).`;
}
