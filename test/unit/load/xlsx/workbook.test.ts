import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { excelSerial, plainString, workbookFiles, workbookXlsx, type WorkbookXml } from '../../../support/xlsx-file';
import { readWithApp, readWithOracle } from '../../../support/xlsx-readers';
import { ZIP_KINDS } from '../../../support/zip-file';

/**
 * Whole workbooks read by the app and by read-excel-file must agree cell by cell (normalised as
 * xlsx-readers.ts says). Each workbook is also checked against the table it was written from, so
 * that the two readers cannot agree on something wrong.
 */
const inline = (text: string) => `<is>${plainString(text)}</is>`;
const serial = (year: number, month: number, day: number, hour = 0, minute = 0) => excelSerial(new Date(Date.UTC(year, month - 1, day, hour, minute)));

const TEXT: WorkbookXml = {
  sharedStrings: [
    plainString('Name'),
    plainString('Note'),
    '<r><t>Bold</t></r><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve"> and plain</t></r>',
    '<t>日本</t><rPh sb="0" eb="2"><t>ニホン</t></rPh><phoneticPr fontId="1" type="noConversion"/>',
    '<r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>',
    plainString('Café € "quoted", with comma'),
    plainString('two\nlines'),
    plainString('  padded  '),
    plainString('carriage_x000D_return'),
    plainString('Fish & chips <3'),
    plainString(''),
  ],
  rows: [
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr">${inline('Flag')}</c><c r="D1" t="inlineStr">${inline('Formula')}</c><c r="E1" t="inlineStr">${inline('Inline')}</c></row>`,
    `<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="str"><f>A2&amp;"y"</f><v>x &amp; y</v></c><c r="E2" t="inlineStr">${inline('é € 日本, "q"')}</c></row>`,
    `<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="s"><v>6</v></c><c r="C3" t="b"><v>0</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3" t="inlineStr"><is><r><t>in</t></r><r><rPr><i/></rPr><t>line</t></r><rPh><t>x</t></rPh></is></c></row>`,
    `<row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4" t="s"><v>7</v></c><c r="C4" t="b"/><c r="D4" t="str"><f>""</f><v></v></c><c r="E4" t="inlineStr"><is><t>a_x0009_tab</t></is></c></row>`,
    `<row r="5"><c r="A5" t="s"><v>8</v></c><c r="B5" t="s"><v>9</v></c><c r="C5" t="e"><v>#N/A</v></c><c r="D5" t="str"><f>A5</f><v>carriage_x000D_return</v></c><c r="E5" t="s"><v>10</v></c></row>`,
    // Only empty text beyond the last column: it must not widen the sheet.
    `<row r="6"><c r="A6" t="inlineStr">${inline('last')}</c><c r="G6" t="s"><v>10</v></c><c r="H6" t="str"><f>""</f><v></v></c></row>`,
  ].join(''),
};

const TEXT_TABLE = [
  ['Name', 'Note', 'Flag', 'Formula', 'Inline'],
  ['Bold and plain', 'Café € "quoted", with comma', 'TRUE', 'x & y', 'é € 日本, "q"'],
  ['日本', 'two\nlines', 'FALSE', '', 'inline'],
  ['東京', '  padded  ', '', '', 'a\ttab'],
  ['carriage\rreturn', 'Fish & chips <3', '', 'carriage\rreturn', ''],
  ['last', '', '', '', ''],
];

const NUMBER_FORMATS = [
  '<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>',
  '<numFmt numFmtId="165" formatCode="[h]:mm"/>',
  '<numFmt numFmtId="166" formatCode="&quot;day&quot; 0"/>',
  '<numFmt numFmtId="167" formatCode="0.00"/>',
  '<numFmt numFmtId="168" formatCode="[Red]0.00"/>',
  '<numFmt numFmtId="169" formatCode="dd/mm/yyyy\\ hh:mm:ss"/>',
].join('');
/** Styles 1–10: built-in date-time 22, the custom formats above, built-in 14 and 20, Thai date 71. */
const CELL_FORMATS = [22, 164, 165, 166, 167, 168, 169, 14, 20, 71];

/** A label, then a value cell of type `type` and style `style`. */
function valueRows(values: readonly [label: string, value: string | number, style?: number, type?: string][]): string {
  return values
    .map(([label, value, style = 0, type = 'n'], index) => {
      const row = index + 2;
      return `<row r="${row}"><c r="A${row}" t="inlineStr">${inline(label)}</c><c r="B${row}" s="${style}" t="${type}"><v>${value}</v></c></row>`;
    })
    .join('');
}

const HEADER = `<row r="1"><c r="A1" t="inlineStr">${inline('Kind')}</c><c r="B1" t="inlineStr">${inline('Value')}</c></row>`;

