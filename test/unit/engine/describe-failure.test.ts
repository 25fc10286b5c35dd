import { describe, expect, it } from 'vitest';
import { QueryError } from '../../../src/engine/db/query-error';
import { describeFailure, describeSecondPassFailure } from '../../../src/engine/describe-failure';
import { InputError } from '../../../src/protocol/errors';

const CSV_STATE_MACHINE =
  'Invalid Input Error: Error when sniffing file "source-3". It was not possible to automatically detect the CSV Parsing dialect/types\nThe CSV Parser state machine reached an invalid state.';

describe('failure messages', () => {
  it('keeps messages that are already for the user', () => {
    const error = new InputError('The file is empty.');
    expect(describeFailure(error, 'read', 'orders.csv')).toBe(error);
  });

  it('lets the stage choose the words and keeps the engine words and SQL as details', () => {
    const failed = new QueryError('SELECT * FROM read_csv(?)', new Error(CSV_STATE_MACHINE));
    const reading = describeFailure(failed, 'read', 'random.csv');
    expect(reading.message).toMatch(/^"random\.csv" could not be read as a table of orders\. .*export the orders again\.$/);
    expect(reading.message).not.toMatch(/CSV Parser|state machine|sniff|source-3/);
    expect(reading.detail).toEqual({ stage: 'read', engineMessage: CSV_STATE_MACHINE.split('\n')[0], sql: 'SELECT * FROM read_csv(?)' });

    // The same engine words from a prediction query are not a file problem.
    const predicting = describeFailure(new QueryError('SELECT p_alive FROM predictions', new Error('Binder Error: column "csv_x" not found')), 'predict');
    expect(predicting.message).toMatch(/^Something went wrong while fitting the prediction models\. Your data has not left this computer/);
    expect(predicting.message).not.toMatch(/csv|Binder/i);
    expect(predicting.detail?.sql).toBe('SELECT p_alive FROM predictions');
  });

  it('names the line and the field counts of a line that does not fit the header', () => {
    const message = 'Invalid Input Error: CSV Error on Line: 3\nExpected Number of Columns: 8 Found: 9';
    // Only the first line reaches the description, so the counts are found when DuckDB puts them there.
    expect(describeFailure(new Error(message), 'read', 'a.csv').message).toMatch(/"a\.csv" could not be read as a table of orders \(the trouble starts near line 3\)/);
    expect(describeFailure(new Error('CSV Error on Line: 7 Expected Number of Columns: 8 Found: 9'), 'read', 'b.csv').message).toMatch(
      /"b\.csv" could not be read as a table of orders: line 7 has 9 values where the header has 8\./,
    );
  });

  it('explains memory and encoding problems with what to do', () => {
    const memory = describeFailure(new Error('Out of Memory Error: could not allocate block\nstack'), 'read', 'big.csv');
    expect(memory.message).toMatch(/^The browser ran out of memory while reading "big\.csv"\. The analysis engine has been restarted, .* close other tabs/);
    // Such an engine is replaced (engine/client.ts); so is one whose JavaScript could not allocate.
    expect(memory.detail?.outOfMemory).toBe(true);
    expect(describeFailure(new RangeError('Array buffer allocation failed'), 'read', 'big.xlsx').detail?.outOfMemory).toBe(true);
    expect(describeFailure(new Error('Binder Error: no such column'), 'segment').detail?.outOfMemory).toBeUndefined();
    expect(describeFailure(new Error('Invalid Input Error: Invalid unicode (byte sequence mismatch) detected'), 'read', 'x.csv').message).toMatch(
      /^"x\.csv" is not text in an encoding this app reads/,
    );
  });

  it('tells a damaged Parquet file from a CSV that does not fit', () => {
    const message = describeFailure(new Error('Invalid Input Error: parquet file invalid (footer != PAR1)'), 'read', 'o.parquet').message;
    expect(message).toBe('"o.parquet" is not a readable Parquet file (it may be cut short or damaged). Export it again, or export the orders as CSV.');
  });

  it('says a file that can no longer be read for its products may have moved, and what to do', () => {
    const gone = describeSecondPassFailure(new Error('IO Error: Cannot open file "source-2": NotFoundError\n    at x.js:1:1'), 'read', 'orders.csv');
    expect(gone.message).toMatch(/^The products and countries are read from "orders\.csv" again when first needed, and it could not be read now: was it moved, renamed or deleted/);
    expect(gone.message).toMatch(/Choose the file again/);
    expect(gone.message).not.toMatch(/IO Error|x\.js/);
    expect(gone.detail?.engineMessage).toBe('IO Error: Cannot open file "source-2": NotFoundError');
    // Memory stays memory, and words already for the user stay as they are.
    expect(describeSecondPassFailure(new Error('Out of Memory Error: could not allocate block'), 'read', 'orders.csv').detail?.outOfMemory).toBe(true);
    const already = new InputError('Load a file first.');
    expect(describeSecondPassFailure(already, 'read', 'orders.csv')).toBe(already);
  });

  it('words unknown failures without a stack trace', () => {
    const described = describeFailure(new Error('boom\n    at foo (x.js:1:1)'), 'segment');
    expect(described.name).toBe('InputError');
    expect(described.message).toMatch(/^Something went wrong while updating the segments\./);
    expect(described.message).not.toMatch(/boom|x\.js/);
    expect(described.detail?.engineMessage).toBe('boom');
  });
});
