/**
 * `npm run pdf`: prints the whole site, from the production build in `dist/`, into one PDF at
 * `dist/ai-security-exchange.pdf` (src/site/site-files.ts) with the Chromium the end-to-end tests use.
 * Every content page, in the sidebar's reading order, goes into one print document after a cover and a
 * table of contents (src/exports/print-document.ts); Chromium prints it once, building the bookmarks
 * from the headings (`outline`) and keeping the document structure (`tagged`). Before printing it checks
 * in the browser that every page, diagram and table rendered; after printing it reads the PDF back and
 * runs the parity check of scripts/pdf-parity.ts. Exit code 1 on any miss; nothing is written then.
 * The time of each phase goes to stderr in one line (scripts/phase-timer.ts), for CI logs and the bench.
 *
 * Usage: node scripts/pdf.ts [dist]   (CHROMIUM_PATH overrides /usr/bin/chromium)
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from '@playwright/test';
import { printDocument } from '../src/exports/print-document.ts';
import { lookup } from '../src/catalog/lookup.ts';
import { BUILD_DATE, SITE_DESCRIPTION, SITE_TITLE, SITE_VERSION } from '../src/site/build-info.ts';
import { basePathOfSite, withoutBase } from '../src/site/base-path.ts';
import { contentPagePaths, readSections } from '../src/site/content-pages.ts';
import { forwarding } from '../src/site/forwarding.ts';
import { PDF_PATH } from '../src/site/site-files.ts';
import { PhaseTimer } from './phase-timer.ts';
import {
  PAGE_DEPTH,
  parityProblems,
  readPdf,
  sitemapPages,
  type PdfContents,
} from './pdf-parity.ts';

const root = resolve(import.meta.dirname, '..');
/** The origin the print document is loaded from; requests to it are answered from `dist/`. */
const ORIGIN = 'http://print.invalid';
const DOCUMENT = '/__print__.html';

const TYPES: Record<string, string> = {
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.js': 'text/javascript',
};

/** The stylesheets the built pages load, each once. */
function stylesheets(dist: string, paths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const p of paths) {
    for (const m of readFileSync(join(dist, p, 'index.html'), 'utf8').matchAll(
      /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g,
    ))
      found.add(m[1]!);
  }
  return [...found];
}

/** The public address of the build, base path included: its home page, the shortest URL of its sitemap. */
function siteUrl(dist: string): string {
  const home = sitemapPages(dist).sort((a, b) => a.length - b.length)[0];
  if (!home)
    throw new Error(
      `${join(dist, 'sitemap-0.xml')} lists no page. Fix: run \`npm run build\` first.`,
    );
  return home;
}

/** The 1-based sheet each page starts on, from the page bookmarks, which come in document order. */
function sheetNumbers(pdf: PdfContents, paths: readonly string[]): Map<string, number> {
  const marks = pdf.outline.filter((e) => e.depth === PAGE_DEPTH);
  if (marks.length !== paths.length)
    throw new Error(
      `The PDF has ${marks.length} page bookmarks for ${paths.length} pages. Fix: a page's title must be its only heading at the page level (src/exports/print-document.ts).`,
    );
  return new Map(paths.map((p, i) => [p, marks[i]!.pageIndex + 1]));
}

/** What the browser found missing in the print document before printing. */
interface RenderProblems {
  readonly missingPages: string[];
  readonly emptyDiagrams: string[];
  readonly emptyTables: string[];
  readonly brokenAnchors: string[];
}

