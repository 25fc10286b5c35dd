import { describe, expect, it } from 'vitest';
import { parseTemplate, type ParsedTemplate } from '../../../src/model/campaigns/messages/template-language';
import { renderTemplate } from '../../../src/model/campaigns/messages/render-template';

const errorsOf = (parsed: ParsedTemplate) => (parsed.ok ? [] : parsed.errors);

function render(template: string, values: Record<string, string>): string {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(parsed.errors[0].message);
  return renderTemplate(parsed.parts, values);
}

describe('the template language', () => {
  it('reads fields, fallbacks and optional blocks', () => {
    expect(parseTemplate('Hi {first_name|there}, [[you chose {last_product}.]] {orders}')).toEqual({
      ok: true,
      parts: [
        { kind: 'text', text: 'Hi ' },
        { kind: 'field', name: 'first_name', fallback: 'there' },
        { kind: 'text', text: ', ' },
        { kind: 'optional', parts: [{ kind: 'text', text: 'you chose ' }, { kind: 'field', name: 'last_product' }, { kind: 'text', text: '.' }] },
        { kind: 'text', text: ' ' },
        { kind: 'field', name: 'orders' },
      ],
    });
  });

  it('names an unknown field and where it is', () => {
    expect(errorsOf(parseTemplate('Hello {frist_name|you}!'))).toEqual([{ message: 'unknown field: {frist_name}', index: 6 }]);
  });

  it('refuses a field that can be missing when it has neither a fallback nor a block', () => {
    const [error] = errorsOf(parseTemplate('You bought {last_product}.'));
    expect(error.index).toBe(11);
    expect(error.message).toMatch(/^\{last_product\} can be missing/);
    expect(parseTemplate('{days_since} ago, {total_spent}, {segment}').ok).toBe(true);
    expect(parseTemplate('{last_product|}').ok).toBe(true);
  });

  it('reports stray braces and badly nested blocks, all at once', () => {
    expect(errorsOf(parseTemplate('a } b { c'))).toEqual([
      { message: '} without {', index: 2 },
      { message: '{ is never closed with }', index: 6 },
    ]);
    expect(errorsOf(parseTemplate('[[a [[b]] c]]'))).toEqual([
      { message: '[[ inside another [[ … ]]', index: 4 },
      { message: ']] without [[', index: 11 },
    ]);
    expect(errorsOf(parseTemplate('x [[ open'))).toEqual([{ message: '[[ is never closed with ]]', index: 2 }]);
    expect(errorsOf(parseTemplate('{first_name|a [[b]]}'))[0].message).toBe('[[ or ]] inside the fallback of {first_name}');
    expect(errorsOf(parseTemplate('{first_name\n}'))[0].message).toBe('{ is never closed with }');
  });
});

describe('rendering a template', () => {
  it('uses the value, else the fallback', () => {
    expect(render('Hi {first_name|there},', { first_name: 'Anna' })).toBe('Hi Anna,');
    expect(render('Hi {first_name|there},', {})).toBe('Hi there,');
  });

  it('drops a block whose field is missing, and keeps it otherwise', () => {
    const template = 'Thank you for your order[[ of {last_product}]]. [[You chose {top_product}.]] See you!';
    expect(render(template, { last_product: 'Tea', top_product: 'Mugs' })).toBe('Thank you for your order of Tea. You chose Mugs. See you!');
    expect(render(template, {})).toBe('Thank you for your order. See you!');
  });

  it('keeps a block when its only fields have fallbacks', () => {
    expect(render('[[Hello {first_name|friend}.]]', {})).toBe('Hello friend.');
  });

  it('tidies what a dropped block leaves behind', () => {
    expect(render('We miss you [[, {first_name}]] !', {})).toBe('We miss you!');
    expect(render('Hi,\n\n[[{last_product}]]\n\n\nBye  now', {})).toBe('Hi,\n\nBye now');
    expect(render('A ([[{country}]]) b, "[[{country}]]".', {})).toBe('A b.');
  });
});
