/**
 * The print document behind the PDF: every content page of the site in reading order in one HTML
 * document, after a cover and a table of contents. The sections of the reading order (the overview, the
 * parts, the crosswalks) are its `<h1>`s and each page's title an `<h2>` below, so the bookmarks Chromium
 * makes from the headings nest pages under their part. Each page becomes a section whose element ids are
 * prefixed with the page's anchor (`page-controls-ratelimit--objective`), so ids stay unique; links
 * between pages become links inside the document, short links and the original site's deep links are
 * resolved to those anchors first, and anything else on the site (data files, diagrams as files)
 * becomes an absolute link to the site. Pure: pages in, HTML out.
 */
import type { Element, Properties, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { PageContent } from './page-content.ts';

/** The id of the empty element that closes the document; rendering waits until it is parsed. */
export const END_MARKER = 'print-end';

/** A titled run of pages, as the table of contents groups them. */
export interface PrintSection {
  readonly title: string;
  readonly pages: readonly PageContent[];
}

/** What the cover and the links need to know about the site and this build. */
export interface PrintSite {
  readonly title: string;
  readonly summary: string;
  /** Absolute URL of the site's root, base path included, ending in `/`. */
  readonly url: string;
  readonly version: string;
  readonly buildDate: string;
}

/** Where a forwarding path leads: `/goto/ratelimit/` → `/controls/ratelimit/`. */
export type Forwarding = (path: string, hash: string) => string | undefined;

/** The anchor of a page in the document: `/controls/ratelimit/` → `page-controls-ratelimit`, `/` → `page-home`. */
export function pageAnchor(path: string): string {
  const trimmed = path.replace(/^\/|\/$/g, '');
  return trimmed === '' ? 'page-home' : `page-${trimmed.replaceAll('/', '-')}`;
}

/** The anchor of an element id of a page: its page anchor, two hyphens, the id. */
export function elementAnchor(path: string, id: string): string {
  return id === '' || id === '_top' ? pageAnchor(path) : `${pageAnchor(path)}--${id}`;
}

/**
 * Where a link on the page at `from` points in the document: `#anchor` for a page of the document,
 * an absolute site URL for another file of the site, the link itself for another site.
 */
export function printLink(
  href: string,
  from: string,
  pages: ReadonlySet<string>,
  site: string,
  forward: Forwarding,
): string {
  const basePath = new URL(site).pathname;
  const base = new URL(from.slice(1), site);
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return href;
  }
  if (url.origin !== base.origin) return href;
  // Links in a build under a base path carry it; pages and forwarding tables do not.
  const sitePath = (u: URL) =>
    u.pathname.startsWith(basePath) ? `/${u.pathname.slice(basePath.length)}` : u.pathname;
  for (let hops = 0; hops < 3; hops++) {
    const to = forward(sitePath(url), url.hash);
    if (to === undefined) break;
    url = new URL(`${to.slice(1)}`, site);
  }
  const pathname = sitePath(url);
  const path = pathname.endsWith('/') || pathname.includes('.') ? pathname : `${pathname}/`;
  if (pages.has(path)) return `#${elementAnchor(path, decodeURIComponent(url.hash.slice(1)))}`;
  return url.href;
}

/** Attributes that hold one id or a space-separated list of ids of the same page. */
const ID_LIST_PROPERTIES = [
  'ariaLabelledBy',
  'ariaDescribedBy',
  'ariaControls',
  'htmlFor',
  'headers',
];

