import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * The layers' boundaries, as import rules: model/ and protocol/ are pure and import nothing above
 * them; charts/ draws from model/ and protocol/ only; the engine (the worker side) never reaches the
 * page; the page reaches the engine only through engine/client and protocol/.
 */
const LIBRARIES_OF_THE_PAGE = ['react', 'react-dom', 'react-dom/*', '@observablehq/plot', 'd3-hierarchy'];
const LIBRARIES_OF_THE_ENGINE = ['@duckdb/*', 'apache-arrow', 'comlink', 'hyparquet', 'hyparquet-compressors'];

const ABOVE_THE_MODEL = ['**/engine/**', '**/ui/**', '**/charts/**', '**/App'];

/** One layer's rule; each file is in exactly one layer, since a later rule for a file replaces an earlier one. */
function layer(files, message, patterns) {
  return {
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { ...reactHooks.configs.recommended.rules, 'import-x/no-cycle': 'error' },
  },
  layer(['src/model/**'], 'model/ is pure and at the bottom: it imports only model/.', [
    '**/protocol/**',
    ...ABOVE_THE_MODEL,
    ...LIBRARIES_OF_THE_PAGE,
    ...LIBRARIES_OF_THE_ENGINE,
  ]),
  layer(['src/protocol/**'], 'protocol/ is pure: it imports only model/ and protocol/.', [
    ...ABOVE_THE_MODEL,
    ...LIBRARIES_OF_THE_PAGE,
    ...LIBRARIES_OF_THE_ENGINE,
  ]),
  layer(['src/charts/**'], 'charts/ is pure drawing: rows from model/ and protocol/ in, Plot options out.', [
    '**/engine/**',
    '**/ui/**',
    '**/App',
    'react',
    'react-dom',
    ...LIBRARIES_OF_THE_ENGINE,
  ]),
  {
    ...layer(['src/engine/**'], 'The engine runs in the worker: it never imports the page (ui/, charts/, React).', [
      '**/ui/**',
      '**/charts/**',
      '**/App',
      ...LIBRARIES_OF_THE_PAGE,
    ]),
    ignores: ['src/engine/client.ts'],
  },
  layer(['src/engine/client.ts'], 'The client is the page side of the worker boundary: comlink and protocol/ only.', [
    './*',
    './*/**',
    '../ui/**',
    '../charts/**',
    '../model/**',
    '@duckdb/*',
  ]),
  layer(['src/ui/**', 'src/App.tsx', 'src/main.tsx'], 'The page reaches the engine only through engine/client and protocol/.', [
    '**/engine/*',
    '!**/engine/client',
    '**/engine/*/**',
    ...LIBRARIES_OF_THE_ENGINE,
  ]),
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
