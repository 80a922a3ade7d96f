/**
 * The URL scheme of the site. Every page URL and short link is built here, so a link anywhere on the
 * site, in the sidebar or in an export agrees with the page that answers it.
 */
import type { Control, PageSlug, Part, SitePage, Threat } from './types.ts';

/** The page of a threat: `/threats/<slug>/`. */
export function threatPath(threat: Pick<Threat, 'slug'>): string {
  return `/threats/${threat.slug}/`;
}

/** The page of a control: `/controls/<slug>/`. */
export function controlPath(control: Pick<Control, 'slug'>): string {
  return `/controls/${control.slug}/`;
}

/** The page of a threat or a control, told apart by the `kind`. */
export function entryPath(kind: 'threat' | 'control', entry: { readonly slug: string }): string {
  return kind === 'threat' ? threatPath(entry) : controlPath(entry);
}

/** The page of a part: `/<part id>/`, e.g. `/threats-through-use/`. */
export function partPath(part: Pick<Part, 'id'>): string {
  return `/${part.id}/`;
}

/** The permanent short link of a slug: `/goto/<slug>/`. */
export function shortLink(slug: string): string {
  return `/goto/${slug}/`;
}

/** Where the content file of an overview section's page lives, relative to the project root. */
export function overviewContentFile(section: { readonly path: string }): string {
  return `content${section.path === '/overview/' ? '/overview/index' : section.path.slice(0, -1)}.mdx`;
}

/** Where a content file of an entry lives, relative to the project root. */
export function entryContentFile(
  kind: 'threat' | 'control',
  entry: { readonly slug: string },
): string {
  return `content/${kind === 'threat' ? 'threats' : 'controls'}/${entry.slug}.mdx`;
}

/** Where a control group is described: its entry in the list on the controls overview. */
export function controlGroupPath(group: { readonly slug: string }): string {
  return `/overview/controls/#${controlGroupAnchor(group)}`;
}

/** The element id of a control group in the list on the controls overview. */
export function controlGroupAnchor(group: { readonly slug: string }): string {
  return `group-${group.slug}`;
}

/** The element id of one of today's control groups in the list on the controls overview. */
export function essentialGroupAnchor(group: { readonly id: string }): string {
  return `essentials-${group.id}`;
}

/** Where one of today's control groups is described: its entry in the list on the controls overview. */
export function essentialGroupPath(group: { readonly id: string }): string {
  return `/overview/controls/#${essentialGroupAnchor(group)}`;
}

/** Where the impact codes are explained: the legend section of the threats overview. */
export function impactPath(): string {
  return '/overview/threats/#impact-codes';
}

/** Lower-case letters and digits joined by single hyphens: `ISO/IEC 27002` → `iso-iec-27002`. */
function hyphenSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The stable slug of an outside framework, derived from its id: `ISO/IEC 27002` → `iso-iec-27002`. */
export function frameworkSlug(frameworkId: string): string {
  return hyphenSlug(frameworkId);
}

/** The index of the standards crosswalks: `/standards/`. */
export const STANDARDS_PATH = '/standards/';

/** The crosswalk page of a framework: `/standards/<framework slug>/`. */
export function crosswalkPath(frameworkId: string): string {
  return `${STANDARDS_PATH}${frameworkSlug(frameworkId)}/`;
}

/**
 * The anchor of a reference's rows on its crosswalk page: `8.16` → `ref-8-16`. A reference to the
 * framework as a whole (no clause) is `ref-whole`.
 */
export function referenceAnchor(ref: string | null): string {
  return ref === null ? 'ref-whole' : `ref-${hyphenSlug(ref)}`;
}

/** The page of a registered page or section, without the section anchor: `/overview/about/#ai-exchange-roadmap` → `/overview/about/`. */
export function sitePagePath(page: Pick<SitePage, 'path'>): string {
  return page.path.split('#')[0]!;
}

/** Where a registered page's short-link slug lands: its section of the page, or the record's path. */
export function pageSlugPath(page: Pick<SitePage, 'path'>, slug: Pick<PageSlug, 'anchor'>): string {
  return slug.anchor ? `${sitePagePath(page)}#${slug.anchor}` : page.path;
}

/** Where the content file of a registered page lives, relative to the project root (`/404/` → `content/404.mdx`, `/` → `content/index.mdx`). */
export function sitePageContentFile(page: Pick<SitePage, 'path'>): string {
  const path = sitePagePath(page);
  return path === '/' ? 'content/index.mdx' : overviewContentFile({ path });
}

/**
 * The Markdown twin of a page: `/controls/ratelimit/` → `/controls/ratelimit.md`, `/` → `/index.md`.
 * Throws for a path that is not a page path, so a caller cannot publish a twin at a strange address.
 */
export function markdownTwinPath(pagePath: string): string {
  if (!pagePath.startsWith('/') || !pagePath.endsWith('/')) {
    throw new Error(
      `\`${pagePath}\` is not a page path. Fix: pass the path of a page, starting and ending with a slash, such as /controls/ratelimit/.`,
    );
  }
  return pagePath === '/' ? '/index.md' : `${pagePath.slice(0, -1)}.md`;
}
