/**
 * Builds Starlight's sidebar from the catalog: the overview (its sections and the overview subjects in
 * reading order), then the four parts, then the subjects the original numbers as parts 5 and 6 (AI
 * security testing, a group of pages; AI privacy), then the standards crosswalks. Part 1 is split into
 * its sections 1.1 to 1.3; in parts 2 to 4 each top-level threat is followed by its sub-threats and by the controls
 * described for it, so a reader goes from a threat to its controls in one click. Control details (an
 * appendix of a control) follow the control they detail.
 *
 * This is the full reading order: Starlight's pagination, the PDF and `llms.txt` follow it. The sidebar
 * a page renders is cut to the page's part (src/site/prune-sidebar.ts).
 */
import type { Lookup } from '../catalog/lookup.ts';
import type { Control, Part, Threat } from '../catalog/types.ts';
import { controlPath, partPath, STANDARDS_PATH, threatPath } from '../catalog/urls.ts';

/** A sidebar link, in Starlight's user-config shape. */
export interface SidebarLink {
  readonly label: string;
  readonly link: string;
}
/** A sidebar group, in Starlight's user-config shape. */
export interface SidebarGroup {
  readonly label: string;
  readonly collapsed?: boolean;
  readonly items: SidebarItem[];
}
/** A sidebar item. */
export type SidebarItem = SidebarLink | SidebarGroup;

const controlLink = (c: Control): SidebarLink => ({ label: c.name, link: controlPath(c) });

/** The label of the link that opens a part (or a numbered part of several pages) with its own page. */
export const INTRODUCTION_LABEL = 'Introduction';
/** The label of the link that opens a threat's group (its sub-threats and controls) with its page. */
export const ABOUT_THREAT_LABEL = 'About this threat';

/**
 * The overview group's reading order, by path: first what AI security is and how to start, then the
 * threats and controls views, the deeper subjects, and the reference pages. Pages not named here follow
 * in catalog order, so a new overview page is never dropped.
 */
export const OVERVIEW_ORDER = [
  '/overview/',
  '/overview/essentials/',
  '/overview/ai-engineering-primer/',
  '/overview/threats/',
  '/overview/controls/',
  '/overview/periodic-table/',
  '/overview/navigator/',
  '/overview/risk-analysis/',
  '/overview/assess/',
  '/overview/generative-ai/',
  '/overview/agentic-ai/',
  '/overview/rag/',
  '/overview/prompt-injection-layers/',
  '/overview/how-about/',
  '/overview/copyright/',
  '/overview/ncsc-cisa/',
  '/overview/references/',
  '/overview/a-z/',
  '/overview/about/',
  '/data/',
  '/assistants/',
  '/contribute/',
] as const;

/** Each control followed by the controls that detail it (appendices). */
function withDetails(lookup: Lookup, list: readonly Control[]): Control[] {
  return list
    .filter((c) => !c.detailsOf)
    .flatMap((c) => [c, ...lookup.catalog.controls.filter((d) => d.detailsOf === c.id)]);
}
const threatLink = (t: Threat, label = t.shortName): SidebarLink => ({
  label,
  link: threatPath(t),
});

/** Controls described in a section or any of its sub-sections (`2.2` covers `2.2.1`). */
function controlsUnder(lookup: Lookup, part: Part, section: string): Control[] {
  return lookup
    .controlsOfPart(part.id)
    .filter((c) => c.section === section || c.section.startsWith(`${section}.`));
}

function partItems(lookup: Lookup, part: Part): SidebarItem[] {
  const items: SidebarItem[] = [{ label: INTRODUCTION_LABEL, link: partPath(part) }];
  if (part.id === 'general-controls') {
    for (const section of lookup.catalog.controlSections) {
      items.push({
        label: `${section.id} ${section.name}`,
        collapsed: true,
        items: withDetails(
          lookup,
          section.controls.map((id) => lookup.control(id)),
        ).map(controlLink),
      });
    }
    return items;
  }
  const group = lookup.threatGroupOfPart(part);
  if (group && group.controls.length > 0) {
    items.push({
      label: `Controls for all ${part.title.toLowerCase()}`,
      collapsed: true,
      items: group.controls.map((id) => controlLink(lookup.control(id))),
    });
  }
  const topThreats = lookup.threatsOfPart(part.id).filter((t) => t.parent === null);
  for (const threat of topThreats) {
    const children = threat.children.map((id) => lookup.threat(id));
    const controls = withDetails(lookup, controlsUnder(lookup, part, threat.section));
    const label = `${threat.section} ${threat.shortName}`;
    if (children.length === 0 && controls.length === 0) {
      items.push(threatLink(threat, label));
      continue;
    }
    const sub: SidebarItem[] = [threatLink(threat, ABOUT_THREAT_LABEL)];
    for (const child of children)
      sub.push(threatLink(child, `${child.section} ${child.shortName}`));
    if (controls.length > 0) sub.push({ label: 'Controls', items: controls.map(controlLink) });
    items.push({ label, collapsed: true, items: sub });
  }
  // A control with a numbered section of its own (4.9 agent sandboxing) that no threat section holds.
  const placed = new Set([
    ...(group?.controls ?? []),
    ...topThreats.flatMap((t) => controlsUnder(lookup, part, t.section).map((c) => c.id)),
  ]);
  for (const c of lookup.controlsOfPart(part.id)) {
    if (!placed.has(c.id) && !c.detailsOf && /^\d+\.\d+$/.test(c.section))
      items.push({ label: `${c.section} ${c.name}`, link: controlPath(c) });
  }
  return items;
}

/** The overview's links: the registered pages filed in it, in reading order. */
function overviewItems(lookup: Lookup): SidebarLink[] {
  const links = lookup.catalog.pages
    .filter((s) => s.sidebar?.group === 'overview')
    .map((s) => ({ label: s.title, link: s.path }));
  const rank = (link: string) => {
    const i = (OVERVIEW_ORDER as readonly string[]).indexOf(link);
    return i < 0 ? OVERVIEW_ORDER.length : i;
  };
  return links
    .map((l, i) => ({ l, i }))
    .sort((a, b) => rank(a.l.link) - rank(b.l.link) || a.i - b.i)
    .map((x) => x.l);
}

/** The whole sidebar. */
export function buildSidebar(lookup: Lookup): SidebarItem[] {
  const numbered = new Map<string, SidebarLink[]>();
  for (const s of lookup.catalog.pages) {
    if (s.sidebar?.group === 'part')
      numbered.set(s.sidebar.number, [
        ...(numbered.get(s.sidebar.number) ?? []),
        { label: s.title, link: s.path },
      ]);
  }
  return [
    {
      label: 'Overview',
      collapsed: false,
      items: overviewItems(lookup),
    },
    // Closed: a page outside a part shows the part as one link (src/site/prune-sidebar.ts).
    ...lookup.catalog.parts.map((part) => ({
      label: `${part.number}. ${part.title}`,
      collapsed: true,
      items: partItems(lookup, part),
    })),
    // A numbered part of one page is a link; of several, a group that opens with the first.
    ...[...numbered].map(([number, [first, ...more]]): SidebarItem =>
      more.length === 0
        ? { label: `${number}. ${first!.label}`, link: first!.link }
        : {
            label: `${number}. ${first!.label}`,
            collapsed: true,
            items: [{ label: INTRODUCTION_LABEL, link: first!.link }, ...more],
          },
    ),
    { label: 'Standards crosswalks', link: STANDARDS_PATH },
  ];
}
