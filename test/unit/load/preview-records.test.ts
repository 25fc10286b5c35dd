import { describe, expect, it } from 'vitest';
import { previewRecords } from '../../../src/model/load/formats/preview-records';

describe('the preview lines from a file head', () => {
  it('leaves out the header, skips lines with another number of fields and reads empty fields as NULL', () => {
    const head = 'id;name;total\r\n1;Ann;3\n2;too;many;fields\n3;;5\n4;cut';
    expect(previewRecords(head, ';', 3, 10, false)).toEqual({
      rows: [
        ['1', 'Ann', '3'],
        ['3', null, '5'],
      ],
      complete: false,
    });
    // The whole file: nothing more to read, although fewer lines than asked for (the last has two fields).
    expect(previewRecords(head, ';', 3, 10, true).complete).toBe(true);
    expect(previewRecords(`${head};6`, ';', 3, 10, true).rows.at(-1)).toEqual(['4', 'cut', '6']);
  });

  it('stops at the limit, counting only lines that fit, and says the head was enough', () => {
    const head = ['a,b', '1,2', 'odd', '3,4', '5,6', '7,8'].join('\n');
    expect(previewRecords(head, ',', 2, 3, false)).toEqual({
      rows: [
        ['1', '2'],
        ['3', '4'],
        ['5', '6'],
      ],
      complete: true,
    });
  });

  it('keeps quoted delimiters and line breaks inside one field', () => {
    expect(previewRecords('a,b\n"x,y","two\nlines"\n', ',', 2, 5, true).rows).toEqual([['x,y', 'two\nlines']]);
  });
});
