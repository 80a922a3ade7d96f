/**
 * Every diagram of the site, by file name. The build script writes each to `public/diagrams/`, and
 * pages embed the same SVG inline (see `src/components/Diagram.astro`).
 */
import type { DiagramVariantId } from '../catalog/types.ts';
import { renderMatrix } from './matrix.ts';
import { renderNavigator } from './navigator.ts';
import type { RenderedDiagram } from './outline.ts';
import { renderPeriodicTable } from './periodic-table.ts';
import { catalogSource, type DiagramSource } from './source.ts';
import { renderThreatModel, threatModelName } from './threat-model.ts';

export type { OutlineItem, RenderedDiagram } from './outline.ts';
export { catalogSource, type DiagramSource } from './source.ts';

const VARIANTS: readonly DiagramVariantId[] = [
  'threats',
  'general',
  'genai-trained',
  'genai-as-is',
];

/** Renders every diagram of a source, in a fixed order. */
export function renderAll(src: DiagramSource): RenderedDiagram[] {
  return [
    renderMatrix(src),
    ...VARIANTS.map((v) => renderThreatModel(src, v)),
    renderPeriodicTable(src),
    renderNavigator(src),
  ];
}

/** The names of the diagrams (`ai-security-matrix`, `threat-model`…), the keys pages use. */
export const DIAGRAM_NAMES = [
  'ai-security-matrix',
  ...VARIANTS.map(threatModelName),
  'periodic-table',
  'navigator',
] as const;
/** A diagram name. */
export type DiagramName = (typeof DIAGRAM_NAMES)[number];

let cache: ReadonlyMap<string, RenderedDiagram> | undefined;

/** A diagram of the real catalog, rendered once per process. */
export function diagram(name: DiagramName): RenderedDiagram {
  cache ??= new Map(renderAll(catalogSource).map((d) => [d.name, d]));
  const found = cache.get(name);
  if (!found)
    throw new Error(`No diagram named \`${name}\`. Hint: use one of ${DIAGRAM_NAMES.join(', ')}.`);
  return found;
}

/**
 * The SVG to embed in a page. The file is an image (`role="img"`), but the children of an image are
 * presentational: assistive technology would not reach its links, and axe reports them as nested
 * interactive controls. Inline, the same SVG is a group named by its title, whose links are reachable.
 */
export function inlineSvg(d: RenderedDiagram): string {
  return d.svg.replace(/^(<svg\b[^>]*?) role="img"/, '$1 role="group"');
}

/** Where the file of a diagram is served. */
export function diagramFile(name: string): string {
  return `/diagrams/${name}.svg`;
}
