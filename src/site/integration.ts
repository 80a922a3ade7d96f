/**
 * The site's Astro integrations: one stops the build (and the dev server) when the catalog is unsound
 * or the pages disagree with it, printing every problem with its file, id and fix; the other writes the
 * hosting files (redirects and response headers) next to the built site.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog } from '../catalog/index.ts';
import { lookup } from '../catalog/lookup.ts';
import { formatProblem, validate } from '../catalog/validate.ts';
import { readPages } from './content-files.ts';
import { checkPages } from './integrity.ts';
import { catalogLinks, contentLinks, outsideLinkProblems } from './outside-links.ts';
import { proseProblems } from './prose-check.ts';
import { timeline } from '../catalog/timeline.ts';
import { timelineProblems } from '../catalog/timeline-check.ts';
import { contentRetypedDates } from './dated-facts.ts';
import { BUILD_DATE } from './build-info.ts';
import {
  contentSecurityPolicy,
  firebaseHeaders,
  headerRules,
  inlineScriptHashes,
  netlifyHeaders,
} from './headers.ts';
import { basePath, siteWithBase, withBase } from './base-path.ts';
import {
  CLOUDFLARE_REDIRECT_LIMITS,
  cloudflareVerdict,
  redirectsDialect,
  robotsTxt,
  targetsCloudflare,
} from './hosts.ts';
import { planRedirects, planWithBase, UNLIMITED } from './redirect-plan.ts';
import { imageRedirects } from './images.ts';
import {
  fileRedirects,
  firebaseConfig,
  netlifyRedirects,
  redirectTable,
  shortLinkTargets,
} from './redirects.ts';

/**
 * Collects every catalog and page problem of the project at `root`: the catalog's own soundness, pages
 * against entries, the register of dated facts against the build date (and pages that type its dates
 * by hand), outside links against the link
 * rules, and prose against the relations the catalog holds.
 */
export function projectProblems(root: string, buildDate: string = BUILD_DATE): string[] {
  return [
    ...validate(catalog).map(formatProblem),
    ...checkPages(catalog, readPages(root)),
    ...timelineProblems(timeline, buildDate),
    ...contentRetypedDates(root),
    ...outsideLinkProblems([...catalogLinks(), ...contentLinks(root)]),
    ...proseProblems(root),
  ];
}

/** The integration; add it to `integrations` in astro.config.mjs. */
export function catalogIntegrity(): AstroIntegration {
  return {
    name: 'catalog-integrity',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const problems = projectProblems(fileURLToPath(config.root));
        if (problems.length > 0) {
          throw new Error(
            `The catalog and the pages disagree (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`,
          );
        }
        logger.info('catalog and pages agree');
      },
    },
  };
}

/**
 * Writes the hosting files next to the built site (src/site/hosts.ts says which host reads which):
 * `_redirects` and `_headers` (Netlify, Cloudflare Pages), `firebase.json` (Firebase Hosting),
 * `.nojekyll` (GitHub Pages) and `robots.txt`, from the short-link table and the header table. The
 * Content-Security-Policy hashes the inline scripts of the finished pages, so it runs when every page
 * is written. When a host's limit would be passed, writes what fits and warns; fails only when the
 * build targets that host and an address would stop answering, or when `404.html` is missing.
 */
export function hostingFiles(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'hosting-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!site)
          throw new Error(
            "The hosting files need the site's public address for robots.txt. Fix: set `site` in astro.config.mjs (or the SITE_URL environment variable).",
          );
        if (!existsSync(new URL('404.html', dir)))
          throw new Error(
            "The build has no 404.html at its root, which Netlify, Cloudflare Pages, Firebase and GitHub Pages all serve for a missing path. Fix: keep Starlight's 404 route (do not set `disable404Route`).",
          );
        const dialect = redirectsDialect();
        const base = basePath();
        const table = [
          ...redirectTable(shortLinkTargets(lookup)),
          ...imageRedirects(),
          ...fileRedirects(),
        ];
        const rebase = (path: string) => withBase(path, base);
        const scriptHashes = inlineScriptHashes(htmlDocuments(fileURLToPath(dir)));
        const rules = headerRules(contentSecurityPolicy(scriptHashes)).map((r) => ({
          ...r,
          prefix: withBase(r.prefix, base),
        }));
        const headers = netlifyHeaders(rules);
        // Netlify and Firebase document no limit on redirect rules; the plain form may reach Cloudflare Pages.
        const limits = dialect === 'netlify' ? UNLIMITED : CLOUDFLARE_REDIRECT_LIMITS;
        const plan = planWithBase(planRedirects(table, limits), rebase);
        const redirects = netlifyRedirects(plan, { force: dialect === 'netlify' });
        if (dialect !== 'netlify') {
          const { errors, warnings } = cloudflareVerdict(
            plan,
            redirects,
            headers,
            targetsCloudflare(),
          );
          if (errors.length > 0)
            throw new Error(
              `The hosting files do not fit Cloudflare Pages, which this build targets (DEPLOY_TARGET=cloudflare or CF_PAGES=1):\n- ${errors.join('\n- ')}`,
            );
          for (const w of warnings) logger.warn(w);
        }
        writeFileSync(new URL('_redirects', dir), redirects);
        writeFileSync(new URL('_headers', dir), headers);
        writeFileSync(
          new URL('firebase.json', dir),
          firebaseConfig(planWithBase(planRedirects(table), rebase), firebaseHeaders(rules)),
        );
        writeFileSync(new URL('.nojekyll', dir), '');
        writeFileSync(new URL('robots.txt', dir), robotsTxt(siteWithBase(site, base)));
        logger.info(
          `${plan.rules.length} exact and ${plan.aliases.length} prefix rules written to _redirects (${dialect === 'netlify' ? 'forced, for Netlify' : 'plain, for Cloudflare Pages and others'}) and firebase.json; ${scriptHashes.length} inline script hashes in the Content-Security-Policy; .nojekyll and robots.txt written`,
        );
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
