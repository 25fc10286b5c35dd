/**
 * The oracle checks the SQL engine, so it is itself checked here against tiny fixtures whose
 * expected numbers were worked out by hand (the arithmetic is in the comments).
 */
import { describe, expect, it } from 'vitest';
import { oracleAnalysis, parseCsv } from '../../support/oracle';

const RETAIL_HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';
const DEFAULTS = { valuePercentile: 80, activeDays: 90 };

function csv(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

describe('parseCsv', () => {
  it('handles quoted commas, doubled quotes, line breaks inside quotes and CRLF', () => {
    const text = 'a,b\r\n"c,d","e""f"\n"g\nh",\n';
    expect(parseCsv(text)).toEqual([['a', 'b'], ['c,d', 'e"f'], ['g\nh', '']]);
  });

  it('reads a last line without a newline, skips blank lines and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b\n\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('keeps spaces around unquoted fields (trimming is the caller’s business)', () => {
    expect(parseCsv(' x , y \n')).toEqual([[' x ', ' y ']]);
  });

  it('rejects an unterminated quoted field', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/unterminated/);
  });
});

describe('oracleAnalysis: header recognition', () => {
  it('throws on a header that is neither Online Retail layout', () => {
    expect(() => oracleAnalysis(csv('Foo,Bar', '1,2'), DEFAULTS)).toThrow(/unrecognised header/);
  });

  it('throws when a column is missing', () => {
    const noCountry = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID';
    expect(() => oracleAnalysis(csv(noCountry, '536365,1,x,1,12/1/2010 8:26,1,17850'), DEFAULTS)).toThrow(
      /unrecognised header/,
    );
  });

  it('ignores case and spaces in header names', () => {
    const header = ' invoiceno ,STOCKCODE,Description,Quantity,Invoice Date,Unit Price,Customer ID,Country';
    const result = oracleAnalysis(csv(header, '536365,85123A,X,2,12/1/2010 8:26,2.5,17850,United Kingdom'), DEFAULTS);
    expect(result.counts.kept).toBe(1);
    expect(result.customers.get('17850')?.monetary).toBe('5.00');
  });
});

describe('oracleAnalysis: one line, one reason, first that applies', () => {
  // Columns: invoice, quantity, date, price, customer. Everything else is filler.
  const cases: [string, string, string, string, string, string][] = [
    ['536365', '6', '12/1/2010 8:26', '2.55', '', 'missing_customer'],
    ['C536379', '-1', '12/1/2010 9:41', '0', '   ', 'missing_customer'],
    ['C536379', '-1', '12/1/2010 9:41', '27.50', '14527', 'cancelled'],
    ['c536380', 'abc', '12/1/2010 9:41', '1.85', '14527', 'cancelled'],
    [' C536381', '2', '12/1/2010 9:41', '1.85', '14527', 'cancelled'],
    ['536381', '-5', '12/2/2010 10:00', '0', '14527', 'non_positive_quantity'],
    ['536382', '0', 'bad date', '1.00', '14527', 'non_positive_quantity'],
    ['536383', '2', '12/3/2010 11:00', '0.00', '14527', 'non_positive_price'],
    ['536384', 'n/a', '12/3/2010 11:00', '-1', '14527', 'non_positive_price'],
    ['536385', '2', '12/3/2010 11:00', '', '14527', 'unreadable'],
    ['536386', '1e2', '12/3/2010 11:00', '12.75', '14527', 'unreadable'],
    ['536387', '2', '12/3/2010 11:00', '2.55.1', '14527', 'unreadable'],
    ['536388', '2', '2/30/2011 10:15', '12.75', '14527', 'unreadable'],
    ['536389', '2', '2/29/2011 10:15', '12.75', '14527', 'unreadable'],
    ['536390', '2', '2/29/2012 10:15', '12.75', '14527', 'kept'],
    ['536391', '2', '12/3/2010 24:00', '12.75', '14527', 'unreadable'],
    ['536392', '2', '12/3/2010 23:60', '12.75', '14527', 'unreadable'],
    ['536393', '2', '13/1/2011 9:00', '12.75', '14527', 'unreadable'],
    ['536394', '2', '2011-12-03 11:00:00', '12.75', '14527', 'unreadable'],
    ['536395', '2', '', '12.75', '14527', 'unreadable'],
    ['536396', ' 6 ', ' 12/1/2010 8:26 ', ' 2.55 ', ' 14527 ', 'kept'],
    ['536397', '+6', '12/1/2010 23:59', '.55', '14527', 'kept'],
    ['536398', '6.', '12/31/2010 0:00', '2', '14527', 'kept'],
  ];

  it.each(cases)('invoice %j qty %j date %j price %j customer %j → %s', (invoice, qty, date, price, customer, reason) => {
    const line = [invoice, '85123A', 'WHITE HANGING HEART T-LIGHT HOLDER', qty, date, price, customer, 'United Kingdom'];
    const result = oracleAnalysis(csv(RETAIL_HEADER, line.join(',')), { ...DEFAULTS, referenceDate: '2012-03-01' });
    const expected = {
      rows: 1, missing_customer: 0, cancelled: 0, non_positive_quantity: 0, non_positive_price: 0, unreadable: 0, kept: 0,
    };
    expect(result.counts).toEqual({ ...expected, [reason]: 1 });
  });
});

