/**
 * The AI security matrix: every threat once, grouped by the asset it harms and the property it
 * breaks, with whether it is AI-specific, when and where it strikes, and the unwanted result.
 * Threat names link to their pages.
 */
import type { ElementContent } from 'hast';
import { threatLifecycleLabel, impactLabel } from '../catalog/labels.ts';
import type { MatrixRow, Threat } from '../catalog/types.ts';
import { threatPath } from '../catalog/urls.ts';
import type { OutlineItem, RenderedDiagram } from './outline.ts';
import type { DiagramSource } from './source.ts';
import { PAD, box, linesHeight, para, type Line } from './svg.ts';
import { toSvg } from './svg.ts';

const NAME = 'ai-security-matrix';
const MARGIN = 10;
const SIZE = 13;
const CHILD_INDENT = 18;

/** Columns, left to right. */
const COLUMNS = [
  { key: 'threat', title: 'Threat', width: 214 },
  { key: 'ai', title: 'AI-specific', width: 92 },
  { key: 'lifecycle', title: 'Lifecycle', width: 110 },
  { key: 'surface', title: 'Attack surface', width: 176 },
  { key: 'asset', title: 'Asset', width: 136 },
  { key: 'impact', title: 'Impacted', width: 116 },
  { key: 'result', title: 'Unwanted result', width: 176 },
] as const;
type ColumnKey = (typeof COLUMNS)[number]['key'];
const WIDTH = MARGIN * 2 + COLUMNS.reduce((w, c) => w + c.width, 0);

/** A row of the matrix: a threat, or a matrix row that names no threat of ours (generic supply chain). */
interface Row {
  readonly threat: Threat | null;
  readonly cells: Readonly<Record<ColumnKey, readonly Line[]>>;
}

interface Group {
  readonly asset: string;
  readonly impacted: string;
  readonly unwantedResult: string | null;
  readonly rows: Row[];
}

const groupKey = (asset: string, impacted: readonly string[]) =>
  `${asset}|${impacted.join(',')}`.toLowerCase();

function cellLines(text: string, width: number, extra: Partial<Line> = {}): Line[] {
  return para(text, width - 2 * PAD, { size: SIZE, ...extra });
}

function threatRow(t: Threat, rows: readonly MatrixRow[], fallback: string | null): Row {
  const own = rows.filter((r) => r.threats.some((id) => id === t.id));
  const result =
    (own[0] ?? rows.find((r) => r.threats.some((id) => id === t.parent)))?.unwantedResult ??
    fallback ??
    '';
  const surfaces = t.attackSurfaces.map((s) => {
    const q = own.find(
      (r) => r.attackSurface === s && r.attackSurfaceQualifier,
    )?.attackSurfaceQualifier;
    return q ? `${s} (${q})` : s;
  });
  const qualifier = own
    .map((r) => r.threatQualifier)
    .find((q) => q && q.toLowerCase() !== t.shortName.toLowerCase());
  const width = (k: ColumnKey) =>
    COLUMNS.find((c) => c.key === k)!.width - (k === 'threat' && t.parent ? CHILD_INDENT : 0);
  return {
    threat: t,
    cells: {
      threat: [
        ...cellLines(t.shortName, width('threat'), { weight: 'bold' }),
        ...(qualifier ? cellLines(qualifier, width('threat'), { cls: 'dg-muted', size: 12 }) : []),
      ],
      ai: cellLines(t.aiSpecific ? 'AI-specific' : 'Generic', width('ai')),
      lifecycle: cellLines(threatLifecycleLabel[t.lifecycle], width('lifecycle')),
      surface: cellLines(surfaces.join('; '), width('surface')),
      asset: cellLines(t.assets.join('; '), width('asset')),
      impact: cellLines(t.impact.map((i) => impactLabel[i]).join(', '), width('impact')),
      result: cellLines(result, width('result')),
    },
  };
}

function unlinkedRow(r: MatrixRow): Row {
  const width = (k: ColumnKey) => COLUMNS.find((c) => c.key === k)!.width;
  return {
    threat: null,
    cells: {
      threat: cellLines(r.threatLabel, width('threat'), { weight: 'bold' }),
      ai: cellLines(r.aiSpecific ? 'AI-specific' : 'Generic', width('ai')),
      lifecycle: cellLines(
        r.lifecycle === 'Development' ? threatLifecycleLabel['development-time'] : 'Runtime',
        width('lifecycle'),
      ),
      surface: cellLines(r.attackSurface, width('surface')),
      asset: cellLines(r.asset, width('asset')),
      impact: cellLines(r.impacted.join(', '), width('impact')),
      result: cellLines(r.unwantedResult, width('result')),
    },
  };
}