/** Rewrites one page's ids and links for the document. */
function preparePage(
  page: PageContent,
  pages: ReadonlySet<string>,
  site: string,
  forward: Forwarding,
): Element {
  const body = structuredClone(page.body);
  visit(body, 'element', (node) => {
    const p: Properties = node.properties;
    if (typeof p['id'] === 'string') p['id'] = elementAnchor(page.path, p['id']);
    for (const key of ID_LIST_PROPERTIES) {
      const value = p[key];
      if (Array.isArray(value)) p[key] = value.map((v) => elementAnchor(page.path, String(v)));
      else if (typeof value === 'string')
        p[key] = value
          .split(/\s+/)
          .map((v) => elementAnchor(page.path, v))
          .join(' ');
    }
    for (const key of ['href', 'xLinkHref']) {
      const value = p[key];
      if (typeof value !== 'string') continue;
      // Inside a diagram, `#id` names a marker or gradient of the same SVG; elsewhere it is a section.
      p[key] = value.startsWith('#')
        ? `#${elementAnchor(page.path, value.slice(1))}`
        : printLink(value, page.path, pages, site, forward);
    }
    for (const [key, value] of Object.entries(p)) {
      if (typeof value === 'string' && value.includes('url(#'))
        p[key] = value.replaceAll(
          /url\(#([^)]+)\)/g,
          (_, id: string) => `url(#${elementAnchor(page.path, id)})`,
        );
    }
    // The text version of a diagram is folded away on screen; on paper it is read in full.
    if (node.tagName === 'details') p['open'] = true;
    // One level down: the document's h1 are the sections, so a page's bookmark nests under its part.
    const level = /^h([1-5])$/.exec(node.tagName);
    if (level) node.tagName = `h${Number(level[1]) + 1}`;
  });
  return h('section.print-page', { id: pageAnchor(page.path), 'data-path': page.path }, [
    h('h2.print-page__title', page.title),
    h('p.print-page__source', [
      h(
        'a',
        { href: new URL(page.path.slice(1), site).href },
        new URL(page.path.slice(1), site).href,
      ),
    ]),
    h('div.sl-markdown-content', body.children),
  ]);
}

/** The cover: title, summary, version, build date and address. */
function cover(site: PrintSite): Element {
  return h('section.print-cover', [
    h('p.print-cover__title', site.title),
    h('p.print-cover__summary', site.summary),
    h('dl.print-cover__facts', [
      h('dt', 'Version'),
      h('dd', site.version),
      h('dt', 'Built'),
      h('dd', h('time', { datetime: site.buildDate }, site.buildDate)),
      h('dt', 'Online'),
      h('dd', h('a', { href: site.url }, site.url)),
    ]),
    h(
      'p.print-cover__note',
      'Every page of the website in one document. Links between pages lead to the page inside this document; the bookmarks of your PDF reader list every page and its sections.',
    ),
  ]);
}

/** The table of contents: each section with links to its pages, and their sheet numbers once known. */
function contents(
  sections: readonly PrintSection[],
  pageNumbers: ReadonlyMap<string, number>,
): Element {
  const item = (p: PageContent) => {
    const sheet = pageNumbers.get(p.path);
    return h('li', [
      h('a', { href: `#${pageAnchor(p.path)}` }, p.title),
      ...(sheet === undefined ? [] : [h('span.print-toc__page', String(sheet))]),
    ]);
  };
  return h('nav.print-toc', { 'aria-labelledby': 'print-contents' }, [
    h('h1#print-contents', 'Contents'),
    ...sections.map((s) =>
      h('section', [h('p.print-toc__section', s.title), h('ol', s.pages.map(item))]),
    ),
  ]);
}

/** The whole print document as an HTML string, styled by the site's stylesheets and `printCss`. */
export function printDocument(
  sections: readonly PrintSection[],
  site: PrintSite,
  options: {
    readonly stylesheets: readonly string[];
    readonly printCss: string;
    readonly forward: Forwarding;
    /** The 1-based sheet each page starts on, from an earlier printing; the contents show them. */
    readonly pageNumbers?: ReadonlyMap<string, number>;
  },
): string {
  const pages = new Set(sections.flatMap((s) => s.pages.map((p) => p.path)));
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en', dir: 'ltr', dataTheme: 'light' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('title', `${site.title} (version ${site.version}, ${site.buildDate})`),
          h('meta', { name: 'description', content: site.summary }),
          // No rendering until the parser reaches the end marker: otherwise the browser lays out the
          // growing document again for each frame while it parses, time quadratic in its size.
          h('link', { rel: 'expect', href: `#${END_MARKER}`, blocking: 'render' }),
          ...options.stylesheets.map((href) => h('link', { rel: 'stylesheet', href })),
          h('style', options.printCss),
        ]),
        h('body.print-document', [
          h('main', [
            cover(site),
            contents(sections, options.pageNumbers ?? new Map()),
            ...sections.map((s) =>
              h('section.print-part', [
                h('h1.print-part__title', s.title),
                ...s.pages.map((p) => preparePage(p, pages, site.url, options.forward)),
              ]),
            ),
          ]),
          h('div', { id: END_MARKER, hidden: true }),
        ]),
      ]),
    ],
  };
  return toHtml(tree);
}
