/**
 * The Markdown exports for tools and language models: a Markdown twin of every content page, the
 * `llms.txt` index (https://llmstxt.org: title, summary, sections of `[name](url): line` items) and
 * `llms-full.txt` with every twin in one file. All pure: built pages in, strings out.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import { toString } from 'hast-util-to-string';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { visit } from 'unist-util-visit';
import { markdownTwinPath } from '../catalog/urls.ts';
import type { PageContent } from './page-content.ts';

/** What every export names: the site's title, summary, address and build. */
export interface MarkdownSite {
  readonly title: string;
  readonly summary: string;
  /** Absolute URL of the site's root, base path included, ending in `/`: `https://example.org/` or `https://org.github.io/repo/`. */
  readonly url: string;
  readonly version: string;
  readonly buildDate: string;
}

/** A section of llms.txt: a heading and its pages, in reading order. */
export interface PageSection {
  readonly title: string;
  readonly pages: readonly PageContent[];
}

/** The absolute URL of a site path (`/controls/ratelimit/`), under the site's base path. */
export function siteLink(path: string, siteUrl: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}

/**
 * A link on the page at `pagePath` made absolute. A root-absolute `href` already carries the base path
 * (the build writes it so), so it resolves against the host; outside links stay as they are.
 */
export function absoluteLink(href: string, pagePath: string, siteUrl: string): string {
  const page = siteLink(pagePath, siteUrl);
  return href.startsWith('#') ? `${page}${href}` : new URL(href, page).href;
}

/**
 * Rewrites a page body for Markdown: links and images absolute, a definition list (the facts panel,
 * the citation facts) as a list of `**term**: value` items, diagrams reduced to their caption and text
 * version (the SVG file is linked there).
 */
function prepare(body: Element, pagePath: string, siteUrl: string): Root {
  const root: Root = { type: 'root', children: [structuredClone(body)] };
  visit(root, 'element', (node, index, parent) => {
    // Diagrams are linked in their text version; the facts panel's phone digest repeats the list below it.
    const drop =
      node.tagName === 'svg' ||
      (node.tagName === 'summary' &&
        String(node.properties['className'] ?? '').includes('entry-facts-panel__digest'));
    if (drop && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    for (const attr of ['href', 'src'] as const) {
      const value = node.properties[attr];
      if (typeof value === 'string' && value !== '')
        node.properties[attr] = absoluteLink(value, pagePath, siteUrl);
    }
    if (node.tagName === 'dl') {
      node.tagName = 'ul';
      node.properties = {};
      node.children = definitionItems(node);
    }
    // On screen a listed entry's summary and a link card's description sit on a line of their own
    // below the name; in Markdown they follow it after a dash.
    const classes = Array.isArray(node.properties['className'])
      ? node.properties['className'].map(String)
      : [];
    if (
      classes.includes('entry-list__summary') ||
      (classes.includes('description') &&
        parent?.type === 'element' &&
        parent.properties['className']?.toString().includes('stack'))
    ) {
      node.children.unshift({ type: 'text', value: ' — ' });
    }
    if (node.tagName === 'table') expandRowSpans(node);
    // A summary is a toggle on screen; in Markdown it is a plain lead-in to the text version.
    if (node.tagName === 'summary') node.tagName = 'p';
    return undefined;
  });
  return root;
}

/**
 * Repeats a cell that spans several rows in each of them: Markdown tables have no row spans, and a
 * row without its first cell (a crosswalk's reference, say) would lose what it belongs to.
 */
function expandRowSpans(table: Element): void {
  const rows: Element[] = [];
  const collect = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) collect(child);
    }
  };
  collect(table);
  const pending: { cell: Element; left: number }[] = [];
  for (const row of rows) {
    const cells = row.children.filter(
      (c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'),
    );
    const out: Element[] = [];
    let next = 0;
    for (
      let column = 0;
      next < cells.length || pending.slice(column).some((p) => p && p.left > 0);
      column++
    ) {
      const carried = pending[column];
      if (carried && carried.left > 0) {
        out.push(structuredClone(carried.cell));
        carried.left--;
        continue;
      }
      const cell = cells[next++];
      if (!cell) break;
      const span = Number(cell.properties['rowSpan'] ?? 1);
      delete cell.properties['rowSpan'];
      if (span > 1) pending[column] = { cell, left: span - 1 };
      out.push(cell);
    }
    row.children = out;
  }
}