describe('oracleAnalysis: a small Online Retail file', () => {
  const text = csv(
    RETAIL_HEADER,
    '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom', // kept 15.30
    '536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850.0,United Kingdom', // kept 20.34
    '536366,22633,HAND WARMER UNION JACK,6,12/1/2010 8:28,1.85,,United Kingdom', // missing customer
    '536367,22632,HAND WARMER RED POLKA DOT,-2,12/9/2011 8:34,0,   ,United Kingdom', // missing customer
    'C536379,D,Discount,-1,12/9/2011 9:41,27.50,14527,United Kingdom', // cancelled
    '536381,22139,damaged,-5,12/9/2011 10:00,0,14527,United Kingdom', // non-positive quantity
    '536383,22423,REGENCY CAKESTAND 3 TIER,2,12/9/2011 11:00,0.00,14527,United Kingdom', // non-positive price
    '536385,22423,REGENCY CAKESTAND 3 TIER,2,12/9/2011 11:00,,14527,United Kingdom', // unreadable
    '536390,22423,REGENCY CAKESTAND 3 TIER,1,12/5/2011 9:00,12.75,14527,United Kingdom', // kept 12.75
    '536391,21730R,"GLASS STAR FROSTED T-LIGHT HOLDER, RED",2,12/4/2011 9:00,4.25,14527,United Kingdom', // kept 8.50
  );
  const result = oracleAnalysis(text, DEFAULTS);

  it('counts every data line once', () => {
    expect(result.counts).toEqual({
      rows: 10, missing_customer: 2, cancelled: 1, non_positive_quantity: 1, non_positive_price: 1, unreadable: 1, kept: 4,
    });
  });

  it('takes the day after the latest kept line as reference date, ignoring rejected later lines', () => {
    // Rejected lines run to 12/9/2011; the latest kept one is 12/5/2011.
    expect(result.referenceDate).toBe('2011-12-06');
  });

  it('merges 17850 and 17850.0 into one customer and sums exactly', () => {
    expect([...result.customers.keys()].sort()).toEqual(['14527', '17850']);
    // 6 × 2.55 + 6 × 3.39 = 15.30 + 20.34 = 35.64; one invoice; 2010-12-01 → 2011-12-06 is 365 + 5 days.
    expect(result.customers.get('17850')).toEqual({
      customerId: '17850', lastPurchaseDate: '2010-12-01', recencyDays: 370,
      frequency: 1, monetary: '35.64', segment: 'at_risk_whale',
    });
    // 12.75 + 2 × 4.25 (the quoted description's comma must not shift the columns) = 21.25.
    expect(result.customers.get('14527')).toEqual({
      customerId: '14527', lastPurchaseDate: '2011-12-05', recencyDays: 1,
      frequency: 2, monetary: '21.25', segment: 'average',
    });
  });

  it('interpolates the threshold between the two customers', () => {
    // Sorted [21.25, 35.64]; pos = 1 × 0.8; 21.25 + 0.8 × 14.39 = 32.762.
    expect(result.valueThreshold).toBeCloseTo(32.762, 9);
  });
});

