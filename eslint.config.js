import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// A test process runs several files one after the other (scripts/run-tests/test-process.ts): a hook
// outside every describe would belong to the whole process and run for the other files' tests too.
const HOOK_INSIDE_DESCRIBE = {
  selector: 'Program > ExpressionStatement > CallExpression[callee.name=/^(before|after|beforeEach|afterEach)$/]',
  message: 'Put the hook inside a describe(): the test process runs other files after this one.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'bench/results.json', '**/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      curly: ['error', 'multi-line'],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  // Module boundaries: another module is reached only through its index.ts (docs/conventions.md); inside a
  // module, its folders import each other freely. One block per folder depth, because the relative
  // path that leaves the module (`../`, `../../`, ...) depends on how deep the importing file sits.
  ...[1, 2, 3, 4].flatMap((depth) => {
    const boundary = { regex: `^(\\.\\./){${depth}}[^./][^/]*/.+`, message: 'Import another module only through its index.ts.' };
    const folder = `src/modules/*/${'*/'.repeat(depth - 1)}`;
    return [
      { files: [`${folder}*.{ts,tsx}`], rules: { 'no-restricted-imports': ['error', { patterns: [boundary] }] } },
      // Routes stay thin (parse → one use case → render): queries, transactions and audit entries
      // belong in use cases and repositories. One rule with the boundary, as the later block wins.
      {
        files: [`${folder}*routes.{ts,tsx}`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                boundary,
                { regex: '^drizzle-orm(/|$)', message: 'Routes run no queries: call a use case (queries live in repository.ts).' },
                { regex: '(^|/)kernel/audit$', message: 'Routes write no audit entries: the use case audits inside its transaction.' },
              ],
            },
          ],
        },
      },
    ];
  }),
  {
    files: ['src/*.ts', 'src/cli/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)modules/[^/]+/.+', message: 'Import a module only through its index.ts.' }] }],
    },
  },
  // Tests outside the modules use what the app uses: a module's index.ts, or its test-only testing.ts.
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)src/modules/[^/]+/(?!(index|testing)$).+', message: 'Import a module through its index.ts (or its testing.ts for test helpers).' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/kernel/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)modules/', message: 'The kernel knows no module.' }] }],
    },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', setTimeout: 'readonly', navigator: 'readonly' },
    },
  },
  {
    files: ['bench/**', 'scripts/**', 'src/cli.ts', 'src/cli/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', HOOK_INSIDE_DESCRIBE] },
  },
  // Every page a browser test loads must be scanned by axe; the suite sees the loads only of contexts it opened.
  {
    files: ['tests/browser/**/*.browser.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        HOOK_INSIDE_DESCRIBE,
        {
          selector: "MemberExpression[property.name=/^(newContext|newPage)$/][object.property.name='browser']",
          message: 'Open pages with env.newPage() or env.newContext() from tests/browser/support: the suite then checks that axe scanned every page they load.',
        },
      ],
    },
  },
);
