/**
 * The navigator: every control group, control, threat and impact as nodes in four layers, with the
 * relations between them as lines: a group holds controls, a control reduces threats, a threat has
 * impacts. Every node links to where it is explained. Nodes of the later layers sit at the average
 * height of what they connect to, which keeps most lines short and few crossing.
 */
import type { ElementContent } from 'hast';
import { s } from 'hastscript';
import { createLookup } from '../catalog/lookup.ts';
import { controlGroupLabel } from '../catalog/labels.ts';
import { controlGroupPath, controlPath, impactPath, threatPath } from '../catalog/urls.ts';
import type { OutlineItem, RenderedDiagram } from './outline.ts';
import type { DiagramSource } from './source.ts';
import { box, linesHeight, para, r1, toSvg, PAD, type Placed } from './svg.ts';
import { GROUP_COLOURS } from './theme.ts';

const NAME = 'navigator';
const WIDTH = 1000;
const TOP = 44;
const TITLE = 'Navigator: control groups, controls, threats and impacts';
const SIZE = 12;
/** The four layers: left edge and width. */
const LAYERS = {
  group: { x: 10, width: 200, title: 'Control groups' },
  control: { x: 290, width: 220, title: 'Controls' },
  threat: { x: 600, width: 220, title: 'Threats' },
  impact: { x: 880, width: 110, title: 'Impacts' },
} as const;
type Layer = keyof typeof LAYERS;

/** A node waiting for its vertical place. */
interface Pending {
  readonly key: string;
  readonly layer: Layer;
  readonly text: string;
  readonly href: string;
  readonly cls: string;
  readonly data: Record<string, string>;
  height: number;
  y: number;
}

