import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'docs-site/**', 'coverage/**', 'node_modules/**', 'reports/**', '.stryker-tmp*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ExportDefaultDeclaration", message: 'No default exports: use named exports.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Rules are pure: the caller passes "as of" dates.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Rules are pure: no current-time Date.' },
        { selector: "CallExpression[callee.name='parseFloat']", message: 'Money is exact: no parseFloat.' },
        { selector: "CallExpression[callee.property.name='toFixed']", message: 'Money is exact: no toFixed.' },
        { selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z'][importKind!='type']", message: "Import zod as a namespace (import * as z from 'zod'): the named `z` export keeps every zod locale in bundles (scripts/size-budget.mjs)." }
      ],
      'no-restricted-imports': ['error', { patterns: [{ group: ['../index', '../../index', '../../../index'], message: 'Nothing inside src/ imports the public index.' }] }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Short functions (docs/conventions.md, issue 14): split a longer one along its concepts.
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'examples/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off'
    },
  },
);
