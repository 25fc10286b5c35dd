import { zipFile, type Bytes, type ZipFiles, type ZipKind } from './zip-file';

/**
 * Excel workbooks written by hand for tests: one sheet, its text in shared strings, dates stored
 * the way Excel stores them (a day count with a date format). `xlsxFile` takes plain values;
 * `workbookXlsx` takes the sheet's XML, for cells only a hand-written part has (rich text, inline
 * strings, formulas, errors, gaps). Enough to test reading without copying a real workbook.
 */
export type XlsxCell = string | number | { date: Date } | null;

export function xlsxFile(rows: readonly (readonly XlsxCell[])[], zip: ZipKind = 'stored'): Buffer<ArrayBuffer> {
  const strings: string[] = [];
  const stringIndex = (text: string) => {
    const found = strings.indexOf(text);
    return found >= 0 ? found : strings.push(text) - 1;
  };
  const sheetRows = rows.map((cells, row) => {
    const xml = cells.map((cell, column) => cellXml(`${columnLetter(column)}${row + 1}`, cell, stringIndex)).join('');
    return `<row r="${row + 1}">${xml}</row>`;
  });
  const bytes = workbookXlsx({ rows: sheetRows.join(''), sharedStrings: strings.map(plainString) }, zip);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

export interface WorkbookXml {
  /** The `<row>` elements of the sheet's `<sheetData>`. */
  rows: string;
  /** The inner XML of each `<si>` (plainString for plain text); none: no shared strings part. */
  sharedStrings?: readonly string[];
  /** `<numFmt>` elements: custom number formats, numbered from 164. */
  numberFormats?: string;
  /** The number format of each cell style after style 0 (General); by default style 1 is date-time 22. */
  cellFormats?: readonly number[];
  date1904?: boolean;
  /** Parts to add or to put in place of the generated ones, by path. */
  parts?: ZipFiles;
}

export function workbookXlsx(xml: WorkbookXml, zip: ZipKind = 'deflated'): Bytes {
  return zipFile(workbookFiles(xml), zip);
}

export function workbookFiles({ rows, sharedStrings, numberFormats = '', cellFormats = [22], date1904 = false, parts = {} }: WorkbookXml): ZipFiles {
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': workbookXml(date1904),
    'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
    'xl/styles.xml': stylesXml(numberFormats, cellFormats),
    'xl/worksheets/sheet1.xml': `${XML_DECLARATION}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`,
  };
  if (sharedStrings) {
    const items = sharedStrings.map((item) => `<si>${item}</si>`).join('');
    files['xl/sharedStrings.xml'] = `${XML_DECLARATION}<sst xmlns="${MAIN}" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${items}</sst>`;
  }
  return { ...files, ...parts };
}

/** A shared string or inline string of plain text: one `<t>`, spaces kept. */
export function plainString(text: string): string {
  return `<t xml:space="preserve">${escapeXml(text)}</t>`;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
export const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
export const WORKBOOK = workbookXml(false);
export const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
// Style 1 is the built-in date-time format 22 (m/d/yy h:mm).
export const STYLES = stylesXml('', [22]);

function workbookXml(date1904: boolean): string {
  const properties = date1904 ? '<workbookPr date1904="1"/>' : '';
  return `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${properties}<sheets><sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

function stylesXml(numberFormats: string, cellFormats: readonly number[]): string {
  const formats = numberFormats ? `<numFmts>${numberFormats}</numFmts>` : '';
  const styles = [0, ...cellFormats].map((id) => `<xf numFmtId="${id}"${id ? ' applyNumberFormat="1"' : ''}/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${formats}<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="${cellFormats.length + 1}">${styles}</cellXfs></styleSheet>`;
}

function cellXml(reference: string, cell: XlsxCell, stringIndex: (text: string) => number): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return `<c r="${reference}" t="s"><v>${stringIndex(cell)}</v></c>`;
  if (typeof cell === 'number') return `<c r="${reference}"><v>${cell}</v></c>`;
  return `<c r="${reference}" s="1"><v>${excelSerial(cell.date)}</v></c>`;
}

/** Excel's day count: days since 1899-12-30 (in UTC here), the time as a fraction of a day. */
export function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function columnLetter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : columnLetter(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26));
}

export function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
