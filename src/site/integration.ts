/**
 * The site's Astro integrations: one stops the build (and the dev server) when the catalog is unsound
 * or the pages disagree with it, printing every problem with its file, id and fix; the other writes the
 * hosting files (redirects and response headers) next to the built site.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog, overviewSections, subjects } from '../catalog/index.ts';
import { formatProblem, validate } from '../catalog/validate.ts';
import { readPages } from './content-files.ts';
import { checkPages } from './integrity.ts';
import { contentSecurityPolicy, firebaseHeaders, headerRules, inlineScriptHashes, MAX_HEADER_LINE, netlifyHeaders } from './headers.ts';
import { imageRedirects } from './images.ts';
import { firebaseConfig, netlifyRedirects, redirectTable, shortLinkTargets } from './redirects.ts';

/** Collects every catalog and page problem of the project at `root`. */
export function projectProblems(root: string): string[] {
  return [...validate(catalog).map(formatProblem), ...checkPages(catalog, readPages(root), subjects)];
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

/**
 * Writes the hosting files next to the built site: `_redirects` and `_headers` (Netlify, Cloudflare
 * Pages) and `firebase.json`, from the short-link table and the header table. The Content-Security-Policy
 * hashes the inline scripts of the finished pages, so it runs when every page is written.
 */
export function hostingFiles(): AstroIntegration {
  return {
    name: 'hosting-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const rows = [...redirectTable(shortLinkTargets(catalog, overviewSections, subjects)), ...imageRedirects()];
        const scriptHashes = inlineScriptHashes(htmlDocuments(fileURLToPath(dir)));
        const csp = contentSecurityPolicy(scriptHashes);
        if (`  Content-Security-Policy: ${csp}`.length > MAX_HEADER_LINE) {
          logger.warn(`The Content-Security-Policy is ${csp.length} characters long, over the ${MAX_HEADER_LINE} that Cloudflare Pages accepts on one _headers line: ${scriptHashes.length} distinct inline scripts need a hash each. Fix: move inline scripts into files (a plain <script> in a component), or make repeated ones identical.`);
        }
        const rules = headerRules(csp);
        writeFileSync(new URL('_redirects', dir), netlifyRedirects(rows));
        writeFileSync(new URL('_headers', dir), netlifyHeaders(rules));
        writeFileSync(new URL('firebase.json', dir), firebaseConfig(rows, firebaseHeaders(rules)));
        logger.info(`${rows.length} short links written to _redirects and firebase.json; ${scriptHashes.length} inline script hashes in the Content-Security-Policy of _headers and firebase.json`);
      },
    },
  };
}

/** The text of every HTML file under a directory. */
function* htmlDocuments(dir: string): Generator<string> {
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    if (file.endsWith('.html')) yield readFileSync(join(dir, file), 'utf8');
  }
}
