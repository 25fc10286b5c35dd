import type { MessageTemplates } from '../../model/campaigns/messages/default-templates';
import { MERGE_FIELDS } from '../../model/campaigns/messages/merge-fields';
import { checkTemplates, MESSAGE_PARTS, type MessagePart } from '../../model/campaigns/messages/message-templates';

const PART_LABELS: Record<MessagePart, string> = { subject: 'Subject', body: 'Body', sms: 'SMS' };

interface Props {
  /** The templates in force: the built-in ones with the owner's edits that parse. */
  templates: MessageTemplates;
  /** The owner's text for each part they changed, as typed (it may not parse yet). */
  edited: Partial<MessageTemplates>;
  onChange(part: MessagePart, text: string): void;
  onReset(): void;
}

/** The segment's message templates, with what each merge field says; a part that does not parse is flagged and not used. */
export function TemplateEditor({ templates, edited, onChange, onReset }: Props) {
  const errors = checkTemplates(edited);
  return (
    <div className="template-editor" data-testid="template-editor">
      <h3>Message templates</h3>
      <p className="muted small">
        <code>{'{orders}'}</code> is a merge field; <code>{'{first_name|there}'}</code> has a fallback for customers who lack it;{' '}
        <code>{'[[Last time: {last_product}.]]'}</code> is left out whole when a field in it has no value.
      </p>
      {MESSAGE_PARTS.map((part) => (
        <label key={part} className="field">
          <span>{PART_LABELS[part]}</span>
          <textarea data-testid="template" data-part={part} rows={part === 'body' ? 8 : 2} value={edited[part] ?? templates[part]} aria-invalid={errors[part] !== undefined} onChange={(event) => onChange(part, event.target.value)} />
          {errors[part]?.map((error) => (
            <span key={`${error.index}-${error.message}`} className="field-error" data-testid="template-error" data-part={part}>
              At character {error.index + 1}: {error.message}. Until it is fixed, the built-in {part} is used.
            </span>
          ))}
        </label>
      ))}
      <details>
        <summary>Merge fields</summary>
        <ul className="merge-fields">
          {MERGE_FIELDS.map((field) => (
            <li key={field.name}>
              <code>{`{${field.name}}`}</code> {field.description}
              {field.alwaysKnown ? '' : ' (can be missing: give a fallback or put it in [[ … ]])'}
            </li>
          ))}
        </ul>
      </details>
      <button type="button" className="button small" data-testid="reset-templates" onClick={onReset} disabled={Object.keys(edited).length === 0}>
        Back to the built-in templates
      </button>
    </div>
  );
}
