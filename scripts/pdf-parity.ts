/**
 * Reads the PDF of the whole site back and holds it to the site: every page of the sitemap must have a
 * bookmark with its title under its section's, its title must be in the text, and the titles of the diagrams and the
 * header cells of the tables the site shows must be in the text too (a diagram or table that did not
 * render leaves no text), every sheet must show its number, and every link inside the PDF must open one of its pages. `npm run pdf` runs it before writing the file; run it alone on a finished
 * build with `node scripts/pdf-parity.ts [dist]`. Exit code 1 when anything is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { basePathOfSite, withoutBase } from '../src/site/base-path.ts';
import { readSections } from '../src/site/content-pages.ts';
import { PDF_PATH } from '../src/site/site-files.ts';

/** The depth of a page's bookmark: under the bookmark of its section (the overview, a part, ...). */
export const PAGE_DEPTH = 1;

/** One bookmark of the PDF. */
export interface OutlineEntry {
  readonly title: string;
  /** 0 for a top-level bookmark. */
  readonly depth: number;
  /** The 0-based page it opens, or -1 when it has no destination in the document. */
  readonly pageIndex: number;
}

/** One link annotation: inside the document (`pageIndex`) or out of it (`url`). */
export interface PdfLink {
  readonly onPage: number;
  readonly pageIndex?: number;
  readonly url?: string;
}

/** What the checks and tests need from a PDF. */
export interface PdfContents {
  readonly pageCount: number;
  readonly outline: readonly OutlineEntry[];
  /** The text of each page, items joined by spaces. */
  readonly pages: readonly string[];
  readonly links: readonly PdfLink[];
}

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

/** Resolves an explicit or named destination to a 0-based page index, -1 if it has none. */
async function destinationPage(doc: PdfDocument, dest: unknown): Promise<number> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  if (!Array.isArray(explicit) || explicit.length === 0) return -1;
  const ref = explicit[0] as unknown;
  if (typeof ref === 'number') return ref;
  try {
    return await doc.getPageIndex(ref as Parameters<PdfDocument['getPageIndex']>[0]);
  } catch {
    return -1;
  }
}

