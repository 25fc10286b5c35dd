/**
 * A customer's draft from the templates: deterministic, always available, and the fallback whenever the
 * on-device model is missing, cancelled or answers badly.
 */
import type { CustomerFacts } from '../customer-facts';
import type { MessageTemplates } from './default-templates';
import { mergeValues, type ShopDetails } from './merge-fields';
import { renderTemplate } from './render-template';
import { fitSms } from './sms-text';
import { parseTemplate } from './template-language';

export interface MessageDraft {
  subject: string;
  body: string;
  sms: string;
}

export interface Draft extends MessageDraft {
  /** "template", or "on-device" when the browser's own model wrote it (shown as "written on this device"). */
  source: 'template' | 'on-device';
  /** The SMS template rendered longer than one text message and was cut. */
  smsTruncated: boolean;
}

export function templateDraft(facts: CustomerFacts, templates: MessageTemplates, shop: ShopDetails = {}): Draft {
  const values = mergeValues(facts, shop);
  const render = (template: string) => {
    const parsed = parseTemplate(template);
    if (!parsed.ok) throw new Error(`invalid template: ${parsed.errors[0].message}`);
    return renderTemplate(parsed.parts, values);
  };
  const sms = fitSms(render(templates.sms));
  return { subject: render(templates.subject).replace(/\s+/g, ' '), body: render(templates.body), sms: sms.text, source: 'template', smsTruncated: sms.truncated };
}
