import { expect, test, type Page } from '@playwright/test';
import { refsOfEntry } from '../../src/catalog/crosswalks/index.ts';
import { lookup, type Entry } from '../../src/catalog/lookup.ts';
import { crosswalkPath } from '../../src/catalog/urls.ts';
import { FRAMEWORK_QUERY_DEPTH, frameworkQueries } from '../fixtures/search-queries-frameworks.ts';
import { practitionerQueries } from '../fixtures/search-queries-practitioner.ts';
import { searchQueries, type SearchQuery } from '../fixtures/search-queries.ts';
import { searchPaths } from './pagefind.ts';

const entries: readonly Entry[] = [...lookup.catalog.threats, ...lookup.catalog.controls];

/** The page a query of the relevance set must find. */
const expectedPath = (q: SearchQuery) =>
  q.expect.startsWith('/') ? q.expect : lookup.pathOf(lookup.entry(q.expect));

/** 1-based rank of a path in a result list, or 0 when it is not there. */
const rankOf = (paths: readonly string[], path: string) => paths.indexOf(path) + 1;

test.beforeEach(async ({ page }) => {
  await page.goto('/overview/');
});

test('every query of the relevance set finds its page where the set says', async ({ page }) => {
  const results = await searchPaths(
    page,
    searchQueries.map((q) => ({ query: q.query, limit: 10 })),
  );
  const rows = searchQueries.map((q, i) => ({
    q,
    want: expectedPath(q),
    rank: rankOf(results[i]!, expectedPath(q)),
    top: results[i]!.slice(0, 3),
  }));
  const hits = rows.filter((r) => r.rank > 0 && r.rank <= r.q.within).length;
  console.log(
    `Search relevance: ${hits}/${rows.length} queries hit (${((100 * hits) / rows.length).toFixed(1)} %)`,
  );
  for (const r of rows) {
    expect
      .soft(
        r.rank,
        `"${r.q.query}" should find ${r.want} within ${r.q.within} (${r.q.why}); got ${r.top.join(', ')}`,
      )
      .toBeGreaterThan(0);
    expect
      .soft(
        r.rank,
        `"${r.q.query}" should find ${r.want} within ${r.q.within} (${r.q.why}); got ${r.top.join(', ')}`,
      )
      .toBeLessThanOrEqual(r.q.within);
  }
});

test('every query in practitioners’ vocabulary finds its page among the first three', async ({
  page,
}) => {
  const results = await searchPaths(
    page,
    practitionerQueries.map((q) => ({ query: q.query, limit: 3 })),
  );
  const misses = practitionerQueries.flatMap((q, i) => {
    const want = expectedPath({ ...q, within: 3 });
    return results[i]!.includes(want)
      ? []
      : [
          `"${q.query}" (${q.source}) should find ${want} (${q.why}); got ${results[i]!.join(', ')}`,
        ];
  });
  console.log(
    `Practitioner relevance: ${practitionerQueries.length - misses.length}/${practitionerQueries.length} queries hit`,
  );
  expect(misses).toEqual([]);
});

/**
 * The result paths of each query as the search dialog answers it (the site's `<site-search>` element):
 * pages with all the words, then, when there are few, pages with some of them.
 */
async function dialogPaths(
  page: Page,
  queries: readonly string[],
  count: number,
): Promise<string[][]> {
  await page.waitForFunction(() => customElements.get('site-search') !== undefined);
  return page.evaluate(
    async ({ queries, count }) => {
      const search = document.querySelector('site-search') as HTMLElement & {
        find(term: string, count: number): Promise<{ url: string }[]>;
      };
      const all: string[][] = [];
      for (const q of queries) all.push((await search.find(q, count)).map((d) => d.url));
      return all;
    },
    { queries, count },
  );
}

test('every query in other frameworks’ names finds the pages a practitioner expects among the first five, and none ends empty', async ({
  page,
}) => {
  const results = await dialogPaths(
    page,
    frameworkQueries.map((q) => q.query),
    FRAMEWORK_QUERY_DEPTH,
  );
  const empty = frameworkQueries.filter((_, i) => results[i]!.length === 0).map((q) => q.query);
  const misses = frameworkQueries.flatMap((q, i) => {
    const missing = q.expect
      .map((id) => expectedPath({ query: q.query, expect: id, within: 3, why: q.why }))
      .filter((p) => !results[i]!.includes(p));
    return missing.length === 0
      ? []
      : [
          `"${q.query}" (${q.source}) should find ${missing.join(', ')} (${q.why}); got ${results[i]!.join(', ') || 'nothing'}`,
        ];
  });
  console.log(
    `Other-framework relevance: ${frameworkQueries.length - misses.length}/${frameworkQueries.length} queries hit; ${empty.length} ended with no result`,
  );
  expect(empty).toEqual([]);
  expect(misses).toEqual([]);
});

