import { describe, expect, it } from 'vitest';
import { seededRandom, randomInt } from '../../../src/model/shared/random';
import { fitSms, gsmLength, toGsmAlphabet } from '../../../src/model/campaigns/messages/sms-text';

describe('SMS text in the GSM alphabet', () => {
  it('counts GSM units: extension characters twice, anything else is not GSM', () => {
    expect(gsmLength('Hello @ 5 £')).toBe(11);
    expect(gsmLength('Ünïcode')).toBeNull();
    expect(gsmLength('Über Åre')).toBe(8);
    expect(gsmLength('€5 [x]')).toBe(9);
    expect(gsmLength('It’s')).toBeNull();
    expect(gsmLength('🙂')).toBeNull();
  });

  it('brings text into the alphabet without losing the words', () => {
    expect(toGsmAlphabet('It’s “ours” – really…')).toBe('It\'s "ours" - really...');
    expect(toGsmAlphabet('Łódź, Garçon, café')).toBe('Lodz, Garcon, café');
    expect(toGsmAlphabet('Thanks 🙂!')).toBe('Thanks !');
  });

  it('leaves a short message as it is, on one line', () => {
    expect(fitSms('Hi there,\n\nsee you  soon.')).toEqual({ text: 'Hi there, see you soon.', length: 23, truncated: false });
  });

  it('ends a long message at its last full sentence when that keeps most of it', () => {
    const first = 'A'.repeat(90) + '.';
    const fitted = fitSms(`${first} ${'b'.repeat(40)} ${'c'.repeat(40)}.`);
    expect(fitted).toEqual({ text: first, length: 91, truncated: true });
  });

  it('else ends at a word boundary with three dots', () => {
    const words = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
    const fitted = fitSms(words);
    expect(fitted.truncated).toBe(true);
    expect(fitted.text.endsWith('...')).toBe(true);
    const kept = fitted.text.slice(0, -3);
    expect(words.startsWith(kept + ' ')).toBe(true);
    expect(fitted.length).toBeLessThanOrEqual(160);
    expect(fitted.length).toBeGreaterThan(150);
  });

  it('never goes over the limit, whatever the text', () => {
    const random = seededRandom(11);
    const pieces = ['€', 'word', 'a', 'Zürich', '—', 'x'.repeat(170), '.', ',', '[', 'it’s'];
    for (let run = 0; run < 300; run += 1) {
      const text = Array.from({ length: randomInt(random, 1, 80) }, () => pieces[randomInt(random, 0, pieces.length - 1)]).join(' ');
      const fitted = fitSms(text);
      expect(gsmLength(fitted.text)).toBe(fitted.length);
      expect(fitted.length).toBeLessThanOrEqual(160);
    }
  });
});
