import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/protocol/errors';
import { xlsxToCsv } from '../../../../src/engine/load/files/read-xlsx';
import { plainString, ROOT_RELS, workbookXlsx } from '../../../support/xlsx-file';

/** Workbooks whose zip is sound but whose parts are missing or cut short: the message names the file, the part and what to do. */
const ROW = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>';

describe('a workbook that cannot be read', () => {
  const sheet = 'xl/worksheets/sheet1.xml';

  async function failure(parts: Record<string, string>): Promise<Error> {
    return xlsxToCsv(new Blob([workbookXlsx({ rows: ROW, sharedStrings: [plainString('Name')], parts })]), undefined, 'orders.xlsx').then(
      () => new Error('read without an error'),
      (error: Error) => error,
    );
  }

  it('says which part is cut short', async () => {
    const error = await failure({ [sheet]: '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2' });
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      '"orders.xlsx" is not a readable Excel workbook: "xl/worksheets/sheet1.xml" is cut short (the XML ends in the middle of a tag). Open it in Excel and save it again, or export the orders as CSV.',
    );
  });

  it('says so when there is no workbook or no sheet inside', async () => {
    const elsewhere = ROOT_RELS.replace('Target="xl/workbook.xml"', 'Target="xl/book.xml"');
    expect((await failure({ '_rels/.rels': elsewhere })).message).toMatch(/^"orders\.xlsx" has no workbook inside\. .*CSV\.$/);
    expect((await failure({ 'xl/_rels/workbook.xml.rels': '<Relationships/>' })).message).toMatch(/^"orders\.xlsx" has no worksheet to read .*drop the new file\.$/);
  });
});
