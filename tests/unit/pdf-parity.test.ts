import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parityProblems, textBySheetRange, type PdfContents } from '../../scripts/pdf-parity.ts';

/** A two-page build: a home page and an entry page with a diagram and a table. */
const dist = mkdtempSync(join(tmpdir(), 'pdf-parity-'));
const page = (title: string, body: string) =>
  `<html><body><main><h1>${title}</h1><div class="sl-markdown-content">${body}</div></main></body></html>`;
writeFileSync(join(dist, 'index.html'), page('Home', '<p>Welcome</p>'));
mkdirSync(join(dist, 'controls', 'ratelimit'), { recursive: true });
writeFileSync(
  join(dist, 'controls', 'ratelimit', 'index.html'),
  page(
    'Rate limit',
    '<figure class="diagram"><svg role="img"><title>Threat model</title></svg></figure><table><tr><th>Framework</th></tr></table>',
  ),
);
writeFileSync(
  join(dist, 'sitemap-0.xml'),
  '<urlset><url><loc>https://example.org/</loc></url><url><loc>https://example.org/controls/ratelimit/</loc></url></urlset>',
);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const complete: PdfContents = {
  pageCount: 3,
  outline: [
    { title: 'Contents', depth: 0, pageIndex: 0 },
    { title: 'Start', depth: 0, pageIndex: 1 },
    { title: 'Home', depth: 1, pageIndex: 1 },
    { title: 'More pages', depth: 0, pageIndex: 2 },
    { title: 'Rate limit', depth: 1, pageIndex: 2 },
  ],
  pages: [
    'Contents Home Rate limit 1 / 3',
    '2 / 3 Home Welcome',
    'Rate limit Threat model Framework 3 / 3',
  ],
  links: [{ onPage: 0, pageIndex: 2 }],
};

describe('parity of the PDF with the site', () => {
  it('finds nothing missing when every page, diagram and table is there', () => {
    expect(parityProblems(dist, complete)).toEqual([]);
  });

  it('reports a page of the sitemap that has no bookmark under its section', () => {
    const pdf = { ...complete, outline: complete.outline.filter((e) => e.title !== 'Rate limit') };
    expect(parityProblems(dist, pdf)).toEqual([
      '/controls/ratelimit/: no bookmark "Rate limit" under its section.',
    ]);
  });

  it('reports a diagram and a table that left no text', () => {
    const pdf = {
      ...complete,
      pages: ['Contents Home Rate limit 1 / 3', '2 / 3 Home Welcome', 'Rate limit 3 / 3'],
    };
    expect(parityProblems(dist, pdf)).toEqual([
      '/controls/ratelimit/: the diagram "Threat model" left no text in the PDF.',
      '/controls/ratelimit/: the table headed "Framework" left no text in the PDF.',
    ]);
  });

  it('reports a link inside the PDF that opens no page', () => {
    const pdf = { ...complete, links: [{ onPage: 0, pageIndex: -1 }] };
    expect(parityProblems(dist, pdf)).toEqual([
      '1 links inside the PDF open no page (first on PDF page 1).',
    ]);
  });

  it("finds a diagram or table printed outside its page's sheets in the rest of the text", () => {
    const pdf = {
      ...complete,
      pages: [
        'Contents Home Rate limit 1 / 3',
        '2 / 3 Home Welcome Threat model Framework',
        'Rate limit 3 / 3',
      ],
    };
    expect(parityProblems(dist, pdf)).toEqual([]);
  });

  it('reports the first sheet that does not show its number out of the total', () => {
    const pdf = {
      ...complete,
      pages: [
        'Contents Home Rate limit 1 / 3',
        'Home Welcome',
        'Rate limit Threat model Framework',
      ],
    };
    expect(parityProblems(dist, pdf)).toEqual([
      'PDF page 2 does not show its number "2 / 3". Fix: check the `@bottom-center` margin box in src/exports/print-document.css.',
    ]);
  });
});

describe("the text of each page's sheets", () => {
  it("runs from the sheet of a page's bookmark to the sheet before the next page's bookmark", () => {
    const pdf: PdfContents = {
      pageCount: 5,
      outline: [
        { title: 'Start', depth: 0, pageIndex: 1 },
        { title: 'Home', depth: 1, pageIndex: 1 },
        { title: 'More pages', depth: 0, pageIndex: 3 },
        { title: 'Rate limit', depth: 1, pageIndex: 3 },
      ],
      pages: ['Contents', 'Home', 'Welcome  again', 'Rate limit', 'Framework'],
      links: [],
    };
    expect(textBySheetRange(pdf)).toEqual(
      new Map([
        [1, 'Home Welcome again'],
        [3, 'Rate limit Framework'],
      ]),
    );
  });

  it('leaves out bookmarks that open no page and section bookmarks', () => {
    const pdf: PdfContents = {
      pageCount: 2,
      outline: [
        { title: 'Start', depth: 0, pageIndex: 0 },
        { title: 'Lost', depth: 1, pageIndex: -1 },
        { title: 'Home', depth: 1, pageIndex: 1 },
      ],
      pages: ['Contents', 'Home'],
      links: [],
    };
    expect([...textBySheetRange(pdf).keys()]).toEqual([1]);
  });
});
