import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '../../../src/model/campaigns/messages/default-templates';
import { checkTemplates, readTemplateEdits, templatesFor } from '../../../src/model/campaigns/messages/message-templates';
import { readableProduct, listInWords, knownText } from '../../../src/model/campaigns/messages/readable-values';
import { MERGE_FIELDS, mergeValues } from '../../../src/model/campaigns/messages/merge-fields';
import { bareFacts, fullFacts } from '../../support/customer-facts';

describe("a segment's templates", () => {
  it("start from the built-in set for the segment's play", () => {
    expect(templatesFor('tier:champion')).toEqual(defaultTemplates('vip_early_access'));
    expect(templatesFor('rfm:lost')).toEqual(defaultTemplates('let_go'));
  });

  it("use the owner's edits that parse, and keep the built-in part where an edit does not", () => {
    const edits = { 'tier:champion': { subject: 'For you, {first_name|friend}', body: 'Hi {name}' } };
    const templates = templatesFor('tier:champion', edits);
    expect(templates.subject).toBe('For you, {first_name|friend}');
    expect(templates.body).toBe(defaultTemplates('vip_early_access').body);
    expect(templatesFor('rfm:champions', edits).subject).toBe(defaultTemplates('vip_early_access').subject);
  });

  it('reports the problems in each part for the owner', () => {
    expect(checkTemplates({ subject: 'Fine {orders}', body: 'Hi {name}', sms: '  ' })).toEqual({
      body: [{ message: 'unknown field: {name}', index: 3 }],
      sms: [{ message: 'the sms is empty', index: 0 }],
    });
    expect(checkTemplates(defaultTemplates('welcome'))).toEqual({});
  });

  it('read stored edits back, leaving out what is not an edit', () => {
    const stored = { 'tier:champion': { subject: 'S', body: 3 }, 'tier:whale': { subject: 'x' }, 'rfm:lost': 'text', 'rfm:others': {} };
    expect(readTemplateEdits(stored)).toEqual({ 'tier:champion': { subject: 'S' } });
    expect(readTemplateEdits(null)).toEqual({});
  });
});

describe('merge field values', () => {
  it('are words for people, or absent', () => {
    expect(mergeValues(fullFacts(), { shopName: ' Tea  & Toast ' })).toEqual({
      first_name: 'Anna',
      last_name: 'Berg',
      days_since: '143 days',
      orders: '5 orders',
      total_spent: '€1,234.50',
      last_product: 'Regency Cakestand 3 Tier',
      top_product: 'White Hanging Heart T-Light Holder',
      top_products: 'White Hanging Heart T-Light Holder, Jumbo bag red retrospot and Set of 3 Cake Tins Pantry Design',
      country: 'Sweden',
      shop_name: 'Tea & Toast',
      segment: 'At-Risk Whale',
    });
    const bare = mergeValues(bareFacts(undefined, { country: 'Unspecified', firstName: '  ', topProducts: ['', 'N/A'] }), {});
    expect(Object.keys(bare).sort()).toEqual(MERGE_FIELDS.filter((field) => field.alwaysKnown).map((field) => field.name).sort());
  });

  it('write product names as people do and lists in prose', () => {
    expect(readableProduct('PACK OF 72 RETROSPOT CAKE CASES')).toBe('Pack of 72 Retrospot Cake Cases');
    expect(readableProduct('RED/WHITE DOT MINI CASES')).toBe('Red/White Dot Mini Cases');
    expect(readableProduct('Lovely mug')).toBe('Lovely mug');
    expect(readableProduct('XL')).toBe('XL');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listInWords([])).toBeUndefined();
    expect(knownText(' -- ')).toBeUndefined();
  });
});
