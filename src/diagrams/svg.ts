/**
 * Building blocks of the diagrams: labelled boxes, badges, connectors and the SVG document around
 * them, as hast trees. Every box is a `g.dg-node` whose first child is its shape, so a test can check
 * that each text of the node lies inside that shape.
 */
import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { textWidth, wrap, type Weight } from './text.ts';
import { diagramCss } from './theme.ts';

/** One line of text in a box. */
export interface Line {
  readonly text: string;
  readonly size: number;
  readonly weight?: Weight;
  /** Extra classes of the text (e.g. `dg-muted`). */
  readonly cls?: string;
  /** A link for this line alone (ignored when the whole box links somewhere). */
  readonly href?: string;
  /** The accessible name of that link, when the visible text is not enough. */
  readonly title?: string;
}

/** A laid-out box: its tree and its size. */
export interface Placed {
  readonly node: Element;
  readonly width: number;
  readonly height: number;
}

/** Padding inside boxes. */
export const PAD = 6;
/** Line height as a multiple of the font size; above DejaVu's ascent + descent (1.164 em). */
const LEADING = 1.3;
/** DejaVu Sans's ascent and descent per em, to put the baseline inside the line box. */
const ASCENT = 0.928;
const DESCENT = 0.236;

/** Height of a line of text at `size`. */
export const lineHeight = (size: number): number => Math.ceil(size * LEADING);

/** Wraps a paragraph into box lines no wider than `width`, all with the same style. */
export function para(text: string, width: number, style: Omit<Line, 'text'>): Line[] {
  return wrap(text, width, style.size, style.weight).map((t) => ({ ...style, text: t }));
}

/** Width of the widest line. */
export function linesWidth(lines: readonly Line[]): number {
  return Math.max(0, ...lines.map((l) => textWidth(l.text, l.size, l.weight)));
}

/** Height that `lines` need inside a box with padding. */
export function linesHeight(lines: readonly Line[], pad = PAD): number {
  return 2 * pad + lines.reduce((h, l) => h + lineHeight(l.size), 0);
}

/** Rounds to one decimal, so coordinates print short and the same on every run. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

function textLines(
  lines: readonly Line[],
  x: number,
  top: number,
  anchor: 'start' | 'middle',
  linkLines: boolean,
): ElementContent[] {
  const out: ElementContent[] = [];
  let y = top;
  for (const line of lines) {
    const lh = lineHeight(line.size);
    const baseline = y + (lh - (ASCENT + DESCENT) * line.size) / 2 + ASCENT * line.size;
    const cls = [line.weight === 'bold' ? 'dg-bold' : '', line.cls ?? ''].filter(Boolean).join(' ');
    const text = s(
      'text',
      {
        x: r1(x),
        y: r1(baseline),
        'font-size': line.size,
        'text-anchor': anchor === 'middle' ? 'middle' : undefined,
        class: cls || undefined,
      },
      line.text,
    );
    out.push(
      linkLines && line.href ? s('a', { href: line.href, 'aria-label': line.title }, [text]) : text,
    );
    y += lh;
  }
  return out;
}

/** Options of a box. */
export interface BoxOptions {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly lines: readonly Line[];
  /** Class of the node, which sets its colours (`dg-threat`, `dg-control`, `dg-g3`...). */
  readonly cls: string;
  /** Link of the whole box. */
  readonly href?: string;
  /** Accessible name of the box link, when the text alone is not enough. */
  readonly title?: string;
  readonly align?: 'start' | 'middle';
  /** Minimum height (text is then centred vertically, unless `valign` is `top`). */
  readonly minHeight?: number;
  readonly valign?: 'middle' | 'top';
  /** Room kept free at the right edge (for a badge). */
  readonly reserveRight?: number;
  /** Corner radius. */
  readonly radius?: number;
  /** Nodes drawn inside the box after its text (badges). */
  readonly extra?: readonly ElementContent[];
  /** Extra attributes of the node (data-* for tests and scripts). */
  readonly data?: Readonly<Record<string, string>>;
}

