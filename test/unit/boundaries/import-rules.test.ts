import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layers' boundaries are the linter's job: each case lints one import as if it were written in a
 * file of that layer (the file need not exist) and expects the project's rules to refuse or allow it.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

const WRONG: [string, string, RegExp][] = [
  ['src/model/segments/probe.ts', "import { startDuckDB } from '../../engine/db/duckdb-wasm';", /model\/ is pure/],
  ['src/model/segments/probe.ts', "import type { SegmentParams } from '../../protocol/segments';", /model\/ is pure/],
  ['src/model/segments/probe.ts', "import { useState } from 'react';", /model\/ is pure/],
  ['src/protocol/probe.ts', "import { TIER_CELLS } from '../engine/segments/sql/segments';", /protocol\/ is pure/],
  ['src/charts/explore/probe.ts', "import { useRef } from 'react';", /charts\/ is pure drawing/],
  ['src/charts/explore/probe.ts', "import type { EngineClient } from '../../engine/client';", /charts\/ is pure drawing/],
  ['src/engine/explore/probe.ts', "import { usePlot } from '../../ui/shared/use-plot';", /never imports the page/],
  ['src/engine/explore/probe.ts', "import { treemapTiles } from '../../charts/segments/treemap-layout';", /never imports the page/],
  ['src/ui/explore/probe.ts', "import { chartData } from '../../engine/explore/chart-data';", /only through engine\/client/],
  ['src/ui/explore/probe.ts', "import { describeFailure } from '../../engine/describe-failure';", /only through engine\/client/],
  ['src/engine/client.ts', "import { rfmView } from '../model/segments/rfm-totals';", /page side of the worker boundary/],
  ['src/engine/client.ts', "import { startDuckDB } from './db/duckdb-wasm';", /page side of the worker boundary/],
];

const RIGHT: [string, string][] = [
  ['src/ui/explore/probe.ts', "import type { EngineClient } from '../../engine/client';"],
  ['src/ui/explore/probe.ts', "import type { ChartData } from '../../protocol/explore';"],
  ['src/charts/explore/probe.ts', "import type { CohortCount } from '../../protocol/explore';"],
  ['src/engine/explore/probe.ts', "import { binEdges } from '../../model/explore/histogram-bins';"],
  ['src/protocol/probe.ts', "import type { TierId } from '../model/segments/tiers';"],
];

// The first lint builds the import graph of the project, which takes seconds on a busy machine.
describe('layer boundaries', { timeout: 60_000 }, () => {
  it.each(WRONG)('refuses in %s: %s', async (file, code, reason) => {
    const found = await problems(file, `${code}\nexport {};\n`);
    expect(found.some((problem) => problem.startsWith('no-restricted-imports') && reason.test(problem))).toBe(true);
  });

  it.each(RIGHT)('allows in %s: %s', async (file, code) => {
    const found = await problems(file, `${code}\nexport {};\n`);
    expect(found.filter((problem) => problem.startsWith('no-restricted-imports'))).toEqual([]);
  });

  it('refuses an import cycle', async () => {
    // churn-verdict imports auc-comparison, which imports churn-metrics: were churn-metrics to import
    // churn-verdict, that would close a cycle. The same import from a module nothing imports does not.
    const cycle = await problems('src/model/predict/churn/churn-metrics.ts', "import { churnVerdict } from './churn-verdict';\nexport { churnVerdict };\n");
    expect(cycle.some((problem) => problem.startsWith('import-x/no-cycle'))).toBe(true);
    const plain = await problems('src/model/predict/churn/probe.ts', "import { churnVerdict } from './churn-verdict';\nexport { churnVerdict };\n");
    expect(plain.filter((problem) => problem.startsWith('import-x/no-cycle'))).toEqual([]);
  });
});
