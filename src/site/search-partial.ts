/**
 * Partial matches: what the search answers when few pages contain every word of a query. Pagefind
 * returns only pages that hold all the words, so one word the site does not use ("Segmentation of AI
 * Agent Components", "Unsafe AI Artifacts") empties the whole answer although pages cover the rest.
 * Then each meaningful word is searched on its own and the pages are merged by how many of the words
 * they match and how well. Pure functions, so the dialog
 * (src/components/overrides/search-dialog.ts) and the 404 page share one rule and tests need no browser.
 */

/** Below this many pages with all the words, the words are also searched one by one. */
export const PARTIAL_BELOW = 3;

/** The note above pages that hold only some of the words. */
export const PARTIAL_NOTE = 'No page has all of these words; pages with some of them';

/**
 * Words that say nothing about a page's subject: on their own they would match nearly every page.
 * Kept short on purpose; a word a reader may mean as a subject ("use", "data", "model") stays.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'about',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'can',
  'do',
  'does',
  'for',
  'from',
  'how',
  'i',
  'in',
  'into',
  'is',
  'it',
  'its',
  'my',
  'of',
  'on',
  'or',
  'our',
  'the',
  'their',
  'this',
  'to',
  'via',
  'was',
  'what',
  'when',
  'which',
  'who',
  'why',
  'with',
  'without',
]);

/**
 * The meaningful words of a query, lower case, each once, in the order typed: split at spaces and
 * punctuation (so "Resource-Intensive" gives two words, as Pagefind indexes them), without stop words
 * and single letters.
 */
export function meaningfulWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  return [...new Set(words)];
}

/**
 * American spellings and their British forms: the site writes British English ("artefact", "defence",
 * "labelling", "organisation"), while ATLAS, AISVS and NIST write American. Whole-word rules for the
 * endings where the two differ regularly; one direction only, since a British spelling already finds
 * the site's pages.
 */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/^artifact/, 'artefact'],
  [/(\w{3})iz(e|es|ed|ing|ation|ations|er|ers)$/, '$1is$2'],
  [/(\w)yz(e|es|ed|ing|er|ers)$/, '$1ys$2'],
  [/^(de|of)fense(s?)$/, '$1fence$2'],
  [/^behavior/, 'behaviour'],
  [/(\w{2}[^le])el(ing|ed)$/, '$1ell$2'],
];

/** The British spelling of an American word, or undefined when it has none. */
export function otherSpelling(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const [from, to] of SPELLINGS) {
    if (from.test(lower)) {
      const other = lower.replace(from, to);
      if (other !== lower) return other;
    }
  }
  return undefined;
}

/**
 * The query with every word in its British spelling where it has one, or undefined when no word has:
 * searched as well when the query as typed finds few pages, so "Sanitize", "Artifacts" and
 * "Defenses" find the pages that say "sanitise", "artefacts" and "defences".
 */
export function otherSpellingQuery(query: string): string | undefined {
  let changed = false;
  const respelled = query.replace(/[\p{L}\p{N}_]+/gu, (word) => {
    const other = otherSpelling(word);
    if (!other) return word;
    changed = true;
    return other;
  });
  return changed ? respelled : undefined;
}

/**
 * Whether a query is worth searching word by word after its full search found `found` pages: it must
 * have found fewer than `PARTIAL_BELOW`, and the words on their own must differ from the query (a
 * single word, or words that are all stop words, give nothing new).
 */
export function wantsPartial(query: string, found: number): boolean {
  if (found >= PARTIAL_BELOW) return false;
  const words = meaningfulWords(query);
  if (words.length === 0) return false;
  const typed = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean);
  return words.length > 1 || typed.length > 1;
}

/** One page a search found, as Pagefind ranks it. */
export interface ScoredPage {
  readonly id: string;
  readonly score: number;
}

/** A page of the merged answer: how many of the words it matched, and its points (see `mergePartial`). */
export interface PartialPage {
  readonly id: string;
  readonly matched: number;
  readonly score: number;
}

/**
 * Merges the answers of the word-by-word searches. Each word gives a page up to one point: the page's
 * score for that word relative to the best page for it. So a page counts both how many of the words it
 * matches and how well: the page about membership inference and model inversion, which matches four of
 * five words as the best page for each, comes before an overview page that mentions all five in
 * passing. Ties go to the page that matches more words, then to the one found first. Pages in `exclude`
 * (already shown as full matches) are left out.
 */
export function mergePartial(
  perWord: readonly (readonly ScoredPage[])[],
  exclude: ReadonlySet<string> = new Set(),
): PartialPage[] {
  const pages = new Map<string, { matched: number; score: number; first: number }>();
  let order = 0;
  for (const results of perWord) {
    const best = Math.max(0, ...results.map((r) => r.score));
    const seen = new Set<string>();
    for (const r of results) {
      if (exclude.has(r.id) || seen.has(r.id)) continue;
      seen.add(r.id);
      const points = best > 0 ? r.score / best : 0;
      const page = pages.get(r.id);
      if (page) {
        page.matched += 1;
        page.score += points;
      } else pages.set(r.id, { matched: 1, score: points, first: order++ });
    }
  }
  return [...pages]
    .sort(([, a], [, b]) => b.score - a.score || b.matched - a.matched || a.first - b.first)
    .map(([id, p]) => ({ id, matched: p.matched, score: p.score }));
}

/**
 * The filter counts to show while an answer includes partial matches: for each value, the most pages
 * any one search found with it. The union of the word searches has at least that many, so a value
 * shown as empty really has no page in the answer; the exact figure is unknown, so the dialog shows
 * the values without counts.
 */
export function partialFilterCounts(
  answers: readonly Readonly<Record<string, Readonly<Record<string, number>>>>[],
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const answer of answers) {
    for (const [filter, values] of Object.entries(answer)) {
      const into = (counts[filter] ??= {});
      for (const [value, count] of Object.entries(values))
        into[value] = Math.max(into[value] ?? 0, count);
    }
  }
  return counts;
}
