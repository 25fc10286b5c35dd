import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '../../../src/model/campaigns/messages/default-templates';
import { readOnDeviceAnswer } from '../../../src/model/campaigns/on-device-answer';
import { ANSWER_SCHEMA, ON_DEVICE_SYSTEM_PROMPT, buildOnDevicePrompt } from '../../../src/model/campaigns/on-device-prompt';
import { findLanguageModel, onDeviceStatus, openOnDeviceWriter, type OnDeviceWriter } from '../../../src/ui/campaigns/on-device-writer';
import { templateDraft } from '../../../src/model/campaigns/messages/template-draft';
import type { SegmentKey } from '../../../src/model/campaigns/playbook/playbook';
import { bareFacts, fullFacts } from '../../support/customer-facts';
import { standInLanguageModel } from '../../support/stand-in-language-model';

const shop = { shopName: 'Tea & Toast' };

function setting(segment: SegmentKey = 'tier:at_risk_whale') {
  const facts = fullFacts(segment);
  const fallback = templateDraft(facts, defaultTemplates(facts.play.id), shop);
  return { facts, fallback };
}

const answer = (subject: string, body: string, sms: string) => JSON.stringify({ subject, body, sms });
const goodBody = 'Hi Anna,\n\nIt has been 143 days since your last order. You have placed 5 orders with us, €1,234.50 in all. Is there anything we could do better?\n\nBest wishes,\nTea & Toast';

