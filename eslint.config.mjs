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
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'no-restricted-imports': ['error', { patterns: folders('tests') }],
      '@typescript-eslint/no-explicit-any': 'off',
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
    files: ['panel/**/*.ts', 'hyperformula-plugin/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodeBuiltins, patterns: folders('tests', 'excel-addin', 'sheets-addon', 'bench', 'scripts') },
      ],
    },
  },
  {
    files: ['excel-addin/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodeBuiltins, patterns: folders('tests', 'sheets-addon', 'hyperformula-plugin', 'bench', 'scripts') },
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
          patterns: folders('tests', 'excel-addin', 'panel', 'hyperformula-plugin', 'bench', 'scripts'),
        },
      ],
    },
  },
  {
    files: ['sheets-addon/client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodeBuiltins, patterns: folders('tests', 'excel-addin', 'hyperformula-plugin', 'bench', 'scripts') },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
