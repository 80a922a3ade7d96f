/**
 * Short constructors for crosswalk files, so each mapping reads as one line: who says so, how the
 * entry relates, and (for this project's own mappings) why.
 */
import type { EntryId } from '../ids.ts';
import type { CrosswalkItemSource, ItemMapping, ItemStatus, Relation } from './types.ts';

/** A mapping of this project, with its one-sentence rationale. */
export function ours(entry: EntryId, relation: Relation, rationale: string): ItemMapping {
  return { entry, relation, source: 'this-project', rationale };
}

/** A mapping the original OWASP AI Exchange makes (its ATLAS and LLM Top 10 references), optionally reached through an OpenCRE id. */
export function exchange(entry: EntryId, relation: Relation, via?: string): ItemMapping {
  return { entry, relation, source: 'ai-exchange', ...(via ? { via } : {}) };
}

/** A mapping OpenCRE makes through one of its CREs. */
export function opencre(entry: EntryId, relation: Relation, via: string): ItemMapping {
  return { entry, relation, source: 'opencre', via };
}

/** Items that no entry maps to, all for the same reason (for example every technique of a tactic this site leaves out). */
export function explained(
  refs: readonly string[],
  status: ItemStatus,
  reason: string,
): CrosswalkItemSource[] {
  return refs.map((ref) => ({ ref, status, reason }));
}
