// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import regexp from 'eslint-plugin-regexp'
import { builtinModules } from 'node:module'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.d.ts', 'examples/playground/vendor/**', 'test/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // Every regular expression must run in linear time: reports are untrusted input.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
  {
    // The core entry runs in browsers, Deno and Bun as it is: no Node built-in. Only the
    // command-line tool (src/cli) may use them.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/html/**', 'src/markdown/**', 'src/schema/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: 'The core entry imports no Node built-in (only src/cli may).' })),
          patterns: [{ group: ['node:*'], message: 'The core entry imports no Node built-in (only src/cli may).' }],
        },
      ],
    },
  },
  {
    // A test may assert that something exists with `!`: the assertion after it fails if not.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', Buffer: 'readonly', globalThis: 'readonly', setTimeout: 'readonly' },
    },
  },
  {
    // Code for browsers: the playground and the README's browser snippets.
    files: ['examples/playground/**/*.js', 'examples/browser/**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        ['document', 'window', 'Blob', 'URL', 'TextDecoder', 'setTimeout', 'clearTimeout', 'performance', 'fetch', 'Option', 'console'].map((name) => [name, 'readonly']),
      ),
    },
  },
  // The README's snippets for Deno and Bun use their runtime's own API.
  { files: ['examples/deno.js'], languageOptions: { globals: { Deno: 'readonly' } } },
  { files: ['examples/bun.js'], languageOptions: { globals: { Bun: 'readonly' } } },
  {
    // CommonJS, to show that require() loads the package (Node ≥ 20.19).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
