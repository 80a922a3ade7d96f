import { expect, test } from '@playwright/test';
import { lookup } from '../../src/catalog/lookup.ts';
import { PARTIAL_NOTE } from '../../src/site/search-partial.ts';

test('an unknown short link also lists the pages that search finds for the words of its slug', async ({
  page,
}) => {
  // No slug resembles OUTPUTENCODING; its words, "output encoding", find the control that encodes output.
  await page.goto('/goto/OUTPUTENCODING/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const pages = page.locator('.short-link-suggestions__pages');
  await expect(
    pages.getByRole('link', { name: lookup.entry('ENCODEMODELOUTPUT').name }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.short-link-suggestions__words')).toHaveText('output encoding');
});

test('an unknown short link whose words no page holds together lists the pages with some of them, under the search note', async ({
  page,
}) => {
  // No page speaks of throttling and watermarking together; each word leads to an entry of its own.
  await page.goto('/goto/throttlingwatermarking/');
  await expect(page.getByText(`${PARTIAL_NOTE}:`)).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.short-link-suggestions__words')).toHaveText(
    'throttling watermarking',
  );
  const partial = page.locator('.short-link-suggestions__partial-pages');
  for (const id of ['RATELIMIT', 'MODELWATERMARKING'])
    await expect(
      partial.getByRole('link', { name: lookup.entry(id).name, exact: true }),
    ).toBeVisible();
  await expect(page.locator('.short-link-suggestions__pages')).toBeHidden();
});
