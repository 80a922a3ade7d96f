/**
 * The crosswalk files of the frameworks the site keeps a snapshot of, checked and resolved: every item
 * of each framework in the publisher's order, with its URL, the entries it maps to, or the reason none
 * does. Entry pages, crosswalk pages and exports read the resolved view; nothing else stores a mapping.
 */
import { CONTROL_IDS, THREAT_IDS } from '../ids.ts';
import { frameworkSnapshots } from '../frameworks/index.ts';
import type { FrameworkItem, FrameworkSnapshot } from '../frameworks/types.ts';
import { agenticTop10_2026Crosswalk } from './agentic-top10-2026.ts';
import { aisvs1_0Crosswalk } from './aisvs-1.0.ts';
import { atlasCrosswalk } from './atlas.ts';
import { llmTop10_2025Crosswalk } from './llm-top10-2025.ts';
import { llmTop10_2026Crosswalk } from './llm-top10-2026.ts';
import type { CrosswalkFile, ItemMapping, ItemStatus, Relation } from './types.ts';
import { crosswalkProblems } from './validate.ts';

export type {
  CrosswalkFile,
  CrosswalkItemSource,
  ItemMapping,
  ItemStatus,
  MappingSource,
  Relation,
} from './types.ts';

/** The crosswalk files, current editions first. */
export const crosswalkFiles: readonly CrosswalkFile[] = [
  agenticTop10_2026Crosswalk,
  llmTop10_2026Crosswalk,
  llmTop10_2025Crosswalk,
  atlasCrosswalk,
  aisvs1_0Crosswalk,
];

/** An item of a framework with everything the site shows about it. */
export interface ResolvedItem extends FrameworkItem {
  /** The publisher's page of the item. */
  readonly url: string;
  /** Whether a crosswalk must map or explain it (false for ATLAS tactics and AISVS chapters). */
  readonly mapped: boolean;
  readonly entries: readonly ItemMapping[];
  readonly status?: ItemStatus;
  readonly reason?: string;
  readonly note?: string;
}

/** One framework's crosswalk, item by item. */
export interface ResolvedCrosswalk {
  readonly snapshot: FrameworkSnapshot;
  /** Every item of the snapshot, in the publisher's order. */
  readonly items: readonly ResolvedItem[];
}

/** Resolves crosswalk files against their snapshots; throws with every problem when one is unsound. */
export function resolveCrosswalks(
  files: readonly CrosswalkFile[],
  snapshots: readonly FrameworkSnapshot[],
  entryIds: ReadonlySet<string>,
): ResolvedCrosswalk[] {
  const problems = files.flatMap((f) => crosswalkProblems(f, snapshots, entryIds));
  if (problems.length > 0)
    throw new Error(`The crosswalk files are not sound:\n- ${problems.join('\n- ')}`);
  return files.map((file) => {
    const snapshot = snapshots.find((s) => s.framework === file.framework)!;
    const sources = new Map(file.items.map((i) => [i.ref, i]));
    const items = snapshot.items.map((item): ResolvedItem => {
      const source = sources.get(item.ref);
      return {
        ...item,
        url: snapshot.itemUrl(item),
        mapped: snapshot.mappedKinds.includes(item.kind),
        entries: source?.entries ?? [],
        ...(source?.status !== undefined && { status: source.status }),
        ...(source?.reason !== undefined && { reason: source.reason }),
        ...(source?.note !== undefined && { note: source.note }),
      };
    });
    return { snapshot, items };
  });
}

/** The resolved crosswalks of the real catalog. */
export const resolvedCrosswalks: readonly ResolvedCrosswalk[] = resolveCrosswalks(
  crosswalkFiles,
  frameworkSnapshots,
  new Set<string>([...THREAT_IDS, ...CONTROL_IDS]),
);

/** How many items of a crosswalk are mapped, explained, and must be resolved in all. */
export function crosswalkCounts(crosswalk: ResolvedCrosswalk): {
  mapped: number;
  explained: number;
  total: number;
} {
  const required = crosswalk.items.filter((i) => i.mapped);
  const mapped = required.filter((i) => i.entries.length > 0).length;
  return { mapped, explained: required.length - mapped, total: required.length };
}

/** The items of every framework that map an entry, current editions first. */
export function itemsOfEntry(
  entryId: string,
  crosswalks: readonly ResolvedCrosswalk[] = resolvedCrosswalks,
): { crosswalk: ResolvedCrosswalk; item: ResolvedItem; mapping: ItemMapping }[] {
  return crosswalks.flatMap((crosswalk) =>
    crosswalk.items.flatMap((item) =>
      item.entries
        .filter((m) => m.entry === entryId)
        .map((mapping) => ({ crosswalk, item, mapping })),
    ),
  );
}

/**
 * The ids of one framework's items that map an entry, in the publisher's order: the per-entry lists of
 * exports. `relations` narrows them (the OpenCRE file leaves out mere `related` ones).
 */
export function refsOfEntry(
  entryId: string,
  framework: string,
  relations?: readonly Relation[],
  crosswalks: readonly ResolvedCrosswalk[] = resolvedCrosswalks,
): string[] {
  const crosswalk = crosswalks.find((c) => c.snapshot.framework === framework);
  return (crosswalk?.items ?? [])
    .filter((i) =>
      i.entries.some((m) => m.entry === entryId && (!relations || relations.includes(m.relation))),
    )
    .map((i) => i.ref);
}
