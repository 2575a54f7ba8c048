// ESLint 9 flat config.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// eslint-plugin-office-addins 4.x ships flat configs, but they bundle Prettier, register their own copy of
// @typescript-eslint (8.8, clashing with ours) and only match *.{js,mjs,cjs,ts,cts,mts} (no .tsx).
// So: register the plugin's rules by hand and turn on the ones that fit.
const officeAddinsPlugin = { meta: officeAddins.meta, rules: officeAddins.rules };
const officeAddinsRules = {
  'office-addins/call-sync-after-load': 'error',
  'office-addins/call-sync-before-read': 'error',
  'office-addins/load-object-before-read': 'error',
  'office-addins/no-context-sync-in-loop': 'error',
  'office-addins/no-empty-load': 'error',
  'office-addins/no-navigational-load': 'error',
  'office-addins/no-office-initialize': 'error',
  'office-addins/test-for-null-using-isNullObject': 'error',
};

const officeGlobals = {
  Office: 'readonly',
  Excel: 'readonly',
  OfficeExtension: 'readonly',
  OfficeRuntime: 'readonly',
};

// src/core is the pure engine: no I/O libraries, no UI, no Office, no reaching into sibling layers.
// Messages are in English because they are for developers.
const CORE_BOUNDARY_MESSAGE =
  'src/core must stay pure: no ExcelJS/docx/React/Fluent/Office imports and no imports from src/xlsx, src/office, src/taskpane or src/cli.';
const coreForbiddenPatterns = [
  { regex: '^(exceljs|docx)(/.*)?$', message: CORE_BOUNDARY_MESSAGE },
  { regex: '^react(-dom)?(/.*)?$', message: CORE_BOUNDARY_MESSAGE },
  { regex: '^@fluentui/', message: CORE_BOUNDARY_MESSAGE },
  { regex: '^office-', message: CORE_BOUNDARY_MESSAGE },
  { regex: '^@microsoft/office-js(/.*)?$', message: CORE_BOUNDARY_MESSAGE },
  { regex: '^\\.{1,2}/(.*/)?(xlsx|office|taskpane|cli)(/|$)', message: CORE_BOUNDARY_MESSAGE },
];
// The same sources for require() and import(), which no-restricted-imports does not see.
// (esquery regexes cannot contain "/", hence \x2F.)
const coreForbiddenSource =
  '/^((exceljs|docx|react(-dom)?|@microsoft\\x2Foffice-js)(\\x2F.*)?$|@fluentui\\x2F|office-|\\.{1,2}\\x2F(.*\\x2F)?(xlsx|office|taskpane|cli)(\\x2F|$))/';

export default defineConfig([
  globalIgnores(['dist/', 'lib/', 'node_modules/', 'coverage/', 'out/', 'test/fixtures/out/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'scoresheet/all',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsconfig's noUnusedParameters also allows a leading underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Node: CLI, engine I/O, scripts, benchmarks, tests, bin, config files.
  {
    name: 'scoresheet/node',
    files: ['scripts/**', 'bench/**', 'test/**', 'bin/**', 'src/cli/**', 'src/xlsx/**', '*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'scoresheet/commonjs',
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    name: 'scoresheet/jest',
    files: ['test/**', '**/*.test.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.jest } },
  },

  // Browser + Office: the task pane and the Excel adapter.
  {
    name: 'scoresheet/office',
    files: ['src/taskpane/**/*.{ts,tsx,js}', 'src/office/**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...officeGlobals } },
    plugins: { 'office-addins': officeAddinsPlugin },
    rules: officeAddinsRules,
  },

  // Layer boundary of the engine.
  {
    name: 'scoresheet/core-boundary',
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: coreForbiddenPatterns }],
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression[source.value=${coreForbiddenSource}]`, message: CORE_BOUNDARY_MESSAGE },
        {
          selector: `CallExpression[callee.name='require'][arguments.0.value=${coreForbiddenSource}]`,
          message: CORE_BOUNDARY_MESSAGE,
        },
      ],
    },
  },
]);
