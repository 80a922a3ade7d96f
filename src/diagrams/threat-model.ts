/**
 * The threat model and its three variants with control groups: a simple AI system (training data,
 * machine learning, model, input, application, output), the development-time and runtime zones, each
 * threat as an arrow at the element it targets with its impact code, and, in the variants, boxes for
 * the control groups where they act. Every threat and control group links to its page.
 *
 * Positions are layout, kept here by arrow and box id; labels, threats and groups come from the
 * catalog's `diagramVariants`. An arrow or box id without a position is drawn in a row at the bottom,
 * so a new fact shows up instead of breaking the build.
 */
import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import type {
  ArchitectureElement,
  ControlBox,
  DiagramVariant,
  DiagramVariantId,
  ThreatArrow,
} from '../catalog/types.ts';
import { controlGroupLabel } from '../catalog/labels.ts';
import { controlGroupPath, threatPath } from '../catalog/urls.ts';
import type { OutlineItem, RenderedDiagram } from './outline.ts';
import { indexSource, type DiagramSource } from './source.ts';
import {
  BADGE,
  PAD,
  badge,
  box,
  connector,
  lineHeight,
  linesHeight,
  para,
  toSvg,
  type Line,
  type Placed,
} from './svg.ts';
import { textWidth } from './text.ts';

const WIDTH = 1000;
const SIZE = 13;
const SMALL = 12;

/** A rectangle in diagram coordinates. */
interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where the architecture elements sit. */
const ELEMENTS: Readonly<Record<string, Rect>> = {
  'training-data': { x: 30, y: 206, width: 150, height: 48 },
  'machine-learning': { x: 226, y: 206, width: 170, height: 48 },
  'ai-model': { x: 440, y: 190, width: 170, height: 200 },
  input: { x: 30, y: 390, width: 150, height: 50 },
  'application-infrastructure': { x: 290, y: 390, width: 470, height: 50 },
  output: { x: 810, y: 390, width: 160, height: 50 },
  'external-model': { x: 20, y: 60, width: 380, height: 0 },
};

/** A box position: left edge, width and top; `after` stacks it below another box when that box is drawn. */
interface Slot {
  readonly x: number;
  readonly width: number;
  readonly y: number;
  /** Stack below this box, or below the first drawn box of a list, when there is one. */
  readonly after?: string | readonly string[];
}

/** Where the threat arrows' labels and the control boxes sit, by id. */
const SLOTS: Readonly<Record<string, Slot>> = {
  'training-data-leak': { x: 20, width: 150, y: 72 },
  'training-data-poisoning': { x: 180, width: 170, y: 72 },
  'dev-model-theft': { x: 360, width: 172, y: 72 },
  'dev-model-poisoning': { x: 542, width: 190, y: 72 },
  'runtime-model-poisoning': { x: 226, width: 200, y: 346 },
  'runtime-model-theft': { x: 624, width: 176, y: 346 },
  'input-leak': { x: 20, width: 190, y: 346 },
  'threats-through-use': { x: 20, width: 250, y: 454, after: 'monitor-ratelimit-access' },
  'output-injection': { x: 790, width: 190, y: 454 },
  conventional: { x: 290, width: 230, y: 454, after: 'runtime-technical' },
  augmentation: { x: 530, width: 230, y: 454, after: 'runtime-technical' },
  'agent-escape': { x: 530, width: 230, y: 454, after: 'augmentation' },
  // Control boxes: development time in the top right corner, runtime next to what they protect.
  'supply-chain': { x: 745, width: 235, y: 52 },
  governance: { x: 745, width: 235, y: 52, after: 'supply-chain' },
  'dev-env-security': { x: 745, width: 235, y: 52, after: 'governance' },
  'minimize-data-dev': { x: 745, width: 235, y: 52, after: 'dev-env-security' },
  'monitor-ratelimit-access': { x: 20, width: 250, y: 454 },
  'datascience-input': { x: 20, width: 250, y: 454, after: 'threats-through-use' },
  'datascience-dev': { x: 30, width: 366, y: 264 },
  'runtime-technical': { x: 290, width: 470, y: 454 },
  'behaviour-impact': { x: 790, width: 190, y: 454, after: 'output-injection' },
  'minimize-data-runtime': { x: 790, width: 190, y: 454, after: 'behaviour-impact' },
  'supply-chain-model-only': { x: 624, width: 176, y: 196 },
  'provider-responsibility': { x: 20, width: 380, y: 140, after: 'external-model' },
};
/** Top of the runtime zone and the gap between stacked boxes. */
const ZONE_LINE = 340;
const GAP = 10;

