import type { LayoutDetection } from '../load/layout-detection';

/**
 * A customer table needs no mapping: it is recognised with certainty and runs straight on. The plan
 * is a placeholder that no statement reads (the lines were read where the table was made).
 */
export const CUSTOMER_TABLE_DETECTION: LayoutDetection = {
  layout: { id: 'customer_table', name: 'Customer table' },
  confidence: 1,
  full: true,
  scores: {},
  plan: {
    mapping: {},
    money: 'lines',
    decimalSeparator: '.',
    dateOrder: 'ymd',
    ambiguousDateOrder: 'ask',
    orderFieldsOnFirstLine: false,
    cancelledPrefix: false,
    dropDuplicates: false,
  },
};
