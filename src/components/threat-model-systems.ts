/**
 * Systems kept in this browser (localStorage only; nothing is sent anywhere) and the side-by-side
 * comparison of two of them, or of one system under the rules it was kept with and today's.
 */
import { assess } from '../catalog/assess.ts';
import type { AssessModel } from '../catalog/assess.ts';
import { parseQuery } from '../catalog/assess-query.ts';

/** A system kept in this browser. */
export interface SavedSystem {
  readonly id: string;
  readonly system: string;
  /** `YYYY-MM-DD`. */
  readonly saved: string;
  /** Rules and catalog version it was kept with. */
  readonly rules: string;
  readonly catalog: string;
  /** The builder's query string: answers, name and decisions. */
  readonly query: string;
  /** The threat ids for you when it was kept, so a later rule change shows up in a comparison. */
  readonly threats: readonly string[];
}

const KEY = 'ai-security-exchange:threat-models';

/** The kept systems, newest first; an empty list when storage is off or holds something else. */
export function readSystems(): SavedSystem[] {
  try {
    const data: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(data)
      ? (data as SavedSystem[]).filter(
          (s) => typeof s?.id === 'string' && typeof s.query === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

function write(list: readonly SavedSystem[]): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

/** Keeps a system; one with the same name replaces the older one. Returns false when storage refuses. */
export function saveSystem(entry: Omit<SavedSystem, 'id'>): boolean {
  const list = readSystems().filter((s) => s.system !== entry.system);
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return write([{ id, ...entry }, ...list]);
}

/** Forgets a kept system. */
export function deleteSystem(id: string): void {
  write(readSystems().filter((s) => s.id !== id));
}

/** One side of a comparison: a query, and for a kept system the threats and rules it was kept with. */
export interface CompareSide {
  readonly query: string;
  readonly savedThreats?: readonly string[] | undefined;
  readonly savedRules?: string | undefined;
}

/** One row per threat that either side lists, in catalog order, with a cell per side. */
export function compareSystems(
  model: AssessModel,
  sides: readonly CompareSide[],
): { id: string; name: string; cells: string[] }[] {
  const results = sides.map((s) => {
    const parsed = parseQuery(model, s.query);
    return { side: s, result: assess(model, parsed.answers, parsed.decisions) };
  });
  const cell = (i: number, id: string) => {
    const { side, result } = results[i]!;
    const t = result.threats.find((x) => x.id === id);
    const now = t
      ? `yours${t.decision.treatment ? `, ${t.decision.treatment}` : ''}`
      : result.supplierThreats.some((x) => x.id === id)
        ? "supplier's"
        : result.possibleThreats.some((x) => x.id === id)
          ? 'possible'
          : '—';
    // A kept system whose list differs under today's rules says so: the same answers, two rule versions.
    const then =
      side.savedThreats &&
      side.savedRules !== model.version.rules &&
      side.savedThreats.includes(id) !== Boolean(t)
        ? ` (${side.savedThreats.includes(id) ? 'yours' : 'not listed'} under the rules of ${side.savedRules})`
        : '';
    return now + then;
  };
  return model.threatOrder
    .filter(
      (id) =>
        results.some(
          ({ result }) =>
            result.threats.some((t) => t.id === id) ||
            result.supplierThreats.some((t) => t.id === id) ||
            result.possibleThreats.some((t) => t.id === id),
        ) || sides.some((s) => s.savedThreats?.includes(id)),
    )
    .map((id) => ({ id, name: model.threats[id]!.name, cells: sides.map((_, i) => cell(i, id)) }));
}
