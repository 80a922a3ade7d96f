/**
 * The periodic table of AI security: one row per threat, grouped by when it happens, with the controls
 * that address it as tiles coloured by control group. General controls, which apply to every threat,
 * form the first row instead of repeating in each.
 */
import type { ElementContent } from 'hast';
import { controlGroupLabel, threatLifecycleLabel } from '../catalog/labels.ts';
import { createLookup } from '../catalog/lookup.ts';
import type { Control, ThreatLifecycle } from '../catalog/types.ts';
import { controlGroupPath, controlPath, threatPath } from '../catalog/urls.ts';
import { flowChips, type Chip } from './chips.ts';
import type { OutlineItem, RenderedDiagram } from './outline.ts';
import type { DiagramSource } from './source.ts';
import { PAD, box, linesHeight, para, toSvg } from './svg.ts';
import { GROUP_COLOURS } from './theme.ts';

const NAME = 'periodic-table';
const WIDTH = 1000;
const MARGIN = 10;
const THREAT_COL = 230;
const CHIPS_X = MARGIN + THREAT_COL + 10;
const CHIPS_W = WIDTH - MARGIN - CHIPS_X;
const CHILD_INDENT = 14;
/** Reading order of the lifecycles: what anyone can do through use first, as the site's parts do. */
const LIFECYCLES: readonly ThreatLifecycle[] = ['through-use', 'development-time', 'runtime'];

/** Renders the periodic table. */
export function renderPeriodicTable(src: DiagramSource): RenderedDiagram {
  const lookup = createLookup(src);
  const groupIndex = (c: Control) => src.controlGroups.findIndex((g) => g.id === c.group);
  const colour = (c: Control) => `dg-g${Math.max(0, groupIndex(c)) % GROUP_COLOURS}`;
  const order = (a: Control, b: Control) =>
    groupIndex(a) - groupIndex(b) || src.controls.indexOf(a) - src.controls.indexOf(b);
  const chip = (c: Control): Chip => ({
    text: c.name,
    href: controlPath(c),
    cls: colour(c),
    data: { 'data-control': c.id },
  });

  const body: ElementContent[] = [];
  const outline: OutlineItem[] = [];
  let y = MARGIN;

  // Legend: one tile per control group, linking to the group.
  const legend = flowChips(
    src.controlGroups.map((g, i) => ({
      text: controlGroupLabel(g),
      href: controlGroupPath(g),
      cls: `dg-g${i % GROUP_COLOURS}`,
    })),
    MARGIN,
    y,
    WIDTH - 2 * MARGIN,
  );
  body.push(...legend.nodes);
  y += legend.height + 14;

  const row = (
    label: string,
    href: string | undefined,
    indent: number,
    chips: Chip[],
    data: Record<string, string> = {},
  ) => {
    const lines = para(label, THREAT_COL - indent - 2 * PAD, { size: 13, weight: 'bold' });
    const flowed = flowChips(chips, CHIPS_X, y + 4, CHIPS_W);
    const height = Math.max(linesHeight(lines), flowed.height + 8);
    body.push(
      box({
        x: MARGIN + indent,
        y,
        width: THREAT_COL - indent,
        lines,
        cls: 'dg-cell',
        minHeight: height,
        radius: 0,
        ...(href ? { href } : {}),
        data,
      }).node,
      ...flowed.nodes,
    );
    y += height + 6;
  };
  const band = (text: string) => {
    const b = box({
      x: MARGIN,
      y,
      width: WIDTH - 2 * MARGIN,
      lines: [{ text, size: 14, weight: 'bold' }],
      cls: 'dg-band',
      radius: 0,
    });
    body.push(b.node);
    y += b.height + 6;
  };

  const general = src.controls.filter((c) => c.general).sort(order);
  band('Every threat');
  row('General controls: apply to every threat', undefined, 0, general.map(chip));
  outline.push({
    label: 'General controls, for every threat',
    children: general.map((c) => ({ label: c.name, href: controlPath(c) })),
  });

  const shown = new Set(general.map((c) => c.id as string));
  for (const lifecycle of LIFECYCLES) {
    const threats = src.threats.filter((t) => t.lifecycle === lifecycle);
    if (threats.length === 0) continue;
    band(`${threatLifecycleLabel[lifecycle]} threats`);
    const items: OutlineItem[] = [];
    for (const t of threats) {
      const ids = lookup.specificControlIds(t);
      const controls = src.controls.filter((c) => ids.has(c.id) && !c.general).sort(order);
      controls.forEach((c) => shown.add(c.id));
      row(t.shortName, threatPath(t), t.parent ? CHILD_INDENT : 0, controls.map(chip), {
        'data-threat': t.id,
      });
      items.push({
        label: t.shortName,
        href: threatPath(t),
        children: controls.map((c) => ({ label: c.name, href: controlPath(c) })),
      });
    }
    outline.push({ label: `${threatLifecycleLabel[lifecycle]} threats`, children: items });
  }

  // A control that no threat names would otherwise be missing from the table.
  const rest = src.controls.filter((c) => !shown.has(c.id)).sort(order);
  if (rest.length > 0) {
    band('Other controls');
    row('Not tied to one threat', undefined, 0, rest.map(chip));
    outline.push({
      label: 'Other controls',
      children: rest.map((c) => ({ label: c.name, href: controlPath(c) })),
    });
  }

  const height = y + MARGIN - 6;
  const svg = toSvg({
    name: NAME,
    title: 'Periodic table of AI security',
    desc: `${src.threats.length} threats in rows by lifecycle, each with the controls that address it as tiles coloured by control group; general controls, which apply to every threat, in the first row. Every tile links to its page.`,
    width: WIDTH,
    height,
    body,
  });
  return { name: NAME, title: 'Periodic table of AI security', width: WIDTH, height, svg, outline };
}
