import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, toCsv } from '../../../src/model/shared/csv-format';

describe('spreadsheet-safe CSV', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(neutraliseFormula('+1+2')).toBe("'+1+2");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\tcmd')).toBe("'\tcmd");
    expect(neutraliseFormula('\rcmd')).toBe("'\rcmd");
  });

  it('leaves plain numbers and ordinary text alone', () => {
    expect(neutraliseFormula('-12.50')).toBe('-12.50');
    expect(neutraliseFormula('+7')).toBe('+7');
    expect(neutraliseFormula('17850')).toBe('17850');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('quotes delimiters, quotes and line breaks', () => {
    expect(csvCell('MUG, RED')).toBe('"MUG, RED"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
  });

  it('writes a header and one line per row', () => {
    expect(toCsv(['customer_id', 'monetary'], [{ customer_id: '=1+2', monetary: '10.00' }, { customer_id: 'a,b', monetary: '-0.50' }])).toBe(
      `customer_id,monetary\r\n'=1+2,10.00\r\n"a,b",-0.50\r\n`,
    );
  });
});
