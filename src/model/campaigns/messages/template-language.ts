/**
 * The message template language, small enough to explain in one line on the page:
 *
 *   {orders}                     a merge field
 *   {first_name|there}           a field with a fallback for customers who lack it
 *   [[Last time: {last_product}.]]  an optional block, left out whole when a field in it is missing
 *
 * A field that can be missing (merge-fields.ts) must have a fallback or sit in a block, so a template
 * that parses renders natural text for every customer. Unknown fields, stray braces and nested or
 * unclosed blocks are errors with a position, shown to the owner while they type.
 */
import { mergeField, type MergeFieldName } from './merge-fields';

export interface TextPart {
  kind: 'text';
  text: string;
}

export interface FieldPart {
  kind: 'field';
  name: MergeFieldName;
  fallback?: string;
}

export interface OptionalPart {
  kind: 'optional';
  parts: (TextPart | FieldPart)[];
}

export type TemplatePart = TextPart | FieldPart | OptionalPart;

export interface TemplateError {
  message: string;
  /** Where in the template text the problem starts. */
  index: number;
}

export type ParsedTemplate = { ok: true; parts: TemplatePart[] } | { ok: false; errors: TemplateError[] };

interface ParseState {
  source: string;
  index: number;
  parts: TemplatePart[];
  block: OptionalPart | null;
  blockStart: number;
  errors: TemplateError[];
}

export function parseTemplate(source: string): ParsedTemplate {
  const state: ParseState = { source, index: 0, parts: [], block: null, blockStart: 0, errors: [] };
  while (state.index < source.length) step(state);
  if (state.block) state.errors.push({ message: '[[ is never closed with ]]', index: state.blockStart });
  return state.errors.length > 0 ? { ok: false, errors: state.errors } : { ok: true, parts: state.parts };
}

function step(state: ParseState): void {
  const { source, index } = state;
  if (source.startsWith('[[', index)) return openBlock(state);
  if (source.startsWith(']]', index)) return closeBlock(state);
  if (source[index] === '{') return readField(state);
  if (source[index] === '}') state.errors.push({ message: '} without {', index });
  else addText(state, source[index]);
  state.index += 1;
}

function openBlock(state: ParseState): void {
  if (state.block) state.errors.push({ message: '[[ inside another [[ … ]]', index: state.index });
  else {
    state.block = { kind: 'optional', parts: [] };
    state.blockStart = state.index;
    state.parts.push(state.block);
  }
  state.index += 2;
}

function closeBlock(state: ParseState): void {
  if (!state.block) state.errors.push({ message: ']] without [[', index: state.index });
  state.block = null;
  state.index += 2;
}

function addText(state: ParseState, text: string): void {
  const parts = state.block ? state.block.parts : state.parts;
  const last = parts[parts.length - 1];
  if (last?.kind === 'text') last.text += text;
  else parts.push({ kind: 'text', text });
}

function readField(state: ParseState): void {
  const { source, index } = state;
  const end = source.slice(index + 1).search(/[{}\n]/) + index + 1;
  if (end === index || source[end] !== '}') {
    state.errors.push({ message: '{ is never closed with }', index });
    state.index += 1;
    return;
  }
  const field = fieldPart(state, source.slice(index + 1, end), index);
  if (field) (state.block ? state.block.parts : state.parts).push(field);
  state.index = end + 1;
}

function fieldPart(state: ParseState, inner: string, index: number): FieldPart | null {
  const bar = inner.indexOf('|');
  const name = (bar < 0 ? inner : inner.slice(0, bar)).trim();
  const fallback = bar < 0 ? undefined : inner.slice(bar + 1);
  const field = mergeField(name);
  if (!field) {
    state.errors.push({ message: `unknown field: {${name}}`, index });
    return null;
  }
  if (fallback !== undefined && /\[\[|\]\]/.test(fallback)) {
    state.errors.push({ message: `[[ or ]] inside the fallback of {${name}}`, index });
    return null;
  }
  if (!field.alwaysKnown && fallback === undefined && !state.block) {
    state.errors.push({ message: `{${name}} can be missing: write {${name}|…} with a fallback, or put it inside [[ … ]]`, index });
    return null;
  }
  return fallback === undefined ? { kind: 'field', name: field.name } : { kind: 'field', name: field.name, fallback };
}
