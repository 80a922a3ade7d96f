/**
 * Every content page works without JavaScript: its heading and its content are there and readable.
 * Only search and interactive extras need scripts. (Short links and the original site's deep links
 * without JavaScript are covered in short-links.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/pages.ts';

test.use({ javaScriptEnabled: false });

for (const path of sitemapPaths()) {
  test(`${path} shows its heading and content without JavaScript`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    const main = page.getByRole('main');
    await expect(main).toBeVisible();
    // The summary under the title, or the content of a page without one, is real text.
    expect((await main.innerText()).trim().length).toBeGreaterThan(200);
  });
}
