import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Each side of the app is compiled with its own platform: the worker without the DOM, pure code with
 * neither the DOM nor the worker's globals. A probe file, placed in a layer and compiled with that
 * layer's tsconfig, shows the compiler refusing what the side cannot have.
 */
/** Library files parsed once for every probe: parsing lib.dom.d.ts is most of a probe's time. */
const parsedFiles = new Map<string, ts.SourceFile | undefined>();

function compileProbe(tsconfig: string, probePath: string, code: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(process.cwd(), tsconfig), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const fileName = join(process.cwd(), probePath);
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === fileName ? code : readFile(name));
  host.fileExists = (name) => name === fileName || ts.sys.fileExists(name);
  host.getSourceFile = (name, language) => {
    if (name === fileName) return ts.createSourceFile(name, code, language);
    if (!parsedFiles.has(name)) parsedFiles.set(name, getSourceFile(name, language));
    return parsedFiles.get(name);
  };
  const program = ts.createProgram([fileName], parsed.options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

// A whole program is type-checked per probe: slow on a busy machine, hence the generous timeout.
describe('one tsconfig per side', { timeout: 60_000 }, () => {
  it('compiles pure code without the DOM or the worker globals', () => {
    expect(compileProbe('tsconfig.pure.json', 'src/model/probe.ts', 'export const title = document.title;\n')).toContainEqual(
      expect.stringMatching(/Cannot find name 'document'/),
    );
    expect(compileProbe('tsconfig.pure.json', 'src/protocol/probe.ts', 'export const sent = postMessage;\n')).toContainEqual(
      expect.stringMatching(/Cannot find name 'postMessage'/),
    );
    expect(compileProbe('tsconfig.pure.json', 'src/model/probe.ts', 'export const half = Math.round(0.5);\n')).toEqual([]);
  });

  it('compiles the worker without the DOM', () => {
    expect(compileProbe('tsconfig.worker.json', 'src/engine/probe.ts', 'export const title = document.title;\n')).toContainEqual(
      expect.stringMatching(/Cannot find name 'document'/),
    );
    expect(compileProbe('tsconfig.worker.json', 'src/engine/probe.ts', 'export const scope = self.location.href;\n')).toEqual([]);
  });

  it('compiles the page with the DOM', () => {
    expect(compileProbe('tsconfig.app.json', 'src/ui/probe.ts', 'export const title = document.title;\n')).toEqual([]);
  });
});