describe('oracleAnalysis: money is exact', () => {
  const text = csv(
    RETAIL_HEADER,
    '536500,21212,PACK OF 72 RETROSPOT CAKE CASES,3,3/1/2011 10:00,0.1,12346,United Kingdom',
    '536500,22197,SMALL POPCORN HOLDER,1,3/1/2011 10:00,0.705,12346,United Kingdom',
    '536501,22423,REGENCY CAKESTAND 3 TIER,1,3/2/2011 10:00,2.675,12347,United Kingdom',
    '536502,22423,REGENCY CAKESTAND 3 TIER,99999999,3/3/2011 10:00,99999999.99,12348,United Kingdom',
  );
  const customers = oracleAnalysis(text, DEFAULTS).customers;

  it('rounds a half cent up where floating point lands just below it', () => {
    // 3 × 0.1 + 0.705 = 1.005 exactly → 1.01; in doubles the sum is 1.00499… and rounds to 1.00.
    expect((3 * 0.1 + 0.705).toFixed(2)).toBe('1.00');
    expect(Math.round((3 * 0.1 + 0.705) * 100)).toBe(100);
    expect(customers.get('12346')?.monetary).toBe('1.01');
    // 2.675 → 2.68, although (2.675).toFixed(2) is "2.67".
    expect(customers.get('12347')?.monetary).toBe('2.68');
  });

  it('keeps every digit of amounts beyond 2^53', () => {
    // 99999999 × 99999999.99 = 9999999900000000 − 999999.99 = 9999999899000000.01
    expect(customers.get('12348')?.monetary).toBe('9999999899000000.01');
  });
});

describe('oracleAnalysis: frequency, customer ids and last purchase', () => {
  const text = csv(
    RETAIL_HEADER,
    '536600,21212,CAKE CASES,2,4/1/2011 9:00,1.5,12350,United Kingdom', // 3.00
    ' 536600 ,21212,CAKE CASES,1,4/1/2011 9:00,2,12350,United Kingdom', // same invoice once trimmed; 2.00
    '536601,21212,CAKE CASES,1,4/3/2011 9:00,2,12350.0,United Kingdom', // 2.00
    '536602,21212,CAKE CASES,1,4/2/2011 9:00,2, 12350.00 ,United Kingdom', // 2.00, written after a later date
    '536603,21212,CAKE CASES,1,4/5/2011 9:00,2,12351.5,United Kingdom', // not a trailing .0: its own customer
  );
  const result = oracleAnalysis(text, DEFAULTS);

  it('counts distinct trimmed invoices and takes the latest date, not the last line', () => {
    expect(result.customers.get('12350')).toMatchObject({
      frequency: 3, monetary: '9.00', lastPurchaseDate: '2011-04-03', recencyDays: 3,
    });
  });

  it('strips only a trailing .0+ from customer ids', () => {
    expect([...result.customers.keys()].sort()).toEqual(['12350', '12351.5']);
    expect(result.referenceDate).toBe('2011-04-06');
  });
});

describe('oracleAnalysis: thresholds and tiers', () => {
  // Monetary 10, 20, 30, 40, 100; recency against 2011-06-01 is 30, 31, 1, 137, 12 days.
  const text = csv(
    RETAIL_HEADER,
    '540001,22423,CAKESTAND,1,5/2/2011 9:00,10,13001,United Kingdom',
    '540002,22423,CAKESTAND,2,5/1/2011 9:00,10,13002,United Kingdom',
    '540003,22423,CAKESTAND,3,5/31/2011 9:00,10,13003,United Kingdom',
    '540004,22423,CAKESTAND,4,1/15/2011 9:00,10,13004,United Kingdom',
    '540005,22423,CAKESTAND,10,5/20/2011 9:00,10,13005,United Kingdom',
    'C540006,22423,CAKESTAND,-1,6/30/2011 9:00,10,13005,United Kingdom',
    '540007,22423,CAKESTAND,1,7/4/2011 9:00,10,,United Kingdom',
  );
  const segments = (valuePercentile: number, activeDays: number, referenceDate?: string) => {
    const result = oracleAnalysis(text, { valuePercentile, activeDays, referenceDate });
    return Object.fromEntries([...result.customers].map(([id, customer]) => [id, customer.segment]));
  };
  const threshold = (valuePercentile: number) => oracleAnalysis(text, { valuePercentile, activeDays: 30 }).valueThreshold;

  it('defaults the reference date to the day after the last kept purchase', () => {
    const result = oracleAnalysis(text, { valuePercentile: 80, activeDays: 30 });
    expect(result.referenceDate).toBe('2011-06-01');
    expect([...result.customers.values()].map((customer) => customer.recencyDays)).toEqual([30, 31, 1, 137, 12]);
  });

  it('interpolates like quantile_cont', () => {
    expect(threshold(80)).toBeCloseTo(52, 9); // pos 4 × 0.8 = 3.2 → 40 + 0.2 × 60
    expect(threshold(90)).toBeCloseTo(76, 9); // pos 3.6 → 40 + 0.6 × 60
    expect(threshold(30)).toBeCloseTo(22, 9); // pos 1.2 → 20 + 0.2 × 10
    expect(threshold(50)).toBe(30); // pos 2, exact
    expect(threshold(0)).toBe(10);
    expect(threshold(100)).toBe(100);
  });

  it('treats monetary equal to the threshold as high value and recency equal to activeDays as active', () => {
    expect(segments(50, 30)).toEqual({
      13001: 'average', // 10 < 30; recency 30 ≤ 30
      13002: 'hibernating', // 20 < 30; recency 31
      13003: 'champion', // 30 ≥ 30; recency 1
      13004: 'at_risk_whale', // 40 ≥ 30; recency 137
      13005: 'champion',
    });
  });

  it('moves customers between tiers as the thresholds move', () => {
    expect(segments(80, 30)).toEqual({
      13001: 'average', 13002: 'hibernating', 13003: 'average', 13004: 'hibernating', 13005: 'champion',
    });
    // Against 2011-07-01 every recency grows by 30 days: only 13003 (31) and 13005 (42) stay within 45.
    expect(segments(50, 45, '2011-07-01')).toEqual({
      13001: 'hibernating', 13002: 'hibernating', 13003: 'champion', 13004: 'at_risk_whale', 13005: 'champion',
    });
  });

  it('rejects an impossible reference date', () => {
    expect(() => segments(80, 30, '2011-02-29')).toThrow(/reference date/);
  });
});

