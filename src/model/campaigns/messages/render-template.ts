/**
 * Renders a parsed template for one customer. A field takes its value, else its fallback; an optional
 * block is left out when any field in it without a fallback has no value. What a left-out block leaves
 * behind (a double space, a space before a comma) is tidied away, so the text reads as if written whole.
 */
import type { MergeValues } from './merge-fields';
import type { FieldPart, TemplatePart, TextPart } from './template-language';

export function renderTemplate(parts: readonly TemplatePart[], values: MergeValues): string {
  return tidyText(parts.map((part) => renderPart(part, values)).join(''));
}

function renderPart(part: TemplatePart, values: MergeValues): string {
  if (part.kind === 'text') return part.text;
  if (part.kind === 'field') return values[part.name] ?? part.fallback ?? '';
  const complete = part.parts.every((inner) => inner.kind === 'text' || inner.fallback !== undefined || values[inner.name] !== undefined);
  return complete ? part.parts.map((inner: TextPart | FieldPart) => renderPart(inner, values)).join('') : '';
}

/** No empty brackets or quotes, single spaces, no space before punctuation, one empty line at most. */
export function tidyText(text: string): string {
  return text
    .replace(/\(\s*\)|"\s*"|“\s*”|‘\s*’/g, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ +([,.;:!?)])/g, '$1')
    .replace(/\( +/g, '(')
    .replace(/,([.!?])/g, '$1')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
