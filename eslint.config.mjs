// Lint is where the architecture is enforced: project tags (project.json) and their allowed dependencies, the
// purity of the domain, and the determinism of workflow code. `npm run lint` runs it; so does .ci/run.
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

// Only the processes and the Nest modules (the API, the web interface) may import Nest.
const notNest = ['@nestjs/*'];

// Every library below the Nest modules.
const libraries = [
  'type:domain',
  'type:messages',
  'type:contracts',
  'type:application',
  'type:port',
  'type:kit',
  'type:adapter',
  'type:read-model',
  'type:wiring',
  'type:config',
];

// What the API's Nest modules may use; the web interface and the processes build on the same.
const nestDependencies = [...libraries, 'type:nest'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', '.tools/', '.nx/', 'coverage/'] },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // The domain is pure: no other project, no package, no Node built-in.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [], allowedExternalImports: [] },
            // The words people read: the domain's codes worded in Danish and English. No I/O, no framework.
            { sourceTag: 'type:messages', onlyDependOnLibsWithTags: ['type:domain'], allowedExternalImports: [] },
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: ['type:domain'],
              allowedExternalImports: ['@temporalio/workflow'],
            },
            // Workflow code must stay deterministic: the domain, the contracts and Temporal's workflow API only.
            {
              sourceTag: 'type:workflow',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'],
              allowedExternalImports: ['@temporalio/workflow'],
            },
            { sourceTag: 'type:config', onlyDependOnLibsWithTags: [], bannedExternalImports: notNest },
            // The application layer: commands over the event store's port, with the domain's deciders. No framework.
            {
              sourceTag: 'type:application',
              onlyDependOnLibsWithTags: ['type:domain', 'type:port'],
              bannedExternalImports: [...notNest, '@temporalio/*'],
            },
            // A port is the shape of a store, with its shared rules: it loads no driver and knows no adapter.
            { sourceTag: 'type:port', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: notNest },
            // A kit is plumbing for adapters (PostgreSQL pools, transactions): it knows no project.
            { sourceTag: 'type:kit', onlyDependOnLibsWithTags: [], bannedExternalImports: notNest },
            // An adapter implements a port. It never imports another adapter, Nest or an app.
            {
              sourceTag: 'type:adapter',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:messages', 'type:port', 'type:kit'],
              bannedExternalImports: notNest,
            },
            // Read models fold events from the port: projections and the audit tools.
            {
              sourceTag: 'type:read-model',
              onlyDependOnLibsWithTags: ['type:domain', 'type:messages', 'type:port', 'type:read-model'],
              bannedExternalImports: notNest,
            },
            // Wiring picks an adapter from the configuration: the one place that knows them all.
            {
              sourceTag: 'type:wiring',
              onlyDependOnLibsWithTags: ['type:port', 'type:adapter', 'type:kit'],
              bannedExternalImports: notNest,
            },
            // The HTTP API's Nest modules; never the web interface (tagged type:nest too, as it is Nest modules).
            {
              sourceTag: 'type:nest',
              onlyDependOnLibsWithTags: nestDependencies,
              notDependOnLibsWithTags: ['type:ui'],
            },
            // The web interface: what the API may use, and the API's Nest modules.
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: nestDependencies },
            // The processes compose everything.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: [...nestDependencies, 'type:ui', 'type:workflow'] },
            {
              sourceTag: 'type:tooling',
              onlyDependOnLibsWithTags: [...libraries, 'type:tooling'],
              bannedExternalImports: notNest,
            },
            { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
    },
  },
  {
    files: ['workflows/**/*.ts', 'libs/domain/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodeBuiltins.map((name) => ({ name, message: 'Workflow and domain code must not do I/O.' })) },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Use a workflow timer (sleep/condition) or pass time in.' },
        { name: 'setInterval', message: 'Use a workflow timer.' },
        { name: 'process', message: 'Workflow and domain code must not read the environment.' },
        { name: 'fetch', message: 'Do I/O in an activity.' },
      ],
    },
  },
  {
    // Each feature folder's index.ts is the API's public entry: nothing outside libs/api reaches past it.
    files: ['libs/web-ui/**/*.ts', 'apps/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@ledelsesrum/api/*/**'], message: 'Import the API as @ledelsesrum/api/<feature>.' }] },
      ],
    },
  },
  {
    // One rule for null: IsOptional lets null through; a DTO says Omittable or Nullable (libs/api/src/common/presence.ts).
    files: ['libs/**/*.ts', 'apps/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='class-validator'] ImportSpecifier[imported.name='IsOptional']",
          message: 'Use Omittable() or Nullable() from @ledelsesrum/api/common: one rule for null.',
        },
      ],
    },
  },
  {
    // Tests reach across projects on purpose (e.g. the worker's activities, infra's dev server).
    files: ['test/**/*.ts', '**/*.spec.ts', '**/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      parserOptions: { projectService: false },
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-floating-promises': 'off' },
  },
  prettier,
);
