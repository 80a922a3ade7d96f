/**
 * The content of a built page, without the screen-only parts around it. The Markdown twins and the PDF
 * both start from the finished HTML of a page, so they carry exactly what the page shows: the prose and
 * everything the components render from the catalog (facts panel, relations, references, diagrams).
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** A built page reduced to what a reader of a document needs. */
export interface PageContent {
  /** Site path of the page, e.g. `/controls/ratelimit/`. */
  readonly path: string;
  /** The page title (its `<h1>`). */
  readonly title: string;
  /** The one-sentence description of the page (its meta description). */
  readonly description: string;
  /** The content under the title, as a hast element (a `div`). */
  readonly body: Element;
}

/**
 * Parts of a page that only make sense on screen: heading anchor links, copy buttons, scripts (a
 * diagram's own <style> stays: it colours the SVG), the
 * page footer (edit link, previous and next), the table of contents and the "Link or cite this page"
 * box, whose URLs the twin and the PDF state themselves.
 */
const SCREEN_ONLY = [
  'script',
  'button',
  'footer',
  'starlight-toc',
  'mobile-starlight-toc',
  '.sl-anchor-link',
  '.copy-link__status',
  '.cite-box',
  '.page-formats',
  '[hidden]',
];

/**
 * The `<main>` element of a page and its meta description, cut from the HTML before it is parsed: the
 * rest of a page (head, sidebar, footer) is the same on every page and not part of its content, so
 * parsing only `<main>` keeps the exports' cost to the content itself. Null when the page has no
 * single `<main>`.
 */
function mainAndDescription(html: string): { main: string; description: string } | null {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start || html.indexOf('<main', start + 1) >= 0) return null;
  const head = html.slice(0, html.search(/<\/head>/i) >>> 0);
  const meta = /<meta\b[^>]*\bname="description"[^>]*>/i.exec(head)?.[0] ?? '';
  return { main: html.slice(start, end + '</main>'.length), description: meta };
}

/** Reads a built HTML page; throws, naming the page, when it lacks the parts every content page has. */
export function pageContent(path: string, html: string): PageContent {
  const cut = mainAndDescription(html);
  const tree: Root = cut
    ? fromHtml(`${cut.description}${cut.main}`, { fragment: true })
    : fromHtml(html);
  const main = select('main', tree);
  const h1 = main && select('h1', main);
  const content = main && select('.sl-markdown-content', main);
  if (!main || !h1 || !content) {
    throw new Error(
      `${path}: the built page has no <main> with an <h1> and a .sl-markdown-content. Fix: render the page with Starlight's layout (a content file or <StarlightPage>), or leave it out of the exports.`,
    );
  }
  for (const selector of SCREEN_ONLY)
    for (const node of selectAll(selector, content)) removeNode(content, node);
  const meta = select('meta[name="description"]', tree);
  const description =
    typeof meta?.properties['content'] === 'string' ? meta.properties['content'] : '';
  return {
    path,
    title: toString(h1).trim(),
    description,
    body: { type: 'element', tagName: 'div', properties: {}, children: content.children },
  };
}

/** Removes `node` from wherever it sits under `root`. */
function removeNode(root: Element, node: Element): void {
  const visit = (parent: Element): boolean => {
    const i = parent.children.indexOf(node as ElementContent);
    if (i >= 0) {
      parent.children.splice(i, 1);
      return true;
    }
    return parent.children.some((c) => c.type === 'element' && visit(c));
  };
  visit(root);
}