describe('the prompt for the on-device model', () => {
  it('lists only the facts the file gives, the play and the draft', () => {
    const { facts, fallback } = setting();
    const prompt = buildOnDevicePrompt(facts, shop, fallback);
    expect(prompt.system).toBe(ON_DEVICE_SYSTEM_PROMPT);
    expect(prompt.system).toMatch(/JSON only/);
    expect(prompt.user).toContain('- First name: Anna');
    expect(prompt.user).toContain('- Total spent: €1,234.50');
    expect(prompt.user).toContain('- Days since their last order: 143 days');
    expect(prompt.user).toContain(facts.play.goal);
    expect(prompt.user).toContain(JSON.stringify(fallback.subject));
    expect(prompt.user).toMatch(/in the first person/);
    expect(prompt.responseSchema).toEqual(ANSWER_SCHEMA);
    const bare = buildOnDevicePrompt(bareFacts(), {}, fallback).user;
    expect(bare).not.toMatch(/First name|Country|shop's name|undefined/);
  });

  it('rules out any discount where the play never discounts', () => {
    const { facts, fallback } = setting('tier:champion');
    expect(buildOnDevicePrompt(facts, shop, fallback).user).toMatch(/Offer: none\. Never a discount/);
    const small = setting('tier:hibernating');
    expect(buildOnDevicePrompt(small.facts, shop, small.fallback).user).toMatch(/Offer: a small one, exactly as the draft states it/);
  });
});

describe("reading the model's answer", () => {
  const read = (text: string, segment?: SegmentKey) => {
    const { facts, fallback } = setting(segment);
    return { outcome: readOnDeviceAnswer(text, facts, shop, fallback), fallback };
  };

  it('accepts a well-formed answer that keeps to the facts', () => {
    const { outcome } = read('```json\n' + answer(' We miss you, Anna ', goodBody, 'Tea & Toast: We miss you – it’s been 143 days. Anything we could do better? Just reply.') + '\n```');
    expect(outcome.ok).toBe(true);
    expect(outcome.draft).toMatchObject({ subject: 'We miss you, Anna', body: goodBody, source: 'on-device', smsTruncated: false });
    expect(outcome.draft.sms).toBe("Tea & Toast: We miss you - it's been 143 days. Anything we could do better? Just reply.");
  });

  it('falls back to the template draft on anything malformed', () => {
    for (const text of ['Sure! Here is your e-mail.', '[]', 'null', '{"subject": "Hi", "body": "x"}', answer('Hi', '  ', 'x'), '{"subject": 1, "body": "b", "sms": "s"}']) {
      const { outcome, fallback } = read(text);
      expect(outcome).toEqual({ ok: false, draft: fallback, reason: 'the answer was not JSON with a subject, a body and an SMS' });
    }
  });

  it('falls back when a part is too long', () => {
    expect(read(answer('x'.repeat(101), goodBody, 'Hi.')).outcome).toMatchObject({ ok: false, reason: 'the subject is longer than one line of 100 characters' });
    expect(read(answer('Hi', 'word '.repeat(300), 'Hi.')).outcome).toMatchObject({ ok: false, reason: 'the body is longer than 1200 characters' });
    expect(read(answer('Hi', goodBody, 'word '.repeat(40))).outcome).toMatchObject({ ok: false, reason: 'the SMS is longer than one text message' });
  });

  it('falls back when it says what it was not told', () => {
    const cases: [string, string][] = [
      [goodBody.replace('€1,234.50', '€2,000.00'), 'it wrote a number it was not given (2000.00)'],
      [goodBody.replace('Is there', 'Visit www.example.com. Is there'), 'it added a link or an address'],
      [goodBody.replace('Is there', 'Use WELCOMEBACK at checkout. Is there'), 'it wrote a code it was not given (WELCOMEBACK)'],
      [goodBody.replace('Hi Anna', 'Dear Sarah'), 'it used a name it was not given (Sarah)'],
      [goodBody.replace('Tea & Toast', 'Margaret'), 'it signed with a name it was not given (Margaret)'],
    ];
    for (const [body, reason] of cases) expect(read(answer('We miss you', body, 'We miss you.')).outcome).toMatchObject({ ok: false, reason });
    expect(read(answer('We miss you', goodBody.replace('Tea & Toast', 'The Team'), 'We miss you.')).outcome.ok).toBe(true);
    for (const greeting of ['Hello you', 'Hi there', 'Dear customer', 'hi Anna']) {
      expect(read(answer('We miss you', goodBody.replace('Hi Anna', greeting), 'We miss you.')).outcome.ok, greeting).toBe(true);
    }
  });

  it('holds a play that never discounts to no discount, and lets a play with an offer state it', () => {
    const discount = goodBody.replace('Is there', 'Enjoy free shipping on us. Is there');
    expect(read(answer('For you', discount, 'Hi.'), 'tier:champion').outcome).toMatchObject({ ok: false, reason: 'it offered a discount the play rules out' });
    expect(read(answer('For you', discount, 'Hi.'), 'tier:hibernating').outcome.ok).toBe(true);
  });
});

describe('the on-device writer', () => {
  it('finds the LanguageModel global only when it has the documented methods', () => {
    const { api } = standInLanguageModel(() => '');
    expect(findLanguageModel({ LanguageModel: api })).toBe(api);
    expect(findLanguageModel({})).toBeNull();
    expect(findLanguageModel({ LanguageModel: { create() {} } })).toBeNull();
  });

  it('says why there is no writer', async () => {
    expect(await onDeviceStatus(null)).toBe('absent');
    expect(await openOnDeviceWriter(null)).toEqual({ unavailable: 'this browser has no on-device language model' });
    const { api } = standInLanguageModel(() => '', 'unavailable');
    expect(await openOnDeviceWriter(api)).toEqual({ unavailable: "this browser's on-device language model cannot run here" });
  });

  it('writes each customer in a clone of one session with the system prompt, and reports the download', async () => {
    const { api, record } = standInLanguageModel(() => answer('We miss you, Anna', goodBody, 'We miss you.'), 'downloadable');
    const progress: number[] = [];
    const writer = (await openOnDeviceWriter(api, { onDownloadProgress: (loaded) => progress.push(loaded) })) as OnDeviceWriter;
    const { facts, fallback } = setting();
    const outcome = await writer.write(facts, shop, fallback);
    await writer.write(facts, shop, fallback);
    writer.close();
    expect(outcome).toMatchObject({ ok: true, draft: { source: 'on-device', subject: 'We miss you, Anna' } });
    expect(progress).toEqual([0, 0.5, 1]);
    expect(record.availabilityOptions[0]).toEqual({ expectedInputs: [{ type: 'text', languages: ['en'] }], expectedOutputs: [{ type: 'text', languages: ['en'] }] });
    expect(record.createOptions[0].initialPrompts).toEqual([{ role: 'system', content: ON_DEVICE_SYSTEM_PROMPT }]);
    expect(record.prompts).toHaveLength(2);
    expect(record.prompts[0].options?.responseConstraint).toEqual(ANSWER_SCHEMA);
    expect(record.sessions).toBe(3);
    expect(record.destroyed).toBe(3);
  });

  it('ends in the template draft when the owner cancels or the model fails', async () => {
    const controller = new AbortController();
    const { api } = standInLanguageModel(async () => {
      controller.abort();
      return answer('x', 'y', 'z');
    });
    const writer = (await openOnDeviceWriter(api)) as OnDeviceWriter;
    const { facts, fallback } = setting();
    expect(await writer.write(facts, shop, fallback, controller.signal)).toEqual({ ok: false, draft: fallback, reason: 'cancelled' });
    const failing = standInLanguageModel(() => Promise.reject(new Error('model crashed')));
    const broken = (await openOnDeviceWriter(failing.api)) as OnDeviceWriter;
    expect(await broken.write(facts, shop, fallback)).toEqual({ ok: false, draft: fallback, reason: 'the on-device model failed: model crashed' });
    expect(failing.record.destroyed).toBe(1);
  });
});
