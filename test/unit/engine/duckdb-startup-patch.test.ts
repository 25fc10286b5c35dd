import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isDuckDBWorkerScript, withLazySymbolTable } from '../../../src/duckdb-startup-patch';

const require = createRequire(import.meta.url);
const installedScript = (name: string) => readFileSync(require.resolve(`@duckdb/duckdb-wasm/dist/${name}`), 'utf8');
const EAGER_GLOBAL = 'GOT[r]=new WebAssembly.Global(';

describe('DuckDB start-up patch', () => {
  for (const name of ['duckdb-browser-eh.worker.js', 'duckdb-browser-mvp.worker.js']) {
    it(`fills only the imported symbol entries in the installed ${name}`, () => {
      const script = installedScript(name);
      const patched = withLazySymbolTable(script);
      // The statement that made an entry for every export is gone, and nothing else changed around it.
      expect(script).toContain(EAGER_GLOBAL);
      expect(patched.split(EAGER_GLOBAL).length).toBe(script.split(EAGER_GLOBAL).length - 1);
      expect(patched).toContain('GOT[r]&&(t||GOT[r].value==0)&&');
      const changedAt = [...script].findIndex((char, index) => char !== patched[index]);
      expect(script.slice(0, changedAt)).toBe(patched.slice(0, changedAt));
      expect(script.slice(-200)).toBe(patched.slice(-200));
      // The glue still fills entries on demand after loading a side module.
      expect(patched).toContain('reportUndefinedSymbols=()=>{for(var[e,t]of Object.entries(GOT))if(t.value==0)');
    });
  }

  it('leaves an already patched script as it is', () => {
    const once = withLazySymbolTable(installedScript('duckdb-browser-eh.worker.js'));
    expect(withLazySymbolTable(once)).toBe(once);
  });

  it('refuses a script it does not recognise, so that an upgrade cannot silently undo it', () => {
    expect(() => withLazySymbolTable('self.onmessage = () => {};')).toThrow(/symbol-table statement/);
  });

  it("recognises DuckDB's worker scripts among the build's files", () => {
    expect(isDuckDBWorkerScript('assets/duckdb-browser-eh.worker-hQa-dcAV.js')).toBe(true);
    expect(isDuckDBWorkerScript('assets/duckdb-browser-mvp.worker-C9hF7LGh.js')).toBe(true);
    expect(isDuckDBWorkerScript('assets/duckdb-eh-9ubY-jlA.wasm')).toBe(false);
    expect(isDuckDBWorkerScript('assets/worker-C-1sm_ho.js')).toBe(false);
  });
});