const NUMBERS: WorkbookXml = {
  numberFormats: NUMBER_FORMATS,
  cellFormats: CELL_FORMATS,
  sharedStrings: [plainString('text in a date style')],
  rows:
    HEADER +
    valueRows([
      ['integer', 17850],
      ['decimal', 2.55],
      ['negative', -0.5],
      ['float noise', '0.30000000000000004'],
      ['exponent', '1E+21'],
      ['tiny', '1.5E-7'],
      ['built-in 22', serial(2010, 12, 1, 8, 26), 1],
      ['yyyy-mm-dd', serial(2011, 12, 9), 2],
      ['[h]:mm', 1.25, 3],
      ['"day" 0', 42, 4],
      ['0.00', 3.14159, 5],
      ['[Red]0.00', -7.25, 6],
      ['escaped date-time', serial(2012, 2, 29, 23, 59) + 30 / 86_400, 7],
      ['built-in 14', serial(1999, 12, 31), 8],
      ['time of day 20', 0.75, 9],
      ['Thai date 71', serial(2020, 1, 2), 10],
      ['text in a date style', 0, 1, 's'],
      ['ISO date, UTC', '2021-06-10T00:47:45Z', 0, 'd'],
      ['ISO day', '2021-06-10', 0, 'd'],
    ]),
};

const NUMBERS_TABLE = [
  ['Kind', 'Value'],
  ['integer', '17850'],
  ['decimal', '2.55'],
  ['negative', '-0.5'],
  ['float noise', '0.30000000000000004'],
  ['exponent', '1e+21'],
  ['tiny', '1.5e-7'],
  ['built-in 22', '2010-12-01 08:26:00'],
  ['yyyy-mm-dd', '2011-12-09 00:00:00'],
  ['[h]:mm', '1899-12-31 06:00:00'],
  ['"day" 0', '42'],
  ['0.00', '3.14159'],
  ['[Red]0.00', '-7.25'],
  ['escaped date-time', '2012-02-29 23:59:30'],
  ['built-in 14', '1999-12-31 00:00:00'],
  ['time of day 20', '1899-12-30 18:00:00'],
  ['Thai date 71', '2020-01-02 00:00:00'],
  ['text in a date style', 'text in a date style'],
  ['ISO date, UTC', '2021-06-10 00:47:45'],
  ['ISO day', '2021-06-10 00:00:00'],
];

const DATE_1904: WorkbookXml = {
  date1904: true,
  cellFormats: [22, 164],
  numberFormats: NUMBER_FORMATS,
  rows: HEADER + valueRows([['first day', 0, 2], ['noon', serial(2020, 1, 1, 12) - 1_462, 1], ['a number stays', 1_462]]),
};

const DATE_1904_TABLE = [
  ['Kind', 'Value'],
  ['first day', '1904-01-01 00:00:00'],
  ['noon', '2020-01-01 12:00:00'],
  ['a number stays', '1462'],
];

/** Gaps between cells, empty cells of each type, rows without `r`, missing and empty rows, a far column. */
const GAPS: WorkbookXml = {
  sharedStrings: [plainString('a')],
  rows: [
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="D1" t="inlineStr">${inline('d')}</c></row>`,
    '<row><c r="B2"><v>2</v></c><c r="C2"/><c r="E2" t="s"/><c r="F2" t="inlineStr"/><c r="G2" t="str"><f>X1</f></c></row>',
    '<row r="3" spans="1:5"><c r="A3" s="0"><v></v></c></row>',
    '<row r="5"><c r="C5"><v>5</v></c></row>',
    '<row r="6"/>',
    '<row><c r="A7"><f>1+1</f><v>2</v></c><c r="AA7"><v>27</v></c></row>',
    '<row r="9"><c r="B9" t="e"><v>#REF!</v></c></row>',
  ].join(''),
};

const blank = (count: number) => Array<string>(count).fill('');
const GAPS_TABLE = [
  ['a', '', '', 'd', ...blank(23)],
  ['', '2', ...blank(25)],
  ['', '', '5', ...blank(24)],
  ['2', ...blank(25), '27'],
];

describe.each([
  ['text: shared, rich, phonetic, inline, formula results, booleans, errors', TEXT, TEXT_TABLE],
  ['numbers and dates: built-in and custom formats, ISO dates', NUMBERS, NUMBERS_TABLE],
  ['the 1904 date system', DATE_1904, DATE_1904_TABLE],
  ['gaps and empty cells', GAPS, GAPS_TABLE],
])('a workbook of %s', (_, xml, table) => {
  it('reads as the table it was written from', async () => {
    expect(await readWithApp(workbookXlsx(xml))).toEqual(table);
  });

  it.each(ZIP_KINDS)('reads as read-excel-file does, %s', async (zip) => {
    const workbook = workbookXlsx(xml, zip);
    expect(await readWithApp(workbook)).toEqual(await readWithOracle(workbook));
  });
});

describe('where read-excel-file differs by design', () => {
  it('places a cell without a reference after the one before it; read-excel-file refuses it', async () => {
    const workbook = workbookXlsx({ rows: `<row><c t="inlineStr">${inline('a')}</c><c><v>2</v></c><c r="D1"><v>4</v></c><c><v>5</v></c></row>` });
    expect(await readWithApp(workbook)).toEqual([['a', '2', '', '4', '5']]);
    await expect(readSheet(new Blob([workbook]))).rejects.toThrow();
  });

  it('takes date1904="true" as the 1904 date system (an XML boolean); read-excel-file only "1"', async () => {
    const workbookPart = workbookFiles(DATE_1904)['xl/workbook.xml'] as string;
    const workbook = workbookXlsx({ ...DATE_1904, parts: { 'xl/workbook.xml': workbookPart.replace('date1904="1"', 'date1904="true"') } });
    expect((await readWithApp(workbook))[1]).toEqual(['first day', '1904-01-01 00:00:00']);
    expect((await readWithOracle(workbook))[1]).toEqual(['first day', '1899-12-30 00:00:00']);
  });
});
