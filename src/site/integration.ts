/**
 * An Astro integration that stops the build (and the dev server) when the catalog is unsound or the
 * pages disagree with it, printing every problem with its file, id and fix.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalog, overviewSections } from '../catalog/index.ts';
import { formatProblem, validate } from '../catalog/validate.ts';
import { readPages } from './content-files.ts';
import { checkPages } from './integrity.ts';
import { firebaseConfig, netlifyRedirects, redirectTable, shortLinkTargets } from './redirects.ts';

/** Collects every catalog and page problem of the project at `root`. */
export function projectProblems(root: string): string[] {
  return [...validate(catalog).map(formatProblem), ...checkPages(catalog, readPages(root))];
}

/** The integration; add it to `integrations` in astro.config.mjs. */
export function catalogIntegrity(): AstroIntegration {
  return {
    name: 'catalog-integrity',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const problems = projectProblems(fileURLToPath(config.root));
        if (problems.length > 0) {
          throw new Error(`The catalog and the pages disagree (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
        }
        logger.info('catalog and pages agree');
      },
    },
  };
}

/** Writes `_redirects` (Netlify, Cloudflare Pages) and `firebase.json` next to the built site, from the short-link table. */
export function redirectFiles(): AstroIntegration {
  return {
    name: 'redirect-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const rows = redirectTable(shortLinkTargets(catalog, overviewSections));
        writeFileSync(new URL('_redirects', dir), netlifyRedirects(rows));
        writeFileSync(new URL('firebase.json', dir), firebaseConfig(rows));
        logger.info(`${rows.length} short links written to _redirects and firebase.json`);
      },
    },
  };
}
