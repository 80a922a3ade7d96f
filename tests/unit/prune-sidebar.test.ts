import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/catalog/lookup.ts';
import { countLinks, pruneSidebar, type SidebarEntry } from '../../src/site/prune-sidebar.ts';
import { PAGE_SIDEBAR } from '../../src/site/sidebar-middleware.ts';
import {
  ABOUT_THREAT_LABEL,
  buildSidebar,
  INTRODUCTION_LABEL,
  type SidebarItem,
} from '../../src/site/sidebar.ts';

/** The sidebar as Starlight hands it to route middleware on the page at `current`. */
function routeSidebar(items: readonly SidebarItem[], current: string): SidebarEntry[] {
  return items.map((i): SidebarEntry =>
    'link' in i
      ? {
          type: 'link',
          label: i.label,
          href: i.link,
          isCurrent: i.link === current,
          badge: undefined,
          attrs: {},
        }
      : {
          type: 'group',
          label: i.label,
          collapsed: i.collapsed ?? false,
          badge: undefined,
          entries: routeSidebar(i.items, current),
        },
  );
}

const hrefs = (entries: readonly SidebarEntry[]): string[] =>
  entries.flatMap((e) => (e.type === 'link' ? [e.href] : hrefs(e.entries)));
const group = (entries: readonly SidebarEntry[], label: string) => {
  const found = entries.find((e) => e.label === label);
  if (found?.type !== 'group') throw new Error(`no group "${label}" in the sidebar`);
  return found;
};
const current = (entries: readonly SidebarEntry[]): string[] =>
  entries.flatMap((e) => (e.type === 'link' ? (e.isCurrent ? [e.href] : []) : current(e.entries)));

/**
 * The catalog with every threat and control `k` times, as the benchmark's synthetic catalog has it
 * (scripts/bench/synthetic.ts): each entry link and each threat's group repeated with a copy suffix.
 */
function multiplied(items: readonly SidebarItem[], k: number): SidebarItem[] {
  const copy = (link: string, c: number) => (c === 0 ? link : link.replace(/\/$/, `z${c}/`));
  const isEntry = (link: string) => /^\/(threats|controls)\//.test(link);
  return items.flatMap((item, n): SidebarItem[] => {
    if ('link' in item) {
      const isLead = n === 0 && [INTRODUCTION_LABEL, ABOUT_THREAT_LABEL].includes(item.label);
      if (isLead || !isEntry(item.link)) return [item];
      return Array.from({ length: k }, (_, c) => ({
        label: c === 0 ? item.label : `${item.label} (copy ${c})`,
        link: copy(item.link, c),
      }));
    }
    const inner = multiplied(item.items, k);
    const lead = item.items[0];
    if (!(lead && 'link' in lead && lead.label === ABOUT_THREAT_LABEL))
      return [{ ...item, items: inner }];
    return Array.from({ length: k }, (_, c) => ({
      ...item,
      label: c === 0 ? item.label : `${item.label} (copy ${c})`,
      items: inner.map((x, j) => (j === 0 && 'link' in x ? { ...x, link: copy(x.link, c) } : x)),
    }));
  });
}

const full = buildSidebar(lookup);
const pageSidebar = (path: string, items = full) =>
  pruneSidebar(routeSidebar(items, path), PAGE_SIDEBAR);

