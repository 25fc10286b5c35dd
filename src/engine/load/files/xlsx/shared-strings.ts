import type { XmlHandler } from './xml-scanner';

/**
 * The workbook's shared strings (`xl/sharedStrings.xml`): Excel stores each distinct text once and
 * cells point at it by index. A string is its `<t>` texts run together (rich text has several);
 * phonetic guides (`<rPh>`) are not part of it.
 */
export class SharedStrings implements XmlHandler {
  readonly strings: string[] = [];
  private inItem = false;
  private readonly item = new RichText();

  open(name: string): void {
    if (name === 'si') {
      this.inItem = true;
      this.item.start();
    } else if (this.inItem) this.item.open(name);
  }

  close(name: string): void {
    if (name !== 'si') this.item.close(name);
    else if (this.inItem) {
      this.strings.push(this.item.value());
      this.inItem = false;
    }
  }

  text(text: string): void {
    if (this.inItem) this.item.add(text);
  }
}

/** The text of an `<si>` or `<is>` element as its `<t>` children add up, outside `<rPh>`. */
export class RichText {
  private parts = '';
  private inText = false;
  private phonetic = 0;

  start(): void {
    this.parts = '';
    this.inText = false;
    this.phonetic = 0;
  }

  open(name: string): void {
    if (name === 'rPh') this.phonetic += 1;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic -= 1;
    else if (name === 't') this.inText = false;
  }

  add(text: string): void {
    if (this.inText) this.parts += text;
  }

  value(): string {
    return unescapeXlsx(this.parts);
  }
}

/** Excel writes characters XML cannot hold (control characters) as `_xHHHH_`, and a literal `_x` as `_x005F_x`. */
export function unescapeXlsx(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
