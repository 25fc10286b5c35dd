/**
 * A segment's message templates: the built-in set for its play, with the owner's edits over it. Like the
 * playbook's edits, template edits are a plain object keyed by segment that the page keeps in this
 * browser; an edit that does not parse is reported to the owner and not used, so drafts never break.
 */
import { defaultTemplates, type MessageTemplates } from './default-templates';
import { defaultPlayId, isSegmentKey, type SegmentKey } from '../playbook/playbook';
import { parseTemplate, type TemplateError } from './template-language';

export type MessagePart = keyof MessageTemplates;
export const MESSAGE_PARTS: readonly MessagePart[] = ['subject', 'body', 'sms'];

export type TemplateEdits = Partial<Record<SegmentKey, Partial<MessageTemplates>>>;

export type TemplateErrors = Partial<Record<MessagePart, TemplateError[]>>;

/** The problems in each part of a set of templates; empty when all three parse. */
export function checkTemplates(templates: Partial<MessageTemplates>): TemplateErrors {
  const errors: TemplateErrors = {};
  for (const part of MESSAGE_PARTS) {
    const text = templates[part];
    if (text === undefined) continue;
    const parsed = parseTemplate(text);
    if (!parsed.ok) errors[part] = parsed.errors;
    else if (text.trim() === '') errors[part] = [{ message: `the ${part} is empty`, index: 0 }];
  }
  return errors;
}

/** The templates a segment's drafts use: each edited part that parses, else the built-in one. */
export function templatesFor(key: SegmentKey, edits: TemplateEdits = {}): MessageTemplates {
  const templates = defaultTemplates(defaultPlayId(key));
  const edit = edits[key] ?? {};
  const errors = checkTemplates(edit);
  for (const part of MESSAGE_PARTS) {
    const text = edit[part];
    if (text !== undefined && !errors[part]) templates[part] = text;
  }
  return templates;
}

/** Template edits read back from storage: unknown segments and non-text values are left out. */
export function readTemplateEdits(stored: unknown): TemplateEdits {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const edits: TemplateEdits = {};
  for (const [key, value] of Object.entries(stored)) {
    if (!isSegmentKey(key) || typeof value !== 'object' || value === null) continue;
    const parts = Object.fromEntries(MESSAGE_PARTS.filter((part) => typeof value[part] === 'string').map((part) => [part, value[part] as string]));
    if (Object.keys(parts).length > 0) edits[key] = parts;
  }
  return edits;
}
