import { defineConfig } from 'vitest/config';

// Four suites: fast pure-logic tests, the real SQL against native DuckDB, the built app driven in
// Debian's Chromium, and the reference checks that read ../shared (kept out of `npm test`).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'sql', include: ['test/sql/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      {
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // The page answers while the engine works in the background (a prediction fit, say), so a
          // check of what it shows waits for it as a user would, not the default one second.
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
      {
        test: {
          name: 'reference',
          include: ['test/reference/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
