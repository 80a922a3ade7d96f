/**
 * Cuts the sidebar of one page down to a size that does not grow with the catalog. Starlight renders
 * the whole sidebar into every page, collapsed groups included, so with every threat and control in
 * it each page grows with the catalog and the site with pages × entries. Here a page keeps the top
 * level (every part, as a link to its introduction), the groups the configuration leaves open (the
 * overview) and the group it is in, with that group's structure down to the current page; a group of
 * more than `cap` links shows a window of neighbours around the current page and a link to the page
 * that lists them all. Only the rendered sidebar is cut: the reading order (pagination, the PDF,
 * `llms.txt`) comes from the full sidebar.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/** An entry of Starlight's per-page sidebar (route data). */
export type SidebarEntry = StarlightRouteData['sidebar'][number];
type Group = Extract<SidebarEntry, { type: 'group' }>;
type Link = Extract<SidebarEntry, { type: 'link' }>;

/** How far the sidebar is cut. */
export interface PruneOptions {
  /** Most links an open top-level group shows (its introduction and the "all" link included). */
  readonly cap: number;
  /**
   * Labels of a link that opens a group with the group's own page (`Introduction` for a part,
   * `About this threat` for a threat and its sub-threats): such a group folds into one link to it.
   */
  readonly leadLabels: readonly string[];
  /** The label of the link to the page that lists all `count` pages of a shortened group. */
  readonly moreLabel: (count: number, groupLabel: string) => string;
}

/** Links a closed group without a page of its own keeps (the "all" link included). */
const CLOSED_GROUP_LINKS = 4;

/** The number of links in a list of entries. */
export function countLinks(entries: readonly SidebarEntry[]): number {
  let n = 0;
  for (const e of entries) n += e.type === 'link' ? 1 : countLinks(e.entries);
  return n;
}

const holdsCurrent = (e: SidebarEntry): boolean =>
  e.type === 'link' ? e.isCurrent : e.entries.some(holdsCurrent);

function link(label: string, href: string, badge?: Link['badge']): Link {
  return { type: 'link', label, href, isCurrent: false, badge, attrs: {} };
}

/** The group's own page: its first link when that link is labelled as the group's lead. */
function leadOf(group: Group, o: PruneOptions): Link | undefined {
  const first = group.entries[0];
  return first?.type === 'link' && o.leadLabels.includes(first.label) ? first : undefined;
}

/**
 * A group off the current page's path: one link to its own page (labelled as the group), or, for a
 * group without one, a closed group that starts its list and links to `landing` for the rest.
 */
function fold(entry: SidebarEntry, landing: string, o: PruneOptions): SidebarEntry {
  if (entry.type === 'link') return entry;
  const lead = leadOf(entry, o);
  if (lead) return link(entry.label, lead.href, entry.badge);
  return { ...entry, collapsed: true, entries: fit(entry, CLOSED_GROUP_LINKS, landing, o) };
}

/**
 * The entries of `group` in at most `budget` links (at least 3): unchanged if they fit; otherwise the
 * group's lead, the entry on the current page's path (itself fitted), as many neighbours around it as
 * fit (groups folded), and a link to `landing` (the nearest page that lists them all).
 */
function fit(group: Group, budget: number, landing: string, o: PruneOptions): SidebarEntry[] {
  const entries = group.entries;
  const total = countLinks(entries);
  if (total <= budget) return entries;
  const lead = leadOf(group, o);
  const home = lead?.href ?? landing;
  const shown: (SidebarEntry | undefined)[] = entries.map(() => undefined);
  let room = budget - 1; // the "all" link
  if (lead) {
    shown[0] = lead;
    room -= 1;
  }
  const path = entries.findIndex(holdsCurrent);
  const folded = entries.map((e, i) => (i === path || shown[i] ? undefined : fold(e, home, o)));
  if (path >= 0 && !shown[path]) {
    const current = entries[path]!;
    if (current.type === 'link') shown[path] = current;
    else {
      // The path gets what its folded neighbours leave, and at least half of the room.
      const others = folded.reduce((n, f) => n + (f ? countLinks([f]) : 0), 0);
      const own = Math.max(room - Math.min(others, Math.floor(room / 2)), 3);
      shown[path] = { ...current, collapsed: false, entries: fit(current, own, home, o) };
    }
    room -= countLinks([shown[path]!]);
  }
  // Groups without a page of their own (a threat's controls, the controls shared by a part) are
  // structure, not entries: they stay, closed, as long as they take at most half of what is left.
  let structure = Math.floor(room / 2);
  folded.forEach((f, i) => {
    const cost = f && f.type === 'group' ? countLinks([f]) : 0;
    if (cost === 0 || cost > structure) return;
    shown[i] = f;
    structure -= cost;
    room -= cost;
  });
  // Then a contiguous window of neighbours around the path (from the top when the page is not in
  // this group); entries already shown are stepped over.
  const next = { after: path >= 0 ? path + 1 : 0, before: path - 1 };
  const open = { after: true, before: path >= 0 };
  while (open.after || open.before) {
    for (const side of ['after', 'before'] as const) {
      const step = side === 'after' ? 1 : -1;
      while (shown[next[side]]) next[side] += step;
      const f = folded[next[side]];
      if (!open[side] || !f || countLinks([f]) > room) {
        open[side] = false;
        continue;
      }
      shown[next[side]] = f;
      room -= countLinks([f]);
      next[side] += step;
    }
  }
  const kept = shown.filter((e): e is SidebarEntry => e !== undefined);
  const count = total - (lead ? 1 : 0);
  return [...kept, link(o.moreLabel(count, group.label), home)];
}

/**
 * The sidebar one page shows: top-level links as they are; each top-level group that holds the
 * current page or is open by configuration, with its structure and at most `cap` links; every other
 * top-level group folded into one link to its own page.
 */
export function pruneSidebar(
  sidebar: readonly SidebarEntry[],
  options: PruneOptions,
): SidebarEntry[] {
  return sidebar.map((entry) => {
    if (entry.type === 'link') return entry;
    const first = entry.entries.find((e): e is Link => e.type === 'link');
    const landing = leadOf(entry, options)?.href ?? first?.href ?? '/';
    if (holdsCurrent(entry) || !entry.collapsed)
      return { ...entry, entries: fit(entry, options.cap, landing, options) };
    return fold(entry, landing, options);
  });
}
