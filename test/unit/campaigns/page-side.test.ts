import { describe, expect, it } from 'vitest';
import { defaultTemplates } from '../../../src/model/campaigns/messages/default-templates';
import { templateDraft, type Draft } from '../../../src/model/campaigns/messages/template-draft';
import { playFor } from '../../../src/model/campaigns/playbook/playbook-edits';
import type { CustomerRecord } from '../../../src/protocol/campaigns';
import { readShopDetails, readStored, writeStored, type Store } from '../../../src/ui/campaigns/campaign-storage';
import { shownDraft } from '../../../src/ui/campaigns/campaign-drafts';
import { customerFactsOf } from '../../../src/ui/campaigns/customer-facts-of';
import { writeOnDevice } from '../../../src/ui/campaigns/on-device-drafting';
import { readPlaybookEdits } from '../../../src/model/campaigns/playbook/playbook-edits';
import { fullFacts } from '../../support/customer-facts';
import { standInLanguageModel } from '../../support/stand-in-language-model';

const segment = { key: 'tier:at_risk_whale' as const, label: 'At-Risk Whale', play: playFor('tier:at_risk_whale') };

const record = (overrides: Partial<CustomerRecord> = {}): CustomerRecord => ({
  customerId: '17850',
  email: null,
  recencyDays: 143,
  frequency: 5,
  monetary: 1234.5,
  currency: null,
  topProducts: [],
  lastProduct: null,
  country: null,
  segment: 'at_risk_whale',
  rfmSegment: 'at_risk',
  ...overrides,
});

describe('a customer record as facts for a message', () => {
  it('leaves out what the file does not know, rather than carrying nulls into the templates', () => {
    const facts = customerFactsOf(record(), segment, null, 'revenue');
    expect(facts).toEqual({
      id: '17850',
      daysSinceLastOrder: 143,
      orders: 5,
      totalSpent: { amount: 1234.5, currency: null },
      topProducts: [],
      segment: { id: 'tier:at_risk_whale', label: 'At-Risk Whale' },
      play: segment.play,
    });
    expect(templateDraft(facts, defaultTemplates(facts.play.id)).body).not.toMatch(/undefined|null/);
  });

  it("takes the customer's own currency, else the file's one", () => {
    expect(customerFactsOf(record({ currency: 'GBP' }), segment, 'EUR', 'revenue').totalSpent.currency).toBe('GBP');
    expect(customerFactsOf(record(), segment, 'EUR', 'revenue').totalSpent.currency).toBe('EUR');
    const known = customerFactsOf(record({ email: 'a@b.co', topProducts: ['Mug'], lastProduct: 'Mug', country: 'Sweden' }), segment, null, 'quantity');
    expect(known).toMatchObject({ email: 'a@b.co', topProducts: ['Mug'], topProductsBy: 'quantity', lastProduct: 'Mug', country: 'Sweden' });
  });
});

describe('the draft a customer is shown', () => {
  const facts = fullFacts();
  const templates = defaultTemplates(facts.play.id);
  const device: Draft = { subject: 'From the model', body: 'Body', sms: 'Text', source: 'on-device', smsTruncated: false };
  const hand: Draft = { ...device, subject: 'My own words', source: 'template' };

  it("is the owner's edit whichever writer is chosen", () => {
    for (const writer of ['template', 'on-device'] as const) {
      expect(shownDraft(facts, templates, {}, writer, { by: 'hand', draft: hand })).toEqual({ draft: hand, editedByHand: true });
    }
  });

  it("is the model's only while it is the writer, and the templates' when the model's answer was turned down", () => {
    const template = templateDraft(facts, templates, {});
    expect(shownDraft(facts, templates, {}, 'on-device', { by: 'device', draft: device }).draft).toBe(device);
    expect(shownDraft(facts, templates, {}, 'template', { by: 'device', draft: device }).draft).toEqual(template);
    expect(shownDraft(facts, templates, {}, 'on-device', { by: 'device', declined: 'it wrote a number it was not given (20)' })).toEqual({
      draft: template,
      editedByHand: false,
      declined: 'it wrote a number it was not given (20)',
    });
  });
});

describe('drafting a page on this device', () => {
  const facts = [fullFacts(), fullFacts(undefined, { id: '2', firstName: 'Bo' }), fullFacts(undefined, { id: '3', firstName: 'Cy' })];
  const jobs = facts.map((customer) => ({ facts: customer, fallback: templateDraft(customer, defaultTemplates(customer.play.id), {}) }));

  it("gives each customer the model's draft, in one session cloned per customer", async () => {
    const { api, record: asked } = standInLanguageModel(() => JSON.stringify({ subject: 'We miss you', body: 'Hi,\n\nWe miss you.\n\nBest wishes,\nThe team', sms: 'We miss you!' }));
    const outcomes: [string, boolean, string][] = [];
    const problem = await writeOnDevice(api, jobs, {}, { signal: new AbortController().signal, onOutcome: (id, outcome) => outcomes.push([id, outcome.ok, outcome.draft.source]) });
    expect(problem).toBeNull();
    expect(outcomes).toEqual([
      ['17850', true, 'on-device'],
      ['2', true, 'on-device'],
      ['3', true, 'on-device'],
    ]);
    expect(asked.prompts).toHaveLength(3);
    expect(asked.prompts[1].input).toContain('First name: Bo');
    // The base session and each customer's clone are all closed.
    expect(asked.destroyed).toBe(asked.sessions);
  });

  it('stops when cancelled: customers not reached get no outcome and keep their template drafts', async () => {
    const controller = new AbortController();
    const { api } = standInLanguageModel(() => {
      controller.abort();
      return '{}';
    });
    const reached: string[] = [];
    await writeOnDevice(api, jobs, {}, { signal: controller.signal, onOutcome: (id) => reached.push(id) });
    expect(reached).toEqual([]);
  });

  it('says why there is no model to write with', async () => {
    expect(await writeOnDevice(null, jobs, {}, { signal: new AbortController().signal, onOutcome: () => {} })).toMatch(/no on-device language model/);
    const { api } = standInLanguageModel(() => '', 'unavailable');
    expect(await writeOnDevice(api, jobs, {}, { signal: new AbortController().signal, onOutcome: () => {} })).toMatch(/cannot run here/);
  });
});

describe('what the owner writes, kept in this browser', () => {
  const memory = (): Store & { items: Map<string, string> } => {
    const items = new Map<string, string>();
    return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
  };

  it('comes back as written, and anything malformed comes back as nothing', () => {
    const store = memory();
    writeStored('shop', { shopName: 'Tea & Toast' }, store);
    expect(readStored('shop', readShopDetails, store)).toEqual({ shopName: 'Tea & Toast' });
    store.items.set('shop', '{"shopName": 42}');
    expect(readStored('shop', readShopDetails, store)).toEqual({});
    store.items.set('plays', 'not json');
    expect(readStored('plays', readPlaybookEdits, store)).toEqual({});
    expect(readStored('missing', readShopDetails, null)).toEqual({});
  });
});
