import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '../../../src/model/campaigns/messages/default-templates';
import { PLAY_IDS } from '../../../src/model/campaigns/playbook/play-library';
import { PLAYBOOK_KEYS, defaultPlayId } from '../../../src/model/campaigns/playbook/playbook';
import { gsmLength } from '../../../src/model/campaigns/messages/sms-text';
import { parseTemplate } from '../../../src/model/campaigns/messages/template-language';
import { templateDraft, type Draft } from '../../../src/model/campaigns/messages/template-draft';
import { bareFacts, fullFacts } from '../../support/customer-facts';

/** The artefacts a missing value would leave in text meant for a person. */
function expectNatural(text: string, where: string): void {
  expect(text, where).not.toMatch(/undefined|null|NaN|\[object/);
  expect(text, where).not.toMatch(/[{}]|\[\[|\]\]/);
  expect(text, where).not.toMatch(/""|“”|‘’|\(\s*\)/);
  expect(text, where).not.toMatch(/ {2}|\t/);
  expect(text, where).not.toMatch(/ [,.;:!?]/);
  expect(text, where).not.toMatch(/,[,.!?]|\.\./);
  expect(text, where).not.toMatch(/^\s|\s$/);
  expect(text, where).toMatch(/^[A-Z0-9]/);
}

function expectNaturalDraft(draft: Draft, where: string): void {
  expectNatural(draft.subject, `${where} subject`);
  expectNatural(draft.body, `${where} body`);
  expectNatural(draft.sms, `${where} sms`);
  expect(draft.subject, `${where} subject`).not.toMatch(/\n/);
  const sms = gsmLength(draft.sms);
  expect(sms, `${where} sms is GSM`).not.toBeNull();
  expect(sms!, `${where} sms length`).toBeLessThanOrEqual(160);
}

describe('the built-in message templates', () => {
  it('parse, for every play', () => {
    for (const id of PLAY_IDS) {
      for (const [part, template] of Object.entries(defaultTemplates(id))) expect(parseTemplate(template).ok, `${id} ${part}`).toBe(true);
    }
  });

  it('read naturally for a customer the file knows nothing optional about', () => {
    for (const key of PLAYBOOK_KEYS) {
      for (const shop of [{}, { shopName: '' }, { shopName: 'Tea & Toast' }]) {
        const draft = templateDraft(bareFacts(key), defaultTemplates(defaultPlayId(key)), shop);
        expectNaturalDraft(draft, key);
        expect(draft.source).toBe('template');
      }
    }
  });

  it('read naturally and use what the file knows', () => {
    for (const id of PLAY_IDS) {
      const facts = fullFacts();
      const templates = defaultTemplates(id);
      const draft = templateDraft(facts, templates, { shopName: 'Tea & Toast' });
      expectNaturalDraft(draft, id);
      expect(draft.smsTruncated, `${id} fits one text`).toBe(false);
      if (templates.body.includes('{first_name')) expect(draft.body).toMatch(/^Hi Anna,/);
      if (templates.body.includes('{last_product')) expect(draft.body).toContain('Regency Cakestand 3 Tier');
      if (templates.body.includes('{total_spent}')) expect(draft.body).toContain('€1,234.50');
      if (templates.body.includes('{days_since}')) expect(draft.body).toContain('143 days');
      if (templates.sms.startsWith('[[{shop_name}')) expect(draft.sms).toMatch(/^Tea & Toast: /);
      expect(draft.body.endsWith('\nTea & Toast')).toBe(true);
    }
  });

  it('write money in the customer’s currency', () => {
    const templates = defaultTemplates('personal_win_back');
    const draft = (currency: string | null, amount: number) => templateDraft(fullFacts(undefined, { totalSpent: { amount, currency } }), templates).body;
    expect(draft('USD', 980)).toContain('$980.00 in all');
    expect(draft('JPY', 15800)).toContain('¥15,800 in all');
    expect(draft('GBP', 0.5)).toContain('£0.50 in all');
    expect(draft(null, 1234.5)).toContain('1,234.50 in all');
  });

  it('count in words that agree with the number', () => {
    const body = (days: number, orders: number) => templateDraft(bareFacts(undefined, { daysSinceLastOrder: days, orders }), defaultTemplates('personal_win_back')).body;
    expect(body(1, 1)).toContain('It has been 1 day since your last order');
    expect(body(1, 1)).toContain('You have placed 1 order with us');
    expect(body(200, 7)).toContain('You have placed 7 orders with us');
  });

  it('fit the SMS into one text message even with long values', () => {
    const longFacts = fullFacts(undefined, { firstName: 'Maximiliane-Johanna', topProducts: ['x'.repeat(120)], lastProduct: 'y'.repeat(120), daysSinceLastOrder: 12345, orders: 999 });
    for (const id of PLAY_IDS) {
      const draft = templateDraft(longFacts, defaultTemplates(id), { shopName: 'The Very Long Name Of A Small Independent Tea Shop' });
      expectNaturalDraft(draft, id);
    }
  });

  it('are deterministic', () => {
    const facts = fullFacts();
    for (const id of PLAY_IDS) expect(templateDraft(facts, defaultTemplates(id))).toEqual(templateDraft(structuredClone(facts), defaultTemplates(id)));
  });
});