/** Reads the page count, the bookmarks, the text and the links of a PDF; only the first two with `outlineOnly`. */
export async function readPdf(
  data: Uint8Array,
  options: { readonly outlineOnly?: boolean } = {},
): Promise<PdfContents> {
  const task = getDocument({
    data: new Uint8Array(data),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const outline: OutlineEntry[] = [];
    type Node = { title: string; dest: unknown; items: Node[] };
    const walk = async (nodes: readonly Node[] | null, depth: number) => {
      for (const n of nodes ?? []) {
        outline.push({ title: n.title, depth, pageIndex: await destinationPage(doc, n.dest) });
        await walk(n.items, depth + 1);
      }
    };
    await walk((await doc.getOutline()) as Node[] | null, 0);
    const pages: string[] = [];
    const links: PdfLink[] = [];
    for (let i = 1; i <= (options.outlineOnly ? 0 : doc.numPages); i++) {
      const page = await doc.getPage(i);
      const text = await page.getTextContent();
      pages.push(
        text.items
          .map((item) => ('str' in item ? item.str : ''))
          .join(' ')
          .replace(/\s+/g, ' '),
      );
      for (const a of (await page.getAnnotations()) as {
        subtype: string;
        dest?: unknown;
        url?: string;
      }[]) {
        if (a.subtype !== 'Link') continue;
        if (a.url) links.push({ onPage: i - 1, url: a.url });
        else if (a.dest !== undefined)
          links.push({ onPage: i - 1, pageIndex: await destinationPage(doc, a.dest) });
      }
      page.cleanup();
    }
    return { pageCount: doc.numPages, outline, pages, links };
  } finally {
    await task.destroy();
  }
}

/** The page URLs the sitemap of a build lists. */
export function sitemapPages(dist: string): string[] {
  const file = join(dist, 'sitemap-0.xml');
  if (!existsSync(file)) throw new Error(`${file} is missing. Fix: run \`npm run build\` first.`);
  return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
}

/** Text as PDF text extraction gives it back: one space between words, no soft hyphens. */
export function normalizeText(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text of the sheets each page of the document covers, keyed by the sheet it starts on: from its
 * bookmark's sheet to the sheet before the next page's bookmark (every page starts on a new sheet).
 */
export function textBySheetRange(pdf: PdfContents): Map<number, string> {
  const starts = [
    ...new Set(
      pdf.outline.filter((e) => e.depth === PAGE_DEPTH && e.pageIndex >= 0).map((e) => e.pageIndex),
    ),
  ].sort((a, b) => a - b);
  return new Map(
    starts.map((start, i) => [
      start,
      normalizeText(pdf.pages.slice(start, starts[i + 1] ?? pdf.pageCount).join(' ')),
    ]),
  );
}

/** Everything the site shows that the PDF lacks; empty when they agree. */
export function parityProblems(dist: string, pdf: PdfContents): string[] {
  const problems: string[] = [];
  const pages = new Map(
    readSections(dist)
      .flatMap((s) => s.pages)
      .map((p) => [p.path, p]),
  );
  // Chromium drops the space where a heading wraps when it names the bookmark, so compare without spaces.
  const squeeze = (t: string) => t.replace(/\s+/g, '');
  const bookmarks = new Map(
    pdf.outline.filter((e) => e.depth === PAGE_DEPTH).map((e) => [squeeze(e.title), e]),
  );
  // A page's title, diagrams and tables are looked for on its own sheets first: searching the whole
  // text for each of them grows with pages × text, quadratic in the catalog. Only what is not on its
  // sheets is looked for in the whole text (two pages with one title share a bookmark), built once.
  const ranges = textBySheetRange(pdf);
  let whole: string | undefined;
  const inPdf = (sheets: string | undefined, t: string) =>
    sheets?.includes(t) === true || (whole ??= normalizeText(pdf.pages.join(' '))).includes(t);
  const urls = sitemapPages(dist);
  // Under a base path the sitemap's URLs carry it; the build's folders do not. The home page is the shortest.
  const base = basePathOfSite([...urls].sort((a, b) => a.length - b.length)[0] ?? '/');
  for (const url of urls) {
    const path = withoutBase(new URL(url).pathname, base);
    const page = pages.get(path);
    if (!page) {
      problems.push(
        `${path}: in the sitemap but not among the pages the PDF prints. Fix: check src/site/content-pages.ts.`,
      );
      continue;
    }
    const title = normalizeText(page.title);
    const mark = bookmarks.get(squeeze(title));
    if (!mark) problems.push(`${path}: no bookmark "${title}" under its section.`);
    else if (mark.pageIndex < 0) problems.push(`${path}: the bookmark "${title}" opens no page.`);
    const sheets = mark ? ranges.get(mark.pageIndex) : undefined;
    if (!inPdf(sheets, title))
      problems.push(`${path}: the title "${title}" is not in the text of the PDF.`);
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    for (const m of html.matchAll(/<svg\b[^>]*>\s*<title[^>]*>([^<]+)<\/title>/g)) {
      const diagram = normalizeText(decode(m[1]!));
      if (!inPdf(sheets, diagram))
        problems.push(`${path}: the diagram "${diagram}" left no text in the PDF.`);
    }
    for (const m of html.matchAll(/<table\b[\s\S]*?<th\b[^>]*>([\s\S]*?)<\/th>/g)) {
      const header = normalizeText(decode(m[1]!.replace(/<[^>]+>/g, '')));
      if (header && !inPdf(sheets, header))
        problems.push(`${path}: the table headed "${header}" left no text in the PDF.`);
    }
  }
  const unnumbered = pdf.pages.findIndex(
    (text, i) => !normalizeText(text).includes(`${i + 1} / ${pdf.pageCount}`),
  );
  if (unnumbered >= 0)
    problems.push(
      `PDF page ${unnumbered + 1} does not show its number "${unnumbered + 1} / ${pdf.pageCount}". Fix: check the \`@bottom-center\` margin box in src/exports/print-document.css.`,
    );
  const dangling = pdf.links.filter(
    (l) => l.pageIndex !== undefined && (l.pageIndex < 0 || l.pageIndex >= pdf.pageCount),
  );
  if (dangling.length > 0)
    problems.push(
      `${dangling.length} links inside the PDF open no page (first on PDF page ${dangling[0]!.onPage + 1}).`,
    );
  return problems;
}

function decode(html: string): string {
  return html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'dist'));
  const file = join(dist, PDF_PATH);
  if (!existsSync(file)) {
    console.error(`${file} is missing. Fix: run \`npm run pdf\` after \`npm run build\`.`);
    process.exit(1);
  }
  const pdf = await readPdf(readFileSync(file));
  const problems = parityProblems(dist, pdf);
  for (const p of problems) console.error(p);
  console.log(
    `${PDF_PATH}: ${pdf.pageCount} pages, ${pdf.outline.length} bookmarks; ${problems.length} parity problem${problems.length === 1 ? '' : 's'}.`,
  );
  process.exit(problems.length > 0 ? 1 : 0);
}
