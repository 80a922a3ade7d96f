import { statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { lookup, type Entry } from '../../src/catalog/lookup.ts';
import { controlGroupLabel } from '../../src/catalog/labels.ts';
import {
  FILTERS,
  lifecyclePhaseLabel,
  lifecyclePhases,
  searchKindLabel,
} from '../../src/site/search.ts';
import { ALSO_LISTED_META, ALSO_LISTED_SEPARATOR } from '../../src/site/search-crosswalk.ts';
import { PARTIAL_NOTE } from '../../src/site/search-partial.ts';
import { FIRST_SCREEN, PAGE_SIZE } from '../../src/site/search-view.ts';
import { searchFilterCounts, searchPaths } from './pagefind.ts';

const entries: readonly Entry[] = [...lookup.catalog.threats, ...lookup.catalog.controls];
const entryAt = new Map(entries.map((e) => [lookup.pathOf(e), e]));

/** Opens a page and waits until the search dialog is ready to take input. */
async function ready(page: Page, path = '/overview/') {
  await page.goto(path);
  await page.locator('#starlight__search input').waitFor({ state: 'attached' });
}

/**
 * Opens the dialog with `/`, types a query and waits for its results. The first search loads the
 * Pagefind runtime and index, which takes a while on a busy machine.
 */
async function search(page: Page, query: string) {
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  await expect(page.locator('.pagefind-ui__message')).toHaveText(
    new RegExp(`results? for ${query}$`),
    { timeout: 20_000 },
  );
}

/**
 * Two words that no page of the site holds together: rate limiting's other name and the control that
 * marks a model. (ATLAS's "Segmentation of AI Agent Components" served until the crosswalks put all
 * its words on the ATLAS page.) Pagefind ignores a word that is nowhere in the index, so a made-up word
 * would not do: each word here is on some page.
 */
const PARTIAL_QUERY = 'throttling watermarking';

/**
 * Types a query that few or no pages hold in full and waits for the partial answer to the whole query:
 * on a busy machine the keystrokes come slower than the dialog's 20 ms pause, so a prefix of the query
 * may be answered (with its own partial note) before the query itself, and that later answer replaces
 * the list.
 */
async function searchPartial(page: Page, query: string) {
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  await expect(page.getByText(PARTIAL_NOTE)).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.pagefind-ui__message')).toHaveText(
    new RegExp(`for ${query}; \\d+ pages? ha(s|ve) some of the words$`),
  );
}

/** The paths of the result links on screen (pages, not their sections). */
const resultPaths = (page: Page) =>
  page
    .locator('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

const searchBox = (page: Page) =>
  page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });

test('the / key opens the search dialog with the cursor in the search box', async ({ page }) => {
  await ready(page, '/controls/ratelimit/');
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(searchBox(page)).toHaveValue('a/b');
  await expect(page.getByRole('button', { name: 'Search' })).toHaveAttribute(
    'aria-keyshortcuts',
    /(^| )\/$/,
  );
});

test('arrow keys move from the search box through the results, and Enter opens one', async ({
  page,
}) => {
  await ready(page);
  await search(page, 'rate limit');
  const links = page.locator('.pagefind-ui__result-link');
  await expect(links.first()).toHaveText('Rate limit');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/controls\/ratelimit\/$/);
});

test('the number of results is announced in a status region of the dialog', async ({ page }) => {
  await ready(page);
  await search(page, 'membership inference');
  const status = page.getByRole('dialog', { name: 'Search' }).getByRole('status');
  await expect(status).toHaveText(/^\d+ results? for membership inference$/);
});

test('the dialog ranks with the site ranking: another name finds its entry first', async ({
  page,
}) => {
  await ready(page);
  await search(page, 'adversarial examples');
  await expect(page.locator('.pagefind-ui__result-link').first()).toHaveText(
    lookup.entry('EVASION').name,
  );
});

