import { describe, expect, it } from 'vitest';
import { headerNames, headerSignature, parseRecords, sniffDelimiter } from '../../../src/model/load/formats/csv-dialect';
import { dateFormats, dateShape, decideDateOrder, profileDates, stripOffset } from '../../../src/model/load/formats/date-order';
import { decideDecimal, decimalEvidence, guessDecimalSeparator, parseNumber, separatorVote } from '../../../src/model/load/formats/number-format';

describe('delimited text', () => {
  it('parses quoted delimiters, doubled quotes and line breaks, and leaves out a cut-off last record', () => {
    const text = '\uFEFFa;b;c\r\n1;"x;y";"say ""hi"""\n2;"two\nlines";3\n4;cut';
    expect(parseRecords(text, ';')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x;y', 'say "hi"'],
      ['2', 'two\nlines', '3'],
    ]);
    expect(parseRecords(text, ';', Infinity, true).at(-1)).toEqual(['4', 'cut']);
  });

  it('finds the delimiter whose records agree with the header', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n4,5,6\n')).toBe(',');
    expect(sniffDelimiter('Bestellnummer;Kunde;Betrag\nA-1;Müller;12,50\nA-2;Zoé;1.234,50\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
    expect(sniffDelimiter('a|b\n"x|y"|2\n')).toBe('|');
    // commas inside the amounts do not fool it: the semicolon count agrees on every line
    expect(sniffDelimiter('id;amount\n1;1,50\n2;2\n3;3,75\n')).toBe(';');
  });

  it('names header columns for the screen and signs the header for memory', () => {
    expect(headerNames(['\uFEFFName', ' Email ', '', 'Name'])).toEqual(['Name', 'Email', 'Column 3', 'Name (2)']);
    expect(headerSignature(['Order ID', 'E-Mail'])).toBe(headerSignature(['order_id', 'email']));
    expect(headerSignature(['Order ID', 'E-Mail'])).not.toBe(headerSignature(['Order ID', 'Mail']));
  });
});

describe('numbers', () => {
  it('drops currency codes and symbols and grouping spaces', () => {
    expect(parseNumber('€ 12,50', ',')).toBe(12.5);
    expect(parseNumber('12.50 USD', '.')).toBe(12.5);
    expect(parseNumber("1'234.50", '.')).toBe(1234.5);
    expect(parseNumber('1\u202f234,50 €', ',')).toBe(1234.5);
    expect(parseNumber('twelve', '.')).toBeNull();
  });

  it('tells the decimal separator only when a value can tell', () => {
    expect(separatorVote('12,50')).toBe(',');
    expect(separatorVote('1.234,50')).toBe(',');
    expect(separatorVote('1.234.567')).toBe(',');
    expect(separatorVote('2.55')).toBe('.');
    expect(separatorVote('1,234.50')).toBe('.');
    expect(separatorVote('1,250')).toBeNull();
    expect(separatorVote('12')).toBeNull();
    expect(decimalEvidence(['12,50', '1,250', '3,1', '2.5'])).toEqual({ comma: 2, dot: 1 });
  });

  it('lets the whole column overrule the sample only when values written the other way outnumber those that confirm it', () => {
    expect(decideDecimal(',', { confirming: 0, contradicting: 1 })).toBe('.');
    expect(decideDecimal(',', { confirming: 500, contradicting: 3 })).toBe(',');
    expect(decideDecimal('.', { confirming: 2, contradicting: 2 })).toBe('.');
  });

  it('decides for the file, with the delimiter as the tie-break', () => {
    expect(guessDecimalSeparator(['12', '1,250'], ',')).toBe('.');
    expect(guessDecimalSeparator(['12', '1,250'], ';')).toBe(',');
    expect(guessDecimalSeparator(['2.55', '12,5', '3.10'], ';')).toBe('.');
  });

  it('reads numbers as the engine does', () => {
    expect(parseNumber('1.234,50 €', ',')).toBe(1234.5);
    expect(parseNumber('$1,234.50', '.')).toBe(1234.5);
    expect(parseNumber('-3', '.')).toBe(-3);
    expect(parseNumber('n/a', '.')).toBeNull();
  });
});

describe('dates', () => {
  it('recognises ISO and day/month shapes, times and offsets', () => {
    expect(dateShape('2024-03-05 14:22:11 +0100')).toMatchObject({ order: 'ymd', separator: '-', first: 3, second: 5, time: 'hms', offset: true });
    expect(dateShape('12/1/2010 8:26')).toMatchObject({ order: 'day_month', separator: '/', first: 12, second: 1, time: 'hm', offset: false });
    expect(dateShape('25.03.2024')).toMatchObject({ order: 'day_month', separator: '.', time: 'none' });
    expect(dateShape('3/5/24 2:30 PM')).toMatchObject({ twoDigitYear: true, time: 'hm_ampm' });
    expect(dateShape('2024-03-05T14:22:11.123Z')).toMatchObject({ order: 'ymd', time: 'hms_fraction', offset: true });
    expect(dateShape('yesterday')).toBeNull();
    expect(stripOffset('5-3-2024')).toBe('5-3-2024'); // a year is not an offset
    expect(stripOffset('2024-03-05 13:22:11+00')).toBe('2024-03-05 13:22:11');
  });

  it('profiles a sample: evidence for each order, the usual shapes first', () => {
    const spec = profileDates(['12/1/2010 8:26', '12/13/2010 9:00', '1/2/2011 10:15:00', '']);
    expect(spec).toMatchObject({ order: 'mdy', dayMonthShape: true, evidence: { dayFirst: 0, monthFirst: 1 }, times: ['hm', 'hms'] });
    expect(profileDates(['01/02/2024', '03/04/2024'])?.order).toBeNull();
    expect(profileDates(['2024-03-05'])?.order).toBe('ymd');
    expect(profileDates(['n/a'])).toBeNull();
  });

  it('builds strptime formats for an order, the sample’s shapes first', () => {
    const formats = dateFormats({ separator: '.', twoDigitYear: false, times: ['none', 'hm'] }, 'dmy');
    expect(formats.slice(0, 4)).toEqual(['%d.%m.%Y', '%d.%m.%Y %H:%M', '%d.%m.%YT%H:%M', '%d.%m.%Y %H:%M:%S']);
    expect(dateFormats({ separator: '/', twoDigitYear: true, times: ['hm'] }, 'mdy')[0]).toBe('%m/%d/%y %H:%M');
  });

  it('decides the order from the whole column, and asks only when every value fits both', () => {
    expect(decideDateOrder('mdy', { confirming: 10, contradicting: 0 }, 'ask')).toEqual({ action: 'keep', order: 'mdy' });
    expect(decideDateOrder('mdy', { confirming: 0, contradicting: 3 }, 'ask')).toEqual({ action: 'switch', order: 'dmy' });
    expect(decideDateOrder('mdy', { confirming: 2, contradicting: 5 }, 'mdy')).toEqual({ action: 'switch', order: 'dmy' });
    expect(decideDateOrder('mdy', { confirming: 0, contradicting: 0 }, 'ask')).toEqual({ action: 'ask' });
    expect(decideDateOrder('mdy', { confirming: 0, contradicting: 0 }, 'dmy')).toEqual({ action: 'switch', order: 'dmy' });
    expect(decideDateOrder('dmy', { confirming: 0, contradicting: 0 }, 'dmy')).toEqual({ action: 'keep', order: 'dmy' });
  });
});
