/**
 * Checks that pages and catalog agree: every entry and part has exactly one page, at the path its
 * slug dictates, every page names an id the catalog knows, and every other page is registered in
 * src/catalog/pages.ts (and every registered page exists). Pure: the caller reads the files.
 */
import type { Catalog, SitePage } from '../catalog/types.ts';
import { entryContentFile, sitePageContentFile } from '../catalog/urls.ts';

/** What a content file says about itself. */
export interface PageInfo {
  /** Path relative to the project root, e.g. `content/controls/ratelimit.mdx`. */
  readonly file: string;
  /** The frontmatter's `catalogId`, if any. */
  readonly catalogId?: string;
  /** The frontmatter's `partId`, if any. */
  readonly partId?: string;
}

/** Returns one message per mismatch between pages and catalog; empty when they agree. */
export function checkPages(catalog: Catalog, pages: readonly PageInfo[]): string[] {
  const problems: string[] = [];
  const entries = [
    ...catalog.threats.map((t) => ({
      kind: 'threat' as const,
      id: t.id as string,
      file: entryContentFile('threat', t),
    })),
    ...catalog.controls.map((c) => ({
      kind: 'control' as const,
      id: c.id as string,
      file: entryContentFile('control', c),
    })),
  ];
  const byId = new Map(entries.map((e) => [e.id, e]));

  const claims = new Map<string, string[]>();
  for (const page of pages) {
    const inEntryFolder = /^content\/(threats|controls)\//.test(page.file);
    if (page.catalogId === undefined) {
      if (inEntryFolder) {
        problems.push(
          `${page.file}: the page names no catalog entry. Fix: add \`catalogId: <ID>\` to its frontmatter, with the id of the threat or control it describes.`,
        );
      }
      continue;
    }
    const entry = byId.get(page.catalogId);
    if (!entry) {
      const hint =
        page.catalogId.toUpperCase() !== page.catalogId && byId.has(page.catalogId.toUpperCase())
          ? ` Did you mean \`${page.catalogId.toUpperCase()}\`?`
          : ' Ids are listed in src/catalog/ids.ts.';
      problems.push(
        `${page.file}: \`catalogId: ${page.catalogId}\` is not an id of the catalog. Fix: use the id of an existing threat or control.${hint}`,
      );
      continue;
    }
    claims.set(entry.id, [...(claims.get(entry.id) ?? []), page.file]);
    if (page.file !== entry.file) {
      problems.push(
        `${page.file}: the page claims ${entry.kind} ${entry.id}, whose page must be ${entry.file}. Fix: move the file to ${entry.file}.`,
      );
    }
  }
  for (const [id, files] of claims) {
    if (files.length > 1) {
      problems.push(
        `${files.join(' and ')}: these pages all claim ${id}. Fix: keep one page per entry and point the others at their own id.`,
      );
    }
  }
  for (const e of entries) {
    if (!claims.has(e.id)) {
      problems.push(
        `${e.file}: ${e.kind} ${e.id} has no page. Fix: create ${e.file} with \`catalogId: ${e.id}\` in its frontmatter.`,
      );
    }
  }
  for (const part of catalog.parts) {
    const own = pages.filter((p) => p.partId === part.id);
    if (own.length === 0) {
      problems.push(
        `content/${part.id}.mdx: part ${part.id} has no page. Fix: create it with \`partId: ${part.id}\` in its frontmatter.`,
      );
    } else if (own.length > 1) {
      problems.push(
        `${own.map((p) => p.file).join(' and ')}: these pages all claim part ${part.id}. Fix: keep one.`,
      );
    }
  }
  problems.push(...checkSitePages(catalog.pages, pages));
  for (const page of pages) {
    if (page.partId !== undefined && !catalog.parts.some((p) => p.id === page.partId)) {
      problems.push(
        `${page.file}: \`partId: ${page.partId}\` is not a part. Fix: use one of ${catalog.parts.map((p) => p.id).join(', ')}.`,
      );
    }
  }
  return problems;
}

const REGISTRY = 'src/catalog/pages.ts';

/**
 * The registry of pages and the content files agree, in both directions: every content file that is
 * not an entry or a part page is registered, every registered page has its content file, and each
 * record is well formed (a site path, slugs, anchors its slugs land on, a sidebar entry for a whole page).
 */
export function checkSitePages(
  registry: readonly SitePage[],
  pages: readonly PageInfo[],
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const files = new Set(registry.map(sitePageContentFile));
  for (const s of registry) {
    const where = `${REGISTRY}: page ${s.id}`;
    if (ids.has(s.id))
      problems.push(
        `${where}, field \`id\`: the id is used twice. Fix: give each page its own id.`,
      );
    ids.add(s.id);
    if (!/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/.test(s.path))
      problems.push(
        `${where}, field \`path\`: \`${s.path}\` is not a site path. Fix: use the form \`/overview/name/\` or \`/page/#anchor\`.`,
      );
    const file = sitePageContentFile(s);
    if (!pages.some((p) => p.file === file))
      problems.push(
        `${file}: page ${s.id} (${s.path}) is registered in ${REGISTRY} but has no content file. Fix: create ${file}, or correct or remove its record in ${REGISTRY}.`,
      );
    if (s.path.includes('#') && s.sidebar)
      problems.push(
        `${where}, field \`sidebar\`: a section (\`${s.path}\`) is not listed in the sidebar. Fix: remove \`sidebar\`, or register the whole page.`,
      );
    if (s.path.includes('#') && s.original?.home === 'own')
      problems.push(
        `${where}, field \`original.home\`: a section is not a page of its own. Fix: set \`home: 'shared'\` or drop the anchor from \`path\`.`,
      );
    for (const slug of s.slugs) {
      if (!/^[a-z0-9]+$/.test(slug.slug))
        problems.push(
          `${where}, field \`slugs\`: \`${slug.slug}\` is not a slug. Fix: use lower-case letters and digits only.`,
        );
      if (slug.anchor && !s.original?.anchors.includes(slug.anchor))
        problems.push(
          `${where}, field \`slugs\`: \`${slug.slug}\` lands on #${slug.anchor}, which is not in \`original.anchors\`. Fix: add the anchor to \`original.anchors\` (and to the page) or correct it.`,
        );
    }
  }
  for (const page of pages) {
    if (
      page.catalogId !== undefined ||
      page.partId !== undefined ||
      /^content\/(threats|controls)\//.test(page.file)
    )
      continue;
    if (!files.has(page.file)) {
      const path =
        page.file === 'content/index.mdx'
          ? '/'
          : `${page.file.slice('content'.length, -'.mdx'.length).replace(/\/index$/, '')}/`;
      problems.push(
        `${page.file}: the page is not registered. Fix: add \`{ id: '<id>', title: '<title>', path: '${path}' }\` to ${REGISTRY} (with \`sidebar: { group: 'overview' }\` to list it in the sidebar, \`slugs\` for short links).`,
      );
    }
  }
  return problems;
}
