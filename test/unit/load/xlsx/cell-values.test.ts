import { describe, expect, it } from 'vitest';
import { excelDate, isDateFormat } from '../../../../src/engine/load/files/xlsx/date-styles';
import { unescapeXlsx } from '../../../../src/engine/load/files/xlsx/shared-strings';
import { columnIndex } from '../../../../src/engine/load/files/xlsx/sheet-rows';
import { resolvePart } from '../../../../src/engine/load/files/xlsx/workbook-parts';
import { excelSerial } from '../../../support/xlsx-file';

describe('columnIndex', () => {
  it('counts columns from zero in base 26 without a zero digit', () => {
    expect(columnIndex('A1')).toBe(0);
    expect(columnIndex('Z9')).toBe(25);
    expect(columnIndex('AA1')).toBe(26);
    expect(columnIndex('AB7')).toBe(27);
    expect(columnIndex('XFD1048576')).toBe(16_383);
  });
});

describe('isDateFormat', () => {
  it('knows the built-in date and time formats from the others', () => {
    // 14 mm-dd-yy, 20 h:mm, 22 m/d/yy h:mm, 45 mm:ss, 47 mmss.0, 27 and 57 East Asian dates, 71 and 81 Thai dates.
    for (const id of [14, 15, 20, 22, 27, 36, 45, 47, 50, 57, 71, 81]) expect(isDateFormat(id, undefined), `format ${id}`).toBe(true);
    // 0 General, 2 0.00, 9 0%, 11 0.00E+00, 37 #,##0 ;(#,##0), 44 accounting, 49 @ (text), 59 a Thai number.
    for (const id of [0, 2, 9, 11, 37, 44, 49, 59]) expect(isDateFormat(id, undefined), `format ${id}`).toBe(false);
  });

  it('reads a custom code: date parts count, unless quoted, escaped or in brackets other than elapsed time', () => {
    for (const code of ['yyyy-mm-dd', '[h]:mm', '[mm]:ss', 'h:mm AM/PM', '[$-409]mmmm d, yyyy;@', 'dd/mm/yyyy\\ hh:mm', 'D.M.YYYY']) {
      expect(isDateFormat(164, code), code).toBe(true);
    }
    for (const code of ['"day" 0', '0.00', '[Red]0.00', '#,##0.00 "EUR"', 'General', '0.00E+00', '@', '\\d0', '[$-409]#,##0.00']) {
      expect(isDateFormat(164, code), code).toBe(false);
    }
  });

  it('goes by a code that a workbook gives for a built-in number', () => {
    expect(isDateFormat(14, '0.00')).toBe(false);
    expect(isDateFormat(2, 'yyyy')).toBe(true);
  });
});

describe('excelDate', () => {
  it('reads a day count in the 1900 date system as the wall-clock time, in UTC', () => {
    expect(excelDate(25_569, false)).toEqual(new Date(Date.UTC(1970, 0, 1)));
    expect(excelDate(43_831.5, false)).toEqual(new Date(Date.UTC(2020, 0, 1, 12)));
    expect(excelDate(0.75, false)).toEqual(new Date(Date.UTC(1899, 11, 30, 18)));
  });

  it('reads the 1904 date system, which starts 1,462 days later', () => {
    expect(excelDate(0, true)).toEqual(new Date(Date.UTC(1904, 0, 1)));
    expect(excelDate(42_369.5, true)).toEqual(new Date(Date.UTC(2020, 0, 1, 12)));
  });

  it('gets back to the millisecond a time written as a fraction of a day', () => {
    for (let minute = 0; minute < 24 * 60; minute += 7) {
      const time = new Date(Date.UTC(2010, 11, 1, 0, minute, 59, 250));
      expect(excelDate(excelSerial(time), false)).toEqual(time);
    }
  });
});

describe('unescapeXlsx', () => {
  it('decodes _xHHHH_ left to right, an escaped underscore staying literal', () => {
    expect(unescapeXlsx('line_x000D_break_x0009_tab')).toBe('line\rbreak\ttab');
    expect(unescapeXlsx('caf_x00e9_')).toBe('café');
    expect(unescapeXlsx('_x005F_x000D_')).toBe('_x000D_');
    expect(unescapeXlsx('_x12_ and x000D_')).toBe('_x12_ and x000D_');
  });
});

describe('resolvePart', () => {
  it('resolves a target against the folder of its part', () => {
    expect(resolvePart('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(resolvePart('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolvePart('xl/workbook.xml', './styles.xml')).toBe('xl/styles.xml');
    expect(resolvePart('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml')).toBe('xl/drawings/drawing1.xml');
  });

  it('takes a target starting with / from the root of the package', () => {
    expect(resolvePart('xl/workbook.xml', '/xl/worksheets/sheet2.xml')).toBe('xl/worksheets/sheet2.xml');
  });
});
