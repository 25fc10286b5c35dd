import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../../src/engine/db/describe-failure';
import { InputError } from '../../../src/protocol/errors';

describe('failure messages', () => {
  it('keeps messages that are already for the user', () => {
    const error = new InputError('The file is empty.');
    expect(describeFailure(error)).toBe(error);
  });

  it('explains memory, encoding and CSV problems with what to do', () => {
    expect(describeFailure(new Error('Out of Memory Error: could not allocate block\nstack')).message).toMatch(
      /ran out of memory .*Out of Memory Error: could not allocate block\)\. Close other tabs/,
    );
    expect(describeFailure(new Error('Invalid Input Error: Invalid unicode (byte sequence mismatch) detected')).message).toMatch(/not valid UTF-8 text/);
    expect(describeFailure(new Error('Invalid Input Error: CSV Error on Line: 3')).message).toMatch(/could not be read as CSV: .*Line: 3/);
  });

  it('words unknown failures without a stack trace', () => {
    const described = describeFailure(new Error('boom\n    at foo (x.js:1:1)'));
    expect(described.name).toBe('InputError');
    expect(described.message).toMatch(/^Something unexpected went wrong while analysing the file: boom\./);
    expect(described.message).not.toContain('x.js');
  });
});
