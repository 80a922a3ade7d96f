/**
 * Checks every internal link of the built site: each `href` must reach a file in `dist/`, and each
 * `#fragment` an element id on the target page. Broken links are reported with the page, the link and,
 * where it can be found, the source file and line. The data files get the same check for every URL on
 * the site they hold, and their sizes and checksums are compared with the data manifest. Exit code 1
 * when anything is broken.
 *
 * A build made with BASE_PATH (src/site/base-path.ts) is checked as served under that path: every
 * link must stay under it, and a root-absolute link that escapes it is broken.
 *
 * Usage: [BASE_PATH=/repo/] node scripts/check-links.ts [dist]
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { basePath } from '../src/site/base-path.ts';

/** One broken link. */
export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly reason: string;
  readonly source: string;
}

const root = resolve(import.meta.dirname, '..');

function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** The URL path a built HTML file answers. */
function urlOf(dist: string, file: string): string {
  const rel = `/${relative(dist, file).split('\\').join('/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** The file in `dist` that answers a path, if any. */
function fileFor(dist: string, path: string): string | undefined {
  const direct = join(dist, decodeURIComponent(path));
  if (path.endsWith('/'))
    return existsSync(join(direct, 'index.html')) ? join(direct, 'index.html') : undefined;
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  return undefined;
}

/** Guesses the content file behind a page and the line that holds a link. */
function sourceOf(pageUrl: string, href: string, catalogRef: string | undefined): string {
  const candidates = [
    `content${pageUrl === '/' ? '/index' : pageUrl.slice(0, -1)}.mdx`,
    `content${pageUrl}index.mdx`,
  ];
  const file = candidates.find((c) => existsSync(join(root, c)));
  if (!file) return 'generated page (see src/pages or src/components)';
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const needle = catalogRef ? `id="${catalogRef}"` : href;
  const index = lines.findIndex((l) => l.includes(needle));
  return index >= 0 ? `${file}:${index + 1}` : `${file} (link rendered by a component)`;
}

/** The element ids of an HTML file, read once per file. */
function idReader(): (file: string) => Set<string> {
  const ids = new Map<string, Set<string>>();
  return (file) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set(
        [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) =>
          m[1]!.replaceAll('&amp;', '&'),
        ),
      );
      ids.set(file, set);
    }
    return set;
  };
}

/** Checks all internal links under `dist`. */
export function checkLinks(
  dist: string,
  base: string = '/',
): { checked: number; pages: number; broken: BrokenLink[] } {
  const files = htmlFiles(dist);
  const idsOf = idReader();
  // Every page repeats the sidebar's and the footer's links, so the same target comes up on many
  // pages: looking each path up on disk once keeps the check linear in the distinct targets.
  const targets = new Map<string, string | undefined>();
  const targetOf = (path: string) => {
    if (!targets.has(path)) targets.set(path, fileFor(dist, path));
    return targets.get(path);
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const file of files) {
    const page = urlOf(dist, file);
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<a\b([^>]*?)\shref="([^"]*)"([^>]*)>/g)) {
      const attrs = `${m[1]} ${m[3]}`;
      const raw = m[2]!.replaceAll('&amp;', '&');
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue; // external or mailto:
      checked++;
      const [pathPart = '', fragment] = raw.split('#', 2);
      const served =
        pathPart === ''
          ? `${base}${page.slice(1)}`
          : new URL(pathPart, `http://site${base}${page.slice(1)}`).pathname;
      if (!served.startsWith(base)) {
        broken.push({
          page,
          href: raw,
          reason: `leads to ${served}, outside the base path ${base}`,
          source: sourceOf(page, raw, undefined),
        });
        continue;
      }
      const path = `/${served.slice(base.length)}`;
      const target = targetOf(path);
      const ref = /data-catalog-ref="([^"]+)"/.exec(attrs)?.[1];
      if (!target) {
        broken.push({
          page,
          href: raw,
          reason: `no page at ${path}`,
          source: sourceOf(page, raw, ref),
        });
        continue;
      }
      if (
        fragment &&
        target.endsWith('.html') &&
        !idsOf(target).has(decodeURIComponent(fragment))
      ) {
        broken.push({
          page,
          href: raw,
          reason: `no element with id "${fragment}" on ${path}`,
          source: sourceOf(page, raw, ref),
        });
      }
    }
  }
  return { checked, pages: files.length, broken };
}

