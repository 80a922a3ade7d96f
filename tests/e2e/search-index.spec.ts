/**
 * The search index as the build re-cuts it (src/site/search-index-files.ts): Pagefind's runtime must
 * still find every word in the chunk it picks. The words at the edges of the chunks are where a wrong
 * range would send it to the wrong chunk, so each of them is searched on its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { decodeCbor, type CborValue } from '../../src/site/cbor.ts';
import { searchPaths } from './pagefind.ts';

const dir = join(import.meta.dirname, '../../dist/pagefind');
const SIGNATURE = 'pagefind_dcd'.length;
const read = (file: string) =>
  decodeCbor(gunzipSync(readFileSync(join(dir, file))).subarray(SIGNATURE), file) as CborValue[];

test('every word at the edge of an index chunk is found from the chunk the runtime picks', async ({
  page,
}) => {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  const chunks = read(`pagefind.${entry.languages.en.hash}.pf_meta`)[2] as string[][];
  expect(chunks.length).toBeGreaterThan(18);
  const edges = chunks.flatMap(([, , hash]) => {
    const words = read(`index/${hash}.pf_index`)[0] as CborValue[][];
    return [words[0]![0] as string, words[words.length - 1]![0] as string];
  });
  await page.goto('/overview/');
  const found = await searchPaths(
    page,
    edges.map((query) => ({ query, limit: 1 })),
  );
  const missed = edges.filter((_, i) => found[i]!.length === 0);
  expect(missed, `words the search no longer finds: ${missed.join(', ')}`).toEqual([]);
});