/** The `<dt>`/`<dd>` pairs of a definition list (also inside Starlight's grouping `<div>`s) as list items. */
function definitionItems(dl: Element): ElementContent[] {
  const cells = dl.children.flatMap((c) =>
    c.type === 'element' && c.tagName === 'div' ? c.children : [c],
  );
  const items: ElementContent[] = [];
  let term: Element | undefined;
  for (const cell of cells) {
    if (cell.type !== 'element') continue;
    if (cell.tagName === 'dt') term = cell;
    if (cell.tagName === 'dd') {
      const label: ElementContent[] = term
        ? [
            {
              type: 'element',
              tagName: 'strong',
              properties: {},
              children: [{ type: 'text', value: toString(term).trim() }],
            },
            { type: 'text', value: ': ' },
          ]
        : [];
      items.push({
        type: 'element',
        tagName: 'li',
        properties: {},
        children: [...label, ...cell.children],
      });
    }
  }
  return items;
}

/** Markdown of a hast tree, with GitHub tables. */
function markdownOf(root: Root): string {
  // hast-util-to-mdast returns a root for a root.
  const mdast = toMdast(root) as Parameters<typeof toMarkdown>[0];
  return toMarkdown(mdast, {
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    bullet: '-',
    emphasis: '_',
    rule: '-',
  }).trim();
}

/** The Markdown twin of one page: title, summary, source address, then the page's content. */
export function pageMarkdown(page: PageContent, site: MarkdownSite): string {
  const url = siteLink(page.path, site.url);
  const head = [`# ${page.title}`, ''];
  // Entry pages open with their summary, which is also their description: say it once.
  if (page.description && !toString(page.body).trimStart().startsWith(page.description))
    head.push(`> ${page.description}`, '');
  head.push(
    `Source: <${url}> (${site.title}, version ${site.version}, built ${site.buildDate})`,
    '',
  );
  return `${head.join('\n')}\n${markdownOf(prepare(page.body, page.path, site.url))}\n`;
}

/** `llms.txt`: the site's title, summary and each section's pages with their Markdown twins. */
export function llmsTxt(
  sections: readonly PageSection[],
  site: MarkdownSite,
  files: { readonly full: string; readonly pdf: string },
): string {
  const abs = (path: string) => siteLink(path, site.url);
  const lines = [
    `# ${site.title}`,
    '',
    `> ${site.summary}`,
    '',
    `Every page below is linked to its Markdown version. Threat and control pages start with a facts list (id, kind, group, lifecycle) and end with their relations and standards references. The whole site is also available in one Markdown file (${abs(files.full)}) and as a PDF (${abs(files.pdf)}). Version ${site.version}, built ${site.buildDate}.`,
  ];
  for (const section of sections) {
    if (section.pages.length === 0) continue;
    lines.push('', `## ${section.title}`, '');
    for (const p of section.pages)
      lines.push(
        `- [${escapeLinkText(p.title)}](${abs(markdownTwinPath(p.path))})${p.description ? `: ${oneLine(p.description)}` : ''}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** `llms-full.txt`: the llms.txt header, then every twin in reading order, divided by rules. */
export function llmsFullTxt(
  sections: readonly PageSection[],
  twins: ReadonlyMap<string, string>,
  site: MarkdownSite,
): string {
  const parts = [
    `# ${site.title}\n\n> ${site.summary}\n\nEvery page of the site (version ${site.version}, built ${site.buildDate}) in reading order, each as its Markdown version.\n`,
  ];
  for (const section of sections) {
    for (const p of section.pages) {
      const twin = twins.get(p.path);
      if (twin === undefined)
        throw new Error(
          `${p.path}: no Markdown twin was made for this page. Fix: pass every page of the sections to pageMarkdown first.`,
        );
      parts.push(twin);
    }
  }
  return `${parts.join('\n---\n\n')}`;
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]\\]/g, (c) => `\\${c}`);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
