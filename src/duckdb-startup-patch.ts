import type { Plugin } from 'vite';

/**
 * DuckDB-WASM is built as an emscripten main module that could load extensions as side modules.
 * Its glue therefore, right after instantiation, gives every one of the module's ~75,000 exports
 * a global-offset-table entry (a `WebAssembly.Global`) and ~65,000 of them a slot in the function
 * table, in case a side module asks for one later. That is 0.3–0.4 s of a 1 s start on a repeat
 * visit, and the app never loads a side module (extensions stay off: nothing may leave this origin).
 *
 * The change below fills only the entries the module itself imported; an entry a side module asks
 * for later is still filled on demand by the glue's own `reportUndefinedSymbols`, which runs after
 * every side module is loaded. It is applied to DuckDB's worker scripts as the build emits them.
 */
const EAGER_ENTRIES = 'GOT[r]||(GOT[r]=new WebAssembly.Global({value:"i32",mutable:!0})),(t||GOT[r].value==0)&&';
const IMPORTED_ENTRIES_ONLY = 'GOT[r]&&(t||GOT[r].value==0)&&';

/** DuckDB's worker scripts as the build names them (the exception-handling build and its fallback). */
const DUCKDB_WORKER_SCRIPT = /(?:^|\/)duckdb-browser-(?:eh|mvp)\.worker[^/]*\.js$/;

/**
 * The worker script with the table filled lazily. A script already changed is returned as it is;
 * one without the statement (another DuckDB version) is an error, so that an upgrade cannot
 * silently bring back the slow start.
 */
export function withLazySymbolTable(script: string): string {
  if (!script.includes(EAGER_ENTRIES) && script.includes(IMPORTED_ENTRIES_ONLY)) return script;
  const first = script.indexOf(EAGER_ENTRIES);
  if (first < 0 || script.indexOf(EAGER_ENTRIES, first + 1) >= 0) {
    throw new Error('DuckDB worker script: the symbol-table statement was not found exactly once; see src/duckdb-startup-patch.ts');
  }
  return script.replace(EAGER_ENTRIES, IMPORTED_ENTRIES_ONLY);
}

export function isDuckDBWorkerScript(fileName: string): boolean {
  return DUCKDB_WORKER_SCRIPT.test(fileName);
}

/** The build step: DuckDB's worker scripts are emitted as assets (imported with `?url`), changed here. */
export function duckdbStartupPatch(): Plugin {
  return {
    name: 'duckdb-startup-patch',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !isDuckDBWorkerScript(file.fileName)) continue;
        const script = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        file.source = withLazySymbolTable(script);
      }
    },
  };
}
