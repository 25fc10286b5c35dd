import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_TABLE_COLUMNS } from '../../../src/model/pipeline/customer-table';
import { HISTORY_PERIODS } from '../../../src/model/pipeline/history-periods';
import { UNAVAILABLE_FROM_CUSTOMER_TABLE } from '../../../src/model/pipeline/unavailable-features';

const DOC = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'customer-table.md'), 'utf8');

describe('docs/customer-table.md', () => {
  it('names every customer column and every history field with its prefix', () => {
    const histories = new Set(HISTORY_PERIODS.flatMap((period) => period.fields));
    for (const column of CUSTOMER_TABLE_COLUMNS) {
      const period = HISTORY_PERIODS.find((candidate) => candidate.prefix && column.name.startsWith(candidate.prefix));
      const field = period ? column.name.slice(period.prefix.length) : column.name;
      expect(DOC, column.name).toContain(`\`${histories.has(field as never) ? field : column.name}\``);
    }
    for (const prefix of ['`cal_`', '`w1_`', '`w6_`']) expect(DOC).toContain(prefix);
  });

  it('lists as many unavailable features as the app marks', () => {
    const listed = DOC.slice(DOC.indexOf('## What the app cannot do'), DOC.indexOf('## cleaning.csv')).match(/^- /gm) ?? [];
    expect(listed).toHaveLength(Object.keys(UNAVAILABLE_FROM_CUSTOMER_TABLE).length);
  });
});