/** Renders the navigator. */
export function renderNavigator(src: DiagramSource): RenderedDiagram {
  const lookup = createLookup(src);
  const node = (
    layer: Layer,
    key: string,
    text: string,
    href: string,
    cls: string,
    data: Record<string, string>,
  ): Pending => {
    const lines = para(text, LAYERS[layer].width - 2 * PAD, {
      size: SIZE,
      weight: layer === 'group' ? 'bold' : 'regular',
    });
    return { key, layer, text, href, cls, data, height: linesHeight(lines), y: 0 };
  };

  // Controls, stacked by primary group so each group's controls sit together.
  const controls: Pending[] = [];
  const groups: Pending[] = [];
  let y = TOP;
  src.controlGroups.forEach((g, i) => {
    const members = src.controls.filter((c) => c.group === g.id);
    const first = y;
    for (const c of members) {
      const n = node('control', c.id, c.name, controlPath(c), 'dg-cell', { 'data-control': c.id });
      n.y = y;
      y += n.height + 3;
      controls.push(n);
    }
    const gn = node(
      'group',
      g.id,
      controlGroupLabel(g),
      controlGroupPath(g),
      `dg-g${i % GROUP_COLOURS}`,
      { 'data-group': g.id },
    );
    gn.y = Math.max(
      groups.length ? last(groups).y + last(groups).height + 6 : TOP,
      (first + y - 3) / 2 - gn.height / 2,
    );
    groups.push(gn);
    y += 10;
  });
  const controlY = new Map(controls.map((n) => [n.key, n.y + n.height / 2]));

  // Edges by layer.
  const edges: [string, string][] = [];
  for (const c of src.controls) {
    for (const gid of [c.group, ...c.groups.filter((g) => g !== c.group)])
      edges.push([`group:${gid}`, `control:${c.id}`]);
    for (const t of lookup.threatsOfControl(c)) edges.push([`control:${c.id}`, `threat:${t.id}`]);
  }
  for (const t of src.threats)
    for (const code of t.impactCodes) edges.push([`threat:${t.id}`, `impact:${code}`]);

  // Threats at the average height of their controls; impacts at the average of their threats.
  const mean = (values: number[], fallback: number) =>
    values.length ? values.reduce((a, b) => a + b, 0) / values.length : fallback;
  const threats = src.threats.map((t, i) => {
    const n = node('threat', t.id, t.shortName, threatPath(t), 'dg-threat', {
      'data-threat': t.id,
    });
    const ys = edges
      .filter(([, to]) => to === `threat:${t.id}`)
      .map(([from]) => controlY.get(from.slice('control:'.length)) ?? 0);
    n.y = mean(ys, TOP + i * 30);
    return n;
  });
  spread(threats);
  const threatY = new Map(threats.map((n) => [n.key, n.y + n.height / 2]));
  const impacts = src.impactLegend.map((item) => {
    const n = node(
      'impact',
      item.code,
      `${item.code}: ${item.meaning}`,
      impactPath(),
      `dg-impact-${item.code} dg-impact-node`,
      { 'data-impact': item.code },
    );
    const ys = edges
      .filter(([, to]) => to === `impact:${item.code}`)
      .map(([from]) => threatY.get(from.slice('threat:'.length)) ?? 0);
    n.y = mean(ys, TOP);
    return n;
  });
  spread(impacts);

  const all = [...groups, ...controls, ...threats, ...impacts];
  const byKey = new Map(all.map((n) => [`${n.layer}:${n.key}`, n]));
  const lines: ElementContent[] = edges.flatMap(([a, b]) => {
    const from = byKey.get(a);
    const to = byKey.get(b);
    if (!from || !to) return [];
    const x1 = LAYERS[from.layer].x + LAYERS[from.layer].width;
    const x2 = LAYERS[to.layer].x;
    const y1 = from.y + from.height / 2;
    const y2 = to.y + to.height / 2;
    const dx = (x2 - x1) / 2;
    return [
      s('path', {
        class: 'dg-edge',
        d: `M${r1(x1)} ${r1(y1)} C${r1(x1 + dx)} ${r1(y1)} ${r1(x2 - dx)} ${r1(y2)} ${r1(x2)} ${r1(y2)}`,
      }),
    ];
  });
  const nodes = all.map((n) => draw(n).node);
  const titles = (Object.keys(LAYERS) as Layer[]).map((k) =>
    s('text', { x: LAYERS[k].x, y: 24, 'font-size': 14, class: 'dg-bold' }, LAYERS[k].title),
  );

  const height = Math.max(...all.map((n) => n.y + n.height)) + 12;
  const svg = toSvg({
    name: NAME,
    title: TITLE,
    desc: `${src.controlGroups.length} control groups, ${src.controls.length} controls, ${src.threats.length} threats and ${src.impactLegend.length} impact codes in four columns; lines join each group to its controls, each control to the threats it reduces and each threat to its impacts. Every node links to its page.`,
    width: WIDTH,
    height,
    body: [...titles, ...lines, ...nodes],
  });

  const outline: OutlineItem[] = [
    {
      label: 'Control groups and their controls',
      children: src.controlGroups.map((g) => ({
        label: controlGroupLabel(g),
        href: controlGroupPath(g),
        children: src.controls
          .filter((c) => c.group === g.id || c.groups.includes(g.id))
          .map((c) => {
            const reduced = lookup.threatsOfControl(c).map((t) => t.shortName);
            return {
              label: c.name,
              href: controlPath(c),
              ...(reduced.length ? { note: `reduces ${reduced.join(', ')}` } : {}),
            };
          }),
      })),
    },
    {
      label: 'Threats and their impacts',
      children: src.threats.map((t) => ({
        label: t.shortName,
        href: threatPath(t),
        ...(t.impactCodes.length ? { note: `impact ${t.impactCodes.join(', ')}` } : {}),
      })),
    },
  ];
  return { name: NAME, title: TITLE, width: WIDTH, height, svg, outline };
}

function last<T>(list: readonly T[]): T {
  return list[list.length - 1]!;
}

/** Sorts a layer by wanted height and pushes nodes down until none overlap. */
function spread(nodes: Pending[]): void {
  nodes.sort((a, b) => a.y - b.y);
  let floor = TOP;
  for (const n of nodes) {
    n.y = Math.max(floor, n.y - n.height / 2);
    floor = n.y + n.height + 4;
  }
}

function draw(n: Pending): Placed {
  const l = LAYERS[n.layer];
  const lines = para(n.text, l.width - 2 * PAD, {
    size: SIZE,
    weight: n.layer === 'group' ? 'bold' : 'regular',
  });
  return box({
    x: l.x,
    y: n.y,
    width: l.width,
    lines,
    cls: n.cls,
    href: n.href,
    minHeight: n.height,
    radius: 3,
    data: n.data,
  });
}
