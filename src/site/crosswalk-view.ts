/**
 * How a crosswalk page shows a framework item by item: the coverage of each item (its strongest
 * relation, or why it has none) and the groups the publisher sorts items into (ATLAS tactics, AISVS
 * chapters), so the summary picture reads like the framework's own matrix.
 */
import type { Crosswalk, CrosswalkRow } from '../catalog/crosswalk.ts';
import type { ResolvedItem } from '../catalog/crosswalks/index.ts';
import { frameworkSnapshots } from '../catalog/frameworks/index.ts';

/** What one cell of the summary shows: the strongest relation of any entry, or the item's status. */
export type CellCoverage =
  'addresses' | 'partly-addresses' | 'related' | 'not-covered' | 'out-of-scope';

/** The cell states in order of strength, for the legend and for counting. */
export const CELL_COVERAGES: readonly CellCoverage[] = [
  'addresses',
  'partly-addresses',
  'related',
  'not-covered',
  'out-of-scope',
];

/** The mark each cell carries besides its colour, so the summary reads without colour too. */
export const CELL_MARK: Readonly<Record<CellCoverage, string>> = {
  addresses: '●',
  'partly-addresses': '◐',
  related: '○',
  'not-covered': '✕',
  'out-of-scope': '–',
};

/** What a cell's state is called, in the legend and in each cell's accessible name. */
export const CELL_LABEL: Readonly<Record<CellCoverage, string>> = {
  addresses: 'addressed',
  'partly-addresses': 'partly addressed',
  related: 'related entries only',
  'not-covered': 'not covered (a gap)',
  'out-of-scope': 'out of scope',
};

/** The coverage of an item: its strongest mapping, or its status. */
export function cellCoverage(item: Pick<ResolvedItem, 'entries' | 'status'>): CellCoverage {
  for (const relation of ['addresses', 'partly-addresses', 'related'] as const) {
    if (item.entries.some((m) => m.relation === relation)) return relation;
  }
  return item.status ?? 'not-covered';
}

/** A group of the summary picture: a tactic, a chapter, the mitigations, or the whole list. */
export interface CoverageGroup {
  readonly label: string;
  readonly items: readonly ResolvedItem[];
}

/**
 * The groups of the summary: ATLAS techniques under each tactic they serve (sub-techniques after their
 * technique) and the mitigations apart; AISVS sections under their chapter; a flat list otherwise.
 */
export function coverageGroups(items: readonly ResolvedItem[]): CoverageGroup[] {
  const groupers = items.filter((i) => i.kind === 'tactic' || i.kind === 'chapter');
  if (groupers.length === 0) return [{ label: 'All items', items: items.filter((i) => i.mapped) }];
  const subsOf = (ref: string) =>
    items.filter((i) => i.kind === 'sub-technique' && i.parent === ref);
  const groups = groupers.map((g): CoverageGroup => {
    if (g.kind === 'chapter')
      return { label: `${g.ref} ${g.name}`, items: items.filter((i) => i.parent === g.ref) };
    const techniques = items.filter((i) => i.kind === 'technique' && i.tactics?.includes(g.ref));
    return {
      label: `${g.name} (${g.ref})`,
      items: techniques.flatMap((t) => [t, ...subsOf(t.ref)]),
    };
  });
  const mitigations = items.filter((i) => i.kind === 'mitigation');
  return mitigations.length > 0
    ? [...groups, { label: 'Mitigations', items: mitigations }]
    : groups;
}

/**
 * The tables of the item list: each item once, in the publisher's order. ATLAS: techniques (with
 * their sub-techniques), then mitigations; AISVS: one table per chapter; otherwise one table.
 */
export function itemTables(items: readonly ResolvedItem[]): CoverageGroup[] {
  const mapped = items.filter((i) => i.mapped);
  const chapters = items.filter((i) => i.kind === 'chapter');
  if (chapters.length > 0)
    return chapters.map((c) => ({
      label: `${c.ref} ${c.name}`,
      items: mapped.filter((i) => i.parent === c.ref),
    }));
  if (mapped.some((i) => i.kind === 'mitigation')) {
    const techniques = mapped.filter((i) => i.kind === 'technique');
    return [
      {
        label: 'Techniques',
        items: techniques.flatMap((t) => [
          t,
          ...mapped.filter((s) => s.kind === 'sub-technique' && s.parent === t.ref),
        ]),
      },
      { label: 'Mitigations', items: mapped.filter((i) => i.kind === 'mitigation') },
    ];
  }
  return [{ label: 'Items', items: mapped }];
}

/** An entry's mappings to one framework, for the grouped table of its page. */
export interface FrameworkGroup {
  readonly framework: Crosswalk['framework'];
  readonly rows: readonly CrosswalkRow[];
}

/**
 * An entry's mappings grouped by framework: first the frameworks mapped item by item that are current
 * (in the order of their snapshots: agentic, LLM 2026, ATLAS, AISVS), then the other frameworks in
 * catalog order, then superseded editions (LLM Top 10 2025, then 2023).
 */
export function frameworkGroups(
  crosswalks: readonly Crosswalk[],
  rows: readonly CrosswalkRow[],
): FrameworkGroup[] {
  const byFramework = new Map<string, CrosswalkRow[]>();
  for (const r of rows) byFramework.set(r.framework, [...(byFramework.get(r.framework) ?? []), r]);
  const snapshotOrder = (c: Crosswalk) =>
    frameworkSnapshots.findIndex((s) => s.framework === c.framework.id);
  const rank = (c: Crosswalk) => (c.framework.superseded ? 2 : c.snapshot ? 0 : 1);
  const firstRow = (c: Crosswalk) => rows.findIndex((r) => r.framework === c.framework.id);
  return crosswalks
    .filter((c) => byFramework.has(c.framework.id))
    .sort((a, b) => {
      if (rank(a) !== rank(b)) return rank(a) - rank(b);
      if (rank(a) === 0) return snapshotOrder(a) - snapshotOrder(b);
      if (rank(a) === 1) return firstRow(a) - firstRow(b);
      return (b.framework.version ?? '').localeCompare(a.framework.version ?? ''); // newer superseded editions first
    })
    .map((c) => ({ framework: c.framework, rows: byFramework.get(c.framework.id)! }));
}
