import { customerPageSql } from '../../explore/sql/customer-explorer';

/**
 * One page of a segment's customers with their facts: the customer explorer's page (the same segment
 * filter, biggest spenders first), joined with customer_facts (customer-facts.ts). Parameters: the
 * explorer's filter, then limit and offset.
 */
export const CAMPAIGN_CUSTOMERS = `
  SELECT page.customer_id, page.recency_days, page.frequency, page.monetary, page.segment, page.rfm_segment,
         facts.email, facts.country, facts.currency, facts.last_product,
         facts.top_product_1, facts.top_product_2, facts.top_product_3
  FROM (${customerPageSql('monetary', 'desc')}) AS page
  LEFT JOIN customer_facts AS facts USING (customer_id)
  ORDER BY page.monetary DESC, page.customer_id`;

/**
 * Customers and revenue per segment and currency (from customer_currency_spend). Parameters: true for
 * the named RFM segments (false: tiers), then the four of scored_customers.
 */
export const REVENUE_BY_CURRENCY = `
  SELECT CASE WHEN ?::BOOLEAN THEN scored.rfm_segment ELSE scored.segment END AS segment,
         spend.currency,
         count(*)::INTEGER AS customers,
         sum(spend.spent)::DOUBLE AS revenue
  FROM scored_customers(?, ?, ?, ?) AS scored
  JOIN customer_currency_spend AS spend USING (customer_id)
  GROUP BY ALL
  ORDER BY ALL`;

