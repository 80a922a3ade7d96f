/**
 * The original site's long pages (`/docs/2_threats_through_use/` and its siblings) with every anchor
 * that outside documents link to, each mapped to the page that now holds that content.
 */
import type { Catalog, OverviewSection } from '../catalog/types.ts';
import { entryPath, partPath } from '../catalog/urls.ts';

/** Where the original site's long pages live on this site: `/docs/<page>/`. */
export const LEGACY_PREFIX = '/docs/';

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
export function legacyPages(catalog: Catalog, overviewSections: readonly OverviewSection[]): LegacyPage[] {
  const pages = new Map<string, { title: string; to: string; anchors: Map<string, LegacyAnchor> }>();
  pages.set('ai_security_overview', { title: 'AI security overview', to: '/overview/', anchors: new Map() });
  for (const p of catalog.parts) pages.set(p.legacyPage, { title: `${p.number}. ${p.title}`, to: partPath(p), anchors: new Map() });

  const add = (page: string | null, anchor: string | null, to: string, title: string) => {
    if (!page || !anchor) return;
    const target = pages.get(page);
    if (target && !target.anchors.has(anchor)) target.anchors.set(anchor, { anchor, to, title });
  };
  const addUrl = (url: string, to: string, title: string) => {
    const parsed = parseLegacyUrl(url);
    if (parsed) add(parsed.page, parsed.anchor, to, title);
  };
  for (const t of catalog.threats) {
    addUrl(t.legacy.seedUrl, entryPath('threat', t), t.name);
    add(t.legacy.headPage, t.legacy.headAnchor, entryPath('threat', t), t.name);
  }
  for (const c of catalog.controls) {
    addUrl(c.legacy.seedUrl, entryPath('control', c), c.name);
    add(c.legacy.headPage, c.legacy.headAnchor, entryPath('control', c), c.name);
  }
  const general = catalog.parts.find((p) => p.id === 'general-controls');
  for (const s of catalog.controlSections) {
    if (general) addUrl(s.seedUrl, `${partPath(general)}#${s.anchor}`, `${s.id} ${s.name}`);
  }
  for (const g of catalog.threatGroups) {
    const part = catalog.parts.find((p) => p.id === g.part);
    if (part) addUrl(g.seedUrl, partPath(part), g.name);
  }
  for (const s of overviewSections) for (const a of s.legacyAnchors) add('ai_security_overview', a, s.path, s.title);

  return [...pages.entries()].map(([page, p]) => ({
    page,
    path: `${LEGACY_PREFIX}${page}/`,
    title: p.title,
    to: p.to,
    anchors: [...p.anchors.values()],
  }));
}
