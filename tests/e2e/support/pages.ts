/**
 * The pages the end-to-end gates visit, read from the build in dist/ when the tests are collected, so
 * the gates cover whatever the build contains: every page the sitemap lists, and samples of the
 * forwarding pages (short links, the original site's long pages) that it leaves out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isForwardingPath } from '../../../src/site/sitemap.ts';

const dist = resolve(import.meta.dirname, '../../../dist');

function readDist(file: string): string {
  const path = join(dist, file);
  if (!existsSync(path))
    throw new Error(
      `dist/${file} is missing. Fix: run \`npm run build\` before the end-to-end tests.`,
    );
  return readFileSync(path, 'utf8');
}

/** The site paths of every page in the built sitemap, in sitemap order. */
export function sitemapPaths(): string[] {
  const sitemaps = [...readDist('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    new URL(m[1]!).pathname.slice(1),
  );
  const paths = sitemaps.flatMap((file) =>
    [...readDist(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  if (paths.length === 0)
    throw new Error(
      'dist/sitemap-index.xml lists no pages. Fix: check the sitemap filter in src/site/sitemap.ts.',
    );
  return paths;
}

/**
 * The sitemap pages the page-wide gates visit: all of them, or with `E2E_PAGE_SAMPLE=n` (the benchmark
 * times the gates on the tenfold catalog this way) `n` pages spread evenly over the sitemap, the first
 * and the last included.
 */
export function gatedPaths(sample = process.env['E2E_PAGE_SAMPLE']): string[] {
  const all = sitemapPaths();
  if (sample === undefined || sample === '') return all;
  const n = Number(sample);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(
      `E2E_PAGE_SAMPLE=${sample} is not a page count. Fix: give a whole number of pages, 1 or more, or unset it.`,
    );
  return spread(all, n);
}

/** `n` items of a list at even steps, the first and the last included; the whole list when it is no longer. */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  if (n === 1) return [items[0]!];
  return Array.from(
    { length: n },
    (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]!,
  );
}

/** The site paths of every HTML page in the build, sorted. */
export function builtPaths(): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('index.html'))
    .map((f) =>
      `/${relative(dist, join(dist, f)).split('\\').join('/')}`.slice(0, -'index.html'.length),
    )
    .sort();
}

/** The first built page under each forwarding prefix (`/goto/`, `/go/`, `/docs/`): one per template. */
export function forwardingSamples(): string[] {
  const byPrefix = new Map<string, string>();
  for (const path of builtPaths().filter(isForwardingPath)) {
    const prefix = path.split('/')[1]!;
    if (!byPrefix.has(prefix)) byPrefix.set(prefix, path);
  }
  return [...byPrefix.values()];
}

/** A path that no page answers, to reach the 404 page. */
export const MISSING_PATH = '/no-such-page/';

/** The size in bytes of a page's HTML in the build (`/404/`, the missing path, reads 404.html): axe's work on a page grows with it. */
export function pageBytes(path: string): number {
  const file = path === MISSING_PATH ? '404.html' : join(path.slice(1), 'index.html');
  return existsSync(join(dist, file)) ? readFileSync(join(dist, file)).length : 0;
}
