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
 * table, or undefined when the name stays out of the index: an item the entry addresses counts half
 * as much as ordinary text, one it partly addresses a quarter, and the names of merely related items and of
 * replaced editions are not indexed, so the names of other lists never outrank a page's own subject.
 */
export function mappedNameWeight(
  relation: 'addresses' | 'partly-addresses' | 'related',
  superseded: boolean,
): number | undefined {
  if (superseded || relation === 'related') return undefined;
  return relation === 'addresses' ? 0.5 : 0.25;
}

/**
 * Content weight of a mapped item's id (`ASI06`, `AML.T0051`) on an entry page, by how the entry relates
 * to the item: the entries that address an item rank first for its id, those that partly address it
 * next, related ones last. An edition that a newer one replaced (LLM Top 10 2025) counts half, so a
 * bare `LLM04` still finds the entries of the id as older links cite it rather than every later
 * `LLM04:2025` (Pagefind also indexes `LLM04:2025` as its part `LLM04`).
 */
export function mappedIdWeight(
  relation: 'addresses' | 'partly-addresses' | 'related',
  superseded: boolean,
  referenceWeight: number,
): number {
  const byRelation =
    relation === 'addresses'
      ? referenceWeight
      : relation === 'partly-addresses'
        ? referenceWeight / 2
        : referenceWeight / 4;
  return superseded ? byRelation / 2 : byRelation;
}

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
  const chosen = (
    strong.length > 0 ? strong : mapped.filter((r) => r.relation === 'partly-addresses')
  ).slice(0, ALSO_LISTED_MAX);
  return chosen.map((r) => `${r.ref} ${r.title ?? ''}`.trim()).join(ALSO_LISTED_SEPARATOR);
}

/**
 * The search query for a short-link slug that is an item id of a mapped framework, as its publisher
 * writes it (`asi06` → `ASI06`, `llm09-2026` → `LLM09:2026`, `aml.t0051` → `AML.T0051`, `aisvs-c8.1` →
 * `AISVS C8.1`), or undefined for any other slug. The 404 page searches it, so `/goto/ASI06/` lists the
 * entries mapped to that item.
 */
export function frameworkIdQuery(slug: string): string | undefined {
  const s = slug.trim().toLowerCase();
  if (/^asi\d{2}$/.test(s)) return s.toUpperCase();
  const llm = /^llm(\d{2})(?:[:_-]?(\d{4}))?$/.exec(s);
  if (llm) return llm[2] ? `LLM${llm[1]}:${llm[2]}` : `LLM${llm[1]}`;
  if (/^aml\.(?:ta|t|m)\d{4}(?:\.\d{3})?$/.test(s)) return s.toUpperCase();
  const aisvs = /^(?:aisvs[-_ ]?)?(c\d{1,2}\.\d{1,2})$/.exec(s);
  if (aisvs) return `AISVS ${aisvs[1]!.toUpperCase()}`;
  return undefined;
}