test('filtering the dialog by kind = control leaves only control pages', async ({ page }) => {
  // The filter panel appears once Pagefind has loaded its filter index, which can trail the first
  // results by seconds on a loaded machine.
  test.setTimeout(60_000);
  await ready(page);
  await search(page, 'model');
  const links = page.locator('.pagefind-ui__result-link');
  const hrefs = () =>
    links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  await expect
    .poll(async () => (await hrefs()).some((p) => !p.startsWith('/controls/')), { timeout: 15_000 })
    .toBe(true);
  const kind = page.getByRole('group', { name: 'Filters' }).getByText('Kind', { exact: true });
  await expect(kind).toBeVisible({ timeout: 30_000 });
  await kind.click();
  await page.getByRole('checkbox', { name: /^Control \(\d+\)$/ }).check();
  await expect
    .poll(async () => (await hrefs()).every((p) => p.startsWith('/controls/')), { timeout: 15_000 })
    .toBe(true);
  expect((await hrefs()).length).toBeGreaterThan(0);
});

test('the open dialog with results and filters has no serious or critical accessibility violation', async ({
  page,
}) => {
  await ready(page);
  await search(page, 'model');
  for (const name of ['Kind', 'Lifecycle', 'Control group'])
    await page.getByRole('group', { name: 'Filters' }).getByText(name, { exact: true }).click();
  const results = await new AxeBuilder({ page })
    .include('dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(severe).toEqual([]);
});

test('the filters count the pages of each kind, lifecycle and control group in the catalog', async ({
  page,
}) => {
  await page.goto('/overview/');
  const counts = await searchFilterCounts(page);
  expect(counts[FILTERS.kind]?.[searchKindLabel.threat]).toBe(lookup.catalog.threats.length);
  expect(counts[FILTERS.kind]?.[searchKindLabel.control]).toBe(lookup.catalog.controls.length);
  for (const [phase, label] of Object.entries(lifecyclePhaseLabel)) {
    const expected = entries.filter((e) =>
      (lifecyclePhases(lookup, e) as string[]).includes(phase),
    ).length;
    expect(counts[FILTERS.lifecycle]?.[label] ?? 0, label).toBe(expected);
  }
  for (const group of lookup.catalog.controlGroups) {
    const expected = lookup.catalog.controls.filter((c) =>
      lookup.groupsOfControl(c).includes(group),
    ).length;
    expect(counts[FILTERS.group]?.[controlGroupLabel(group)] ?? 0, group.id).toBe(expected);
  }
});

test('every filter value selects exactly the pages that have it', async ({ page }) => {
  await page.goto('/overview/');
  const counts = await searchFilterCounts(page);
  const requests = Object.entries(counts).flatMap(([filter, values]) =>
    Object.keys(values).map((value) => ({ filter, value })),
  );
  // A search without words and with one filter lists every page that has the filter value.
  const results = await searchPaths(
    page,
    requests.map((r) => ({ query: null, filters: { [r.filter]: r.value } })),
  );
  const kindOf = (path: string) => {
    const entry = entryAt.get(path);
    if (entry) return lookup.isThreat(entry) ? searchKindLabel.threat : searchKindLabel.control;
    if (lookup.catalog.pages.some((s) => s.original?.home === 'own' && s.path === path))
      return searchKindLabel.subject;
    return path.startsWith('/standards/') ? searchKindLabel.standard : searchKindLabel.overview;
  };
  const expected = (filter: string, value: string): string[] => {
    if (filter === FILTERS.lifecycle)
      return entries
        .filter((e) => lifecyclePhases(lookup, e).some((p) => lifecyclePhaseLabel[p] === value))
        .map((e) => lookup.pathOf(e));
    if (filter === FILTERS.category) {
      return lookup.catalog.controls
        .filter((c) =>
          lookup.catalog.essentialGroups.some(
            (g) => g.category === value && (g.controls as readonly string[]).includes(c.id),
          ),
        )
        .map((c) => lookup.pathOf(c));
    }
    return lookup.catalog.controls
      .filter((c) => lookup.groupsOfControl(c).some((g) => controlGroupLabel(g) === value))
      .map((c) => lookup.pathOf(c));
  };
  requests.forEach((r, i) => {
    const found = results[i]!;
    expect(found.length, `${r.filter}=${r.value}`).toBe(counts[r.filter]![r.value]);
    if (r.filter === FILTERS.kind)
      expect(
        found.filter((p) => kindOf(p) !== r.value),
        `${r.filter}=${r.value}`,
      ).toEqual([]);
    else
      expect(found.toSorted(), `${r.filter}=${r.value}`).toEqual(
        expected(r.filter, r.value).toSorted(),
      );
  });
});

test('a first search fetches less than 300 kB of the search bundle', async ({ page }) => {
  await ready(page);
  // Counted as the files' size in dist/, so the figure does not depend on the server's compression.
  // Pagefind's runtime (script, worker, WebAssembly) is about 150 kB of it; the rest is index and results.
  const files = new Map<string, number>();
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pagefind/')) files.set(path, statSync(join('dist', path)).size);
  });
  await search(page, 'rate limit');
  await expect(page.locator('.pagefind-ui__result-link').first()).toHaveText('Rate limit');
  await page.waitForLoadState('networkidle');
  const bytes = [...files.values()].reduce((a, b) => a + b, 0);
  console.log(
    `A first search fetched ${(bytes / 1024).toFixed(1)} kB in ${files.size} files of /pagefind/:\n  ${[...files].map(([f, n]) => `${f} ${n}`).join('\n  ')}`,
  );
  expect(bytes).toBeLessThan(300 * 1024);
});

