/**
 * Counts the redirect rules each host gets from a build: the plain `_redirects` (Cloudflare Pages and
 * others) and `firebase.json` as the build wrote them into `dist/`, and the forced `_redirects` form
 * that a Netlify build (`DEPLOY_TARGET=netlify`) would write, planned from the same table with the same
 * functions the build uses, so the benchmark need not build the site a second time to count it.
 *
 * Run it inside the project whose catalog made the build (the synthetic copy has its own):
 *   node scripts/bench/host-rules.ts [dist]   prints the counts as JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lookup } from '../../src/catalog/lookup.ts';
import { basePath, withBase } from '../../src/site/base-path.ts';
import { imageRedirects } from '../../src/site/images.ts';
import { planRedirects, planWithBase, UNLIMITED } from '../../src/site/redirect-plan.ts';
import {
  fileRedirects,
  netlifyRedirects,
  redirectTable,
  shortLinkTargets,
} from '../../src/site/redirects.ts';

/** Rules per host. */
export interface HostRules {
  /** Rule lines of the plain `_redirects` in dist/ (Cloudflare Pages' form). */
  readonly cloudflare: number;
  /** Rule lines of the forced `_redirects` a Netlify build writes. */
  readonly netlify: number;
  /** Entries of `hosting.redirects` in dist/firebase.json. */
  readonly firebase: number;
}

/** The rule lines of a `_redirects` text: neither blank nor a comment. */
export function redirectLines(text: string): number {
  return text.split('\n').filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#')).length;
}

/** Counts the rules of each host for the build in `dist`. */
export function hostRules(dist: string): HostRules {
  const table = [
    ...redirectTable(shortLinkTargets(lookup)),
    ...imageRedirects(),
    ...fileRedirects(),
  ];
  const base = basePath();
  const netlify = netlifyRedirects(
    planWithBase(planRedirects(table, UNLIMITED), (p) => withBase(p, base)),
    { force: true },
  );
  const firebase = JSON.parse(readFileSync(join(dist, 'firebase.json'), 'utf8')) as {
    hosting: { redirects?: unknown[] };
  };
  return {
    cloudflare: redirectLines(readFileSync(join(dist, '_redirects'), 'utf8')),
    netlify: redirectLines(netlify),
    firebase: firebase.hosting.redirects?.length ?? 0,
  };
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? join(import.meta.dirname, '../../dist'));
  if (!existsSync(join(dist, '_redirects')))
    throw new Error(`${dist} has no _redirects. Fix: run \`npm run build\` first.`);
  console.log(JSON.stringify(hostRules(dist)));
}
