import { InputError } from '../../../../protocol/errors';
import { DateStyles } from './date-styles';
import { checkSheetSize } from './sheet-limits';
import { SharedStrings } from './shared-strings';
import type { SheetContext } from './sheet-rows';
import { entryText, type ZipEntry } from './zip-entries';
import { attribute, XmlScanner, type XmlHandler } from './xml-scanner';

/**
 * Finds the first sheet of a workbook and reads what its cells refer to: shared strings, which
 * styles are dates, and the date system. Parts are found through the relationship files, as
 * Excel does, since other writers name and place them differently.
 */
export interface WorkbookParts extends SheetContext {
  sheet: ZipEntry;
  /** Compressed bytes of the parts read here, for progress in file bytes. */
  bytesRead: number;
}

const OFFICE_DOCUMENT = '/officeDocument';

export async function readWorkbookParts(
  file: Blob,
  entries: ReadonlyMap<string, ZipEntry>,
  fileName: string,
  onBytes: (bytes: number) => void,
): Promise<WorkbookParts> {
  let bytesRead = 0;
  const scan = async (path: string, handler: XmlHandler): Promise<boolean> => {
    const entry = entries.get(path);
    if (!entry) return false;
    const before = bytesRead;
    await scanEntry(file, entry, fileName, handler, (bytes) => onBytes(before + bytes));
    bytesRead += entry.compressedSize;
    return true;
  };
  const relationships = async (part: string): Promise<Relationship[]> => {
    const found = new Relationships(part);
    await scan(relationshipsPath(part), found);
    return found.list;
  };

  const workbookPath = (await relationships('')).find((link) => link.type.endsWith(OFFICE_DOCUMENT))?.target ?? 'xl/workbook.xml';
  const workbook = new WorkbookInfo();
  if (!(await scan(workbookPath, workbook))) throw new InputError(`"${fileName}" has no workbook inside. Open it in Excel and save it again as .xlsx, or export the orders as CSV.`);
  const links = await relationships(workbookPath);
  const sheet = entries.get(links.find((link) => link.id === workbook.firstSheetId)?.target ?? '');
  if (!sheet) throw new InputError(`"${fileName}" has no worksheet to read (an Excel file is read from its first sheet). Export the orders again and drop the new file.`);
  await checkSheetSize(file, sheet, fileName);
  const strings = new SharedStrings();
  const sharedStringsPath = links.find((link) => link.type.endsWith('/sharedStrings'))?.target;
  if (sharedStringsPath) await scan(sharedStringsPath, strings);
  const styles = new DateStyles();
  const stylesPath = links.find((link) => link.type.endsWith('/styles'))?.target;
  if (stylesPath) await scan(stylesPath, styles);
  return { sheet, sharedStrings: strings.strings, dateStyles: styles.dateStyles(), date1904: workbook.date1904, bytesRead };
}

export async function scanEntry(file: Blob, entry: ZipEntry, fileName: string, handler: XmlHandler, onBytes?: (bytes: number) => void): Promise<void> {
  const scanner = new XmlScanner(handler);
  for await (const text of entryText(file, entry, fileName, onBytes)) scanner.write(text);
  try {
    scanner.end();
  } catch (error) {
    throw new InputError(`"${fileName}" is not a readable Excel workbook: "${entry.name}" is cut short (${(error as Error).message}). Open it in Excel and save it again, or export the orders as CSV.`);
  }
}

interface Relationship {
  id: string;
  type: string;
  /** The target's path inside the zip. */
  target: string;
}

/** `<Relationship Id Type Target>` of the part at `part` ('' for the package itself). */
class Relationships implements XmlHandler {
  readonly list: Relationship[] = [];

  constructor(private readonly part: string) {}

  open(name: string, tag: string): void {
    if (name !== 'Relationship' || attribute(tag, 'TargetMode') === 'External') return;
    this.list.push({ id: attribute(tag, 'Id') ?? '', type: attribute(tag, 'Type') ?? '', target: resolvePart(this.part, attribute(tag, 'Target') ?? '') });
  }

  close(): void {}
  text(): void {}
}

class WorkbookInfo implements XmlHandler {
  firstSheetId: string | undefined;
  date1904 = false;

  open(name: string, tag: string): void {
    if (name === 'workbookPr') this.date1904 = ['1', 'true'].includes(attribute(tag, 'date1904') ?? '');
    else if (name === 'sheet') this.firstSheetId ??= attribute(tag, 'id');
  }

  close(): void {}
  text(): void {}
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's own are `_rels/.rels`. */
function relationshipsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to the folder of the part it belongs to unless it starts with `/`. */
export function resolvePart(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = part.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}
