/**
 * A small streaming XML tokenizer, enough for the parts of a workbook: it is fed text in chunks of
 * any size and reports tags and the text between them, so a 100 MB sheet is never one string. It
 * does not check well-formedness or namespaces (a `x:row` is a `row`); comments, processing
 * instructions and DOCTYPEs are skipped, CDATA is text.
 */
export interface XmlHandler {
  /** `tag` is everything between `<` and `>` (name and attributes), for `attribute()`. */
  open(name: string, tag: string): void;
  close(name: string): void;
  /** Text between two tags, entities decoded; a text is never split across calls. */
  text(text: string): void;
}

const LESS_THAN = 60;
const GREATER_THAN = 62;
const SLASH = 47;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

export class XmlScanner {
  /** The end of the text so far that cannot be read yet: a tag, or text, still missing its end. */
  private pending = '';

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const text = this.pending ? this.pending + chunk : chunk;
    this.pending = text.slice(this.scan(text));
  }

  /** Throws if the text ended inside a tag, a comment or a CDATA section. */
  end(): void {
    if (this.pending.includes('<')) throw new Error('the XML ends in the middle of a tag');
    this.pending = '';
  }

  /** Reports every complete tag and text in `text`; returns where the unreadable rest begins. */
  private scan(text: string): number {
    let position = 0;
    for (;;) {
      const open = text.indexOf('<', position);
      if (open < 0) return position;
      if (open > position) this.handler.text(decodeEntities(text.slice(position, open)));
      const next = this.markup(text, open);
      if (next < 0) return open;
      position = next;
    }
  }

  /** Handles the markup starting at `open`; returns the position after it, or -1 if it is incomplete. */
  private markup(text: string, open: number): number {
    const second = text[open + 1];
    if (second === '?') return endAfter(text, '?>', open);
    if (second === '!') {
      // A comment is told by its first four characters: a short one can end the text.
      if (text.startsWith('<!--', open)) return endAfter(text, '-->', open + 4);
      if (text.startsWith('<![CDATA[', open)) {
        const close = text.indexOf(']]>', open);
        if (close < 0) return -1;
        this.handler.text(text.slice(open + 9, close));
        return close + 3;
      }
      // Too short yet to tell a comment or CDATA from a DOCTYPE.
      if (text.length - open < 9) return -1;
      return endAfter(text, '>', open);
    }
    const close = tagEnd(text, open);
    if (close < 0) return -1;
    if (second === '/') {
      this.handler.close(localName(text.slice(open + 2, close).trim()));
      return close + 1;
    }
    const selfClosing = text.charCodeAt(close - 1) === SLASH;
    const tag = text.slice(open + 1, selfClosing ? close - 1 : close);
    const name = localName(tagName(tag));
    this.handler.open(name, tag);
    if (selfClosing) this.handler.close(name);
    return close + 1;
  }
}

function endAfter(text: string, terminator: string, from: number): number {
  const at = text.indexOf(terminator, from);
  return at < 0 ? -1 : at + terminator.length;
}

/** The `>` closing the tag at `open`, skipping any inside quoted attribute values. */
function tagEnd(text: string, open: number): number {
  let quote = 0;
  for (let index = open + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) quote = code;
    else if (code === GREATER_THAN) return index;
    else if (code === LESS_THAN) return -1;
  }
  return -1;
}

function tagName(tag: string): string {
  let end = 0;
  while (end < tag.length && !isSpace(tag.charCodeAt(end))) end++;
  return tag.slice(0, end);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** The value of the attribute `name` (prefix ignored, so `id` finds `r:id`) in a tag from XmlHandler.open. */
export function attribute(tag: string, name: string): string | undefined {
  let index = tagName(tag).length;
  for (;;) {
    while (index < tag.length && isSpace(tag.charCodeAt(index))) index++;
    const equals = tag.indexOf('=', index);
    if (equals < 0) return undefined;
    const attributeName = tag.slice(index, equals).trim();
    let open = equals + 1;
    while (open < tag.length && isSpace(tag.charCodeAt(open))) open++;
    const quote = tag[open];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = tag.indexOf(quote, open + 1);
    if (close < 0) return undefined;
    if (localName(attributeName) === name) return decodeEntities(tag.slice(open + 1, close));
    index = close + 1;
  }
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity[0] !== '#') return NAMED_ENTITIES[entity] ?? whole;
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
