import { NOT_A_PRODUCT } from '../../model/campaigns/not-products';
import { clusterSegmentId } from '../../model/segments/clusters/cluster-segments';
import type { RfmRules } from '../../model/segments/rfm-segments';
import type { Segmentation } from '../../model/segments/segment-info';
import type { SegmentComparison, SegmentMedians, SegmentProduct } from '../../protocol/insights';
import type { SegmentParams } from '../../protocol/segments';
import type { Connector, SqlValue } from '../db/connector';
import { camelRows } from '../db/plain-rows';
import { scoredParams } from '../explore/customer-explorer';
import { tieredFor } from '../segments/segment-view';
import { CREATE_CUSTOMER_PRODUCTS, HAS_PRODUCTS, segmentMediansSql, segmentProductsSql } from './sql/segment-comparison';

export const MAX_TOP_PRODUCTS = 20;

/**
 * How the loaded file's segments compare. Each customer's spend per product is added up on the first
 * request (it reads every line) and kept for the file; a new file gets a new instance.
 */
export class SegmentComparisons {
  #customerProducts: Promise<unknown> | null = null;

  constructor(private readonly db: Connector) {}

  async compare(params: SegmentParams, rules: RfmRules, segmentation: Segmentation, topProducts: number): Promise<SegmentComparison> {
    if (!Number.isInteger(topProducts) || topProducts < 1 || topProducts > MAX_TOP_PRODUCTS) throw new Error(`invalid number of products: ${topProducts}`);
    const tiered = tieredFor(params);
    const scored = scoredParams(tiered, rules);
    const segmentOf = segmentIds(segmentation);
    const medians = camelRows<SegmentMedians & { segmentKey: string }>(await this.db.query(segmentMediansSql(tiered, segmentation), scored));
    const [{ has_products }] = await this.db.query<{ has_products: boolean }>(HAS_PRODUCTS);
    const products = has_products ? await this.#products(segmentProductsSql(tiered, segmentation), [...scored, topProducts, topProducts]) : null;
    return {
      segmentation,
      medians: medians.map(({ segmentKey, ...row }) => ({ ...row, segment: segmentOf(segmentKey) })),
      products: products && products.map(({ segmentKey, ...row }) => ({ ...row, segment: segmentOf(segmentKey) })),
    };
  }

  async #products(sql: string, params: SqlValue[]) {
    this.#customerProducts ??= this.db.query(CREATE_CUSTOMER_PRODUCTS, [NOT_A_PRODUCT]).catch((error: unknown) => {
      this.#customerProducts = null;
      throw error;
    });
    await this.#customerProducts;
    return camelRows<SegmentProduct & { segmentKey: string }>(await this.db.query(sql, params));
  }
}

/** The page's segment id of the SQL's key: clusters are numbered in SQL, `cluster-n` on the page. */
function segmentIds(segmentation: Segmentation): (key: string) => string {
  return segmentation === 'clusters' ? (key) => clusterSegmentId(Number(key)) : (key) => key;
}
