/**
 * Rewrites the search index in a build's `pagefind/` folder into smaller chunks
 * (src/site/search-index-chunks.ts explains why): reads Pagefind's metadata file and word chunks,
 * writes the re-cut chunks and a new metadata file naming them, points `pagefind-entry.json` at it
 * and removes the files it replaced. Every file keeps Pagefind's framing (gzip of a signature and
 * the CBOR body), so Pagefind's runtime reads them as its own.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync, constants } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from './cbor.ts';
import { chunkRanges, cutChunks, type IndexWord } from './search-index-chunks.ts';

/** The bytes Pagefind puts before the CBOR body of each index file. */
const SIGNATURE = 'pagefind_dcd';
/** The index chunks' place in the metadata file's top-level array (`[version, pages, chunks, …]`). */
const META_CHUNKS = 2;

/** What the rewrite did, for the build log and the tests. */
export interface RechunkReport {
  readonly language: string;
  readonly chunksBefore: number;
  readonly chunksAfter: number;
  readonly largestBefore: number;
  readonly largestAfter: number;
}

const fix =
  'Fix: rebuild (`npm run build`); if it persists, the installed Pagefind writes another index format than src/site/search-index-files.ts reads.';

function readIndexFile(file: string): CborValue {
  const raw = gunzipSync(readFileSync(file));
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE)
    throw new Error(`${file}: does not start with Pagefind's signature. ${fix}`);
  return decodeCbor(raw.subarray(SIGNATURE.length), file);
}

function packIndexFile(value: CborValue): Buffer {
  const body = Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), encodeCbor(value)]);
  return gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
}

/** A short content hash, longer where it would repeat one already taken. */
function shortName(prefix: string, bytes: Uint8Array, taken: Set<string>, length: number): string {
  const hex = createHash('sha256').update(bytes).digest('hex');
  let n = length;
  while (taken.has(`${prefix}${hex.slice(0, n)}`) && n < hex.length) n++;
  const name = `${prefix}${hex.slice(0, n)}`;
  taken.add(name);
  return name;
}

/** Re-cuts the word index of every language in `pagefindDir` into chunks of at most `limit` locations. */
export function rechunkSearchIndex(pagefindDir: string, limit: number): RechunkReport[] {
  const entryFile = join(pagefindDir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) throw new Error(`${entryFile}: missing. ${fix}`);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const reports: RechunkReport[] = [];
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = join(pagefindDir, `pagefind.${info.hash}.pf_meta`);
    const meta = readIndexFile(metaFile);
    const listed = Array.isArray(meta) ? meta[META_CHUNKS] : undefined;
    if (!Array.isArray(meta) || !Array.isArray(listed))
      throw new Error(`${metaFile}: no list of index chunks at position ${META_CHUNKS}. ${fix}`);
    const oldNames = listed.map((c, i) => {
      const name = Array.isArray(c) ? c[2] : undefined;
      if (typeof name !== 'string')
        throw new Error(`${metaFile}: index chunk ${i} is not [from, to, hash]. ${fix}`);
      return name;
    });
    const words: IndexWord[] = [];
    let largestBefore = 0;
    for (const name of oldNames) {
      const file = join(pagefindDir, 'index', `${name}.pf_index`);
      largestBefore = Math.max(largestBefore, readFileSync(file).length);
      const chunk = readIndexFile(file);
      const list = Array.isArray(chunk) ? chunk[0] : undefined;
      if (!Array.isArray(list)) throw new Error(`${file}: not a list of words. ${fix}`);
      words.push(...(list as IndexWord[]));
    }
    const chunks = cutChunks(words, limit);
    const ranges = chunkRanges(chunks);
    const prefix = `${oldNames[0]!.split('_')[0]}_`;
    const taken = new Set<string>();
    const written: Buffer[] = [];
    const names = chunks.map((chunk) => {
      const body = encodeCbor([chunk]);
      const name = shortName(prefix, body, taken, 7);
      written.push(packIndexFile([chunk]));
      return name;
    });
    for (const name of oldNames) rmSync(join(pagefindDir, 'index', `${name}.pf_index`));
    names.forEach((name, i) =>
      writeFileSync(join(pagefindDir, 'index', `${name}.pf_index`), written[i]!),
    );
    meta[META_CHUNKS] = ranges.map((r, i) => [r.from, r.to, names[i]!]);
    const packedMeta = packIndexFile(meta);
    const metaHash = shortName(prefix, packedMeta, new Set(), 10);
    rmSync(metaFile);
    writeFileSync(join(pagefindDir, `pagefind.${metaHash}.pf_meta`), packedMeta);
    info.hash = metaHash;
    reports.push({
      language,
      chunksBefore: oldNames.length,
      chunksAfter: names.length,
      largestBefore,
      largestAfter: Math.max(...written.map((b) => b.length)),
    });
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return reports;
}
