/**
 * The exports read back from the build: the PDF of the whole site (npm run pdf), the Markdown twins
 * with llms.txt and llms-full.txt, and the print stylesheet. `npm test` builds the PDF before these run.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { catalog } from '../../src/catalog/index.ts';
import { entryPath } from '../../src/catalog/urls.ts';
import { markdownTwinPath } from '../../src/catalog/urls.ts';
import { LLMS_FULL_PATH, LLMS_PATH, PDF_PATH } from '../../src/site/site-files.ts';
import {
  normalizeText,
  PAGE_DEPTH,
  parityProblems,
  readPdf,
  type PdfContents,
} from '../../scripts/pdf-parity.ts';
import { budgetFor } from './support/budget.ts';
import { sitemapPaths } from './support/pages.ts';

const dist = resolve(import.meta.dirname, '../../dist');
const entries = [
  ...catalog.threats.map((t) => ({ ...t, kind: 'threat' as const })),
  ...catalog.controls.map((c) => ({ ...c, kind: 'control' as const })),
];
const squeeze = (text: string) => text.replace(/\s+/g, '');
/** The address the build was made for, as its Markdown links carry it. */
const siteOrigin = () =>
  new URL(
    [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)][0]![1]!,
  ).origin;

test.describe('the PDF of the whole site', () => {
  // Reading the PDF grows with the site: a fixed part and about a second per page at half speed.
  test.describe.configure({
    mode: 'serial',
    timeout: budgetFor(sitemapPaths().length, 1_000, 60_000),
  });
  let pdf: PdfContents;

  test.beforeAll(async () => {
    // A hook keeps Playwright's default budget unless it sets its own; parsing the PDF grows with the site.
    test.setTimeout(budgetFor(sitemapPaths().length, 1_000, 60_000));
    const file = join(dist, PDF_PATH);
    if (!existsSync(file))
      throw new Error(
        `dist${PDF_PATH} is missing. Fix: run \`npm run pdf\` after \`npm run build\`.`,
      );
    pdf = await readPdf(readFileSync(file));
  });

  /** The 0-based PDF page that the bookmark of a page's title opens. */
  const bookmarkPage = (title: string) =>
    pdf.outline.find((e) => e.depth === PAGE_DEPTH && squeeze(e.title) === squeeze(title))
      ?.pageIndex ?? -1;

  test('has a bookmark and the text of every page of the sitemap, and every diagram and table', () => {
    expect(parityProblems(dist, pdf)).toEqual([]);
    // A cover, the contents, and at least a sheet for each page.
    expect(pdf.pageCount).toBeGreaterThanOrEqual(sitemapPaths().length + 2);
  });

  test('opens each threat and control bookmark on a page that shows its id and name', () => {
    for (const e of entries) {
      const index = bookmarkPage(e.name);
      expect(index, `bookmark of ${e.id}`).toBeGreaterThanOrEqual(0);
      const text = normalizeText(pdf.pages[index]!);
      expect(text, `page of ${e.id}`).toContain(e.id);
      expect(squeeze(text), `page of ${e.id}`).toContain(squeeze(e.name));
    }
  });

  test('nests each page under its part and the sections of a page under the page', () => {
    const inputThreats = catalog.parts.find((p) => p.id === 'threats-through-use')!;
    const partTitle = `${inputThreats.number}. ${inputThreats.title}`;
    expect(pdf.outline.filter((e) => e.depth === 0).map((e) => e.title)).toEqual(
      expect.arrayContaining(['Contents', 'Overview', partTitle, 'Standards crosswalks']),
    );
    const start = pdf.outline.findIndex((e) => e.depth === PAGE_DEPTH && e.title === 'Rate limit');
    const part = pdf.outline.slice(0, start).findLast((e) => e.depth === 0);
    expect(part?.title).toBe(partTitle);
    const end = pdf.outline.findIndex((e, i) => i > start && e.depth <= PAGE_DEPTH);
    const sections = pdf.outline
      .slice(start + 1, end)
      .filter((e) => e.depth === PAGE_DEPTH + 1)
      .map((e) => e.title);
    expect(sections).toEqual(
      expect.arrayContaining([
        'Description',
        'Objective',
        'Threats this control reduces',
        'Standards and references',
      ]),
    );
  });

  test('links between pages lead inside the PDF, short links included, and outside links stay clickable', () => {
    const internal = pdf.links.filter((l) => l.pageIndex !== undefined);
    expect(internal.length).toBeGreaterThan(1000);
    expect(internal.every((l) => l.pageIndex! >= 0 && l.pageIndex! < pdf.pageCount)).toBe(true);
    // The Rate limit page links to the first threat it reduces (its relations), and its permalink (a
    // short link) to itself. The page runs over several sheets: up to where the next page starts.
    const rateLimit = catalog.controls.find((c) => c.id === 'RATELIMIT')!;
    const reduced = catalog.threats.find((t) => t.id === rateLimit.threats[0])!;
    const from = bookmarkPage(rateLimit.name);
    const at = pdf.outline.findIndex((e) => e.depth === PAGE_DEPTH && e.pageIndex === from);
    const to =
      pdf.outline.slice(at + 1).find((e) => e.depth <= PAGE_DEPTH)?.pageIndex ?? pdf.pageCount - 1;
    const linksOnRateLimit = internal
      .filter((l) => l.onPage >= from && l.onPage <= to)
      .map((l) => l.pageIndex);
    expect(linksOnRateLimit).toContain(bookmarkPage(reduced.name));
    expect(linksOnRateLimit).toContain(from);
    const external = pdf.links.filter((l) => l.url !== undefined);
    expect(external.some((l) => l.url!.startsWith('https://'))).toBe(true);
    expect(
      external.filter(
        (l) =>
          /\/go(to)?\//.test(new URL(l.url!).pathname) && new URL(l.url!).origin === siteOrigin(),
      ),
    ).toEqual([]);
  });
});

