/**
 * The build served with the headers of its own `_headers` file: every template answers with the
 * security headers, and running its scripts (the forwarding ones, Starlight's, Pagefind's WebAssembly
 * search) breaks no rule of the Content-Security-Policy.
 */
import { expect, test } from '@playwright/test';
import { catalog } from '../../src/catalog/index.ts';
import { lookup } from '../../src/catalog/lookup.ts';
import { partPath } from '../../src/catalog/urls.ts';
import { legacyPages } from '../../src/site/legacy.ts';
import { redirectTable, shortLinkTargets } from '../../src/site/redirects.ts';
import { cspViolations, watchPage } from './support/guards.ts';
import { MISSING_PATH, sitemapPaths } from './support/pages.ts';

const pages = sitemapPaths();
const firstUnder = (prefix: string) => pages.find((p) => p.startsWith(prefix) && p !== prefix)!;
const shortLink = redirectTable(shortLinkTargets(lookup)).find((r) => !r.to.includes('#'))!;
const legacy = legacyPages(lookup).find((p) => p.anchors.length > 0)!;

/** One page of each template; the forwarding ones with a fragment, so their scripts run. */
const templates = [
  { name: 'the home page', url: '/' },
  { name: 'an overview page', url: firstUnder('/overview/') },
  { name: 'a threat page', url: firstUnder('/threats/') },
  { name: 'a control page', url: firstUnder('/controls/') },
  { name: 'a part page', url: partPath(catalog.parts[0]!) },
  { name: 'a short link with a fragment', url: `${shortLink.from}#top` },
  {
    name: "a deep link into the original site's page",
    url: `${legacy.path}#${legacy.anchors[0]!.anchor}`,
  },
  { name: 'the 404 page', url: MISSING_PATH },
];

test.describe('every template under the Content-Security-Policy', () => {
  for (const { name, url } of templates) {
    test(`${name} (${url}) runs without a CSP violation or console error`, async ({
      page,
      baseURL,
    }) => {
      const problems = await watchPage(page, new URL(baseURL!).origin);
      await page.goto(url);
      await page.waitForLoadState('load');
      // A violation in a page that forwarded is logged to the console, which is watched across pages.
      expect([...(await cspViolations(page)), ...problems.console]).toEqual([]);
      expect(problems.offSite).toEqual([]);
    });
  }

  test('a search from the dialog loads Pagefind and its WebAssembly and shows results without a violation', async ({
    page,
    baseURL,
  }) => {
    const problems = await watchPage(page, new URL(baseURL!).origin);
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    await page
      .getByRole('dialog', { name: 'Search' })
      .getByRole('textbox', { name: 'Search' })
      .fill('rate limit');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
    expect([...(await cspViolations(page)), ...problems.console]).toEqual([]);
    expect(problems.offSite).toEqual([]);
  });
});

test.describe('response headers', () => {
  test('a page answers with the security headers of _headers, with no inline script allowed but by hash', async ({
    request,
  }) => {
    const headers = (await request.get(firstUnder('/controls/'))).headers();
    const scriptSrc = headers['content-security-policy']
      ?.split('; ')
      .find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toMatch(
      /^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+$/,
    );
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cache-control']).toBeUndefined();
  });

  test('a hashed asset is cached for a year', async ({ page, request }) => {
    await page.goto('/');
    const asset = await page
      .locator('link[rel="stylesheet"][href^="/_astro/"]')
      .first()
      .getAttribute('href');
    expect((await request.get(asset!)).headers()['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });
});
