import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    /** The build behind appUrl, for tests that serve it (or a changed copy) themselves. */
    buildDir: string;
  }
}

/** Builds the app once and serves it under a sub-path, as GitHub Pages would. */
export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'retention-build-'));
  await build({ root: process.cwd(), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await serveStatic(outDir, '/retention-engine/demo/');
  project.provide('appUrl', server.url);
  project.provide('buildDir', outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
