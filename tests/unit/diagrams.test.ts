import { readFileSync } from 'node:fs';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import {
  catalogSource,
  inlineSvg,
  renderAll,
  type DiagramSource,
  type RenderedDiagram,
} from '../../src/diagrams/index.ts';
import { renderMatrix } from '../../src/diagrams/matrix.ts';
import { renderNavigator } from '../../src/diagrams/navigator.ts';
import { renderPeriodicTable } from '../../src/diagrams/periodic-table.ts';
import { renderThreatModel } from '../../src/diagrams/threat-model.ts';
import { textWidth, wrap } from '../../src/diagrams/text.ts';
import { sitePageContentFile } from '../../src/catalog/urls.ts';

const diagrams = renderAll(catalogSource);
const byName = (name: string): RenderedDiagram => diagrams.find((d) => d.name === name)!;

/** Counts the elements that carry `attr="value"` (a space-separated list attribute counts each item). */
function count(svg: string, attr: string, value: string): number {
  return [...svg.matchAll(new RegExp(`${attr}="([^"]*)"`, 'g'))].filter((m) =>
    m[1]!.split(' ').includes(value),
  ).length;
}

/** Parses SVG as strict XML; returns the first error, the root's name and the title text. */
function parseXml(svg: string): { error: string | null; root: string | null; title: string } {
  const parser = sax.parser(true);
  let error: string | null = null;
  let root: string | null = null;
  let title = '';
  let inTitle = false;
  parser.onerror = (e) => {
    error ??= e.message;
    parser.resume();
  };
  parser.onopentag = (tag) => {
    root ??= tag.name;
    inTitle = tag.name === 'title' && title === '';
  };
  parser.ontext = (t) => {
    if (inTitle) title += t;
  };
  parser.onclosetag = () => {
    inTitle = false;
  };
  parser.write(svg).close();
  return { error, root, title };
}

function hrefs(svg: string): string[] {
  return [...svg.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&#x26;', '&'));
}

/** The pages of the site that diagrams may link to, and the fragments each has. */
function knownTargets(src: DiagramSource): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  for (const t of src.threats) pages.set(`/threats/${t.slug}/`, new Set());
  for (const c of src.controls) pages.set(`/controls/${c.slug}/`, new Set());
  const overview = src.pages.filter((s) => !s.path.includes('#'));
  for (const s of overview) pages.set(s.path, new Set());
  for (const g of src.controlGroups) pages.get('/overview/controls/')?.add(`group-${g.slug}`);
  // Heading ids of the overview pages, as rehype-slug makes them from `## Heading` lines.
  for (const s of overview) {
    for (const m of readFileSync(sitePageContentFile(s), 'utf8').matchAll(/^#{2,3} (.+)$/gm)) {
      pages.get(s.path)!.add(
        m[1]!
          .toLowerCase()
          .replace(/[^\w\s-]/g, '')
          .trim()
          .replace(/\s+/g, '-'),
      );
    }
  }
  return pages;
}

/** The catalog with one threat renamed. */
function renamed(id: string, name: string): DiagramSource {
  return {
    ...catalogSource,
    threats: catalogSource.threats.map((t) => (t.id === id ? { ...t, name, shortName: name } : t)),
  };
}

describe('diagrams', () => {
  it('renders seven diagrams with distinct names', () => {
    expect(diagrams.map((d) => d.name)).toEqual([
      'ai-security-matrix',
      'threat-model',
      'threat-model-controls-general',
      'threat-model-controls-genai-trained',
      'threat-model-controls-genai-as-is',
      'periodic-table',
      'navigator',
    ]);
  });

  it.each(diagrams.map((d) => [d.name, d] as const))(
    '%s is well-formed XML with role img, a title and a description',
    (_, d) => {
      const xml = parseXml(d.svg);
      expect(xml.error).toBeNull();
      expect(xml.root).toBe('svg');
      expect(xml.title).toBe(d.title);
      expect(d.svg).toMatch(/^<svg [^>]*role="img"/);
      expect(d.svg).toContain(`<desc id="${d.name}-desc">`);
      expect(d.svg).not.toMatch(/<image|data:image/);
    },
  );

  it.each(diagrams.map((d) => [d.name, d] as const))(
    'every link of %s targets a page or anchor that exists',
    (_, d) => {
      const targets = knownTargets(catalogSource);
      const links = hrefs(d.svg);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const [path, fragment] = link.split('#') as [string, string | undefined];
        expect(targets.has(path), `${d.name} links to ${link}`).toBe(true);
        if (fragment)
          expect(targets.get(path)!.has(fragment), `${d.name} links to ${link}`).toBe(true);
      }
    },
  );

  it('links every threat page and every control page from the diagrams together', () => {
    const all = new Set(diagrams.flatMap((d) => hrefs(d.svg)));
    for (const t of catalogSource.threats) expect(all.has(`/threats/${t.slug}/`), t.id).toBe(true);
    for (const c of catalogSource.controls)
      expect(all.has(`/controls/${c.slug}/`), c.id).toBe(true);
  });

  it('renders the same bytes twice', () => {
    const again = renderAll(catalogSource);
    expect(again.map((d) => d.svg)).toEqual(diagrams.map((d) => d.svg));
  });

  it.each(diagrams.map((d) => [d.name, d] as const))(
    '%s matches its committed snapshot',
    async (name, d) => {
      await expect(d.svg).toMatchFileSnapshot(`./__snapshots__/diagrams/${name}.svg`);
    },
  );

  it('renaming a threat changes every diagram that shows it', () => {
    const changed = renderAll(renamed('DATAPOISON', 'Renamedpoison'));
    const showing = diagrams.filter(
      (d) =>
        count(d.svg, 'data-threat', 'DATAPOISON') + count(d.svg, 'data-threats', 'DATAPOISON') > 0,
    );
    expect(showing.length).toBeGreaterThanOrEqual(5);
    for (const d of showing) {
      const after = changed.find((c) => c.name === d.name)!.svg;
      expect(after, d.name).toContain('Renamedpoison');
      expect(d.svg, d.name).not.toContain('Renamedpoison');
    }
  });
});

