/**
 * Finds the short-link slugs closest to a mistyped one, by edit distance, so the 404 page can
 * suggest what the reader probably meant.
 */

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The `count` items whose slug is nearest to `wanted`; a slug containing `wanted` ranks first. */
export function nearestSlugs<T extends { slug: string }>(
  wanted: string,
  items: readonly T[],
  count: number,
): T[] {
  const score = (slug: string) =>
    slug.includes(wanted) || wanted.includes(slug) ? 0 : editDistance(wanted, slug);
  return [...items]
    .map((item) => ({ item, score: score(item.slug) }))
    .sort((x, y) => x.score - y.score || x.item.slug.localeCompare(y.item.slug))
    .slice(0, count)
    .map((x) => x.item);
}
