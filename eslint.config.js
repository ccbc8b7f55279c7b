import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Which modules each layer must not import: UI -> contract -> services -> domain and database, one way. */
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));
const DRIVER = 'better-sqlite3-multiple-ciphers';
const ELECTRON = ['electron', 'electron-store'];
/** File-format libraries: only services/spreadsheet reads and writes spreadsheets. */
const SPREADSHEET = ['papaparse', 'read-excel-file', 'write-excel-file'];

/**
 * `pure`: no Node built-ins at all. `except`: the only folder of src-main it may import. `layers`: folders of src-main
 * this layer must not reach, matched where a relative path climbs into them (a sibling file such as contract/reports.ts
 * is not the reports layer).
 */
const restrict = (files, { paths = [], layers = [], except, pure = false, ignores = [] }, message) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          // A package and any of its sub-paths ('electron/main', 'fs/promises'), with or without 'node:'.
          ...paths.map((name) => ({ regex: `^(node:)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/|$)`, message })),
          ...(pure ? [{ regex: '^node:', message }] : []),
          ...(layers.length ? [{ regex: `^(\\.\\./)+(${layers.join('|')})(/|$)`, message }] : []),
          ...(except ? [{ regex: `(^|/)src-main/(?!${except}(/|$))`, message }] : []),
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['out/', 'node_modules/', 'test-output/', 'bench-output/', 'resources/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Entry points and scripts print to the terminal by design; library code must not.
    files: ['src-main/**', 'src-renderer/**'],
    ignores: ['src-main/browser-main.ts'],
    rules: { 'no-console': ['error', { allow: ['error', 'warn'] }] },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  restrict(
    ['src-renderer/**'],
    { paths: [...NODE_BUILTINS, DRIVER, 'pdfkit', ...ELECTRON, ...SPREADSHEET], except: 'contract', pure: true },
    'The renderer reaches the main process only through the typed API (src-main/contract).',
  ),
  restrict(
    ['src-main/contract/**'],
    { paths: [...NODE_BUILTINS, DRIVER, 'pdfkit', ...ELECTRON, ...SPREADSHEET], layers: ['db', 'services', 'transport', 'shell', 'reports'], pure: true },
    'The contract runs anywhere (the renderer imports it): zod and domain types only.',
  ),
  restrict(
    ['src-main/domain/**'],
    { paths: [...NODE_BUILTINS, DRIVER, 'pdfkit', ...ELECTRON, ...SPREADSHEET], layers: ['db', 'services', 'transport', 'shell', 'reports'], pure: true },
    'Domain code is pure: no I/O, no database, no Electron.',
  ),
  restrict(
    ['src-main/db/**'],
    { paths: [...ELECTRON, 'pdfkit', ...SPREADSHEET], layers: ['services', 'transport', 'shell', 'reports'] },
    'The database layer sits below the services and knows nothing of Electron.',
  ),
  restrict(
    ['src-main/services/**'],
    { paths: [...ELECTRON, DRIVER, 'pdfkit', ...SPREADSHEET], layers: ['transport', 'shell'], ignores: ['src-main/services/spreadsheet/**'] },
    'Services run in plain Node: no Electron, SQL only through db/, spreadsheets only through services/spreadsheet, PDF only through reports/.',
  ),
  restrict(
    ['src-main/services/spreadsheet/**'],
    { paths: [...ELECTRON, DRIVER, 'pdfkit'], layers: ['transport', 'shell'] },
    'Services run in plain Node: no Electron, and SQL only through db/.',
  ),
  restrict(
    ['src-main/reports/**'],
    { paths: [...ELECTRON, DRIVER, ...SPREADSHEET], layers: ['db', 'services', 'transport', 'shell'] },
    'The PDF kit lays out a document it is given: no database, no services, no Electron.',
  ),
  restrict(
    ['src-main/transport/**', 'src-main/browser-main.ts', 'src-main/report-cli.ts'],
    { paths: [...ELECTRON, DRIVER, 'pdfkit', ...SPREADSHEET], layers: ['db', 'shell'] },
    'Transports carry the contract to the services; only shell/ touches Electron, only db/ the driver.',
  ),
  restrict(
    ['src-main/shell/**'],
    { paths: [DRIVER, 'pdfkit', ...SPREADSHEET], layers: ['db'] },
    'The shell wires transports and services; the database stays behind the services.',
  ),
);
