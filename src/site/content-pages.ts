/**
 * The content pages of a finished build, read in the site's reading order. The Markdown files and the
 * PDF both start here, so they list the same pages: every page of the sitemap.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookup } from '../catalog/lookup.ts';
import { pageContent, type PageContent } from '../exports/page-content.ts';
import { pageSections } from './page-order.ts';
import { buildSidebar } from './sidebar.ts';
import { isForwardingPath } from './sitemap.ts';

/** The site path of every content page in a build: each `index.html` but the forwarding pages and the 404 page. */
export function contentPagePaths(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .filter((p) => !isForwardingPath(p) && !p.startsWith('/pagefind/'))
    .sort();
}

/** Every content page of a build, read and reduced, in the reading order of the site. */
export function readSections(dist: string): { title: string; pages: PageContent[] }[] {
  return pageSections(contentPagePaths(dist), buildSidebar(lookup)).map((s) => ({
    title: s.title,
    pages: s.paths.map((p) => pageContent(p, readFileSync(join(dist, p, 'index.html'), 'utf8'))),
  }));
}