describe('oracleAnalysis: an Online Retail II file with CRLF and quoted fields', () => {
  const text = [
    'Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country',
    '489434,85048,15CM CHRISTMAS GLASS BALL 20 LIGHTS,12,2009-12-01 07:45:00,6.95,13085.0,United Kingdom', // 83.40
    '489434,79323P,"PINK CHERRY LIGHTS, ""BOXED""",12,2009-12-01 07:45:00,6.75,13085.0,United Kingdom', // 81.00
    '489435,22350,"CAT BOWL\nWITH A LINE BREAK",12,2009-12-01 07:46:00,2.55,13085,United Kingdom', // 30.60
    '489436,21755,LOVE BUILDING BLOCK WORD,18,2010-02-29 10:00:00,5.45,13078,United Kingdom', // not a leap year
    '489437,21755,LOVE BUILDING BLOCK WORD,18,12/1/2009 7:45,5.45,13078,United Kingdom', // wrong layout for II
    '489438,21754,HOME BUILDING BLOCK WORD,3,2010-12-09 20:01:00,5.95,13078,United Kingdom', // 17.85
    'C489449,22087,PAPER BUNTING WHITE LACE,-12,2009-12-01 10:33:00,2.95,16321,Australia',
    '489439,POST,POSTAGE,3,2009-12-01 09:28:00,18,,France',
    '489440,85232D,"SET/3 DECOUPAGE STACKING TINS",3,2009-12-01 09:30:00,4.95,13078,United Kingdom', // 14.85
  ].join('\r\n') + '\r\n';
  const result = oracleAnalysis(text, DEFAULTS);

  it('parses quoted descriptions intact', () => {
    const rows = parseCsv(text);
    expect(rows).toHaveLength(10);
    expect(rows[2][2]).toBe('PINK CHERRY LIGHTS, "BOXED"');
    expect(rows[3][2]).toBe('CAT BOWL\nWITH A LINE BREAK');
    expect(rows.every((row) => row.length === 8)).toBe(true);
  });

  it('counts lines with ISO dates', () => {
    expect(result.counts).toEqual({
      rows: 9, missing_customer: 1, cancelled: 1, non_positive_quantity: 0, non_positive_price: 0, unreadable: 2, kept: 5,
    });
    expect(result.referenceDate).toBe('2010-12-10');
  });

  it('computes each customer', () => {
    // 83.40 + 81.00 + 30.60 = 195.00 over 2 invoices; 2009-12-01 → 2010-12-10 is 365 + 9 days.
    expect(result.customers.get('13085')).toEqual({
      customerId: '13085', lastPurchaseDate: '2009-12-01', recencyDays: 374,
      frequency: 2, monetary: '195.00', segment: 'at_risk_whale',
    });
    // 17.85 + 14.85 = 32.70 over 2 invoices.
    expect(result.customers.get('13078')).toEqual({
      customerId: '13078', lastPurchaseDate: '2010-12-09', recencyDays: 1,
      frequency: 2, monetary: '32.70', segment: 'average',
    });
    // [32.70, 195.00] at 0.8: 32.70 + 0.8 × 162.30 = 162.54.
    expect(result.valueThreshold).toBeCloseTo(162.54, 9);
  });
});
