import { expect, test } from '@playwright/test';
import { lookup } from '../../src/catalog/lookup.ts';

test('the home page introduces the site with cards into the content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI Security Exchange');
  // The overview, the threat-model builder and the six parts.
  await expect(page.locator('.sl-link-card')).toHaveCount(8);
  await page
    .getByRole('link', { name: /2\. Input threats/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/threats-through-use\/$/);
});

test('the sidebar leads from the overview to a control page', async ({ page }) => {
  await page.goto('/overview/');
  const sidebar = page.locator('#starlight__sidebar');
  await sidebar.getByText('2. Input threats', { exact: true }).click();
  await sidebar.getByText('Controls for all input threats', { exact: true }).click();
  await sidebar.getByRole('link', { name: 'Rate limit' }).click();
  await expect(page).toHaveURL(/\/controls\/ratelimit\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rate limit');
});

test('a control page lists the threats it reduces, and the links lead to them', async ({
  page,
}) => {
  await page.goto('/controls/ratelimit/');
  const section = page.locator('section.entry-relations');
  await expect(
    section.getByRole('heading', { name: 'Threats this control reduces' }),
  ).toBeVisible();
  const threatLinks = section.locator('ul.entry-list').first().getByRole('link');
  await expect(threatLinks).toHaveCount(lookup.control('RATELIMIT').threats.length);
  await threatLinks.filter({ hasText: 'Model exfiltration' }).click();
  await expect(page).toHaveURL(/\/threats\/modeltheftuse\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Model exfiltration');
  await expect(page.getByRole('link', { name: 'Rate limit' }).first()).toBeVisible();
});

test('searching "rate limit" finds the Rate limit control', async ({ page }) => {
  await page.goto('/overview/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page
    .getByRole('dialog', { name: 'Search' })
    .getByRole('textbox', { name: 'Search' })
    .fill('rate limit');
  const first = page.locator('.pagefind-ui__result-link').first();
  await expect(first).toHaveText('Rate limit');
  await first.click();
  await expect(page).toHaveURL(/\/controls\/ratelimit\/$/);
});
