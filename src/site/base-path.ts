/**
 * Sub-path hosting: `BASE_PATH=/repo/ npm run build` gives a site that works when served under
 * `https://org.github.io/repo/`. Astro and Starlight put the prefix on the links they make (assets,
 * sidebar, search); the pages, components and diagrams of this project write root-absolute paths
 * (`/controls/ratelimit/`), so at the end of the build `subPathLinks()` prefixes those in every HTML
 * and SVG file. Data files, feeds and host files take the prefix from `withBase()` when they are
 * rendered. Without BASE_PATH nothing changes.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The base path from `BASE_PATH`, as `/a/b/` (a lone `/` for the domain root); throws on a malformed one. */
export function basePath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const raw = (env['BASE_PATH'] ?? '').trim();
  if (raw === '' || raw === '/') return '/';
  const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`;
  if (!/^(\/[A-Za-z0-9._~-]+)+\/$/.test(base)) {
    throw new Error(
      `BASE_PATH=${raw} is not a path. Fix: give the folder the site is served under, e.g. BASE_PATH=/repo/, or unset it for the domain root.`,
    );
  }
  return base;
}

/**
 * The base path a finished build's address carries: `https://org.github.io/repo/` → `/repo/`. Scripts
 * that read `dist/` take the base from the build's own URLs, which may differ from this shell's BASE_PATH.
 */
export function basePathOfSite(site: string): string {
  return new URL(site, 'http://localhost/').pathname.replace(/\/?$/, '/');
}

/** A site path under the base: `/controls/x/` → `/repo/controls/x/`; other URLs and prefixed paths stay. */
export function withBase(path: string, base: string = basePath()): string {
  if (
    base === '/' ||
    !path.startsWith('/') ||
    path.startsWith('//') ||
    path.startsWith(base) ||
    `${path}/` === base
  )
    return path;
  return `${base}${path.slice(1)}`;
}

/** The site path of a path under the base: `/repo/controls/x/` → `/controls/x/`; other paths stay. */
export function withoutBase(path: string, base: string = basePath()): string {
  return base !== '/' && path.startsWith(base) ? path.slice(base.length - 1) : path;
}

/** The site's public address including the base path, ending in `/`. */
export function siteWithBase(site: string | URL, base: string = basePath()): string {
  const root = new URL(site).href.replace(/\/?$/, '/');
  return base === '/' ? root : `${root}${base.slice(1)}`;
}

/** Attributes whose value is a URL the browser resolves against the page. */
const URL_ATTRIBUTE = /(\s(?:href|src|action|poster|data-to|xlink:href)=")(\/[^"]*)"/g;

/** Prefixes every root-absolute URL attribute, the `srcset` lists and meta-refresh targets of an HTML or SVG text. */
export function rewriteLinks(text: string, base: string): string {
  if (base === '/') return text;
  return text
    .replace(URL_ATTRIBUTE, (_, start: string, path: string) => `${start}${withBase(path, base)}"`)
    .replace(
      /(\ssrcset=")([^"]*)"/g,
      (_, start: string, list: string) =>
        `${start}${list
          .split(',')
          .map((item) =>
            item.replace(
              /^(\s*)(\/\S*)/,
              (_m, space: string, path: string) => `${space}${withBase(path, base)}`,
            ),
          )
          .join(',')}"`,
    )
    .replace(
      /(<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=)(\/[^"]*)"/gi,
      (_, start: string, path: string) => `${start}${withBase(path, base)}"`,
    );
}

/** The integration; list it before `hostingFiles()` and Starlight, whose build steps read the pages after it. */
export function subPathLinks(): AstroIntegration {
  return {
    name: 'sub-path-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const base = basePath();
        if (base === '/') return;
        const root = fileURLToPath(dir);
        let changed = 0;
        for (const file of readdirSync(root, { recursive: true }) as string[]) {
          if (!/\.(html|svg)$/.test(file)) continue;
          const path = join(root, file);
          const text = readFileSync(path, 'utf8');
          const next = rewriteLinks(text, base);
          if (next !== text) {
            writeFileSync(path, next);
            changed++;
          }
        }
        logger.info(`links of ${changed} HTML and SVG files put under ${base}`);
      },
    },
  };
}
