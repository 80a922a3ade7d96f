/**
 * The first search of a visit: milliseconds from the moment the query is complete to the first result
 * on screen, and the bytes fetched from opening the search dialog until the results settle.
 *
 * The reader opens the dialog and, a second later (about half the time it takes to type a short query),
 * the whole query arrives in one input event. Typing key by key would let the search UI's debounce fire
 * on a prefix whenever the machine stalls between two keys, which makes the figure depend on the load.
 */
import type { Browser } from '@playwright/test';
import { freshContext, recordTransfers } from './browser.ts';

/** One first search. */
export interface SearchRun {
  /** From the input event that completes the query to the first result link in the page. */
  readonly msToFirstResult: number;
  /** From that event to the first Pagefind file requested after it (index or result fragment), if any: the wait before searching starts. */
  readonly msToFirstFetch: number | null;
  /** Everything fetched from opening the dialog until the network went quiet after the first result. */
  readonly bytes: number;
  readonly requests: number;
  /** The largest files fetched. */
  readonly largest: readonly { readonly url: string; readonly bytes: number }[];
  readonly offSite: readonly string[];
}

declare global {
  interface Window {
    __benchLastKey?: number;
    __benchFirstResult?: number;
  }
}

/** Enters `query` into the search dialog of a fresh visit to `path` and times the search. */
export async function measureFirstSearch(
  browser: Browser,
  origin: string,
  path: string,
  query: string,
): Promise<SearchRun> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  // Times are wall-clock milliseconds (the page's and this process's clocks are the machine's).
  await page.evaluate(() => {
    document.addEventListener(
      'input',
      () => {
        window.__benchLastKey = performance.timeOrigin + performance.now();
        delete window.__benchFirstResult;
      },
      true,
    );
    new MutationObserver(() => {
      if (
        window.__benchLastKey !== undefined &&
        window.__benchFirstResult === undefined &&
        document.querySelector('.pagefind-ui__result-link')
      ) {
        window.__benchFirstResult = performance.timeOrigin + performance.now();
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const recorder = await recordTransfers(page, origin);
  // Pagefind fetches its index from a worker, whose requests the page's resource timing leaves out.
  const searchRequests: number[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) searchRequests.push(Date.now());
  });
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page
    .getByRole('dialog', { name: 'Search' })
    .getByRole('textbox', { name: 'Search' });
  await input.waitFor();
  await page.waitForTimeout(1000);
  await input.fill(query);
  await page.locator('.pagefind-ui__result-link').first().waitFor();
  await page.waitForLoadState('networkidle');
  const { lastKey, firstResult } = await page.evaluate(() => ({
    lastKey: window.__benchLastKey ?? NaN,
    firstResult: window.__benchFirstResult ?? NaN,
  }));
  const firstFetch = searchRequests.find((t) => t >= lastKey);
  const transfers = await recorder.transfers();
  await context.close();
  return {
    msToFirstResult: Math.round(firstResult - lastKey),
    msToFirstFetch: firstFetch === undefined ? null : Math.round(firstFetch - lastKey),
    bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
    requests: transfers.length,
    largest: [...transfers]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 4)
      .map((t) => ({ url: new URL(t.url).pathname, bytes: t.bytes })),
    offSite: recorder.offSite,
  };
}
