import { describe, expect, it } from 'vitest';
import { attribute, decodeEntities, XmlScanner } from '../../../../src/engine/load/files/xlsx/xml-scanner';

type XmlEvent = ['open', string, string] | ['close', string] | ['text', string];

function scan(chunks: readonly string[]): XmlEvent[] {
  const events: XmlEvent[] = [];
  const scanner = new XmlScanner({
    open: (name, tag) => events.push(['open', name, tag]),
    close: (name) => events.push(['close', name]),
    text: (text) => events.push(['text', text]),
  });
  for (const chunk of chunks) scanner.write(chunk);
  scanner.end();
  return events;
}

const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE sst PUBLIC "-//Example//DTD Sheet//EN" "sheet.dtd">
<!-- a comment with <tags>, & and > in it -->
<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count='2'>
  <?pi with a > inside?>
  <x:si><x:t xml:space="preserve">Fish &amp; chips &#233; &#x20AC; &lt;b&gt; 日本 🎉</x:t></x:si>
  <x:si><x:t><![CDATA[raw <b>not a tag</b> & no &amp; entity]]></x:t></x:si>
  <x:c r="A1" note="a > b" quote='say "hi" > 1'/>
  <empty></empty>
</x:sst>`;

describe('XmlScanner', () => {
  it('reports tags without their prefix, text with entities decoded and CDATA as it is', () => {
    const events = scan([DOCUMENT]).filter((event) => event[0] !== 'text' || event[1].trim() !== '');
    expect(events).toEqual([
      ['open', 'sst', `x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count='2'`],
      ['open', 'si', 'x:si'],
      ['open', 't', 'x:t xml:space="preserve"'],
      ['text', 'Fish & chips é € <b> 日本 🎉'],
      ['close', 't'],
      ['close', 'si'],
      ['open', 'si', 'x:si'],
      ['open', 't', 'x:t'],
      ['text', 'raw <b>not a tag</b> & no &amp; entity'],
      ['close', 't'],
      ['close', 'si'],
      ['open', 'c', `x:c r="A1" note="a > b" quote='say "hi" > 1'`],
      ['close', 'c'],
      ['open', 'empty', 'empty'],
      ['close', 'empty'],
      ['close', 'sst'],
    ]);
  });

  it('gives the same events wherever the text is split, even inside a character pair', () => {
    const whole = scan([DOCUMENT]);
    for (let at = 0; at <= DOCUMENT.length; at++) {
      expect(scan([DOCUMENT.slice(0, at), DOCUMENT.slice(at)]), `split at ${at}`).toEqual(whole);
    }
    expect(scan(Array.from({ length: DOCUMENT.length }, (_, index) => DOCUMENT[index]))).toEqual(whole);
  });

  it('reads a short comment or declaration at the very end of the text', () => {
    expect(scan(['<a/><!--x-->'])).toEqual([['open', 'a', 'a'], ['close', 'a']]);
    expect(scan(['<a/><!---->'])).toEqual([['open', 'a', 'a'], ['close', 'a']]);
    expect(scan(['<a/>', '<?b?>'])).toEqual([['open', 'a', 'a'], ['close', 'a']]);
  });

  it('says so when the text ends inside a tag, a comment or CDATA', () => {
    for (const truncated of ['<a><b r="A1', '<a></a', '<a><!-- not closed', '<a><![CDATA[ not closed', '<a><']) {
      expect(() => scan([truncated]), truncated).toThrow('the XML ends in the middle of a tag');
    }
  });
});

describe('attribute', () => {
  const tag = `c r="A1" s = '3' note="x &amp; &quot;y&quot; t=4 >" t="s"`;

  it('finds a value in double or single quotes, entities decoded, not fooled by a quoted "name="', () => {
    expect(attribute(tag, 'r')).toBe('A1');
    expect(attribute(tag, 's')).toBe('3');
    expect(attribute(tag, 'note')).toBe('x & "y" t=4 >');
    expect(attribute(tag, 't')).toBe('s');
    expect(attribute(tag, 'missing')).toBeUndefined();
  });

  it('ignores the prefix of an attribute but not the rest of its name', () => {
    const sheet = 'sheet name="Orders" sheetId="7" r:id="rId1"';
    expect(attribute(sheet, 'id')).toBe('rId1');
    expect(attribute(sheet, 'sheetId')).toBe('7');
    expect(attribute('Relationship Id="rId2" Target="a b.xml"', 'Target')).toBe('a b.xml');
  });
});

describe('decodeEntities', () => {
  it('decodes the named, decimal and hexadecimal entities once each', () => {
    expect(decodeEntities('&lt;&gt;&amp;&quot;&apos;')).toBe(`<>&"'`);
    expect(decodeEntities('caf&#233; &#x20AC;&#X1F389;')).toBe('café €🎉');
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });

  it('leaves unknown or impossible entities and plain text as they are', () => {
    expect(decodeEntities('a&nbsp;b &#x110000; & c')).toBe('a&nbsp;b &#x110000; & c');
    expect(decodeEntities('plain')).toBe('plain');
  });
});
