/**
 * The Astro integration that re-cuts Pagefind's word index into smaller chunks after Starlight has
 * built it (src/site/search-index-chunks.ts says why). It must come after `starlight()` in
 * astro.config.mjs: Astro runs the integrations' `astro:build:done` hooks in their order, and
 * Starlight writes the index in its own.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INDEX_CHUNK_LOCATIONS } from './search-index-chunks.ts';
import { rechunkSearchIndex } from './search-index-files.ts';

/** Re-cuts `dist/pagefind/`'s word index into chunks of `INDEX_CHUNK_LOCATIONS` locations. */
export function smallerSearchChunks(): AstroIntegration {
  return {
    name: 'smaller-search-chunks',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pagefind = fileURLToPath(new URL('pagefind/', dir));
        if (!existsSync(pagefind))
          throw new Error(
            `${pagefind} is missing when the search index should be re-cut. Fix: list smallerSearchChunks() after starlight() in astro.config.mjs, so it runs after Pagefind.`,
          );
        for (const r of rechunkSearchIndex(pagefind, INDEX_CHUNK_LOCATIONS))
          logger.info(
            `search index (${r.language}): ${r.chunksBefore} chunks of up to ${(r.largestBefore / 1024).toFixed(1)} KiB re-cut into ${r.chunksAfter} of up to ${(r.largestAfter / 1024).toFixed(1)} KiB`,
          );
      },
    },
  };
}
