// Lint: type-aware rules where promises and types can go wrong, and the import arrows of
// ../shared/DESIGN.md as rules: modules → providers (ports only) → core, modules → graphql → core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PROVIDERS = ['lingxing', 'top', 'crm', 'cloudpense'];
const MODULES = ['goals', 'touch-tasks', 'opportunities', 'accounting-rules', 'quotas'];
const GRAPHQL_PACKAGES = [
  { name: 'graphql', message: 'Only graphql/, modules/ and the root files speak GraphQL.' },
  { name: 'type-graphql', message: 'Only graphql/, modules/ and the root files speak GraphQL.' },
  { name: 'graphql-scalars', message: 'Only graphql/, modules/ and the root files speak GraphQL.' },
];
const WIRE = { group: ['**/providers/*/wire.js'], message: "A provider's wire format stays in its own folder: call its port." };

/** no-restricted-imports for the files under `folder`. */
const arrows = (files, patterns, paths = []) => ({ files, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/client/generated/**', '.scratch/**', 'test/output/**', 'examples/*/dist/**', 'examples/*/node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Decorated GraphQL classes and the typed client need these.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  // core knows no provider, no module, no GraphQL.
  arrows(
    ['src/core/**'],
    [{ group: ['**/providers/**', '**/modules/**', '**/graphql/**', '**/auth/**'], message: 'core/ knows no provider, module or GraphQL.' }],
    GRAPHQL_PACKAGES,
  ),
  // graphql/ (shared GraphQL pieces) knows no provider and no module.
  arrows(['src/graphql/**'], [{ group: ['**/providers/**', '**/modules/**'], message: 'graphql/ knows no provider or module.' }]),
  // A provider imports no module, no GraphQL, and no other provider.
  ...PROVIDERS.map((provider) =>
    arrows(
      [`src/providers/${provider}/**`],
      [
        { group: ['**/modules/**', '**/graphql/**'], message: 'A provider knows no module and no GraphQL: it speaks its port.' },
        { group: PROVIDERS.filter((other) => other !== provider).map((other) => `**/${other}/**`), message: 'No provider imports another.' },
      ],
      GRAPHQL_PACKAGES,
    ),
  ),
  // A module imports no other module, and of a provider only its port.
  ...MODULES.map((module) =>
    arrows(
      [`src/modules/${module}/**`],
      [
        { regex: `^(\\.\\./)+(modules/)?(${MODULES.filter((other) => other !== module).join('|')})/`, message: 'No module imports another.' },
        { regex: '/providers/[^/]+/(?!port\\.js$)', message: 'A module calls a provider through its port only (port.ts).' },
      ],
    ),
  ),
  // Outside providers/, nothing reads a provider's wire format.
  arrows(['src/*.ts', 'src/auth/**', 'src/cli/**'], [WIRE]),
  // The client is a package of its own, run in browsers: its folder and the typed-document types, nothing else.
  {
    files: ['src/client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!\\./|@graphql-typed-document-node/core$)', message: 'The client package imports only its own files (it ships alone, to browsers).' },
          ],
        },
      ],
    },
  },
  {
    // Provider field names (snake_case) belong to the provider's wire, not the domain.
    files: ['src/modules/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Property > Identifier.key[name=/^[a-z0-9]+_[a-z0-9_]+$/]',
          message: 'A snake_case field is a provider wire name: it stays in src/providers/.',
        },
        {
          selector: 'Property > Literal.key[value=/^[a-z0-9]+_[a-z0-9_]+$/]',
          message: 'A snake_case field is a provider wire name: it stays in src/providers/.',
        },
      ],
    },
  },
);
