import { expect, test } from '@playwright/test';
import { lookup } from '../../src/catalog/lookup.ts';

test('prose that lists the threats a control counters takes the list from the catalog', async ({
  page,
}) => {
  await page.goto('/controls/modelwatermarking/');
  const objective = page.locator('p', { hasText: 'is that model ours?' });
  const expected = lookup.threatsOfControl(lookup.control('MODELWATERMARKING')).map((t) => t.name);
  await expect(objective.locator('a[data-catalog-ref]')).toHaveText(expected);
});
