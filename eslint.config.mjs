// ESLint holds the architecture the imports draw: data at the ground, core above it, the panel and
// the HyperFormula plugin above the core, the hosts on top; nothing imports tests/. Core purity (no
// DOM, Node or host API) is also held by core/tsconfig.json, which has no DOM and no Node types.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'url',
  'util',
  'child_process',
  'crypto',
  'vm',
  'http',
  'https',
  'net',
  'zlib',
  'stream',
  'events',
  'worker_threads',
  'perf_hooks',
];
const nodeBuiltins = NODE_BUILTINS.flatMap((name) => [name, `node:${name}`]);

/** `no-restricted-imports` patterns that forbid reaching into the named folders from anywhere. */
const folders = (...names) =>
  names.map((name) => ({ group: [`**/${name}`, `**/${name}/**`], message: `this layer may not import ${name}/` }));

/**
 * The core's surface: the layers above it import the core only through its public entry, so what
 * they may use is what core/index.ts exports, and data/ only through the core. `entries` names the
 * other core modules a layer may import (without `.ts`).
 */
const coreSurface = (...entries) => [
  {
    regex: `^(\\.\\./)+core/(?!(${['index', ...entries].join('|')})$)`,
    message: `import the core through core/index.ts${entries.length ? ` (or ${entries.join(', ')})` : ''}, not its internals`,
  },
  { regex: '^(\\.\\./)+data(/|$)', message: 'data/ reaches this layer only through the core (core/index.ts)' },
];

const HOST_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'process',
  'require',
  'Buffer',
  'Office',
  'Excel',
  'CustomFunctions',
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'Utilities',
  'google',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'examples/*.xlsx', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-restricted-imports': ['error', { patterns: folders('tests') }],
      // `const { key: _dropped, ...rest } = value` is how a copy leaves a key out
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-debugger': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: folders('tests', 'core', 'panel', 'excel-addin', 'sheets-addon', 'hyperformula-plugin'),
        },
      ],
      'no-restricted-globals': ['error', ...HOST_GLOBALS],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: folders('tests', 'panel', 'excel-addin', 'sheets-addon', 'hyperformula-plugin', 'bench', 'scripts'),
        },
      ],
      'no-restricted-globals': ['error', ...HOST_GLOBALS],
    },
  },
  {
    files: ['panel/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [
            ...folders('tests', 'excel-addin', 'sheets-addon', 'bench', 'scripts'),
            // The panel alone reads typed-in offers with the zod schema: its own entry keeps zod out of
            // core/index.ts and so out of the custom-function bundles (tests/bundles/zod-mini.test.ts).
            ...coreSurface('offer/schema'),
          ],
        },
      ],
    },
  },
  {
    files: ['hyperformula-plugin/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [...folders('tests', 'excel-addin', 'sheets-addon', 'bench', 'scripts'), ...coreSurface()],
        },
      ],
    },
  },
  {
    files: ['excel-addin/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [...folders('tests', 'sheets-addon', 'hyperformula-plugin', 'bench', 'scripts'), ...coreSurface()],
        },
      ],
    },
  },
  {
    files: ['sheets-addon/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [
            ...folders('tests', 'excel-addin', 'panel', 'hyperformula-plugin', 'bench', 'scripts'),
            ...coreSurface(),
          ],
        },
      ],
    },
  },
  {
    files: ['sheets-addon/client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [...folders('tests', 'excel-addin', 'hyperformula-plugin', 'bench', 'scripts'), ...coreSurface()],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
