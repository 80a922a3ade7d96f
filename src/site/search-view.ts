/**
 * What the search dialog shows for a Pagefind result, as pure functions of the data Pagefind returns:
 * the result message, the sections worth listing under a page, and the catalog facts (id, kind,
 * lifecycle) shown with each result. The dialog's script (src/components/overrides/search-dialog.ts)
 * only wires these to the DOM, so the rules are unit-tested without a browser.
 */
import { FILTERS, OTHER_NAMES_META } from './search.ts';
import { ALSO_LISTED_META, ALSO_LISTED_SEPARATOR } from './search-crosswalk.ts';

/** A section of a page that matched, as Pagefind's `sub_results` gives it. */
export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  readonly locations?: readonly number[];
}

/** The loaded data of one Pagefind result (the fields the dialog reads). */
export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters?: Readonly<Record<string, readonly string[]>>;
  readonly sub_results?: readonly PagefindSubResult[];
}

/** At most this many sections are listed under a page, as Pagefind's own UI does. */
export const MAX_SUB_RESULTS = 3;

/**
 * Results whose fragments are fetched and shown at once: what the first screen of the dialog shows. A
 * result with its excerpt, sections and facts is about 550 px tall, so a 1280 × 720 laptop shows the
 * first one whole and a 1440 × 900 screen the top of the second (measured on "prompt injection", "rate
 * limit" and "model theft"). Each fragment carries its page's full text, so the rest wait until the
 * reader scrolls or asks for them.
 */
export const FIRST_SCREEN = 2;

/** Results added each time the reader scrolls to the end of the list or asks for more. */
export const PAGE_SIZE = 5;

/**
 * The line above the results, the same words Pagefind's UI uses, so a reader and the status region
 * hear "12 results for rate limit".
 */
export function resultMessage(count: number, term: string, partial = 0): string {
  const full =
    count === 0
      ? `No results for ${term}`
      : `${count} ${count === 1 ? 'result' : 'results'} for ${term}`;
  if (partial === 0) return full;
  return `${full}; ${partial} ${partial === 1 ? 'page has' : 'pages have'} some of the words`;
}

/**
 * The sections to list under a page: those other than the page's own top, and when there are more
 * than `MAX_SUB_RESULTS`, the ones with the most matches, kept in page order.
 */
export function sectionsToShow(data: PagefindResultData): {
  showExcerpt: boolean;
  sections: PagefindSubResult[];
} {
  const subs = data.sub_results ?? [];
  const pageUrl = data.meta['url'] ?? data.url;
  const hasRoot = subs[0]?.url === pageUrl;
  const others = hasRoot ? subs.slice(1) : [...subs];
  if (others.length <= MAX_SUB_RESULTS)
    return { showExcerpt: hasRoot || subs.length === 0, sections: others };
  const best = new Set(
    [...others]
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
      .slice(0, MAX_SUB_RESULTS)
      .map((s) => s.url),
  );
  return { showExcerpt: hasRoot, sections: others.filter((s) => best.has(s.url)) };
}

/**
 * The catalog id of an entry page, read from its URL (an entry's slug is its lower-case id), or
 * undefined for other pages.
 */
export function entryIdOfUrl(url: string): string | undefined {
  const match = /\/(threats|controls)\/([a-z0-9]+)\/(?:#.*)?$/.exec(url);
  return match?.[2]?.toUpperCase();
}

/**
 * The facts shown under a result: the entry id, the kind of page and the lifecycle phases (from the
 * page's Pagefind filters), then its other names. Empty for a page without any.
 */
export function resultFacts(data: PagefindResultData): string[] {
  const facts: string[] = [];
  const id = entryIdOfUrl(data.url);
  if (id) facts.push(id);
  facts.push(...(data.filters?.[FILTERS.kind] ?? []), ...(data.filters?.[FILTERS.lifecycle] ?? []));
  const names = data.meta[OTHER_NAMES_META];
  if (names) facts.push(`Also known as: ${names}`);
  return facts;
}

/**
 * The outside items an entry is listed as (its `alsolisted` metadata: the names of the ATLAS, OWASP,
 * AISVS, NIST... items it is mapped to) that share a word with the query, so a reader who typed
 * another framework's name sees why the entry came up. A word matches when one is the start of the
 * other, four letters at least ("poison" and "poisoning"), as Pagefind matches word stems.
 */
export function alsoListedMatches(
  data: PagefindResultData,
  queryWords: readonly string[],
): string[] {
  const listed = data.meta[ALSO_LISTED_META];
  if (!listed || queryWords.length === 0) return [];
  const matches = (a: string, b: string) =>
    a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
  return listed
    .split(ALSO_LISTED_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => {
      const words = item
        .toLowerCase()
        .split(/[^\p{L}\p{N}_]+/u)
        .filter(Boolean);
      return queryWords.some((q) => words.some((w) => matches(w, q)));
    });
}

/** A filter key as a heading: `control group` becomes `Control group`. */
export function filterHeading(filter: string): string {
  return filter.charAt(0).toLocaleUpperCase() + filter.slice(1);
}

/** Pagefind filters: a page must have each listed value of a filter, or one of the `any` values. */
export type PagefindFilters = Record<string, string[] | { any: string[] }>;

/**
 * The selected filter values, in the shape Pagefind's `search` takes; filters with none are left out.
 * Two values of one filter mean either of them (kind = threat or control), not both, which no page has.
 */
export function pagefindFilters(
  selected: Iterable<{ filter: string; value: string }>,
): PagefindFilters {
  const values = new Map<string, string[]>();
  for (const { filter, value } of selected)
    values.set(filter, [...(values.get(filter) ?? []), value]);
  return Object.fromEntries(
    [...values].map(([filter, vs]) => [filter, vs.length === 1 ? vs : { any: vs }]),
  );
}
