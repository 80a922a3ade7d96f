/**
 * Splits a run-together short-link slug into words (`outputencoding` → `output encoding`), so the 404
 * page can search for what an unknown short link is about, not only for slugs that look alike. The
 * words come from a vocabulary (the titles of every short link), and the split uses as few words as
 * possible, so `modeltheft` reads as `model theft` and not as `model the ft`.
 */

/** The lower-case words of at least two letters in `texts`, as a vocabulary for `slugWords`. */
export function vocabulary(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^a-z]+/)) if (word.length >= 2) words.add(word);
  }
  return words;
}

/**
 * The words of `slug`: the split into vocabulary words with the fewest words, or the slug itself when
 * no split covers it. Letters outside the vocabulary are kept as one run between known words.
 */
export function slugWords(slug: string, words: ReadonlySet<string>): string[] {
  const s = slug.toLowerCase().replace(/[^a-z]/g, '');
  if (s === '') return [];
  // best[i]: the cheapest split of s[0..i). A known word costs 1; an unknown run costs 2 plus 1 a
  // letter, so known words win wherever they fit and unknown letters stay as few and short as can be.
  const best: ({ cost: number; parts: string[] } | undefined)[] = [{ cost: 0, parts: [] }];
  for (let end = 1; end <= s.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (!before) continue;
      const piece = s.slice(start, end);
      const known = words.has(piece);
      const lastUnknown = before.parts.length > 0 && !words.has(before.parts.at(-1)!);
      // Unknown letters join the unknown run before them instead of starting another piece.
      const parts =
        !known && lastUnknown
          ? [...before.parts.slice(0, -1), before.parts.at(-1)! + piece]
          : [...before.parts, piece];
      const cost = before.cost + (known ? 1 : piece.length + (lastUnknown ? 0 : 2));
      const current = best[end];
      if (!current || cost < current.cost) best[end] = { cost, parts };
    }
  }
  return best[s.length]!.parts;
}
