/**
 * What each static host needs besides the pages, and the limits it documents. The build writes one
 * set of files that Netlify, Cloudflare Pages, Firebase Hosting and GitHub Pages each read:
 *
 * - `_redirects` and `_headers`: Netlify and Cloudflare Pages read both, but disagree on one point.
 *   Netlify serves an existing file instead of an unforced rule, and every short link exists as a
 *   forwarding page, so Netlify needs forced rules (`301!`); Cloudflare Pages always applies a rule
 *   before its assets and rejects `301!` as an invalid status. The build writes the forced form when
 *   it runs on Netlify (Netlify sets `NETLIFY=true`) or with `DEPLOY_TARGET=netlify`, the plain form
 *   otherwise. The Netlify form lists each short link with and without its trailing slash; the plain
 *   form only with it, because Cloudflare Pages first redirects `/goto/x` to `/goto/x/` (the folder
 *   exists), and one line per short link keeps within Cloudflare's limit.
 * - `firebase.json`, written into `dist/` with `"public": "."`: Firebase reads `public` relative to the
 *   file, so `cd dist && firebase deploy --only hosting` deploys exactly the build.
 * - `.nojekyll`: GitHub Pages, deploying a branch, otherwise runs Jekyll, which drops folders
 *   starting with `_` (Astro's `_astro/`).
 * - `404.html` at the root: every one of these hosts answers a missing path with it, status 404.
 * - `robots.txt` naming the sitemap.
 */
import { planWarning, type RedirectPlan } from './redirect-plan.ts';

/**
 * Cloudflare Pages' documented limits (developers.cloudflare.com/pages/configuration/redirects/ and
 * /headers/, read 2026-12-01): 2,000 static and 100 dynamic redirects, 1,000 characters per redirect
 * line; 100 header rules, 2,000 characters per header line.
 */
export const CLOUDFLARE_LIMITS = {
  staticRedirects: 2000,
  dynamicRedirects: 100,
  redirectLineLength: 1000,
  headerRules: 100,
  headerLineLength: 2000,
} as const;

/** Which `_redirects` form to write. */
export type RedirectsDialect = 'netlify' | 'cloudflare';

/**
 * The `_redirects` form for this build: `DEPLOY_TARGET=netlify|cloudflare` when given, Netlify when
 * the build runs on Netlify, otherwise the plain form that both hosts accept.
 */
export function redirectsDialect(
  env: Readonly<Record<string, string | undefined>> = process.env,
): RedirectsDialect {
  const target = env['DEPLOY_TARGET']?.trim().toLowerCase();
  if (target) {
    if (target === 'netlify' || target === 'cloudflare') return target;
    if (['firebase', 'github', 'static'].includes(target)) return 'cloudflare';
    throw new Error(
      `DEPLOY_TARGET=${env['DEPLOY_TARGET']} is not a host this build knows. Fix: use netlify, cloudflare, firebase, github or static, or unset it.`,
    );
  }
  return env['NETLIFY'] === 'true' ? 'netlify' : 'cloudflare';
}

/** The `_redirects` limits of Cloudflare Pages, for src/site/redirect-plan.ts. */
export const CLOUDFLARE_REDIRECT_LIMITS = {
  staticRules: CLOUDFLARE_LIMITS.staticRedirects,
  dynamicRules: CLOUDFLARE_LIMITS.dynamicRedirects,
} as const;

/**
 * True when this build is meant for Cloudflare Pages: `DEPLOY_TARGET=cloudflare`, or a build on
 * Cloudflare Pages itself, which sets `CF_PAGES=1`. Only then may its limits fail the build; any
 * other build warns and writes what fits.
 */
export function targetsCloudflare(
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  return env['DEPLOY_TARGET']?.trim().toLowerCase() === 'cloudflare' || env['CF_PAGES'] === '1';
}

/** A `_redirects` source with a splat or placeholder, which Cloudflare Pages counts as dynamic. */
const DYNAMIC_SOURCE = /\*|\/:[A-Za-z]/;

