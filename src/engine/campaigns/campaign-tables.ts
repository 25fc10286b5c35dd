import type { MoneyMode } from '../../model/load/column-roles';
import { NOT_A_PRODUCT } from '../../model/campaigns/not-products';
import type { Connector, SqlValue } from '../db/connector';
import { CREATE_CUSTOMER_CURRENCY_SPEND, CREATE_CUSTOMER_FACTS } from './sql/customer-facts';

/**
 * The tables campaigns read, for one loaded file, each built the first time it is needed and then
 * kept: a file that is never turned into a campaign never pays for them. The worker makes a new
 * instance for every load, so they are never read from an earlier file's lines.
 */
export class CampaignTables {
  #facts: Promise<void> | null = null;
  #currencySpend: Promise<void> | null = null;

  constructor(
    private readonly db: Connector,
    /** How the loaded file's money was read: it decides what ranks a customer's products. */
    readonly money: MoneyMode,
  ) {}

  get topProductsBy(): 'revenue' | 'quantity' {
    return this.money === 'lines' ? 'revenue' : 'quantity';
  }

  facts(): Promise<void> {
    this.#facts ??= this.build(CREATE_CUSTOMER_FACTS, [NOT_A_PRODUCT, this.money === 'lines'], () => (this.#facts = null));
    return this.#facts;
  }

  currencySpend(): Promise<void> {
    this.#currencySpend ??= this.build(CREATE_CUSTOMER_CURRENCY_SPEND, [], () => (this.#currencySpend = null));
    return this.#currencySpend;
  }

  /** A failed build is forgotten, so the next request tries again. */
  private async build(sql: string, params: SqlValue[], forget: () => void): Promise<void> {
    try {
      await this.db.query(sql, params);
    } catch (error) {
      forget();
      throw error;
    }
  }
}
