/**
 * Prettier, close to Starlight's and the Astro docs' style: print width 100, single quotes, and
 * `prettier-plugin-astro` for `.astro` files. Two spaces rather than Starlight's tabs, as the code has
 * always been written. `npm run format` rewrites; `npm run lint` checks.
 */
export default {
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