async function main(): Promise<void> {
  const dist = resolve(process.argv[2] ?? join(root, 'dist'));
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist} holds no build. Fix: run \`npm run build\` first.`);
  const started = performance.now();
  const timer = new PhaseTimer();
  const url = siteUrl(dist);
  const base = basePathOfSite(url);
  const sections = timer.time('read pages', () => readSections(dist));
  const paths = sections.flatMap((s) => s.pages.map((p) => p.path));
  const css = readFileSync(join(root, 'src/exports/print-document.css'), 'utf8');
  const options = {
    stylesheets: timer.time('stylesheets', () => stylesheets(dist, contentPagePaths(dist))),
    printCss: css,
    forward: forwarding(lookup),
  };
  const site = {
    title: SITE_TITLE,
    summary: SITE_DESCRIPTION,
    url,
    version: SITE_VERSION,
    buildDate: BUILD_DATE,
  };
  let html = '';

  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    // The document and the site's assets come from memory and dist/; nothing leaves the machine.
    await page.route('**/*', async (route) => {
      const requested = new URL(route.request().url());
      if (requested.origin !== ORIGIN) return route.abort();
      if (requested.pathname === DOCUMENT)
        return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      // Under a base path the pages ask for /base/_astro/…; the build keeps the file at /_astro/….
      const sitePath = withoutBase(requested.pathname, base);
      const file = normalize(join(dist, decodeURIComponent(sitePath)));
      if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile())
        return route.fulfill({ status: 404, body: '' });
      return route.fulfill({
        contentType: TYPES[extname(file)] ?? 'application/octet-stream',
        body: readFileSync(file),
      });
    });
    const load = async (pageNumbers: ReadonlyMap<string, number>) => {
      html = timer.time('assemble', () =>
        printDocument(sections, site, { ...options, pageNumbers }),
      );
      await timer.timeAsync('load', async () => {
        await page.goto(`${ORIGIN}${DOCUMENT}`, { waitUntil: 'load', timeout: 120_000 });
        await page.evaluate(() => document.fonts.ready);
      });
    };
    await load(new Map());

    const problems: RenderProblems = await timer.timeAsync('render checks', () =>
      page.evaluate((expected) => {
        const sized = (e: Element) => {
          const box = e.getBoundingClientRect();
          return box.width > 0 && box.height > 0;
        };
        const label = (e: Element) =>
          `${e.closest('.print-page')?.getAttribute('data-path') ?? '?'} (${e.getAttribute('aria-labelledby') ?? e.querySelector('title')?.textContent ?? e.tagName.toLowerCase()})`;
        // One pass over the sections, not a query per page: a query walks the document, so a
        // query per page grows with pages × document.
        const sections = new Map(
          [...document.querySelectorAll('.print-page')].map((e) => [
            e.getAttribute('data-path'),
            e,
          ]),
        );
        return {
          missingPages: expected.filter((p) => {
            const section = sections.get(p);
            return (
              !section ||
              !sized(section) ||
              (section.querySelector('.print-page__title')?.textContent ?? '').trim() === ''
            );
          }),
          emptyDiagrams: [...document.querySelectorAll('.print-page figure.diagram svg')]
            .filter((svg) => !sized(svg) || svg.querySelectorAll('text').length === 0)
            .map(label),
          emptyTables: [...document.querySelectorAll('.print-page table')]
            .filter((t) => !sized(t) || [...t.querySelectorAll('tr')].every((r) => !sized(r)))
            .map(label),
          brokenAnchors: [
            ...new Set(
              [...document.querySelectorAll('a[href^="#"]')]
                .map((a) => a.getAttribute('href')!.slice(1))
                .filter((id) => !document.getElementById(decodeURIComponent(id))),
            ),
          ],
        };
      }, paths),
    );
    const before = [
      ...problems.missingPages.map((p) => `${p}: the page did not render in the print document.`),
      ...problems.emptyDiagrams.map((d) => `${d}: a diagram rendered empty.`),
      ...problems.emptyTables.map((t) => `${t}: a table rendered without rows.`),
      ...problems.brokenAnchors.map(
        (id) =>
          `#${id}: a link inside the document leads to no element (the page or its anchor is missing).`,
      ),
    ];
    if (before.length > 0)
      throw new Error(
        `The print document is incomplete:\n- ${before.join('\n- ')}\nFix: check the page in the build (npm run build, then npm start).`,
      );

    // The contents give each page's sheet number, known only once printed: print, read the numbers
    // from the bookmarks, print again with them, until the numbers hold (adding them can move a line).
    let numbers = new Map<string, number>();
    let pdf: Buffer;
    for (let pass = 1; ; pass++) {
      if (pass > 1) await load(numbers);
      pdf = await timer.timeAsync('print', () =>
        page.pdf({
          format: 'A4',
          printBackground: true,
          outline: true,
          tagged: true,
          preferCSSPageSize: true,
          // The sheet numbers come from the stylesheet's margin box (src/exports/print-document.css):
          // Chromium's header and footer templates, with `tagged`, cost time quadratic in the sheets.
        }),
      );
      const printed = pdf;
      const sheets = sheetNumbers(
        await timer.timeAsync('read outline', () => readPdf(printed, { outlineOnly: true })),
        paths,
      );
      if (pass > 1 && paths.every((p) => sheets.get(p) === numbers.get(p))) break;
      if (pass === 4)
        throw new Error(
          'The sheet numbers in the contents did not settle after four printings. Fix: check that the contents list does not change length with its numbers (src/exports/print-document.css).',
        );
      numbers = sheets;
    }
    const printed = pdf;
    const read = await timer.timeAsync('read PDF', () => readPdf(printed));
    const after = timer.time('parity', () => parityProblems(dist, read));
    if (after.length > 0)
      throw new Error(`The PDF misses what the site has:\n- ${after.join('\n- ')}`);
    const out = join(dist, PDF_PATH);
    writeFileSync(out, pdf);
    const seconds = (performance.now() - started) / 1000;
    console.error(`pdf phases: ${timer.summary()}`);
    console.log(
      `${PDF_PATH}: ${paths.length} site pages on ${read.pageCount} PDF pages, ${read.outline.length} outline entries, ${(pdf.length / 1024 / 1024).toFixed(1)} MiB, ${seconds.toFixed(1)} s.`,
    );
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
