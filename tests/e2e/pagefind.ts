/**
 * Runs searches in the built site with Pagefind's own JavaScript API, ranked exactly as the search
 * dialog ranks (the same `SEARCH_RANKING` that astro.config.mjs gives Starlight).
 */
import type { Page } from '@playwright/test';
import { SEARCH_RANKING } from '../../src/site/search.ts';

/** Pagefind filters of a search: filter key to the values a result must have. */
export type SearchFilters = Readonly<Record<string, string | readonly string[]>>;

/** One search: the query, optional filters, and how many result paths to read (all when omitted). */
export interface SearchRequest {
  readonly query: string | null;
  readonly filters?: SearchFilters;
  readonly limit?: number;
}

/** The result paths of each search, best first. The page must be a page of the built site. */
export async function searchPaths(
  page: Page,
  requests: readonly SearchRequest[],
): Promise<string[][]> {
  return page.evaluate(
    async ({ requests, ranking }) => {
      // A variable keeps TypeScript from resolving the site's own URL as a module path.
      const bundle = '/pagefind/pagefind.js';
      const pagefind = await import(bundle);
      await pagefind.options({ ranking });
      const all: string[][] = [];
      for (const r of requests) {
        const search = await pagefind.search(r.query, { filters: r.filters ?? {} });
        const results: { data: () => Promise<{ url: string }> }[] = search.results.slice(
          0,
          r.limit ?? search.results.length,
        );
        all.push(await Promise.all(results.map(async (x) => (await x.data()).url)));
      }
      return all;
    },
    { requests, ranking: SEARCH_RANKING },
  );
}

/** The filters of the index with the number of pages of each value. */
export async function searchFilterCounts(
  page: Page,
): Promise<Record<string, Record<string, number>>> {
  return page.evaluate(async () => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(bundle);
    return pagefind.filters();
  });
}