/** What the data manifest says of one file. */
interface ManifestFile {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

/**
 * Checks the data files listed in `dist/data-manifest.json`: every URL on the site they hold (the
 * site's address is the `site` field of catalog.json) must reach a page of the build, with its
 * fragment, and each file's size and SHA-256 must match the manifest.
 */
export function checkDataFiles(
  dist: string,
  base: string = '/',
): { checked: number; files: number; broken: BrokenLink[] } {
  const manifestFile = join(dist, 'data-manifest.json');
  const catalogFile = join(dist, 'catalog.json');
  if (!existsSync(manifestFile) || !existsSync(catalogFile)) {
    const missing = existsSync(manifestFile) ? '/catalog.json' : '/data-manifest.json';
    return {
      checked: 0,
      files: 0,
      broken: [
        {
          page: missing,
          href: missing,
          reason: 'the data file is missing from the build',
          source: 'src/site/data-files.ts',
        },
      ],
    };
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: ManifestFile[] };
  const site = (JSON.parse(readFileSync(catalogFile, 'utf8')) as { site: string }).site;
  const origin = site.endsWith('/') ? site.slice(0, -1) : site;
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A site URL ends where JSON strings, CSV fields and CSV list items end: at a quote, a comma, a
  // semicolon or white space.
  const siteUrl = new RegExp(`${escaped}(/[^\\s",;]*)`, 'g');
  // Under a base path, a URL on the same host but outside the base is broken too.
  const host =
    base === '/' || !origin.endsWith(base.slice(0, -1))
      ? undefined
      : origin.slice(0, origin.length - base.length + 1);
  const hostUrl = host
    ? new RegExp(`${host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/[^\\s",;]*)`, 'g')
    : undefined;
  const idsOf = idReader();
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const entry of manifest.files) {
    const file = fileFor(dist, entry.path);
    const source = `data file ${entry.path} (src/exports)`;
    if (!file) {
      broken.push({
        page: '/data-manifest.json',
        href: entry.path,
        reason: 'listed in the manifest but not built',
        source,
      });
      continue;
    }
    const bytes = readFileSync(file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (bytes.length !== entry.bytes || sha256 !== entry.sha256) {
      broken.push({
        page: '/data-manifest.json',
        href: entry.path,
        reason: `the manifest says ${entry.bytes} bytes, sha256 ${entry.sha256}; the file has ${bytes.length} bytes, sha256 ${sha256}`,
        source,
      });
    }
    if (hostUrl) {
      for (const m of bytes.toString('utf8').matchAll(hostUrl)) {
        if (!`${m[1]!}/`.startsWith(base))
          broken.push({
            page: entry.path,
            href: m[0],
            reason: `outside the base path ${base}`,
            source,
          });
      }
    }
    for (const m of bytes.toString('utf8').matchAll(siteUrl)) {
      checked++;
      const [path = '/', fragment] = m[1]!.split('#', 2);
      const target = fileFor(dist, path);
      if (!target)
        broken.push({ page: entry.path, href: m[0], reason: `no page at ${path}`, source });
      else if (
        fragment &&
        target.endsWith('.html') &&
        !idsOf(target).has(decodeURIComponent(fragment))
      ) {
        broken.push({
          page: entry.path,
          href: m[0],
          reason: `no element with id "${fragment}" on ${path}`,
          source,
        });
      }
    }
  }
  return { checked, files: manifest.files.length, broken };
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? join(root, 'dist'));
  if (!existsSync(dist)) {
    console.error(`No build at ${dist}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const { checked, pages, broken } = checkLinks(dist, basePath());
  for (const b of broken) console.error(`${b.page}: ${b.href}: ${b.reason}. Source: ${b.source}`);
  console.log(`Checked ${checked} internal links on ${pages} pages: ${broken.length} broken.`);
  const data = checkDataFiles(dist, basePath());
  for (const b of data.broken)
    console.error(`${b.page}: ${b.href}: ${b.reason}. Source: ${b.source}`);
  console.log(
    `Checked ${data.checked} site URLs in ${data.files} data files and their checksums: ${data.broken.length} broken.`,
  );
  process.exit(broken.length + data.broken.length > 0 ? 1 : 0);
}
