import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * axe-core run inside the page, on what the page shows at that moment. The built app's CSP forbids
 * inline scripts, so axe's source is not added as a script tag: `page.evaluate` runs it through the
 * browser's debugging protocol, which the page's CSP does not govern (nor does it loosen it for the app).
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules axe counts as experimental are run too: `label-content-name-mismatch` is one of them. */
const RUN_OPTIONS = { rules: { 'label-content-name-mismatch': { enabled: true } }, resultTypes: ['violations'] };

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** The offending elements' selectors, and axe's summary of what is wrong with the first. */
  targets: string[];
  summary: string;
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (options) => {
    interface Result {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[]; failureSummary?: string }[];
    }
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: Result[] }> } }).axe;
    const { violations } = await axe.run(document, options);
    return violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
      summary: violation.nodes[0]?.failureSummary ?? '',
    }));
  }, RUN_OPTIONS);
}

/** Fails with every violation named, its elements and what to fix, so a failure reads as a to-do list. */
export async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page);
  const report = violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.targets.slice(0, 5).join('\n  ')}\n  ${violation.summary}`);
  expect(report, `accessibility violations on ${screen}`).toEqual([]);
}

/** axe's violations on elements inside one part of the page (`container`, a selector), for a test of that part. */
export async function violationsInside(page: Page, container: string): Promise<string[]> {
  const violations = await axeViolations(page);
  const inside = await page.evaluate(
    ({ targets, container }) => targets.map((selectors) => selectors.some((selector) => document.querySelector(selector)?.closest(container) != null)),
    { targets: violations.map((violation) => violation.targets), container },
  );
  return violations.filter((_, index) => inside[index]).map((violation) => `${violation.id}: ${violation.help} ${violation.targets.join(' ')}`);
}
