import { expect, test } from '@playwright/test';
import { lookup } from '../../src/catalog/lookup.ts';

test('an unknown short link also lists the pages that search finds for the words of its slug', async ({ page }) => {
  // No slug resembles OUTPUTENCODING; its words, "output encoding", find the control that encodes output.
  await page.goto('/goto/OUTPUTENCODING/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const pages = page.locator('.short-link-suggestions__pages');
  await expect(pages.getByRole('link', { name: lookup.entry('ENCODEMODELOUTPUT').name })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.short-link-suggestions__words')).toHaveText('output encoding');
});
