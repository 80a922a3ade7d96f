/**
 * Entries that were removed or merged. Their ids, slugs and page URLs were published, so they stay
 * alive: the old page becomes a tombstone that names the entry it was merged into, and its short
 * links lead there. Add an entry here when you delete one from threats.ts or controls.ts.
 */
import type { RetiredEntry } from './types.ts';

/** Retired entries; none so far. */
export const retiredEntries = [] as const satisfies readonly RetiredEntry[];