test('a query whose words no page holds together lists the pages with some of them under a note, and says so in the count', async ({
  page,
}) => {
  await ready(page);
  await searchPartial(page, PARTIAL_QUERY);
  await expect(
    page.locator('.pagefind-ui__results--partial .pagefind-ui__result').first(),
  ).toBeVisible();
  const count = new RegExp(
    `^(No results|\\d+ results?) for ${PARTIAL_QUERY}; \\d+ pages? ha(ve|s) some of the words$`,
  );
  await expect(page.locator('.pagefind-ui__message')).toHaveText(count);
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('status')).toHaveText(count);
});

test('arrow keys walk the pages with some of the words as they walk full matches, and Enter opens one', async ({
  page,
}) => {
  await ready(page);
  await searchPartial(page, PARTIAL_QUERY);
  const links = page.locator('.pagefind-ui__result-link');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = new URL((await links.nth(0).getAttribute('href'))!, page.url()).pathname;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.replaceAll('/', '\\/')}(#.*)?$`));
});

test('a filter narrows the pages with some of the words too', async ({ page }) => {
  test.setTimeout(60_000);
  await ready(page);
  await searchPartial(page, PARTIAL_QUERY);
  await expect
    .poll(async () => (await resultPaths(page)).some((p) => !p.startsWith('/threats/')), {
      timeout: 15_000,
    })
    .toBe(true);
  const kind = page.getByRole('group', { name: 'Filters' }).getByText('Kind', { exact: true });
  await expect(kind).toBeVisible({ timeout: 30_000 });
  await kind.click();
  // The union of the word searches has no exact count per value, so the values show none.
  await page.getByRole('checkbox', { name: searchKindLabel.threat, exact: true }).check();
  await expect(page.getByText(PARTIAL_NOTE)).toBeVisible();
  await expect
    .poll(async () => (await resultPaths(page)).every((p) => p.startsWith('/threats/')), {
      timeout: 15_000,
    })
    .toBe(true);
  expect((await resultPaths(page)).length).toBeGreaterThan(0);
});

