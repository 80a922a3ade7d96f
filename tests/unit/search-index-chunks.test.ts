import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  mkdirSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../src/site/cbor.ts';
import {
  chunkRanges,
  cutChunks,
  wordWeight,
  type IndexWord,
} from '../../src/site/search-index-chunks.ts';
import { rechunkSearchIndex } from '../../src/site/search-index-files.ts';

/** A word on `pages` pages with `locations` locations on each, in Pagefind's shape. */
const word = (w: string, pages = 1, locations = 1): IndexWord => [
  w,
  Array.from({ length: pages }, (_, p) => [p, Array.from({ length: locations }, (_, l) => l), []]),
  [],
];
const names = (chunks: IndexWord[][]) => chunks.map((c) => c.map((w) => w[0]));

describe('the CBOR codec', () => {
  it('encodes every kind of value it reads back to the same value', () => {
    const value: CborValue = [
      0,
      23,
      24,
      255,
      256,
      65_535,
      65_536,
      2 ** 32,
      -1,
      -25,
      -1000,
      '',
      'provider’',
      new Uint8Array([1, 2, 3]),
      true,
      false,
      null,
      [],
      new Map<CborValue, CborValue>([['k', [1]]]),
    ];
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
  });

  it('writes the shortest argument, as canonical CBOR does', () => {
    expect([...encodeCbor(23)]).toEqual([0x17]);
    expect([...encodeCbor(24)]).toEqual([0x18, 24]);
    expect([...encodeCbor(-25)]).toEqual([0x38, 24]);
    expect([...encodeCbor(['a'])]).toEqual([0x81, 0x61, 0x61]);
  });

  it('refuses what it does not read, naming the input and the offset', () => {
    expect(() => decodeCbor(new Uint8Array([0xfb, 0, 0, 0, 0, 0, 0, 0, 0]), 'x.pf_meta')).toThrow(
      /x\.pf_meta: .* at byte 1/,
    );
    expect(() => decodeCbor(new Uint8Array([0x01, 0x02]), 'y')).toThrow(/1 bytes after the item/);
    expect(() => decodeCbor(new Uint8Array([0x82, 0x01]), 'z')).toThrow(/unexpected end/);
  });
});

describe('cutting the word index into chunks', () => {
  it('weighs a word as Pagefind does: its locations plus one per page', () => {
    expect(wordWeight(word('a', 3, 4))).toBe(15);
  });

  it('keeps every word once and in order, and closes a chunk when it reaches the limit', () => {
    const words = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((w) => word(w, 1, 2));
    const chunks = cutChunks(words, 6);
    expect(chunks.flat()).toEqual(words);
    expect(names(chunks)).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g']]);
  });

  it('gives a word heavier than the limit a chunk of its own', () => {
    expect(names(cutChunks([word('a'), word('the', 50, 10), word('z')], 20))).toEqual([
      ['a', 'the'],
      ['z'],
    ]);
  });

  it('cuts as Pagefind cuts at its own size, so the rule is the same at any size', () => {
    const words = Array.from({ length: 40 }, (_, i) =>
      word(`w${String(i).padStart(2, '0')}`, 1, i % 5),
    );
    for (const limit of [3, 7, 20]) {
      for (const chunk of cutChunks(words, limit).slice(0, -1)) {
        const weights = chunk.map((w) => wordWeight(w));
        const total = weights.reduce((a, b) => a + b, 0);
        expect(total).toBeGreaterThanOrEqual(limit);
        expect(total - weights[weights.length - 1]!).toBeLessThan(limit);
      }
    }
  });

  it('names the ranges between neighbours by their shortest distinguishing prefixes', () => {
    const ranges = chunkRanges([
      [word('apple'), word('apple2')],
      [word('apricot'), word('banana')],
      [word('cath'), word('cathartic')],
      [word('catharsis'), word('peach')],
    ]);
    expect(ranges).toEqual([
      { from: 'apple', to: 'app' },
      { from: 'apr', to: 'b' },
      { from: 'c', to: 'cathart' },
      { from: 'cathars', to: 'peach' },
    ]);
  });

  it('counts characters, not bytes, in a prefix', () => {
    const [first, second] = chunkRanges([[word('provider’s')], [word('provider”')]]);
    expect(first!.to).toBe('provider’');
    expect(second!.from).toBe('provider”');
  });

  it('refuses a word that is not in Pagefind’s shape, saying where to look', () => {
    expect(() => wordWeight(['a', 'not pages'], 'chunk 3')).toThrow(
      /chunk 3: .*search-index-chunks/,
    );
  });
});

