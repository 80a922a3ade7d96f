/**
 * The gates every page of the build must pass, in both colour themes: no WCAG 2.2 A/AA violation that
 * axe-core finds, no request to another host (blocked and counted), no Content-Security-Policy
 * violation or console error. The pages come from the built sitemap, plus the 404 page and one page of
 * each forwarding template (with `E2E_PAGE_SAMPLE=n`, n sitemap pages spread evenly: the benchmark's sample).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LEGACY_PREFIX } from '../../src/site/legacy.ts';
import { cspViolations, watchPage, type PageProblems } from './support/guards.ts';
import { axeBudget } from './support/budget.ts';
import { forwardingSamples, gatedPaths, MISSING_PATH, pageBytes } from './support/pages.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark'] as const;
const isLegacyPath = (path: string) => path.startsWith(LEGACY_PREFIX);

// axe-core takes seconds on a long page when the machine is busy, and its work grows with the page
// (the A-Z index grows with the catalog): a page's budget grows with its HTML.
test.describe.configure({ timeout: 60_000 });

/** Opens a page under watch for off-site requests and CSP violations. */
async function open(page: Page, baseURL: string | undefined, url: string): Promise<PageProblems> {
  const problems = await watchPage(page, new URL(baseURL!).origin);
  await page.goto(url);
  return problems;
}

/** Runs axe on the open page and checks what the watch saw. */
async function audit(page: Page, problems: PageProblems): Promise<void> {
  // Legacy mode runs axe in the page itself instead of finishing in a second page (the site has no
  // frames that would need that), and only violations are reported back: together twice as fast.
  // (`options` replaces the whole option set, so it comes before `withTags`.)
  const axe = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .analyze();
  const violations = axe.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect.soft(violations, 'axe-core violations').toEqual([]);
  expect.soft(problems.offSite, 'requests to other hosts').toEqual([]);
  expect
    .soft(
      [...(await cspViolations(page)), ...problems.console],
      'CSP violations and console errors',
    )
    .toEqual([]);
}

for (const theme of THEMES) {
  test.describe(`in the ${theme} theme`, () => {
    // The Content-Security-Policy already stops a request to another host before it leaves, so the
    // light-theme pass checks the policy and the dark-theme pass sets it aside to see (and count) every
    // request a page would make without it. The themes differ only in colour.
    test.use({ bypassCSP: theme === 'dark' });

    test.beforeEach(async ({ page }) => {
      // Starlight keeps the reader's choice under this key and applies it before the first paint.
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    });

    for (const path of [...gatedPaths(), MISSING_PATH]) {
      const promise =
        theme === 'dark'
          ? 'requests nothing from another host'
          : 'stays on the site and keeps to its CSP';
      test(`${path} passes axe, ${promise}`, async ({ page, baseURL }) => {
        test.setTimeout(axeBudget(pageBytes(path)));
        const problems = await open(page, baseURL, path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await audit(page, problems);
      });
    }
  });
}

test.describe('forwarding pages, held still', () => {
  for (const path of forwardingSamples()) {
    test(`${path} passes axe, stays on the site and keeps to its CSP`, async ({
      page,
      baseURL,
    }) => {
      // They forward at once. Answering every other page with 204 No Content cancels a zero-second
      // refresh; a legacy page's script forwards before its load event unless the fragment names no
      // anchor of it, so it gets one that names none.
      await page.route('**/*', (route) =>
        route.request().resourceType() === 'document' &&
        new URL(route.request().url()).pathname !== path
          ? route.fulfill({ status: 204 })
          : route.fallback(),
      );
      const problems = await open(
        page,
        baseURL,
        isLegacyPath(path) ? `${path}#no-such-anchor` : path,
      );
      await audit(page, problems);
      expect(new URL(page.url()).pathname).toBe(path);
    });
  }
});
