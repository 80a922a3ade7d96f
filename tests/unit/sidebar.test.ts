import { describe, expect, it } from 'vitest';
import { createLookup, lookup } from '../../src/catalog/lookup.ts';
import { controlPath, partPath, STANDARDS_PATH, threatPath } from '../../src/catalog/urls.ts';
import { buildSidebar, type SidebarItem } from '../../src/site/sidebar.ts';

const links = (items: readonly SidebarItem[]): string[] =>
  items.flatMap((i) => ('link' in i ? [i.link] : links(i.items)));

describe('buildSidebar', () => {
  const sidebar = buildSidebar(lookup);
  const all = links(sidebar);

  it('links every overview page, part, threat, control, subject page and the standards index exactly once', () => {
    const expected = [
      STANDARDS_PATH,
      ...lookup.catalog.pages.filter((s) => s.sidebar).map((s) => s.path),
      ...lookup.catalog.parts.map(partPath),
      ...lookup.catalog.threats.map(threatPath),
      ...lookup.catalog.controls.map(controlPath),
    ];
    expect([...all].sort()).toEqual([...expected].sort());
  });

  it('orders the four parts as the document does, then testing and privacy as parts 5 and 6, with the standards crosswalks last', () => {
    expect(sidebar.map((i) => i.label)).toEqual([
      'Overview',
      '1. General controls',
      '2. Input threats',
      '3. Development-time threats',
      '4. Runtime conventional security threats',
      '5. AI security testing',
      '6. AI privacy',
      'Standards crosswalks',
    ]);
  });

  it('lists the overview subjects in the overview group in reading order, starting with the summary', () => {
    const overview = sidebar[0];
    const paths = overview && 'items' in overview ? links(overview.items) : [];
    expect(paths[0]).toBe('/overview/');
    for (const path of [
      '/overview/essentials/',
      '/overview/agentic-ai/',
      '/overview/rag/',
      '/overview/copyright/',
      '/overview/a-z/',
    ])
      expect(paths).toContain(path);
    expect(paths.indexOf('/overview/essentials/')).toBeLessThan(
      paths.indexOf('/overview/threats/'),
    );
    expect(paths.indexOf('/overview/agentic-ai/')).toBeLessThan(
      paths.indexOf('/overview/references/'),
    );
  });

  it('follows a control with the control details that are its appendix', () => {
    const part1 = sidebar[1];
    const s13 =
      part1 && 'items' in part1 ? part1.items.find((i) => i.label.startsWith('1.3')) : undefined;
    const list = s13 && 'items' in s13 ? links(s13.items) : [];
    expect(list.indexOf('/controls/culturesensitivealignment/')).toBe(
      list.indexOf('/controls/modelalignment/') + 1,
    );
  });

  it('puts prompt injection in the input threats with its three sub-threats, and agent sandboxing as section 4.9', () => {
    const part2 = sidebar[2];
    const pi =
      part2 && 'items' in part2
        ? part2.items.find((i) => i.label === '2.2 Prompt injection')
        : undefined;
    expect(
      pi && 'items' in pi ? links(pi.items).filter((l) => l.startsWith('/threats/')) : [],
    ).toEqual([
      '/threats/promptinjection/',
      '/threats/directpromptinjection/',
      '/threats/indirectpromptinjection/',
      '/threats/agentmessagestructuremanipulation/',
    ]);
    const part4 = sidebar[4];
    expect(part4 && 'items' in part4 ? part4.items.at(-1) : undefined).toEqual({
      label: '4.9 Agent sandboxing and isolation',
      link: '/controls/agentsandboxing/',
    });
  });

  it('groups the pages of part 5 under its overview, in the order of the registry', () => {
    const part5 = sidebar.find((i) => i.label === '5. AI security testing');
    const paths = part5 && 'items' in part5 ? links(part5.items) : [];
    expect(paths[0]).toBe('/testing/');
    expect(paths).toEqual(
      lookup.catalog.pages
        .filter((s) => s.sidebar?.group === 'part' && s.sidebar.number === '5')
        .map((s) => s.path),
    );
    expect(paths.length).toBeGreaterThan(1);
  });

  it('links a part of one page directly', () => {
    expect(sidebar.find((i) => i.label === '6. AI privacy')).toEqual({
      label: '6. AI privacy',
      link: '/privacy/',
    });
  });

  it('links the standards crosswalks as a top-level item', () => {
    expect(sidebar.at(-1)).toEqual({ label: 'Standards crosswalks', link: '/standards/' });
  });

  it('splits the general controls into sections 1.1 to 1.3', () => {
    const part1 = sidebar[1];
    expect(part1 && 'items' in part1 ? part1.items.map((i) => i.label) : []).toEqual([
      'Introduction',
      '1.1 General governance controls',
      '1.2 General controls for sensitive data limitation',
      '1.3 Controls to limit the effects of unwanted behaviour',
    ]);
  });

  it('follows a threat with the controls described for it', () => {
    const part2 = sidebar[2];
    const evasion =
      part2 && 'items' in part2 ? part2.items.find((i) => i.label === '2.1 Evasion') : undefined;
    expect(evasion && 'items' in evasion ? links(evasion.items) : []).toEqual([
      '/threats/evasion/',
      '/threats/closedboxevasion/',
      '/threats/openboxevasion/',
      '/threats/transferattack/',
      '/threats/partialknowledgeevasion/',
      '/threats/evasionafterpoison/',
      '/controls/detectadversarialinput/',
      '/controls/evasionrobustmodel/',
      '/controls/trainadversarial/',
      '/controls/inputdistortion/',
      '/controls/adversarialrobustdistillation/',
    ]);
  });

  it('makes a numbered part of several registered pages a group that opens with the first', () => {
    const extra = {
      id: 'testing-extra',
      title: 'Testing extras',
      path: '/testing/extra/',
      sidebar: { group: 'part', number: '7' },
      slugs: [],
      legacyAnchors: [],
      original: null,
    } as const;
    const more = {
      ...extra,
      id: 'testing-more',
      title: 'More testing',
      path: '/testing/more/',
    } as const;
    const grown = buildSidebar(
      createLookup({ ...lookup.catalog, pages: [...lookup.catalog.pages, extra, more] }),
    );
    const part7 = grown.find((i) => i.label === '7. Testing extras');
    expect(part7 && 'items' in part7 ? part7.items : []).toEqual([
      { label: 'Introduction', link: '/testing/extra/' },
      { label: 'More testing', link: '/testing/more/' },
    ]);
  });
});
