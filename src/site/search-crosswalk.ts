/**
 * What search learns from an entry's crosswalk mappings: the Pagefind metadata key the search dialog
 * reads to show "also listed as …" under a result, the weight of mapped item names, and the value of
 * that metadata. (Contract with the search dialog: the key and the ` · ` separator.)
 */
import type { CrosswalkRow } from '../catalog/crosswalk.ts';

/** The Pagefind metadata key of an entry's strongest mappings: `alsolisted:ASI06 Memory and Context Poisoning · …`. */
export const ALSO_LISTED_META = 'alsolisted';

/** Separator of the items in `alsolisted`. */
export const ALSO_LISTED_SEPARATOR = ' · ';

/**
 * Content weight of a mapped item's name (`Memory and Context Poisoning`) in an entry's standards
 * table: below ordinary text (1), so the names of other lists never outrank a page's own subject.
 */
export const MAPPED_NAME_WEIGHT = 0.5;

/** How many items `alsolisted` names at most, so the line under a search result stays one line. */
export const ALSO_LISTED_MAX = 6;

/**
 * The `alsolisted` value of an entry: the items of the frameworks mapped item by item that the entry
 * addresses (or, when it addresses none, partly addresses), as `ref name`, in the order given
 * (current editions first), at most `ALSO_LISTED_MAX`; empty when there are none.
 */
export function alsoListed(rows: readonly CrosswalkRow[]): string {
  const mapped = rows.filter((r) => r.relation && r.ref);
  const strong = mapped.filter((r) => r.relation === 'addresses');
  const chosen = (strong.length > 0 ? strong : mapped.filter((r) => r.relation === 'partly-addresses')).slice(0, ALSO_LISTED_MAX);
  return chosen.map((r) => `${r.ref} ${r.title ?? ''}`.trim()).join(ALSO_LISTED_SEPARATOR);
}
