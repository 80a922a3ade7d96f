/**
 * The original site's long pages (`/docs/2_threats_through_use/` and its siblings) with every anchor
 * that outside documents link to, each mapped to the page that now holds that content: the anchors of
 * the seed era and those of the original's pages today, for entries, retired entries, threat groups,
 * overview sections and subjects.
 */
import type { Lookup } from '../catalog/lookup.ts';
import { entryPath, partPath, sitePagePath } from '../catalog/urls.ts';

/** Where the original site's long pages live on this site: `/docs/<page>/`. */
export const LEGACY_PREFIX = '/docs/';

/** Where `/docs/` itself forwards: the original's documentation root is its overview. */
export const LEGACY_ROOT_TO = '/overview/';

/** One old anchor and where its content lives now. */
export interface LegacyAnchor {
  readonly anchor: string;
  readonly to: string;
  readonly title: string;
}

/** One old page. */
export interface LegacyPage {
  /** Page name on the original site, e.g. `2_threats_through_use`. */
  readonly page: string;
  /** Path on this site, e.g. `/docs/2_threats_through_use/`. */
  readonly path: string;
  readonly title: string;
  /** Where the page as a whole now lives. */
  readonly to: string;
  readonly anchors: readonly LegacyAnchor[];
}

/** Splits an original-site URL into its page name and anchor. */
export function parseLegacyUrl(url: string): { page: string; anchor: string | null } | null {
  const match = /\/docs\/([a-z0-9_]+)\/?(?:#(.*))?$/.exec(url);
  if (!match?.[1]) return null;
  return { page: match[1], anchor: match[2] || null };
}

/** Builds the old pages with their anchors. The first target given for an anchor wins. */
export function legacyPages(lookup: Lookup): LegacyPage[] {
  const { catalog } = lookup;
  const pages = new Map<
    string,
    { title: string; to: string; anchors: Map<string, LegacyAnchor> }
  >();
  pages.set('ai_security_overview', {
    title: 'AI security overview',
    to: '/overview/',
    anchors: new Map(),
  });
  for (const p of catalog.parts)
    pages.set(p.legacyPage, {
      title: `${p.number}. ${p.title}`,
      to: partPath(p),
      anchors: new Map(),
    });
  // Pages the original added after the seed (testing, privacy, references, index) that hold one subject each.
  for (const s of catalog.pages) {
    if (s.original && !pages.has(s.original.page) && s.original.anchor === null)
      pages.set(s.original.page, { title: s.title, to: s.path, anchors: new Map() });
  }

  const add = (page: string | null, anchor: string | null, to: string, title: string) => {
    if (!page || !anchor) return;
    const target = pages.get(page);
    if (target && !target.anchors.has(anchor)) target.anchors.set(anchor, { anchor, to, title });
  };
  const addUrl = (url: string, to: string, title: string) => {
    const parsed = parseLegacyUrl(url);
    if (parsed) add(parsed.page, parsed.anchor, to, title);
  };
  for (const [kind, entries] of [
    ['threat', catalog.threats],
    ['control', catalog.controls],
  ] as const) {
    for (const e of entries) {
      const to = entryPath(kind, e);
      addUrl(e.legacy.seedUrl, to, e.name);
      add(e.legacy.headPage, e.legacy.headAnchor, to, e.name);
      // The entry's page carries these anchors too (the link check holds it to that), so they land on the same heading.
      for (const a of e.legacy.headSubAnchors ?? [])
        add(e.legacy.headPage, a, `${to}#${a}`, e.name);
    }
  }
  // Retired entries come after the live ones: where they shared an anchor, the live entry keeps it.
  for (const r of catalog.retired) {
    const into = [...catalog.threats, ...catalog.controls].find((e) => e.id === r.mergedInto);
    if (!into) continue; // reported by the short-link table, which names the fix
    const to = entryPath(
      catalog.threats.some((t) => t.id === into.id) ? 'threat' : 'control',
      into,
    );
    addUrl(r.legacy.seedUrl, to, `${r.name} (now ${into.name})`);
  }
  const general = catalog.parts.find((p) => p.id === 'general-controls');
  for (const s of catalog.controlSections) {
    if (general) addUrl(s.seedUrl, `${partPath(general)}#${s.anchor}`, `${s.id} ${s.name}`);
  }
  for (const g of catalog.threatGroups) {
    const part = catalog.parts.find((p) => p.id === g.part);
    if (!part) continue;
    addUrl(g.seedUrl, partPath(part), g.name);
    add(part.legacyPage, g.headAnchor ?? null, partPath(part), g.name);
  }
  // The original's anchors of today first, then the overview anchors of the registered pages.
  for (const s of catalog.pages) {
    const { original } = s;
    if (!original) continue;
    for (const a of original.anchors)
      add(original.page, a, original.home === 'own' ? `${sitePagePath(s)}#${a}` : s.path, s.title);
  }
  for (const s of catalog.pages)
    for (const a of s.legacyAnchors) add('ai_security_overview', a, s.path, s.title);

  return [...pages.entries()].map(([page, p]) => ({
    page,
    path: `${LEGACY_PREFIX}${page}/`,
    title: p.title,
    to: p.to,
    anchors: [...p.anchors.values()],
  }));
}
