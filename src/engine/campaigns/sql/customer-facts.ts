import { linesWithDetails } from '../../load/sql/lines/line-details';
import { storedTextSql } from '../../load/sql/lines/line-texts';

/**
 * What a campaign message may say about each customer, from their kept lines: their most-bought
 * products and a product of their latest order (when a product column is mapped), their latest
 * country, their e-mail (a mapped e-mail column, else the customer id when it is an address) and
 * their currency. Built once per loaded file, when a campaign first asks (customer-facts-table.ts):
 * it reads every line, and most analyses never need it.
 *
 * Parameters: true to rank products by revenue (money from the lines), false to rank them by how many
 * lines hold them (money from an order amount, where a line has no price of its own); then the
 * pattern of names that are no product (postage, fees: model/campaigns/not-products.ts).
 */
export const CREATE_CUSTOMER_FACTS = `
  CREATE OR REPLACE TABLE customer_facts AS
  WITH kept AS (
    SELECT customer_id, invoice, invoiced_at, country, email, currency, revenue,
           CASE WHEN NOT regexp_matches(lower(product), ?::VARCHAR) THEN product END AS product
    FROM (
      SELECT customer_id, invoice, invoiced_at, ${storedTextSql('country')} AS country, email, currency,
             quantity * unit_price AS revenue, ${storedTextSql('product')} AS product
      FROM ${linesWithDetails("lines.reason = 'kept'")}
    )
  ),
  per_product AS (
    SELECT customer_id, product, CASE WHEN ?::BOOLEAN THEN sum(revenue)::DOUBLE ELSE count(*)::DOUBLE END AS weight
    FROM kept
    WHERE product IS NOT NULL
    GROUP BY customer_id, product
  ),
  ranked AS (
    SELECT customer_id, product, row_number() OVER (PARTITION BY customer_id ORDER BY weight DESC, product) AS place
    FROM per_product
    QUALIFY place <= 3
  ),
  top_products AS (
    SELECT customer_id,
           max(product) FILTER (WHERE place = 1) AS top_product_1,
           max(product) FILTER (WHERE place = 2) AS top_product_2,
           max(product) FILTER (WHERE place = 3) AS top_product_3
    FROM ranked
    GROUP BY customer_id
  ),
  latest AS (
    SELECT customer_id,
           arg_max(product, (invoiced_at, invoice, revenue, product)) FILTER (WHERE product IS NOT NULL) AS last_product,
           arg_max(country, (invoiced_at, invoice)) FILTER (WHERE country IS NOT NULL) AS country,
           arg_max(email, (invoiced_at, invoice)) FILTER (WHERE email IS NOT NULL) AS email,
           count(DISTINCT upper(currency)) FILTER (WHERE currency <> '') AS currencies,
           max(upper(currency)) FILTER (WHERE currency <> '') AS currency
    FROM kept
    GROUP BY customer_id
  )
  SELECT customer_id,
         coalesce(latest.email, CASE WHEN contains(customer_id, '@') THEN customer_id END) AS email,
         latest.country,
         -- A customer who paid in several currencies has no one currency to speak of.
         CASE WHEN latest.currencies = 1 THEN latest.currency END AS currency,
         latest.last_product, top_product_1, top_product_2, top_product_3
  FROM customers
  LEFT JOIN latest USING (customer_id)
  LEFT JOIN top_products USING (customer_id)`;

/**
 * Each customer's spend per currency as written in the file, in capitals (the empty text when a line has none,
 * or the file no currency column),
 * for files with several currencies: totals are added per currency, never across.
 */
export const CREATE_CUSTOMER_CURRENCY_SPEND = `
  CREATE OR REPLACE TABLE customer_currency_spend AS
  SELECT customer_id, upper(coalesce(currency, '')) AS currency, round(sum(quantity * unit_price), 2) AS spent
  FROM order_lines
  WHERE reason = 'kept'
  GROUP BY customer_id, upper(coalesce(currency, ''))`;

/**
 * Each customer's e-mail and currency alone, for the customer export: the latest mapped address (else
 * the customer id when it is one), and the currency when all their kept lines name the same one.
 */
export const CUSTOMER_CONTACTS = `
  SELECT customer_id,
         coalesce(arg_max(email, (invoiced_at, invoice)) FILTER (WHERE email IS NOT NULL), CASE WHEN contains(customer_id, '@') THEN customer_id END) AS email,
         CASE WHEN count(DISTINCT upper(currency)) FILTER (WHERE currency <> '') = 1 THEN max(upper(currency)) FILTER (WHERE currency <> '') END AS currency
  FROM order_lines
  WHERE reason = 'kept'
  GROUP BY customer_id`;