describe('re-cutting a built search index', () => {
  const SIGNATURE = Buffer.from('pagefind_dcd', 'latin1');
  const pack = (v: CborValue) => gzipSync(Buffer.concat([SIGNATURE, encodeCbor(v)]));
  const unpack = (file: string) =>
    decodeCbor(gunzipSync(readFileSync(file)).subarray(SIGNATURE.length));

  /** A Pagefind folder with two chunks of twelve words each and a metadata file naming them. */
  function fixture() {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
    mkdirSync(join(dir, 'index'));
    const words = Array.from({ length: 24 }, (_, i) =>
      word(`word${String(i).padStart(2, '0')}`, 2, 3),
    );
    const chunks = [words.slice(0, 12), words.slice(12)];
    chunks.forEach((c, i) => writeFileSync(join(dir, 'index', `en_old${i}.pf_index`), pack([c])));
    const pages = [
      ['en_page0', 100, ''],
      ['en_page1', 80, ''],
    ];
    const filters = [['kind', 'en_filter']];
    const meta = [
      '1.6.0',
      pages,
      chunkRanges(chunks).map((r, i) => [r.from, r.to, `en_old${i}`]),
      filters,
      [],
      [],
    ];
    writeFileSync(join(dir, 'pagefind.en_oldmeta.pf_meta'), pack(meta));
    writeFileSync(
      join(dir, 'pagefind-entry.json'),
      JSON.stringify({
        version: '1.6.0',
        languages: { en: { hash: 'en_oldmeta', wasm: 'en', page_count: 2 } },
      }),
    );
    return { dir, words, pages, filters };
  }

  it('writes chunks under the limit that hold every word in order, and a metadata file naming them', () => {
    const { dir, words, pages, filters } = fixture();
    const [report] = rechunkSearchIndex(dir, 28);
    expect(report).toMatchObject({ language: 'en', chunksBefore: 2, chunksAfter: 6 });
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
    const metaFile = join(dir, `pagefind.${entry.languages.en.hash}.pf_meta`);
    expect(existsSync(metaFile)).toBe(true);
    const meta = unpack(metaFile) as CborValue[];
    // Everything but the chunk list is Pagefind's as it was.
    expect(meta[0]).toBe('1.6.0');
    expect(meta[1]).toEqual(pages);
    expect(meta[3]).toEqual(filters);
    const listed = meta[2] as string[][];
    const read = listed.map(
      ([, , hash]) => (unpack(join(dir, 'index', `${hash}.pf_index`)) as IndexWord[][])[0]!,
    );
    expect(read.flat()).toEqual(words);
    expect(listed.map(([from, to]) => ({ from, to }))).toEqual(chunkRanges(read));
  });

  it('removes the files it replaced, so the build holds no index the runtime never asks for', () => {
    const { dir } = fixture();
    rechunkSearchIndex(dir, 28);
    expect(readdirSync(join(dir, 'index')).some((f) => f.startsWith('en_old'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind.en_oldmeta.pf_meta'))).toBe(false);
    expect(readdirSync(join(dir, 'index'))).toHaveLength(6);
  });

  it('writes the same files for the same index, so the build stays reproducible', () => {
    const a = fixture();
    const b = fixture();
    rechunkSearchIndex(a.dir, 28);
    rechunkSearchIndex(b.dir, 28);
    const files = (d: string) =>
      readdirSync(d, { recursive: true })
        .map(String)
        .sort()
        .filter((f) => f.includes('.'))
        .map((f) => [f, readFileSync(join(d, f)).toString('base64')]);
    expect(files(a.dir)).toEqual(files(b.dir));
  });

  it('fails on a folder that is not a Pagefind index, naming the file and the fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
    expect(() => rechunkSearchIndex(dir, 28)).toThrow(
      /pagefind-entry\.json: missing\. Fix: rebuild/,
    );
  });
});