/**
 * Where the emitted `_redirects` and `_headers` exceed Cloudflare Pages' limits, as messages that say
 * what, by how much, and how to fix it. Empty when both files fit.
 */
export function cloudflareProblems(redirects: string, headers: string): string[] {
  const problems: string[] = [];
  const rules = redirects
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  // Cloudflare Pages counts every rule at or after the first dynamic one as dynamic.
  const firstDynamic = rules.findIndex((l) => DYNAMIC_SOURCE.test(l.split(/\s+/)[0] ?? ''));
  const dynamic = firstDynamic < 0 ? [] : rules.slice(firstDynamic);
  const statics = rules.length - dynamic.length;
  const L = CLOUDFLARE_LIMITS;
  if (statics > L.staticRedirects) {
    problems.push(
      `_redirects holds ${statics} static redirects; Cloudflare Pages applies at most ${L.staticRedirects}. Fix: fewer short-link slugs or aliases in src/catalog, or serve Cloudflare with the forwarding pages alone (drop _redirects for that host).`,
    );
  }
  if (dynamic.length > L.dynamicRedirects)
    problems.push(
      `_redirects holds ${dynamic.length} dynamic redirects; Cloudflare Pages applies at most ${L.dynamicRedirects}. Fix: replace splat or placeholder rules by static ones, and write every static rule before the first splat.`,
    );
  for (const line of rules) {
    if (line.length > L.redirectLineLength)
      problems.push(
        `_redirects: the rule for ${line.split(/\s+/)[0]} is ${line.length} characters long; Cloudflare Pages ignores lines over ${L.redirectLineLength}. Fix: shorten the slug or target.`,
      );
  }
  const headerLines = headers.split('\n');
  const headerRules = headerLines.filter(
    (l) => l.trim() !== '' && !l.trimStart().startsWith('#') && !/^\s/.test(l),
  );
  if (headerRules.length > L.headerRules)
    problems.push(
      `_headers holds ${headerRules.length} rules; Cloudflare Pages applies at most ${L.headerRules}. Fix: merge rules in src/site/headers.ts.`,
    );
  for (const line of headerLines) {
    if (line.length > L.headerLineLength) {
      problems.push(
        `_headers: the line \`${line.trim().slice(0, 40)}…\` is ${line.length} characters long; Cloudflare Pages accepts at most ${L.headerLineLength}. Fix: for the Content-Security-Policy, move inline scripts into files or make repeated ones identical, so fewer hashes are needed.`,
      );
    }
  }
  return problems;
}

/** `robots.txt`: everything may be crawled; the sitemap is named with its absolute address (under the base path, if any). */
export function robotsTxt(site: string): string {
  return `# Generated by src/site/hosts.ts at the end of the build; do not edit.\nUser-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site.endsWith('/') ? site : `${site}/`).href}\n`;
}

/**
 * What the emitted `_redirects` and `_headers` mean for Cloudflare Pages, split into what stops this
 * build and what it only warns about. A build that targets Cloudflare Pages (`strict`) fails on any
 * limit passed and on file addresses left out, since those would stop answering there; short links
 * left out only warn, because their forwarding pages answer them. Any other build only warns.
 */
export function cloudflareVerdict(
  plan: RedirectPlan,
  redirects: string,
  headers: string,
  strict: boolean,
): { errors: string[]; warnings: string[] } {
  const problems = cloudflareProblems(redirects, headers);
  const loss = planWarning('Cloudflare Pages', plan, CLOUDFLARE_REDIRECT_LIMITS);
  if (!strict) return { errors: [], warnings: [...problems, ...(loss ? [loss] : [])] };
  const fatalLoss = plan.omittedFiles.length > 0 && loss !== undefined;
  return {
    errors: [...problems, ...(fatalLoss ? [loss] : [])],
    warnings: !fatalLoss && loss ? [loss] : [],
  };
}
