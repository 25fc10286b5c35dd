import { describe, expect, it } from 'vitest';
import { isNotAProduct } from '../../../src/model/campaigns/not-products';

describe('lines that are no product', () => {
  it('are the postage, fees and adjustments of real exports, by their whole name', () => {
    for (const name of ['POSTAGE', 'DOTCOM POSTAGE', 'CARRIAGE', 'Manual', 'Discount', 'Bank Charges', 'AMAZON FEE', 'SAMPLES', 'Shipping', ' shipping fee ', 'Adjust bad debt']) {
      expect(isNotAProduct(name), name).toBe(true);
    }
  });

  it('leave products that merely mention them alone', () => {
    for (const name of ['POSTAGE STAMP DESIGN MUG', 'Manual coffee grinder', 'Discount voucher book', 'WHITE HANGING HEART T-LIGHT HOLDER', 'Tipi tent']) {
      expect(isNotAProduct(name), name).toBe(false);
    }
  });
});
