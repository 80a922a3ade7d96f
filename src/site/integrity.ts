/**
 * Checks that pages and catalog agree: every entry and part has exactly one page, at the path its
 * slug dictates, and every page names an id the catalog knows. Pure: the caller reads the files.
 */
import type { Catalog, Subject } from '../catalog/types.ts';
import { entryContentFile, overviewContentFile, subjectContentFile } from '../catalog/urls.ts';

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
export function checkPages(catalog: Catalog, pages: readonly PageInfo[], subjects: readonly Subject[] = []): string[] {
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
  problems.push(...checkSubjects(subjects, pages));
  for (const page of pages) {
    if (page.partId !== undefined && !catalog.parts.some((p) => p.id === page.partId)) {
      problems.push(`${page.file}: \`partId: ${page.partId}\` is not a part. Fix: use one of ${catalog.parts.map((p) => p.id).join(', ')}.`);
    }
  }
  return problems;
}

/**
 * Subjects agree with the pages: a subject with a page of its own has its content file; every short
 * link of a subject is a slug; a slug that lands on a section names an anchor the subject carries.
 */
export function checkSubjects(subjects: readonly Subject[], pages: readonly PageInfo[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of subjects) {
    const where = `src/catalog/subjects.ts: subject ${s.id}`;
    if (seen.has(s.id)) problems.push(`${where}, field \`id\`: the id is used twice. Fix: give each subject its own id.`);
    seen.add(s.id);
    if (!/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/.test(s.path)) problems.push(`${where}, field \`path\`: \`${s.path}\` is not a site path. Fix: use the form \`/overview/name/\` or \`/page/#anchor\`.`);
    if (s.home === 'own') {
      const file = subjectContentFile(s);
      if (s.path.includes('#')) problems.push(`${where}, field \`path\`: a subject with a page of its own has no anchor in its path. Fix: set \`home: 'shared'\` or drop the anchor.`);
      if (!pages.some((p) => p.file === file)) problems.push(`${file}: subject ${s.id} (${s.path}) has no page. Fix: create it, or change the subject's \`path\` in src/catalog/subjects.ts.`);
    }
    for (const slug of s.slugs) {
      if (!/^[a-z0-9]+$/.test(slug.slug)) problems.push(`${where}, field \`slugs\`: \`${slug.slug}\` is not a slug. Fix: use lower-case letters and digits only.`);
      if (slug.anchor && !s.anchors.includes(slug.anchor)) problems.push(`${where}, field \`slugs\`: \`${slug.slug}\` lands on #${slug.anchor}, which is not in \`anchors\`. Fix: add the anchor to \`anchors\` (and to the page) or correct it.`);
    }
  }
  return problems;
}
