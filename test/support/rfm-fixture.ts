/**
 * Ten customers small enough to check by hand, with heavy ties: six customers bought once, four
 * bought last on the same day. One line per invoice (quantity 1, the price is the invoice's amount).
 *
 *   customer  invoices (date amount)                                        R  F  M
 *   A01       2010-12-31 10                                                  4  1  1
 *   A02       2010-12-31 20                                                  4  1  1
 *   A03       2010-10-15 1, 2010-12-31 29                                    4  4  2
 *   A04       2010-12-31 40                                                  4  1  2
 *   A05       2010-12-01 50                                                  3  1  3
 *   A06       2010-01-10 1, 2010-05-10 1, 2010-11-01 58                      2  5  3
 *   A07       2010-11-01 70                                                  2  1  4
 *   A08       2010-09-01 1, 2010-10-01 79                                    2  4  4
 *   A09       2010-01-05 … 2010-05-20 six of 1, 2010-06-01 84                1  5  5
 *   A10       2010-01-01 100                                                 1  1  5
 *
 * Score = 1 + ⌊5·b/10⌋ with b = customers strictly worse. F: the six single buyers have b = 0 → 1;
 * F = 2 has b = 6 → 4; F = 3 has b = 8 and F = 7 has b = 9 → 5. R: A10 b = 0 → 1, A09 b = 1 → 1,
 * A08 b = 2 → 2, A06/A07 b = 3 → 2, A05 b = 5 → 3, A01–A04 b = 6 → 4 (so nobody has R = 5).
 */
const INVOICES: readonly [customer: string, date: string, amount: string][] = [
  ['A01', '2010-12-31', '10.00'],
  ['A02', '2010-12-31', '20.00'],
  ['A03', '2010-10-15', '1.00'],
  ['A03', '2010-12-31', '29.00'],
  ['A04', '2010-12-31', '40.00'],
  ['A05', '2010-12-01', '50.00'],
  ['A06', '2010-01-10', '1.00'],
  ['A06', '2010-05-10', '1.00'],
  ['A06', '2010-11-01', '58.00'],
  ['A07', '2010-11-01', '70.00'],
  ['A08', '2010-09-01', '1.00'],
  ['A08', '2010-10-01', '79.00'],
  ['A09', '2010-01-05', '1.00'],
  ['A09', '2010-02-05', '1.00'],
  ['A09', '2010-03-05', '1.00'],
  ['A09', '2010-04-05', '1.00'],
  ['A09', '2010-05-05', '1.00'],
  ['A09', '2010-05-20', '1.00'],
  ['A09', '2010-06-01', '84.00'],
  ['A10', '2010-01-01', '100.00'],
];

export const TIED_CUSTOMERS_CSV = [
  'Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country',
  ...INVOICES.map(([customer, date, amount], index) => `${500000 + index},S${index},ITEM,1,${date} 10:00:00,${amount},${customer},United Kingdom`),
  // Left out of the analysis, but shown in A09's detail: a cancellation.
  'C599999,S99,ITEM,-1,2010-06-02 10:00:00,84.00,A09,United Kingdom',
].join('\n');