/** The diagram file name of a variant. */
export function threatModelName(variant: DiagramVariantId): string {
  return variant === 'threats' ? 'threat-model' : `threat-model-controls-${variant}`;
}

function elementLabel(el: ArchitectureElement, variant: DiagramVariantId): string {
  return el.labelByVariant?.[variant] ?? el.label;
}

/** Where a connector between a box and an element starts and ends: the facing sides, aligned. */
function attach(from: Rect, to: Rect): [number, number][] {
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  if (from.y + from.height <= to.y)
    return [
      [cx, from.y + from.height],
      [clamp(cx, to.x + 12, to.x + to.width - 12), to.y],
    ];
  if (from.y >= to.y + to.height)
    return [
      [cx, from.y],
      [clamp(cx, to.x + 12, to.x + to.width - 12), to.y + to.height],
    ];
  const y = clamp(cy, to.y + 10, to.y + to.height - 10);
  const fy = clamp(y, from.y + 6, from.y + from.height - 6);
  return from.x + from.width <= to.x
    ? [
        [from.x + from.width, fy],
        [to.x, y],
      ]
    : [
        [from.x, fy],
        [to.x + to.width, y],
      ];
}

/** Renders one variant of the threat model. */
export function renderThreatModel(
  src: DiagramSource,
  variantId: DiagramVariantId,
): RenderedDiagram {
  const variant = src.diagramVariants.find((v) => v.id === variantId);
  if (!variant)
    throw new Error(
      `No diagram variant \`${variantId}\`. Hint: add it to diagramVariants in src/catalog/overview.ts.`,
    );
  const ix = indexSource(src);
  const name = threatModelName(variant.id);
  const marker = (kind: 'flow' | 'threat') => `${name}-${kind}`;

  const zones: ElementContent[] = [];
  const lines: ElementContent[] = [];
  const boxes: ElementContent[] = [];
  const outline: OutlineItem[] = [];
  const placed = new Map<string, Rect>();
  let bottom = 0;
  // Boxes without a position go in rows below everything placed by SLOTS (drawn last for that reason).
  let overflow: { x: number; y: number; rowBottom: number } | null = null;

  const slotFor = (id: string, height: number): Rect => {
    const slot = SLOTS[id];
    let rect: Rect;
    if (!slot) {
      overflow ??= { x: 20, y: bottom + 20, rowBottom: bottom + 20 };
      if (overflow.x + 230 > WIDTH - 20)
        overflow = { x: 20, y: overflow.rowBottom + GAP, rowBottom: overflow.rowBottom + GAP };
      rect = { x: overflow.x, y: overflow.y, width: 230, height };
      overflow.x += 240;
      overflow.rowBottom = Math.max(overflow.rowBottom, overflow.y + height);
    } else {
      const afterIds = typeof slot.after === 'string' ? [slot.after] : (slot.after ?? []);
      const above = afterIds.map((a) => placed.get(a)).find((r) => r !== undefined);
      rect = {
        x: slot.x,
        y: above ? above.y + above.height + GAP : slot.y,
        width: slot.width,
        height,
      };
    }
    return rect;
  };
  const remember = (id: string, rect: Rect) => {
    placed.set(id, rect);
    bottom = Math.max(bottom, rect.y + rect.height);
  };

  // Elements of the architecture shown in this variant.
  const elements = src.architectureElements.filter(
    (e) => e.inVariants.includes(variant.id) && e.shape !== 'text-callout',
  );
  for (const el of elements) {
    const at = ELEMENTS[el.id];
    if (!at)
      throw new Error(
        `Architecture element \`${el.id}\` has no place in the threat model. Hint: add it to ELEMENTS in src/diagrams/threat-model.ts.`,
      );
    const label: Line[] = [
      ...para(elementLabel(el, variant.id), at.width - 2 * PAD, { size: 14, weight: 'bold' }),
      ...(el.labelSuffix
        ? para(`(${el.labelSuffix})`, at.width - 2 * PAD, { size: SMALL, cls: 'dg-muted' })
        : []),
    ];
    const b = box({
      x: at.x,
      y: at.y,
      width: at.width,
      lines: label,
      cls: `dg-el dg-${el.shape}`,
      align: 'middle',
      minHeight: at.height,
      radius: el.shape === 'process' ? 14 : 3,
    });
    boxes.push(b.node);
    remember(el.id, { ...at, height: b.height });
  }

  // The external model of the as-is variant, with what stays the provider's responsibility.
  const external = src.architectureElements.find(
    (e) => e.inVariants.includes(variant.id) && e.shape === 'text-callout',
  );
  if (external) {
    const at = ELEMENTS[external.id];
    if (!at)
      throw new Error(
        `Architecture element \`${external.id}\` has no place in the threat model. Hint: add it to ELEMENTS in src/diagrams/threat-model.ts.`,
      );
    const callout = box({
      x: at.x,
      y: at.y,
      width: at.width,
      cls: 'dg-provider',
      lines: [
        ...para(external.label, at.width - 2 * PAD, { size: SIZE, weight: 'bold' }),
        ...para(
          `Risks at the provider: ${(external.providerRiskLabels ?? []).join('; ')}`,
          at.width - 2 * PAD,
          { size: SMALL },
        ),
      ],
    });
    boxes.push(callout.node);
    remember(external.id, { ...at, height: callout.height });
    const rule = src.riskRules.find(
      (r) => r.diagramVariant === variant.id && r.providerResponsibleThreats,
    );
    const provided = rule?.providerResponsibleThreats ?? [];
    if (provided.length > 0) {
      const threatsLines: Line[] = provided.map((id) => ({
        text: ix.threat(id).shortName,
        size: SMALL,
        href: threatPath(ix.threat(id)),
      }));
      const labels = variant.providerResponsibilityLabels ?? [];
      const content: Line[] = [
        { text: "Provider's responsibility: gain assurance", size: SIZE, weight: 'bold' },
        ...(labels.length
          ? para(labels.join('; '), 380 - 2 * PAD, { size: SMALL, cls: 'dg-muted' })
          : []),
        ...threatsLines,
      ];
      const rect = slotFor('provider-responsibility', linesHeight(content));
      const b = box({
        ...rect,
        lines: content,
        cls: 'dg-provider',
        data: { 'data-threats': provided.join(' ') },
      });
      boxes.push(b.node);
      remember('provider-responsibility', rect);
      outline.push({
        label: "Provider's responsibility (gain assurance from the provider)",
        note: labels.join('; '),
        children: provided.map((id) => ({
          label: ix.threat(id).shortName,
          href: threatPath(ix.threat(id)),
        })),
      });
    }
  }

  // Flows between elements.
  for (const f of src.architectureFlows) {
    if (f.kind || (f.variants && !f.variants.includes(variant.id))) continue;
    const a = placed.get(f.from);
    const b = placed.get(f.to);
    if (!a || !b) continue;
    const path: [number, number][] =
      a.y < b.y + b.height && b.y < a.y + a.height
        ? attach(a, b)
        : [
            [a.x + a.width, a.y + a.height / 2],
            [b.x + b.width / 2, a.y + a.height / 2],
            [b.x + b.width / 2, b.y],
          ];
    lines.push(connector(path, 'dg-flow', marker('flow')));
  }

  // Control boxes first, because some threat boxes stack below them.
  const controlItems: OutlineItem[] = [];
  // Each box is drawn after the box it stacks below; boxes without a slot come last.
  const threatItems: OutlineItem[] = [];
  const drawn = new Set<string>();
  const pending = new Map<string, () => void>([
    ...variant.controlBoxes.map(
      (cb) => [cb.id, () => controlItems.push(drawControlBox(cb))] as const,
    ),
    ...variant.threatArrows.map((a) => [a.id, () => threatItems.push(drawArrow(a))] as const),
  ]);
  const draw = (id: string) => {
    if (drawn.has(id)) return;
    drawn.add(id);
    const after = SLOTS[id]?.after;
    for (const a of typeof after === 'string' ? [after] : (after ?? []))
      if (pending.has(a)) draw(a);
    pending.get(id)?.();
  };
  for (const id of [...pending.keys()].filter((id) => SLOTS[id])) draw(id);
  for (const id of [...pending.keys()].filter((id) => !SLOTS[id])) draw(id);

  function drawControlBox(cb: ControlBox): OutlineItem {
    const slot = SLOTS[cb.id];
    const width = slot?.width ?? 230;
    const groups = cb.groups.map((id) => ix.group(id));
    const codes = cb.impactCodes ?? [];
    const content: Line[] = [
      ...para(cb.label, width - 2 * PAD, { size: SIZE, weight: 'bold' }),
      ...(groups.length > 1
        ? groups.map((g) => ({
            text: controlGroupLabel(g),
            size: SMALL,
            href: controlGroupPath(g),
          }))
        : []),
    ];
    const wrapped = content.flatMap((l) =>
      l.href ? para(l.text, width - 2 * PAD, { ...l }) : [l],
    );
    const textHeight = linesHeight(wrapped);
    const rect = slotFor(cb.id, textHeight + (codes.length ? BADGE : 0));
    const extra = codes.map((c, i) =>
      badge(rect.x + PAD + i * (BADGE + 4), rect.y + textHeight - PAD + 2, c, ix.meaning(c)),
    );
    const single = groups.length === 1 ? groups[0] : undefined;
    const b = box({
      ...rect,
      lines: wrapped,
      cls: 'dg-control',
      extra,
      minHeight: rect.height,
      valign: 'top',
      ...(single ? { href: controlGroupPath(single) } : {}),
      data: { 'data-groups': cb.groups.join(' ') },
    });
    boxes.push(b.node);
    remember(cb.id, { ...rect, height: b.height });
    return {
      label: cb.label,
      ...(single ? { href: controlGroupPath(single) } : {}),
      ...(codes.length ? { note: `impact ${codes.join(', ')}` } : {}),
      ...(groups.length > 1
        ? {
            children: groups.map((g) => ({
              label: controlGroupLabel(g),
              href: controlGroupPath(g),
            })),
          }
        : {}),
    };
  }

  function drawArrow(a: ThreatArrow): OutlineItem {
    const slot = SLOTS[a.id];
    const width = slot?.width ?? 230;
    const reserve = a.impactCode ? BADGE + 4 : 0;
    const threats = (a.threats ?? []).map((id) => ix.threat(id));
    const content: Line[] = [
      ...para(a.label, width - 2 * PAD - reserve, { size: SIZE, weight: 'bold' }),
      ...(a.sublabel
        ? para(a.sublabel, width - 2 * PAD - reserve, { size: SMALL, cls: 'dg-muted' })
        : []),
      ...(a.exampleLabels
        ? para(`e.g. ${a.exampleLabels.join(', ')}`, width - 2 * PAD, {
            size: SMALL,
            cls: 'dg-muted',
          })
        : []),
      ...(threats.length > 1
        ? threats.flatMap((t) =>
            para(t.shortName, width - 2 * PAD, { size: SMALL, href: threatPath(t) }),
          )
        : []),
    ];
    // Items (threats through use) each get a line with a link and a badge.
    const itemTop = linesHeight(content) - PAD;
    const itemLines: Line[] = [];
    const badges: { code: string; line: number }[] = [];
    for (const item of a.items ?? []) {
      const [first, ...rest] = item.threats.map((id) => ix.threat(id));
      badges.push({ code: item.impactCode, line: itemLines.length });
      itemLines.push({
        text: item.label,
        size: 14,
        ...(first ? { href: threatPath(first), title: `${item.label}: ${first.shortName}` } : {}),
      });
      for (const t of rest)
        itemLines.push({ text: `and ${t.shortName}`, size: SMALL, href: threatPath(t) });
    }
    const all = [...content, ...itemLines];
    const rect0 = slotFor(a.id, linesHeight(all));
    const extra: Element[] = [];
    if (a.impactCode)
      extra.push(
        badge(
          rect0.x + rect0.width - PAD - BADGE,
          rect0.y + PAD,
          a.impactCode,
          ix.meaning(a.impactCode),
        ),
      );
    for (const bd of badges) {
      const y =
        rect0.y +
        itemTop +
        itemLines.slice(0, bd.line).reduce((h, l) => h + lineHeight(l.size), 0) +
        PAD;
      extra.push(badge(rect0.x + rect0.width - PAD - BADGE, y, bd.code, ix.meaning(bd.code)));
    }
    const single = threats.length === 1 ? threats[0] : undefined;
    const b: Placed = box({
      ...rect0,
      lines: all,
      cls: 'dg-threat',
      extra,
      ...(single ? { href: threatPath(single), title: `${a.label}: ${single.shortName}` } : {}),
      data: {
        'data-threats': [
          ...threats.map((t) => t.id),
          ...(a.items ?? []).flatMap((i) => i.threats),
        ].join(' '),
      },
    });
    boxes.push(b.node);
    const rect = { ...rect0, height: b.height };
    remember(a.id, rect);
    const target = placed.get(a.element);
    if (target) {
      const path = attach(rect, target);
      lines.push(
        connector(a.direction === 'in' ? path : [...path].reverse(), 'dg-arrow', marker('threat')),
      );
    }
    return {
      label: a.label,
      ...(single ? { href: threatPath(single) } : {}),
      note: [
        `${a.direction === 'in' ? 'targets' : 'leaks from'} ${target ? labelOf(a.element) : a.element}`,
        a.impactCode ? `impact ${a.impactCode}` : '',
      ]
        .filter(Boolean)
        .join('; '),
      children: [
        ...(threats.length > 1
          ? threats.map((t) => ({ label: t.shortName, href: threatPath(t) }))
          : []),
        ...(a.items ?? []).map((i) => ({
          label: i.label,
          note: `impact ${i.impactCode}`,
          children: i.threats.map((id) => ({
            label: ix.threat(id).shortName,
            href: threatPath(ix.threat(id)),
          })),
        })),
      ],
    };
  }

  function labelOf(id: string): string {
    const el = src.architectureElements.find((e) => e.id === id);
    return el ? elementLabel(el, variant!.id) : id;
  }

  // Impact legend.
  const legendTop = bottom + 48;
  const legend: ElementContent[] = [
    s('text', { x: 20, y: legendTop + 13, 'font-size': SIZE, class: 'dg-bold' }, 'Impact:'),
  ];
  // The legend wraps to a second line when its items do not fit the width (six codes since 2026).
  let lx = 86;
  let ly = legendTop;
  for (const code of variant.impactLegendCodes) {
    const meaning = ix.meaning(code);
    const width = Math.ceil(textWidth(meaning, SMALL)) + 2 * PAD;
    if (lx + BADGE + 2 + width > WIDTH - 10) {
      lx = 86;
      ly += BADGE + 8;
    }
    const item = box({
      x: lx + BADGE + 2,
      y: ly + BADGE / 2 - 14,
      width,
      lines: [{ text: meaning, size: SMALL }],
      cls: 'dg-plain',
      minHeight: BADGE,
    });
    legend.push(badge(lx, ly, code, meaning), item.node);
    lx += BADGE + 2 + item.width + 10;
  }
  const height = ly + 34;

  // Zones behind everything.
  if (variant.zoneSplit) {
    zones.push(
      s('rect', {
        class: 'dg-zone-dev',
        x: 8,
        y: 40,
        width: WIDTH - 16,
        height: ZONE_LINE - 40,
        rx: 6,
      }),
      s('rect', {
        class: 'dg-zone-run',
        x: 8,
        y: ZONE_LINE,
        width: WIDTH - 16,
        height: legendTop - 14 - ZONE_LINE,
        rx: 6,
      }),
      s(
        'text',
        { x: 16, y: ZONE_LINE - 10, 'font-size': SIZE, class: 'dg-bold' },
        variant.zoneTitles[0] ?? '',
      ),
      s(
        'text',
        { x: 16, y: legendTop - 24, 'font-size': SIZE, class: 'dg-bold' },
        variant.zoneTitles[1] ?? '',
      ),
    );
  } else {
    zones.push(
      s('rect', {
        class: 'dg-zone-run',
        x: 8,
        y: 40,
        width: WIDTH - 16,
        height: legendTop - 54,
        rx: 6,
      }),
      s(
        'text',
        { x: 16, y: legendTop - 24, 'font-size': SIZE, class: 'dg-bold' },
        variant.zoneTitles[0] ?? '',
      ),
    );
  }

  const title = variant.title.replace(' - ', ': ');
  const svg = toSvg({
    name,
    title,
    desc: describe(variant, threatItems.length, controlItems.length),
    width: WIDTH,
    height,
    body: [
      s('text', { x: 16, y: 26, 'font-size': 16, class: 'dg-bold' }, title),
      ...zones,
      ...lines,
      ...boxes,
      ...legend,
    ],
  });
  outline.unshift(
    { label: 'Threats', children: threatItems },
    ...(controlItems.length ? [{ label: 'Control groups', children: controlItems }] : []),
  );
  return { name, title, width: WIDTH, height, svg, outline };
}

function describe(v: DiagramVariant, threats: number, controls: number): string {
  const parts = [
    v.zoneSplit
      ? 'An AI system split into a development-time zone and a runtime zone'
      : 'An AI system that uses a generative AI model as-is, at runtime only',
    `${threats} threat labels with arrows to the element they attack or leak from, each with its impact code`,
  ];
  if (controls) parts.push(`${controls} control-group boxes placed where the groups act`);
  return `${parts.join('; ')}. Each label links to its page.`;
}
