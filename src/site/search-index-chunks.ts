/**
 * Smaller search index chunks. Pagefind splits its word index into chunks of about 20,000 word
 * locations (a number fixed in its indexer), about 30 kB each once compressed, and a first search
 * fetches every chunk that holds one of its words: a query of two words usually costs two such
 * chunks, more than the rest of the first search together. This module re-cuts Pagefind's own index
 * into chunks of fewer locations with the same rule Pagefind uses, and names their word ranges the
 * way Pagefind does, so its runtime picks the right chunk for a word or a prefix as before. Nothing
 * else of the index changes: the words, pages, locations, filters and fragments stay Pagefind's.
 */
import type { CborValue } from './cbor.ts';

/**
 * The locations per chunk (Pagefind counts each location and one per page a word is on). A fifth of
 * Pagefind's 20,000: a chunk of about 6 kB compressed, and a few more chunk names in the metadata
 * file every search loads (about 1 kB for this site).
 */
export const INDEX_CHUNK_LOCATIONS = 4_000;

/** A word of a chunk as Pagefind encodes it: `[word, pages, …]`, each page `[number, locations, …]`. */
export type IndexWord = CborValue[];

/** How much a word weighs in Pagefind's chunking rule: its locations plus one per page. */
export function wordWeight(word: IndexWord, where = 'a word'): number {
  const pages = word[1];
  if (typeof word[0] !== 'string' || !Array.isArray(pages))
    throw new Error(
      `${where}: not a word of Pagefind's index ([word, pages, …]). Fix: check that the Pagefind version in package.json still writes its chunks this way (src/site/search-index-chunks.ts).`,
    );
  let weight = 0;
  for (const page of pages) {
    const locations = Array.isArray(page) ? page[1] : undefined;
    if (!Array.isArray(locations))
      throw new Error(
        `${where} (${word[0]}): a page is not [number, locations, …]. Fix: check the Pagefind version (src/site/search-index-chunks.ts).`,
      );
    weight += locations.length + 1;
  }
  return weight;
}

/**
 * Cuts a sorted list of words into chunks: a chunk closes as soon as its weight reaches `limit`, as
 * in Pagefind's indexer, so a word heavier than the limit makes a chunk of its own.
 */
export function cutChunks(words: readonly IndexWord[], limit: number): IndexWord[][] {
  if (!(limit > 0)) throw new Error(`cutChunks: the limit must be positive, not ${limit}.`);
  const chunks: IndexWord[][] = [];
  let chunk: IndexWord[] = [];
  let weight = 0;
  for (const word of words) {
    weight += wordWeight(word);
    chunk.push(word);
    if (weight >= limit) {
      chunks.push(chunk);
      chunk = [];
      weight = 0;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * The word range of each chunk as Pagefind's runtime reads it: the first chunk starts at its first
 * word and the last ends at its last; between two neighbours, each side is shortened to the shortest
 * prefix (in characters) that still tells them apart.
 */
export function chunkRanges(
  chunks: readonly (readonly IndexWord[])[],
): { from: string; to: string }[] {
  const ranges = chunks.map((c) => ({
    from: String(c[0]?.[0] ?? ''),
    to: String(c[c.length - 1]?.[0] ?? ''),
  }));
  for (let i = 0; i + 1 < ranges.length; i++) {
    const a = Array.from(ranges[i]!.to);
    const b = Array.from(ranges[i + 1]!.from);
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    ranges[i]!.to = a.slice(0, common + 1).join('');
    ranges[i + 1]!.from = b.slice(0, common + 1).join('');
  }
  return ranges;
}
