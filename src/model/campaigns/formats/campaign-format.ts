/**
 * Campaign-ready lists: a segment's customers in the import format of an e-mail or shop tool. Each
 * format (one file each beside this one) names its columns as the tool's own documentation does, maps
 * a customer's facts, play and draft onto them, and says what the tool cannot take. The writer here is
 * shared: e-mail formats leave out customers without a usable e-mail and count them, and every cell
 * goes through the spreadsheet-safe CSV writer.
 */
import { csvLine, toCsv } from '../../shared/csv-format';
import type { CustomerFacts } from '../customer-facts';
import type { Draft, MessageDraft } from '../messages/template-draft';
import { utf8Length } from '../../shared/utf8-length';

export interface CampaignCustomer {
  facts: CustomerFacts;
  /** The reviewed draft, when the owner wrote one for this customer. */
  draft?: MessageDraft | Draft;
}

export type CampaignCell = string | number | null;

export type CampaignFormatId = 'klaviyo' | 'mailchimp' | 'shopify' | 'campaign_sheet';

export interface CampaignFormat {
  id: CampaignFormatId;
  label: string;
  fileName: string;
  columns: readonly string[];
  /** Customers are identified by e-mail: those without one cannot be imported. */
  needsEmail: boolean;
  /** The largest file the tool imports, when its documentation gives one. */
  maxFileBytes?: number;
  row(customer: CampaignCustomer, email: string | undefined): Record<string, CampaignCell>;
  /** What the format cannot carry, in the owner's words. */
  cannotCarry: readonly string[];
}

export interface CampaignCsv {
  csv: string;
  included: number;
  withoutEmail: number;
}

const EMAIL = /^[^\s@,;<>"']+@[^\s@,;<>"']+\.[^\s@,;<>"']+$/;

/** The customer's e-mail when it looks like one an e-mail tool would accept. */
export function usableEmail(email: string | undefined): string | undefined {
  const trimmed = email?.trim();
  return trimmed && EMAIL.test(trimmed) ? trimmed : undefined;
}

export function writeCampaignCsv(format: CampaignFormat, customers: readonly CampaignCustomer[]): CampaignCsv {
  const rows: Record<string, CampaignCell>[] = [];
  let withoutEmail = 0;
  for (const customer of customers) {
    const email = usableEmail(customer.facts.email);
    if (!email) withoutEmail += 1;
    if (email || !format.needsEmail) rows.push(format.row(customer, email));
  }
  return { csv: toCsv(format.columns, rows), included: rows.length, withoutEmail };
}

/** The segment and the play, as tags: tools split tags on commas, so a tag never holds one. */
export function campaignTags(facts: CustomerFacts, maxLength: number): string[] {
  return [facts.segment.label, facts.play.name].map((tag) => tag.replace(/,/g, ' ').replace(/\s+/g, ' ').trim().slice(0, maxLength).trim());
}

/**
 * The list as files the tool accepts: one file, or for a tool with a size limit (Shopify: 1 MB) several,
 * each starting with the header. Split between rows, never inside a quoted cell.
 */
export function campaignFiles(format: CampaignFormat, customers: readonly CampaignCustomer[]): string[] {
  const { csv } = writeCampaignCsv(format, customers);
  if (!format.maxFileBytes || utf8Length(csv) <= format.maxFileBytes) return [csv];
  const rows = customers.filter((customer) => !format.needsEmail || usableEmail(customer.facts.email));
  const header = `${csvLine(format.columns)}\r\n`;
  const files: string[] = [];
  let current = header;
  let currentBytes = utf8Length(header);
  for (const customer of rows) {
    const cells = format.row(customer, usableEmail(customer.facts.email));
    const line = `${csvLine(format.columns.map((column) => cells[column] ?? null))}\r\n`;
    const lineBytes = utf8Length(line);
    if (current !== header && currentBytes + lineBytes > format.maxFileBytes) {
      files.push(current);
      [current, currentBytes] = [header, utf8Length(header)];
    }
    current += line;
    currentBytes += lineBytes;
  }
  files.push(current);
  return files;
}