/** Sorts threats into asset/impact groups, in the order the matrix facts introduce them. */
function groupRows(src: DiagramSource): Group[] {
  const groups = new Map<string, Group>();
  const ensure = (asset: string, impacted: readonly string[]) => {
    const key = groupKey(asset, impacted);
    let g = groups.get(key);
    if (!g) {
      const fact = src.matrixRows.find((r) => groupKey(r.asset, r.impacted) === key);
      g = {
        asset,
        impacted: impacted.join(', '),
        unwantedResult: fact?.unwantedResult ?? null,
        rows: [],
      };
      groups.set(key, g);
    }
    return g;
  };
  for (const r of src.matrixRows) ensure(r.asset, r.impacted);
  for (const t of src.threats) {
    const g = ensure(
      t.assets[0] ?? 'Any asset',
      t.impact.map((i) => impactLabel[i]),
    );
    g.rows.push(threatRow(t, src.matrixRows, g.unwantedResult));
  }
  for (const r of src.matrixRows.filter((r) => r.threats.length === 0))
    ensure(r.asset, r.impacted).rows.push(unlinkedRow(r));
  return [...groups.values()].filter((g) => g.rows.length > 0);
}

/** Renders the AI security matrix. */
export function renderMatrix(src: DiagramSource): RenderedDiagram {
  const body: ElementContent[] = [];
  const outline: OutlineItem[] = [];
  let y = MARGIN;

  const columnX = (i: number) => MARGIN + COLUMNS.slice(0, i).reduce((w, c) => w + c.width, 0);
  const header = COLUMNS.map((c) =>
    para(c.title, c.width - 2 * PAD, { size: SIZE, weight: 'bold' }),
  );
  const headerHeight = Math.max(...header.map((l) => linesHeight(l)));
  COLUMNS.forEach((c, i) =>
    body.push(
      box({
        x: columnX(i),
        y,
        width: c.width,
        lines: header[i]!,
        cls: 'dg-band',
        minHeight: headerHeight,
        radius: 0,
      }).node,
    ),
  );
  y += headerHeight + 4;

  for (const g of groupRows(src)) {
    const bandText = `${g.asset}: ${g.impacted.toLowerCase()}`;
    const band = box({
      x: MARGIN,
      y,
      width: WIDTH - 2 * MARGIN,
      lines: para(bandText, WIDTH - 2 * MARGIN - 2 * PAD, { size: SIZE, weight: 'bold' }),
      cls: 'dg-band',
      radius: 0,
    });
    body.push(band.node);
    y += band.height;
    const items: OutlineItem[] = [];
    for (const row of g.rows) {
      const height = Math.max(...COLUMNS.map((c) => linesHeight(row.cells[c.key])));
      COLUMNS.forEach((c, i) => {
        const indent = c.key === 'threat' && row.threat?.parent ? CHILD_INDENT : 0;
        const href = c.key === 'threat' && row.threat ? threatPath(row.threat) : undefined;
        body.push(
          box({
            x: columnX(i) + indent,
            y,
            width: c.width - indent,
            lines: row.cells[c.key],
            cls: 'dg-cell',
            minHeight: height,
            radius: 0,
            ...(href ? { href, data: { 'data-threat': row.threat!.id } } : {}),
          }).node,
        );
      });
      const note = ['ai', 'lifecycle', 'surface', 'impact', 'result']
        .map((k) => row.cells[k as ColumnKey].map((l) => l.text).join(' '))
        .join('; ');
      items.push({
        label: row.cells.threat
          .filter((l) => l.weight === 'bold')
          .map((l) => l.text)
          .join(' '),
        ...(row.threat ? { href: threatPath(row.threat) } : {}),
        note,
      });
      y += height;
    }
    outline.push({ label: bandText, children: items });
    y += 8;
  }

  const height = y + MARGIN - 8;
  const threatCount = src.threats.length;
  const svg = toSvg({
    name: NAME,
    title: 'AI security matrix',
    desc: `All ${threatCount} threats in ${outline.length} groups by asset and impacted property; each row gives whether the threat is AI-specific, its lifecycle, attack surface, asset, impact and unwanted result. Each threat links to its page.`,
    width: WIDTH,
    height,
    body,
  });
  return { name: NAME, title: 'AI security matrix', width: WIDTH, height, svg, outline };
}
