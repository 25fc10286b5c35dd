/**
 * A campaign list written a batch of customers at a time, so a segment of 100,000 customers never has
 * to be in memory at once: each batch becomes CSV text at once, and the text is cut into files the
 * tool accepts (Shopify: 1 MB each, every file with the header), between rows, never inside one. The
 * result is the same as campaign-format.ts `campaignFiles` gives for all the customers in one go.
 */
import { csvLine } from '../../shared/csv-format';
import { utf8Length } from '../../shared/utf8-length';
import { usableEmail, type CampaignCustomer, type CampaignFormat } from './campaign-format';

export interface CampaignFiles {
  /** Each file as pieces of text, to be joined (or handed to a Blob) in order. */
  files: string[][];
  included: number;
  withoutEmail: number;
}

export class CampaignFileWriter {
  readonly #header: string;
  readonly #files: string[][] = [];
  #current: string[] = [];
  #currentBytes = 0;
  #included = 0;
  #withoutEmail = 0;

  constructor(private readonly format: CampaignFormat) {
    this.#header = `${csvLine(format.columns)}\r\n`;
    this.#startFile();
  }

  /** Writes a batch: customers an e-mail format cannot take are counted, not written. */
  add(customers: readonly CampaignCustomer[]): void {
    let batch = '';
    for (const customer of customers) {
      const email = usableEmail(customer.facts.email);
      if (!email) this.#withoutEmail += 1;
      if (!email && this.format.needsEmail) continue;
      const cells = this.format.row(customer, email);
      const line = `${csvLine(this.format.columns.map((column) => cells[column] ?? null))}\r\n`;
      const bytes = utf8Length(line);
      const limit = this.format.maxFileBytes;
      if (limit !== undefined && this.#currentBytes > utf8Length(this.#header) && this.#currentBytes + bytes > limit) {
        this.#current.push(batch);
        batch = '';
        this.#startFile();
      }
      batch += line;
      this.#currentBytes += bytes;
      this.#included += 1;
    }
    this.#current.push(batch);
  }

  finish(): CampaignFiles {
    return { files: this.#files.map((file) => file.filter((piece) => piece !== '')), included: this.#included, withoutEmail: this.#withoutEmail };
  }

  #startFile(): void {
    this.#current = [this.#header];
    this.#currentBytes = utf8Length(this.#header);
    this.#files.push(this.#current);
  }
}