test.describe('Markdown for tools', () => {
  test('llms.txt links the Markdown twin of every page of the sitemap, one line each', async ({
    request,
  }) => {
    const response = await request.get(LLMS_PATH);
    expect(response.ok()).toBe(true);
    const text = await response.text();
    expect(text.split('\n')[0]).toBe('# AI Security Exchange');
    expect(text).toMatch(/\n> .+\n/);
    const linked = [...text.matchAll(/^- \[[^\]]+\]\(([^)]+)\)(?::|$)/gm)]
      .map((m) => new URL(m[1]!).pathname)
      .sort();
    expect(linked).toEqual(sitemapPaths().map(markdownTwinPath).sort());
  });

  test('every threat and control has a twin with its facts panel, relations and references as links', async ({
    request,
  }) => {
    test.setTimeout(budgetFor(entries.length, 300));
    const origin = siteOrigin();
    const full = readFileSync(join(dist, LLMS_FULL_PATH), 'utf8');
    for (const e of entries) {
      const path = markdownTwinPath(entryPath(e.kind, e));
      const response = await request.get(path);
      expect(response.headers()['content-type'], path).toContain('text/markdown');
      const twin = await response.text();
      expect(twin.startsWith(`# ${e.name}\n`), path).toBe(true);
      for (const fact of [`- **Id**: \`${e.id}\``, '- **Kind**: ', '- **Lifecycle**: '])
        expect(twin, path).toContain(fact);
      if (e.kind === 'control') expect(twin, path).toContain('- **Control group**: ');
      const related =
        e.kind === 'control'
          ? catalog.controls
              .find((c) => c.id === e.id)!
              .threats.map((id) =>
                entryPath(
                  'threat',
                  catalog.threats.find((t) => t.id === id)!,
                ),
              )
          : [];
      for (const to of related) expect(twin, `${path} links ${to}`).toContain(`](${origin}${to})`);
      expect(twin, path).toContain('## Standards and references');
      expect(full, `llms-full.txt holds ${path}`).toContain(twin);
    }
  });

  test('each page links its Markdown twin', async ({ page }) => {
    await page.goto('/controls/ratelimit/');
    await page.getByRole('link', { name: 'This page as Markdown' }).click();
    await expect(page).toHaveURL(/\/controls\/ratelimit\.md$/);
  });

  test('every link to the site in the Markdown files leads to a file of the build', () => {
    test.setTimeout(budgetFor(sitemapPaths().length, 100));
    const origin = siteOrigin();
    const files = (readdirSync(dist, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(dist, f));
    files.push(join(dist, LLMS_PATH), join(dist, LLMS_FULL_PATH));
    const broken = new Set<string>();
    let checked = 0;
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(
        /\]\((https?:\/\/[^)\s]+)\)|<(https?:\/\/[^>\s]+)>/g,
      )) {
        const url = new URL(m[1] ?? m[2]!);
        if (url.origin !== origin) continue;
        checked++;
        const target = join(dist, decodeURIComponent(url.pathname));
        const exists = url.pathname.endsWith('/')
          ? existsSync(join(target, 'index.html'))
          : existsSync(target) && statSync(target).isFile();
        if (!exists) broken.add(`${file.slice(dist.length)} → ${url.pathname}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect([...broken]).toEqual([]);
  });
});

test('printing an entry page hides the navigation, search and buttons and writes out outside link targets', async ({
  page,
}) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/controls/ratelimit/');
  await expect(page.getByRole('heading', { level: 1, name: 'Rate limit' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('site-search')).toBeHidden();
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('.pagination-links')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  const outside = page.locator('.sl-markdown-content a[href^="https://"]').first();
  const href = await outside.getAttribute('href');
  expect(await outside.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(
    `" (${href})"`,
  );
  // A reader in the dark theme gets the light one on paper, and their own back afterwards.
  const themes = await page.evaluate(() => {
    const root = document.documentElement;
    root.dataset['theme'] = 'dark';
    dispatchEvent(new Event('beforeprint'));
    const printing = root.dataset['theme'];
    dispatchEvent(new Event('afterprint'));
    return [printing, root.dataset['theme']];
  });
  expect(themes).toEqual(['light', 'dark']);
  // A wide table or diagram fits the sheet instead of scrolling.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