test("a search typed while the filter index still loads shows its own counts, not the whole site's", async ({
  page,
}) => {
  // Hold the filter index back until the query is typed: the answer must wait for it, or the panel
  // keeps the site-wide counts next to results that hold far fewer pages.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/filter/**', async (route) => {
    await held;
    await route.continue();
  });
  await ready(page);
  await page.keyboard.press('/');
  await page.keyboard.type('jailbreak');
  await page.waitForTimeout(300);
  release();
  await expect(page.locator('.pagefind-ui__message')).toHaveText(/results? for jailbreak$/, {
    timeout: 20_000,
  });
  const threats = (await searchPaths(page, [{ query: 'jailbreak' }]))[0]!.filter((p) =>
    p.startsWith('/threats/'),
  ).length;
  expect(threats).toBeLessThan(lookup.catalog.threats.length);
  await page.getByRole('group', { name: 'Filters' }).getByText('Kind', { exact: true }).click();
  await expect(
    page.getByRole('checkbox', { name: `${searchKindLabel.threat} (${threats})`, exact: true }),
  ).toBeVisible();
});

test('the dialog fetches the results of the first screen, and the next ones when the reader asks or scrolls', async ({
  page,
}) => {
  await ready(page);
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
  });
  // The whole query in one input event, so no search for a prefix fetches fragments of its own.
  await page.keyboard.press('/');
  await searchBox(page).fill('model');
  await expect.poll(() => resultPaths(page), { timeout: 20_000 }).toHaveLength(FIRST_SCREEN);
  await page.waitForLoadState('networkidle');
  expect(fragments).toHaveLength(FIRST_SCREEN);
  const more = page.getByRole('button', { name: 'Load more results' });
  // Focus without scrolling: scrolling the button into view would reach the end of the list, which
  // asks for the next batch by itself, and this step is about asking with the button.
  await more.evaluate((button) => (button as HTMLElement).focus({ preventScroll: true }));
  await page.keyboard.press('Enter');
  await expect.poll(() => resultPaths(page)).toHaveLength(FIRST_SCREEN + PAGE_SIZE);
  await expect(more).toBeFocused();
  await page
    .locator('.dialog-frame')
    .evaluate((frame) => frame.scrollTo({ top: frame.scrollHeight }));
  await expect.poll(() => resultPaths(page)).toHaveLength(FIRST_SCREEN + 2 * PAGE_SIZE);
  // The down arrow on the last result shown fetches the next batch and moves to its first result.
  const shown = await resultPaths(page);
  await page.locator('.pagefind-ui__result-link').last().focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => resultPaths(page)).toHaveLength(shown.length + PAGE_SIZE);
  const next = (await resultPaths(page))[shown.length];
  await expect(page.locator(`.pagefind-ui__result-link[href="${next}"]`).first()).toBeFocused();
});

test('a result shows the outside names it is also listed as, only those that match the query', async ({
  page,
}) => {
  // The names come from the catalog's mappings, indexed by the entry pages; here two ATLAS mitigation
  // names are added to the search fragments of entry pages, which Pagefind also reads uncompressed
  // (after its "pagefind_dcd" signature). Only the second shares a word with "rate limit".
  const listed = [
    'Restrict Number of AI Model Queries',
    'Limit Public Release of Information',
  ].join(ALSO_LISTED_SEPARATOR);
  await page.route('**/pagefind/fragment/*', async (route) => {
    const response = await route.fetch();
    const fragment = JSON.parse(
      gunzipSync(await response.body())
        .subarray(12)
        .toString('utf8'),
    ) as { url: string; meta: Record<string, string> };
    if (entryAt.has(fragment.url)) fragment.meta[ALSO_LISTED_META] = listed;
    await route.fulfill({
      status: 200,
      contentType: 'application/octet-stream',
      body: Buffer.from(`pagefind_dcd${JSON.stringify(fragment)}`),
    });
  });
  await ready(page);
  await search(page, 'rate limit');
  const first = page.locator('.pagefind-ui__result').first();
  await expect(first.getByRole('link').first()).toHaveText(lookup.entry('RATELIMIT').name);
  await expect(
    first.locator('.pagefind-ui__result-tag').filter({ hasText: /^Also listed as / }),
  ).toHaveText('Also listed as Limit Public Release of Information');
});