/** A rectangle with lines of text inside it; the box grows to fit the lines. */
export function box(o: BoxOptions): Placed {
  const content = linesHeight(o.lines);
  const height = Math.max(content, o.minHeight ?? 0);
  const top = o.y + PAD + (o.valign === 'top' ? 0 : (height - content) / 2);
  const tx = o.align === 'middle' ? o.x + (o.width - (o.reserveRight ?? 0)) / 2 : o.x + PAD;
  const rect = s('rect', {
    x: r1(o.x),
    y: r1(o.y),
    width: r1(o.width),
    height: r1(height),
    rx: o.radius ?? 4,
  });
  const texts = textLines(o.lines, tx, top, o.align ?? 'start', !o.href);
  const inner: ElementContent[] = [rect, ...texts, ...(o.extra ?? [])];
  const body = o.href ? [s('a', { href: o.href, 'aria-label': o.title }, inner)] : inner;
  return { node: s('g', { class: `dg-node ${o.cls}`, ...o.data }, body), width: o.width, height };
}

/** Size of an impact badge. */
export const BADGE = 18;

/** A small square with an impact code, coloured by the code. */
export function badge(x: number, y: number, code: string, meaning: string): Element {
  return s('g', { class: `dg-node dg-badge dg-impact-${code}` }, [
    s('rect', { x: r1(x), y: r1(y), width: BADGE, height: BADGE, rx: 3 }),
    s(
      'text',
      { x: r1(x + BADGE / 2), y: r1(y + 13), 'font-size': 12, 'text-anchor': 'middle' },
      code,
    ),
    s('title', meaning),
  ]);
}

/** A straight or elbowed connector through `points`, with an arrowhead at the end. */
export function connector(
  points: readonly (readonly [number, number])[],
  cls: string,
  marker: string,
): Element {
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${r1(x)} ${r1(y)}`).join(' ');
  return s('path', { d, class: cls, 'marker-end': `url(#${marker})` });
}

/** The arrowhead markers of a diagram, with ids prefixed by the diagram name (several share a page). */
export function markers(name: string): Element {
  const head = (id: string, cls: string) =>
    s(
      'marker',
      {
        id: `${name}-${id}`,
        viewBox: '0 0 10 10',
        refX: 9,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        orient: 'auto-start-reverse',
      },
      [s('path', { d: 'M0 0 L10 5 L0 10 z', class: cls })],
    );
  return s('defs', [head('flow', 'dg-head'), head('threat', 'dg-head-threat')]);
}

/** A diagram ready to serialise. */
export interface DiagramTree {
  /** File name without extension; also the prefix of ids inside the SVG. */
  readonly name: string;
  readonly title: string;
  readonly desc: string;
  readonly width: number;
  readonly height: number;
  readonly body: readonly ElementContent[];
}

/** The smallest scale at which a diagram is shown inline; below it the page scrolls sideways. */
export const MIN_SCALE = 0.72;

/** Serialises a diagram as a standalone SVG document that also works inline in HTML. */
export function toSvg(d: DiagramTree): string {
  const tree = s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${r1(d.width)} ${r1(d.height)}`,
      width: r1(d.width),
      height: r1(d.height),
      role: 'img',
      'aria-labelledby': `${d.name}-title ${d.name}-desc`,
      class: `dg dg-${d.name}`,
    },
    [
      s('title', { id: `${d.name}-title` }, d.title),
      s('desc', { id: `${d.name}-desc` }, d.desc),
      // Inline on a page, the diagram shrinks to fit down to 72% of its size, then its container scrolls.
      s(
        'style',
        `${diagramCss}svg.dg-${d.name}:not(:root){min-width:${Math.round(d.width * MIN_SCALE)}px}`,
      ),
      markers(d.name),
      s('rect', { class: 'dg-bg', x: 0, y: 0, width: r1(d.width), height: r1(d.height) }),
      ...d.body,
    ],
  );
  return `${toHtml(tree, { space: 'svg', closeEmptyElements: true, allowDangerousCharacters: false })}\n`;
}
