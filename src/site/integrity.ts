/**
 * Checks that pages and catalog agree: every entry and part has exactly one page, at the path its
 * slug dictates, and every page names an id the catalog knows. Pure: the caller reads the files.
 */
import type { Catalog } from '../catalog/types.ts';
import { entryContentFile, overviewContentFile } from '../catalog/urls.ts';

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
    ...catalog.threats.map((t) => ({ kind: 'threat' as const, id: t.id as string, file: entryContentFile('threat', t) })),
    ...catalog.controls.map((c) => ({ kind: 'control' as const, id: c.id as string, file: entryContentFile('control', c) })),
  ];
  const byId = new Map(entries.map((e) => [e.id, e]));

  const claims = new Map<string, string[]>();
  for (const page of pages) {
    const inEntryFolder = /^content\/(threats|controls)\//.test(page.file);
    if (page.catalogId === undefined) {
      if (inEntryFolder) {
        problems.push(`${page.file}: the page names no catalog entry. Fix: add \`catalogId: <ID>\` to its frontmatter, with the id of the threat or control it describes.`);
      }
      continue;
    }
    const entry = byId.get(page.catalogId);
    if (!entry) {
      const hint = page.catalogId.toUpperCase() !== page.catalogId && byId.has(page.catalogId.toUpperCase())
        ? ` Did you mean \`${page.catalogId.toUpperCase()}\`?`
        : ' Ids are listed in src/catalog/ids.ts.';
      problems.push(`${page.file}: \`catalogId: ${page.catalogId}\` is not an id of the catalog. Fix: use the id of an existing threat or control.${hint}`);
      continue;
    }
    claims.set(entry.id, [...(claims.get(entry.id) ?? []), page.file]);
    if (page.file !== entry.file) {
      problems.push(`${page.file}: the page claims ${entry.kind} ${entry.id}, whose page must be ${entry.file}. Fix: move the file to ${entry.file}.`);
    }
  }
  for (const [id, files] of claims) {
    if (files.length > 1) {
      problems.push(`${files.join(' and ')}: these pages all claim ${id}. Fix: keep one page per entry and point the others at their own id.`);
    }
  }
  for (const e of entries) {
    if (!claims.has(e.id)) {
      problems.push(`${e.file}: ${e.kind} ${e.id} has no page. Fix: create ${e.file} with \`catalogId: ${e.id}\` in its frontmatter.`);
    }
  }
  for (const part of catalog.parts) {
    const own = pages.filter((p) => p.partId === part.id);
    if (own.length === 0) {
      problems.push(`content/${part.id}.mdx: part ${part.id} has no page. Fix: create it with \`partId: ${part.id}\` in its frontmatter.`);
    } else if (own.length > 1) {
      problems.push(`${own.map((p) => p.file).join(' and ')}: these pages all claim part ${part.id}. Fix: keep one.`);
    }
  }
  for (const section of catalog.overviewSections) {
    const file = overviewContentFile(section);
    if (!pages.some((p) => p.file === file)) {
      problems.push(`${file}: overview section ${section.id} (${section.path}) has no page. Fix: create it, or change its \`path\` in src/catalog/overview-sections.ts.`);
    }
  }
  for (const page of pages) {
    if (page.partId !== undefined && !catalog.parts.some((p) => p.id === page.partId)) {
      problems.push(`${page.file}: \`partId: ${page.partId}\` is not a part. Fix: use one of ${catalog.parts.map((p) => p.id).join(', ')}.`);
    }
  }
  return problems;
}
