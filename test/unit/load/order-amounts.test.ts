import { describe, expect, it } from 'vitest';
import { describeUnusableFile } from '../../../src/model/load/cleaning-messages';
import { amountSpreadText, isLineTotal } from '../../../src/model/load/order-amounts';

describe('an amount column', () => {
  it('is a line total when it differs within most orders with several lines', () => {
    expect(isLineTotal({ ordersWithSeveral: 3, differing: 2, exampleOrder: 'A', exampleAmounts: [] })).toBe(true);
    expect(isLineTotal({ ordersWithSeveral: 4, differing: 2, exampleOrder: 'A', exampleAmounts: [] })).toBe(false);
    expect(isLineTotal({ ordersWithSeveral: 0, differing: 0, exampleOrder: null, exampleAmounts: [] })).toBe(false);
  });

  it('is described only when some order’s lines disagree, with an example', () => {
    expect(amountSpreadText('Total', { ordersWithSeveral: 9, differing: 0, exampleOrder: null, exampleAmounts: [] }, '')).toBeNull();
    expect(amountSpreadText('Sales', { ordersWithSeveral: 1200, differing: 1100, exampleOrder: 'CA-1', exampleAmounts: ['261.96', '731.94'] }, '')).toBe(
      '"Sales" differs between the lines of 1,100 of the 1,200 orders with several lines (e.g. order "CA-1": 261.96, 731.94), so it is read as a line total and every line’s amount is counted.',
    );
  });
});

describe('a file with nothing to analyse', () => {
  it('names unpaid orders and older copies among the reasons, when there are any', () => {
    const counts = { rows: 5, missing_customer: 0, cancelled: 1, unpaid: 2, non_positive_quantity: 0, non_positive_price: 0, unreadable: 0, superseded: 2, kept: 0 };
    const message = describeUnusableFile('orders.csv', counts, [], { decimalSeparator: '.', dateExample: '2024-03-25 14:30', money: 'order_amount' });
    expect(message).toBe(
      'None of the 5 lines in "orders.csv" can be analysed: 1 were cancelled invoices, 2 were unpaid or failed orders, 2 were older copies of orders repeated in a later file.',
    );
  });
});