describe('the AI security matrix', () => {
  it('shows every threat exactly once', () => {
    const svg = byName('ai-security-matrix').svg;
    for (const t of catalogSource.threats) expect(count(svg, 'data-threat', t.id), t.id).toBe(1);
  });

  it('lists the entries added since the seed, including those the original leaves out of its matrix', () => {
    const svg = byName('ai-security-matrix').svg;
    for (const id of [
      'AGENTESCAPE',
      'AUGMENTATIONDATALEAK',
      'AUGMENTATIONDATAMANIPULATION',
      'PROMPTINJECTION',
      'TRANSFERATTACK',
    ])
      expect(count(svg, 'data-threat', id), id).toBe(1);
    expect(svg).toContain('Augmentation data');
  });

  it('keeps a matrix row that names no threat as an unlinked row', () => {
    const generic = catalogSource.matrixRows.filter((r) => r.threats.length === 0);
    expect(generic.length).toBeGreaterThan(0);
    for (const r of generic)
      expect(byName('ai-security-matrix').svg).toContain(r.threatLabel.split(' ')[0]);
  });

  it('puts each threat under the group of its first asset and impact', () => {
    const outline = renderMatrix(catalogSource).outline;
    const group = outline.find((g) => g.children?.some((c) => c.href === '/threats/leakinput/'));
    expect(group?.label).toBe('Model input data: confidentiality');
  });
});

describe('the periodic table', () => {
  const svg = renderPeriodicTable(catalogSource).svg;

  it('shows every threat exactly once', () => {
    for (const t of catalogSource.threats) expect(count(svg, 'data-threat', t.id), t.id).toBe(1);
  });

  it('shows every control', () => {
    for (const c of catalogSource.controls)
      expect(count(svg, 'data-control', c.id), c.id).toBeGreaterThan(0);
  });

  it('lists a general control once, in the first row, not under each threat', () => {
    const general = catalogSource.controls.find((c) => c.general)!;
    expect(count(svg, 'data-control', general.id)).toBe(1);
  });
});

