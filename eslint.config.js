// @ts-check
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import checkFile from 'eslint-plugin-check-file';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const integrationsImport = {
  group: ['**/integrations', '**/integrations/**'],
  message: 'The generic wizard never names an app: integrations reach it only through the registry passed in by src/app.',
};
// The catalog's app names (first word of each, two where the first is an ordinary word), from each app folder's meta.ts, so the generic code cannot name an app in a string either.
const integrationsDir = new URL('./src/integrations/', import.meta.url);
const appWords = [
  ...new Set(
    readdirSync(integrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/meta.ts`, integrationsDir)))
      .map((entry) => /name: '([^']+)'/.exec(readFileSync(new URL(`${entry.name}/meta.ts`, integrationsDir), 'utf8'))?.[1] ?? '')
      // The first word names the app, unless it is an ordinary word ("Open WebUI", "Home Assistant").
      .map((name) => name.split(/[^A-Za-z0-9]+/))
      .filter((words) => words[0] !== '' && words[0] !== 'Another')
      .map((words) => (['Open', 'Home', 'Actual', 'Matrix', 'Node'].includes(words[0]) ? `${words[0]} ${words[1]}` : words[0])),
  ),
];
const appNamePattern = `/\\b(${appWords.join('|')})\\b/`;
// Layers, lowest first: a file may import its own layer and the layers below it, never above.
// Integrations (an app's folder) see only the definition format; the catalog gathers them for src/app.
const LAYERS = [
  ['lib', ['src/lib']],
  ['model', ['src/features/wizard/model']],
  ['definition', ['src/features/wizard/definition']],
  ['protocols', ['src/features/wizard/protocols']],
  ['engine', ['src/features/wizard/engine']],
  ['api', ['src/features/wizard/api']],
  ['export', ['src/features/wizard/export']],
  // The steps, the wizard's own components and other features (the step table, the catalog, the audit), shared UI.
  ['ui', ['src/features/*', 'src/components']],
  ['app', ['src/app']],
];
// Folder patterns matched from the project root, first match wins: an app's folder (or the prose the
// generic apps share, src/integrations/shared) before the catalog files directly in src/integrations.
const layerElements = [
  { type: 'integration', pattern: 'src/integrations/*', partialMatch: false },
  { type: 'catalog', pattern: 'src/integrations', partialMatch: false },
  ...LAYERS.map(([type, patterns]) => ({ type, pattern: patterns, partialMatch: false })),
];
const layerPolicies = [
  ...LAYERS.map(([type], index) => ({
    from: { element: { type } },
    allow: { to: { element: { types: { anyOf: LAYERS.slice(0, index + 1).map(([below]) => below) } } } },
  })),
  // Its own folder too (content.ts): reaching another app's folder is refused below (no-restricted-imports).
  { from: { element: { type: 'integration' } }, allow: { to: { element: { types: { anyOf: ['definition', 'integration'] } } } } },
  // The catalog line types (engine) and the lazy definitions; src/app reads the catalog.
  { from: { element: { type: 'catalog' } }, allow: { to: { element: { types: { anyOf: ['definition', 'engine', 'integration', 'catalog'] } } } } },
  { from: { element: { type: 'app' } }, allow: { to: { element: { types: { anyOf: ['catalog'] } } } } },
];
const noHtml = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML injection.' },
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No raw HTML injection.' },
];
const noAppNames = [
  { selector: `Literal[value=${appNamePattern}]`, message: 'The generic wizard never names an app: say it in the definition.' },
  { selector: `TemplateElement[value.raw=${appNamePattern}]`, message: 'The generic wizard never names an app: say it in the definition.' },
  { selector: `JSXText[value=${appNamePattern}]`, message: 'The generic wizard never names an app: say it in the definition.' },
];
const serverImport = {
  group: ['**/server', '**/server/**'],
  message: 'Browser code must not import Node-only code from src/server.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'server',
      '**/node_modules',
      'test-results',
      'playwright-report',
      'reports',
      '.stryker-tmp',
      'src/lib/authentik/schema.gen.ts',
      'packages/authentik-simulator/src/schema.gen.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/server/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // No raw HTML injection anywhere in the app.
      'no-restricted-syntax': ['error', ...noHtml],
    },
  },
  // Boundaries: the generic engine and shared code never import an integration, browser code never imports the server.
  {
    files: ['src/features/**', 'src/components/**', 'src/lib/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'src/lib/authentik/schema.gen.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [integrationsImport, serverImport] }],
      'no-restricted-syntax': ['error', ...noHtml, ...noAppNames],
    },
  },
  {
    files: ['src/app/**', 'src/main.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [serverImport] }] },
  },
  {
    files: ['src/integrations/*/**'],
    ignores: ['src/integrations/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            serverImport,
            {
              group: ['../*/**', '!../../**', '!../shared/**'],
              message: 'An integration never imports another integration (only the shared prose in src/integrations/shared).',
            },
            {
              group: ['**/app/**', '**/features/*/components/**'],
              message: 'Definitions are data: they import only the definition format (features/wizard/definition).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**', 'packages/*/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/**', '**/app/**', '**/components/**', '**/integrations/**'], message: 'Server code stays independent of the UI.' },
          ],
        },
      ],
    },
  },
  // Layers without cycles (ADR 0009): enforced here by direction; `.ci/no-cycles.mjs` (npm run lint) fails on any cycle.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/server/**',
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/*.support.ts',
      'src/**/test-fixtures.ts',
      'src/integrations/test-context.ts',
      'src/lib/authentik/schema.gen.ts',
    ],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'boundaries/elements': layerElements,
      'boundaries/include': ['src/**/*'],
      'boundaries/ignore': [
        'src/server/**',
        '**/*.test.ts',
        '**/*.test.tsx',
        '**/*.support.ts',
        'src/**/test-fixtures.ts',
        'src/integrations/test-context.ts',
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }],
    },
  },
  // Scripts and CLIs print their results.
  { files: ['.ci/**', 'packages/authentik-simulator/src/simulator/cli.ts'], rules: { 'no-console': 'off' } },
  // kebab-case files and folders everywhere we write code.
  {
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', 'packages/*/src/**/*.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,tsx}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE', 'e2e/**/': 'KEBAB_CASE', 'packages/*/src/**/': 'KEBAB_CASE' }],
    },
  },
);
