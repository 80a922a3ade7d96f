/**
 * Builds Starlight's sidebar from the catalog: the overview, then the four parts, then the standards
 * crosswalks. Part 1 is split into
 * its sections 1.1 to 1.3; in parts 2 to 4 each top-level threat is followed by its sub-threats and by
 * the controls described for it, so a reader goes from a threat to its controls in one click.
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
const threatLink = (t: Threat, label = t.shortName): SidebarLink => ({ label, link: threatPath(t) });

/** Controls described in a section or any of its sub-sections (`2.2` covers `2.2.1`). */
function controlsUnder(lookup: Lookup, part: Part, section: string): Control[] {
  return lookup.controlsOfPart(part.id).filter((c) => c.section === section || c.section.startsWith(`${section}.`));
}

function partItems(lookup: Lookup, part: Part): SidebarItem[] {
  const items: SidebarItem[] = [{ label: 'Introduction', link: partPath(part) }];
  if (part.id === 'general-controls') {
    for (const section of lookup.catalog.controlSections) {
      items.push({
        label: `${section.id} ${section.name}`,
        collapsed: true,
        items: section.controls.map((id) => controlLink(lookup.control(id))),
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
  for (const threat of lookup.threatsOfPart(part.id).filter((t) => t.parent === null)) {
    const children = threat.children.map((id) => lookup.threat(id));
    const controls = controlsUnder(lookup, part, threat.section);
    const label = `${threat.section} ${threat.shortName}`;
    if (children.length === 0 && controls.length === 0) {
      items.push(threatLink(threat, label));
      continue;
    }
    const sub: SidebarItem[] = [threatLink(threat, 'About this threat')];
    for (const child of children) sub.push(threatLink(child, `${child.section} ${child.shortName}`));
    if (controls.length > 0) sub.push({ label: 'Controls', items: controls.map(controlLink) });
    items.push({ label, collapsed: true, items: sub });
  }
  return items;
}

/** The whole sidebar. */
export function buildSidebar(lookup: Lookup): SidebarItem[] {
  return [
    {
      label: 'Overview',
      collapsed: false,
      items: lookup.catalog.overviewSections.map((s) => ({ label: s.title, link: s.path })),
    },
    ...lookup.catalog.parts.map((part) => ({
      label: `${part.number}. ${part.title}`,
      collapsed: part.number !== '1',
      items: partItems(lookup, part),
    })),
    { label: 'Standards crosswalks', link: STANDARDS_PATH },
  ];
}
