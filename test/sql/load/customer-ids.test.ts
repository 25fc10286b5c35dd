import { describe, expect, it } from 'vitest';
import { analyseFixtures, loaded, rfmRows } from '../../support/load-fixture';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

describe('customer ids', () => {
  it('are kept as written, and only e-mail addresses compare ignoring case', async () => {
    const lines = [
      '1,A,MUG,1,12/1/2010 8:26,2.00,ACME@Store7,UK',
      '2,A,MUG,1,12/2/2010 8:26,3.00,acme@store7,UK',
      '3,A,MUG,1,12/3/2010 8:26,4.00,Bob@Example.COM,UK',
      '4,A,MUG,1,12/4/2010 8:26,5.00,bob@example.com,UK',
      '5,A,MUG,1,12/5/2010 8:26,6.00,Team@Shop,UK',
    ];
    const { db, outcome } = await analyseFixtures([{ name: 'ids.csv', content: [HEADER, ...lines].join('\n') }]);
    const result = loaded(outcome);
    expect(result.customers).toBe(4);
    expect(Object.keys(await rfmRows(db, result)).sort()).toEqual(['ACME@Store7', 'Team@Shop', 'acme@store7', 'bob@example.com']);
    expect((await rfmRows(db, result))['bob@example.com']).toMatchObject({ frequency: 2, monetary: 9 });
  });

  it('read as a spreadsheet wrote them: a number with zero decimals is the id without them', async () => {
    const lines = [
      '1,A,MUG,1,12/1/2010 8:26,2.00,17850.0,UK',
      '2,A,MUG,1,12/2/2010 8:26,3.00,17850.00,UK',
      '3,A,MUG,1,12/3/2010 8:26,4.00,17850,UK',
      '4,A,MUG,1,12/4/2010 8:26,5.00,1000.0,UK',
      '5,A,MUG,1,12/5/2010 8:26,6.00,1000.10,UK',
      '6,A,MUG,1,12/6/2010 8:26,7.00,A.0,UK',
    ];
    const { db, outcome } = await analyseFixtures([{ name: 'numbers.csv', content: [HEADER, ...lines].join('\n') }]);
    const rows = await rfmRows(db, loaded(outcome));
    expect(Object.keys(rows).sort()).toEqual(['1000', '1000.10', '17850', 'A']);
    expect(rows['17850']).toMatchObject({ frequency: 3, monetary: 9 });
  });
});