describe('the navigator', () => {
  const svg = renderNavigator(catalogSource).svg;

  it('shows every group, control, threat and impact once, each with a link', () => {
    for (const g of catalogSource.controlGroups)
      expect(count(svg, 'data-group', g.id), g.id).toBe(1);
    for (const c of catalogSource.controls) expect(count(svg, 'data-control', c.id), c.id).toBe(1);
    for (const t of catalogSource.threats) expect(count(svg, 'data-threat', t.id), t.id).toBe(1);
    for (const i of catalogSource.impactLegend)
      expect(count(svg, 'data-impact', i.code), i.code).toBe(1);
    const nodes = svg.match(/class="dg-node/g)!.length;
    const linked = svg.match(/<g class="dg-node[^"]*"[^>]*><a href=/g)!.length;
    expect(linked).toBe(nodes);
  });

  it('draws one line per relation', () => {
    const relations =
      catalogSource.controls.reduce(
        (n, c) => n + new Set([c.group, ...c.groups]).size + c.threats.length,
        0,
      ) + catalogSource.threats.reduce((n, t) => n + t.impactCodes.length, 0);
    expect(svg.match(/class="dg-edge"/g)!.length).toBe(relations);
  });
});

describe('the threat model', () => {
  it("marks the threats that are the provider's responsibility in the GenAI as-is variant", () => {
    const d = renderThreatModel(catalogSource, 'genai-as-is');
    const rule = catalogSource.riskRules.find((r) => r.diagramVariant === 'genai-as-is')!;
    const provider = d.outline.find((o) => o.label.startsWith("Provider's responsibility"))!;
    expect(provider.children!.map((c) => c.href)).toEqual(
      rule.providerResponsibleThreats!.map((id) => `/threats/${id.toLowerCase()}/`),
    );
  });

  it('links each control box to its group', () => {
    const d = renderThreatModel(catalogSource, 'general');
    const variant = catalogSource.diagramVariants.find((v) => v.id === 'general')!;
    for (const box of variant.controlBoxes) {
      for (const id of box.groups) {
        const g = catalogSource.controlGroups.find((x) => x.id === id)!;
        expect(d.svg, box.id).toContain(`href="/overview/controls/#group-${g.slug}"`);
      }
    }
  });

  it('draws an arrow whose id has no place in a row below the others instead of failing', () => {
    const variants = catalogSource.diagramVariants.map((v) =>
      v.id === 'threats'
        ? {
            ...v,
            threatArrows: [
              ...v.threatArrows,
              {
                id: 'brand-new',
                label: 'Brand new threat',
                impactCode: 'B' as const,
                element: 'input' as const,
                direction: 'in' as const,
                zone: 'runtime',
                threats: ['EVASION' as const],
              },
            ],
          }
        : v,
    );
    const before = renderThreatModel(catalogSource, 'threats');
    const after = renderThreatModel({ ...catalogSource, diagramVariants: variants }, 'threats');
    expect(after.svg).toContain('Brand new threat');
    expect(after.height).toBeGreaterThan(before.height);
  });

  it("draws today's runtime threats: augmentation data leak and manipulation, agent escape, prompt injection as a group", () => {
    for (const name of [
      'threat-model',
      'threat-model-controls-general',
      'threat-model-controls-genai-as-is',
    ]) {
      const svg = byName(name).svg;
      for (const id of [
        'AUGMENTATIONDATALEAK',
        'AUGMENTATIONDATAMANIPULATION',
        'AGENTESCAPE',
        'PROMPTINJECTION',
        'AGENTMESSAGESTRUCTUREMANIPULATION',
      ]) {
        expect(svg, `${name} shows ${id}`).toContain(`href="/threats/${id.toLowerCase()}/"`);
      }
    }
  });

  it("labels with today's legend: the augmentation data leak is A, resource exhaustion E, input leak I, and no L remains", () => {
    const d = renderThreatModel(catalogSource, 'threats');
    type Item = (typeof d.outline)[number];
    const all = (items: readonly Item[]): Item[] =>
      items.flatMap((o) => [o, ...all(o.children ?? [])]);
    const item = (label: string) => all(d.outline).find((o) => o.label === label && o.note);
    expect(item('Data leak')?.note ?? '').toMatch(/\bA\b/);
    expect(item('Denial of model service')?.note ?? '').toMatch(/\bE\b/);
    expect(d.svg).not.toMatch(/data-impact="L"|>L<\/text>/);
    for (const code of ['T', 'B', 'P', 'E', 'I', 'A']) expect(d.svg).toContain(`dg-impact-${code}`);
  });

  it("wraps the impact legend inside the diagram's width", () => {
    const d = renderThreatModel(catalogSource, 'threats');
    const xs = [...d.svg.matchAll(/<rect[^>]*x="([\d.]+)"[^>]*width="([\d.]+)"/g)].map(
      (m) => Number(m[1]) + Number(m[2]),
    );
    expect(Math.max(...xs)).toBeLessThanOrEqual(d.width);
  });

  it('fails with the variant and the fix when a variant is missing', () => {
    expect(() =>
      renderThreatModel({ ...catalogSource, diagramVariants: [] }, 'general'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: No diagram variant \`general\`. Hint: add it to diagramVariants in src/catalog/overview.ts.]`,
    );
  });
});

describe('inline embedding', () => {
  it('turns the image role into a named group, so links inside stay reachable, and changes nothing else', () => {
    for (const d of diagrams) {
      const inline = inlineSvg(d);
      expect(inline).toMatch(/^<svg [^>]*role="group" aria-labelledby="[^"]+-title [^"]+-desc"/);
      expect(inline.replace('role="group"', 'role="img"')).toBe(d.svg);
    }
  });
});

describe('text measurement', () => {
  it('wraps text so no line is wider than the limit unless a single word is', () => {
    const lines = wrap(
      'Development-time model poisoning direct or in supply chain',
      120,
      13,
      'bold',
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines)
      if (l.includes(' ')) expect(textWidth(l, 13, 'bold')).toBeLessThanOrEqual(120);
  });

  it('measures bold text wider than regular text', () => {
    expect(textWidth('Rate limit', 13, 'bold')).toBeGreaterThan(textWidth('Rate limit', 13));
  });
});
