/**
 * ESLint, flat config: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro
 * (not the type-checked sets, which would need a TypeScript program per run and make it slow).
 * `npm run lint` runs it with `prettier --check`; formatting is Prettier's job, not ESLint's.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'dist/',
    '.astro/',
    'public/diagrams/',
    'bench/tmp/',
    'test-results/',
    'playwright-report/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build scripts and tests run in Node; components' scripts run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // `const { a: _a, ...rest } = x` is how a field is left out of a copy.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  {
    // Tests build deliberately malformed input (a catalog with a field removed), which no type describes.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
]);