describe('pruneSidebar', () => {
  it('shows a page in part 2 the structure of part 2 with its own group open, and every other part as one link to its introduction', () => {
    const sidebar = pageSidebar('/threats/evasion/');
    expect(sidebar.map((e) => [e.type, e.label])).toEqual([
      ['group', 'Overview'],
      ['link', '1. General controls'],
      ['group', '2. Input threats'],
      ['link', '3. Development-time threats'],
      ['link', '4. Runtime conventional security threats'],
      ['link', '5. AI security testing'],
      ['link', '6. AI privacy'],
      ['link', 'Standards crosswalks'],
    ]);
    expect(sidebar[1]).toMatchObject({ href: '/general-controls/' });
    expect(sidebar[5]).toMatchObject({ href: '/testing/' });
    const part2 = group(sidebar, '2. Input threats');
    // Today's part fits the cap, so it is shown as the full sidebar has it.
    expect(part2).toEqual(group(routeSidebar(full, '/threats/evasion/'), '2. Input threats'));
    expect(part2.entries.map((e) => e.label)).toContain('2.5 Denial of model service');
    expect(current(sidebar)).toEqual(['/threats/evasion/']);
  });

  it('shows every part of today’s catalog whole on the pages in it', () => {
    for (const part of full.filter((i) => 'items' in i && i.label !== 'Overview')) {
      if (!('items' in part)) continue;
      const first = hrefs(routeSidebar(part.items, ''));
      for (const path of [first[0]!, first.at(-1)!]) {
        const shown = group(pageSidebar(path), part.label);
        expect(countLinks(shown.entries)).toBeLessThanOrEqual(PAGE_SIDEBAR.cap);
        expect(hrefs(shown.entries)).toEqual(first);
      }
    }
  });

  it('shows a page outside the parts only the top level, with the overview open', () => {
    for (const path of ['/standards/iso-iec-27002/', '/', '/nowhere/']) {
      const sidebar = pageSidebar(path);
      expect(sidebar.filter((e) => e.type === 'group').map((e) => e.label)).toEqual(['Overview']);
      expect(countLinks(sidebar)).toBe(
        countLinks([group(sidebar, 'Overview')]) + sidebar.length - 1,
      );
    }
  });

  it('shows a page of the overview its group with the page marked current, and the parts as links', () => {
    const sidebar = pageSidebar('/data/');
    expect(current(sidebar)).toEqual(['/data/']);
    expect(sidebar.filter((e) => e.type === 'group').map((e) => e.label)).toEqual(['Overview']);
  });

  describe('with ten times the entries', () => {
    const x10 = multiplied(full, 10);

    it('builds a catalog ten times as large for the comparison', () => {
      expect(countLinks(routeSidebar(x10, ''))).toBeGreaterThan(
        10 * countLinks(routeSidebar(full, '')) - 200,
      );
    });

    it('shows a window of the long part that holds the current page, its group open, and a link to the part page that lists all its entries', () => {
      const sidebar = pageSidebar('/controls/trainadversarialz3/', x10);
      const part2 = group(sidebar, '2. Input threats');
      expect(countLinks(part2.entries)).toBeLessThanOrEqual(PAGE_SIDEBAR.cap);
      expect(part2.entries[0]).toMatchObject({
        label: 'Introduction',
        href: '/threats-through-use/',
      });
      const all = part2.entries.at(-1);
      expect(all).toMatchObject({ type: 'link', href: '/threats-through-use/' });
      expect(all?.label).toMatch(/^All \d+ pages of 2\. Input threats$/);
      const evasion = group(part2.entries, '2.1 Evasion');
      expect(evasion.collapsed).toBe(false);
      const controls = group(evasion.entries, 'Controls');
      expect(hrefs(controls.entries)).toContain('/controls/trainadversarialz3/');
      expect(current(sidebar)).toEqual(['/controls/trainadversarialz3/']);
      // Neighbouring threats fold into one link each to the threat's page.
      expect(part2.entries).toContainEqual(
        expect.objectContaining({
          type: 'link',
          label: '2.1 Evasion (copy 1)',
          href: '/threats/evasionz1/',
        }),
      );
      // Other parts stay one link each.
      expect(sidebar.find((e) => e.label === '3. Development-time threats')?.type).toBe('link');
    });

    it('keeps the sidebar of a page within 1.5 times today’s size, in links', () => {
      for (const path of [
        '/threats/evasion/',
        '/controls/aiprogram/',
        '/controls/adversarialrobustdistillation/',
        '/threats-through-use/',
        '/overview/',
        '/testing/agents/',
      ]) {
        const today = countLinks(pageSidebar(path));
        const tenfold = countLinks(pageSidebar(path, x10));
        expect(tenfold, path).toBeLessThanOrEqual(1.5 * today);
        expect(current(pageSidebar(path, x10)), path).toEqual([path]);
      }
    });
  });

  describe('on generated trees', () => {
    /** A part of `n` threats, each with `subs` sub-threats and a group of `controls` controls. */
    function part(n: number, subs: number, controls: number): SidebarEntry {
      const link = (label: string, href: string): SidebarEntry => ({
        type: 'link',
        label,
        href,
        isCurrent: false,
        badge: undefined,
        attrs: {},
      });
      const g = (label: string, entries: SidebarEntry[]): SidebarEntry => ({
        type: 'group',
        label,
        collapsed: true,
        badge: undefined,
        entries,
      });
      return g('2. Part', [
        link(INTRODUCTION_LABEL, '/part/'),
        g(
          'Controls for all',
          Array.from({ length: controls }, (_, i) => link(`S${i}`, `/s/${i}/`)),
        ),
        ...Array.from({ length: n }, (_, t) =>
          g(`2.${t} Threat`, [
            link(ABOUT_THREAT_LABEL, `/t/${t}/`),
            ...Array.from({ length: subs }, (_, s) => link(`Sub ${s}`, `/t/${t}/${s}/`)),
            g(
              'Controls',
              Array.from({ length: controls }, (_, c) => link(`C${c}`, `/t/${t}/c/${c}/`)),
            ),
          ]),
        ),
      ]);
    }
    const mark = (entries: readonly SidebarEntry[], path: string): SidebarEntry[] =>
      entries.map((e) =>
        e.type === 'link'
          ? { ...e, isCurrent: e.href === path }
          : { ...e, entries: mark(e.entries, path) },
      );

    it('never shows more than the cap in a part, and always the current page, whatever the part’s size', () => {
      for (const [n, subs, controls] of [
        [3, 2, 2],
        [40, 0, 0],
        [50, 5, 50],
        [500, 30, 300],
        [1, 200, 0],
        [1, 0, 1000],
      ] as const) {
        const tree = [part(n, subs, controls)];
        const paths = hrefs(tree);
        for (const path of [
          paths[0]!,
          paths[1]!,
          paths[Math.floor(paths.length / 2)]!,
          paths.at(-1)!,
        ]) {
          const pruned = pruneSidebar(mark(tree, path), PAGE_SIDEBAR);
          expect(countLinks(pruned), `${n}/${subs}/${controls} at ${path}`).toBeLessThanOrEqual(
            Math.min(PAGE_SIDEBAR.cap, paths.length),
          );
          expect(current(pruned)).toEqual([path]);
        }
      }
    });

    it('keeps the badges of the links it shows, and gives a folded group’s link the group’s badge', () => {
      const tree = mark([part(60, 2, 2)], '/t/30/');
      const threats = (tree[0] as Extract<SidebarEntry, { type: 'group' }>).entries;
      const [here, next] = [threats[32], threats[33]];
      if (here?.type !== 'group' || here.entries[0]?.type !== 'link' || next?.type !== 'group')
        throw new Error('the generated part has another shape');
      here.entries[0].badge = { text: 'New', variant: 'tip' };
      next.badge = { text: 'Draft', variant: 'caution' };
      const shown = group(pruneSidebar(tree, PAGE_SIDEBAR), '2. Part').entries;
      expect(group(shown, '2.30 Threat').entries[0]).toMatchObject({
        isCurrent: true,
        badge: { text: 'New', variant: 'tip' },
      });
      expect(shown.find((e) => e.label === '2.31 Threat')).toMatchObject({
        type: 'link',
        href: '/t/31/',
        badge: { text: 'Draft', variant: 'caution' },
      });
    });
  });
});