test('a search for any threat or control id puts its page first, with or without # and in any case', async ({
  page,
}) => {
  const forms = (id: string) => [id, `#${id}`, id.toLowerCase()];
  const queries = entries.flatMap((e) =>
    forms(e.id).map((query) => ({ query, want: lookup.pathOf(e) })),
  );
  const results = await searchPaths(
    page,
    queries.map((q) => ({ query: q.query, limit: 1 })),
  );
  const misses = queries.flatMap((q, i) =>
    results[i]![0] === q.want ? [] : [`${q.query} → ${results[i]![0] ?? 'nothing'}`],
  );
  expect(misses).toEqual([]);
});

test('a search for an old slug of an entry puts the entry first', async ({ page }) => {
  const queries = entries.flatMap((e) =>
    e.aliases.map((query) => ({ query, want: lookup.pathOf(e) })),
  );
  expect(queries.length).toBeGreaterThan(0);
  const results = await searchPaths(
    page,
    queries.map((q) => ({ query: q.query, limit: 1 })),
  );
  const misses = queries.flatMap((q, i) =>
    results[i]![0] === q.want ? [] : [`${q.query} → ${results[i]![0] ?? 'nothing'}`],
  );
  expect(misses).toEqual([]);
});

test('a search for an entry name or another name of it finds the entry among the first three', async ({
  page,
}) => {
  const queries = entries.flatMap((e) =>
    [e.name, ...(e.alsoKnownAs ?? [])].map((query) => ({ query, want: lookup.pathOf(e) })),
  );
  const results = await searchPaths(
    page,
    queries.map((q) => ({ query: q.query, limit: 3 })),
  );
  const misses = queries.flatMap((q, i) =>
    results[i]!.includes(q.want) ? [] : [`${q.query} → ${results[i]!.join(', ')}`],
  );
  expect(misses).toEqual([]);
});

test('a search for a mapped outside reference finds every entry that carries it, one of them or its crosswalk page in the first two', async ({
  page,
}) => {
  // The id-like references the catalog maps: OWASP LLM Top 10, MITRE ATLAS, OpenCRE and ISO/IEC 27002.
  // ISO/IEC clause numbers are searched as readers cite them, with the standard ("27002 8.16"): a bare
  // "5.1" also matches numbers such as 5181 in other framework names.
  const carriers = new Map<string, Set<string>>();
  const carry = (ref: string, e: Entry) =>
    carriers.set(ref, (carriers.get(ref) ?? new Set()).add(lookup.pathOf(e)));
  // A bare 2023 id (LLM06) is also the start of the newer editions' ids (LLM06:2026), which readers mean
  // as often: an entry carrying the same item number of any edition is a right first answer too.
  const sameNumber = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const id of [
      ...refsOfEntry(e.id, 'OWASP LLM Top 10 2025'),
      ...refsOfEntry(e.id, 'OWASP LLM Top 10 2026'),
    ]) {
      const bare = id.replace(/:\d{4}$/, '');
      sameNumber.set(bare, (sameNumber.get(bare) ?? new Set()).add(lookup.pathOf(e)));
    }
  }
  for (const e of entries) {
    for (const id of e.owaspLlmTop10) carry(id, e);
    // An entry mapped to a sub-technique (AML.T0043.002) is a right answer for its technique (AML.T0043) too.
    for (const id of refsOfEntry(e.id, 'MITRE ATLAS'))
      for (const ref of new Set([id, id.replace(/\.\d{3}$/, '')])) carry(ref, e);
    for (const s of e.standards) {
      if (s.ref && s.framework === 'OpenCRE') carry(s.ref, e);
      if (s.ref && s.framework === 'ISO/IEC 27002') carry(`27002 ${s.ref}`, e);
    }
  }
  // The crosswalk page of the framework lists the reference with every entry that carries it: a fine hit.
  // Two places, not one: Pagefind matches number prefixes, so "27002 5.1" also hits the short crosswalk
  // page of ISO/IEC AWI 5181 and ranks it first.
  const crosswalkOf = (ref: string) =>
    ref.startsWith('27002 ')
      ? crosswalkPath('ISO/IEC 27002')
      : ref.startsWith('LLM')
        ? crosswalkPath('OWASP LLM Top 10')
        : ref.startsWith('AML.')
          ? crosswalkPath('MITRE ATLAS')
          : crosswalkPath('OpenCRE');
  const refs = [...carriers.keys()];
  expect(refs.length).toBeGreaterThan(20);
  const results = await searchPaths(
    page,
    refs.map((query) => ({ query })),
  );
  const problems = refs.flatMap((ref, i) => {
    const found = results[i]!;
    const want = carriers.get(ref)!;
    const missing = [...want].filter((p) => !found.includes(p));
    return [
      ...(missing.length > 0 ? [`${ref}: not found on ${missing.join(', ')}`] : []),
      ...(found
        .slice(0, 2)
        .some((p) => want.has(p) || sameNumber.get(ref)?.has(p) || p === crosswalkOf(ref))
        ? []
        : [
            `${ref}: neither of the first two results (${found.slice(0, 2).join(', ')}) carries it`,
          ]),
    ];
  });
  expect(problems).toEqual([]);
});
