/**
 * The reading order of the whole site, for the exports that put every page in one sequence (the PDF,
 * llms.txt, llms-full.txt): the home page, then the sidebar's order (overview, the four parts, the
 * standards crosswalks), then every other page of the site in path order, so a page that the sidebar
 * does not list is still included.
 */
import type { SidebarItem } from './sidebar.ts';

/** A titled run of page paths. */
export interface PathSection {
  readonly title: string;
  readonly paths: readonly string[];
}

/** The page paths a sidebar item links to, in order, without `#fragment` links. */
function linksOf(item: SidebarItem): string[] {
  if ('link' in item) return item.link.includes('#') ? [] : [item.link];
  return item.items.flatMap(linksOf);
}

/**
 * Orders `pages` (site paths) into sections: `Start` (the home page), one per top-level sidebar group,
 * and `More pages` for the rest. Each page appears once, in its first place; sidebar links to pages
 * that are not in `pages` are dropped, and empty sections are left out.
 */
export function pageSections(
  pages: readonly string[],
  sidebar: readonly SidebarItem[],
): PathSection[] {
  const remaining = new Set(pages);
  const take = (paths: readonly string[]) => paths.filter((p) => remaining.delete(p));
  const sections: PathSection[] = [{ title: 'Start', paths: take(['/']) }];
  const loose: string[] = [];
  for (const item of sidebar) {
    if ('link' in item) loose.push(...linksOf(item));
    else sections.push({ title: item.label, paths: take(linksOf(item)) });
  }
  // A top-level link (the standards index) opens a section with the pages under its path.
  for (const link of loose) {
    const paths = take([link, ...[...remaining].filter((p) => p.startsWith(link)).sort()]);
    if (paths.length > 0) sections.push({ title: titleOfLoose(link, sidebar), paths });
  }
  sections.push({ title: 'More pages', paths: [...remaining].sort() });
  return sections.filter((s) => s.paths.length > 0);
}

function titleOfLoose(link: string, sidebar: readonly SidebarItem[]): string {
  const item = sidebar.find((i) => 'link' in i && i.link === link);
  return item?.label ?? link;
}
