import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/catalog/lookup.ts';
import { controlPath, partPath, STANDARDS_PATH, threatPath } from '../../src/catalog/urls.ts';
import { buildSidebar, type SidebarItem } from '../../src/site/sidebar.ts';

const links = (items: readonly SidebarItem[]): string[] =>
  items.flatMap((i) => ('link' in i ? [i.link] : links(i.items)));

describe('buildSidebar', () => {
  const sidebar = buildSidebar(lookup);
  const all = links(sidebar);

  it('links every overview page, part, threat and control and the standards index exactly once', () => {
    const expected = [
      STANDARDS_PATH,
      ...lookup.catalog.overviewSections.map((s) => s.path),
      ...lookup.catalog.parts.map(partPath),
      ...lookup.catalog.threats.map(threatPath),
      ...lookup.catalog.controls.map(controlPath),
    ];
    expect([...all].sort()).toEqual([...expected].sort());
  });

  it('orders the four parts as the document does, with the standards crosswalks last', () => {
    expect(sidebar.map((i) => i.label)).toEqual([
      'Overview',
      '1. General controls',
      '2. Threats through use',
      '3. Development-time threats',
      '4. Runtime application security threats',
      'Standards crosswalks',
    ]);
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
    const evasion = part2 && 'items' in part2 ? part2.items.find((i) => i.label === '2.1 Evasion') : undefined;
    expect(evasion && 'items' in evasion ? links(evasion.items) : []).toEqual([
      '/threats/evasion/', '/threats/closedboxevasion/', '/threats/openboxevasion/', '/threats/evasionafterpoison/',
      '/controls/detectoddinput/', '/controls/detectadversarialinput/', '/controls/evasionrobustmodel/',
      '/controls/trainadversarial/', '/controls/inputdistortion/', '/controls/adversarialrobustdistillation/',
    ]);
  });
});
