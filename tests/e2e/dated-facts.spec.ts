import { expect, test } from '@playwright/test';
import { timeline } from '../../src/catalog/timeline.ts';
import { formatFactDate } from '../../src/site/dated-facts.ts';

const fact = (id: string) => timeline.find((f) => f.id === id)!;

test('the compliance page gives the EU AI Act timetable from the register, each date with its source', async ({
  page,
}) => {
  await page.goto('/controls/checkcompliance/');
  const table = page.getByRole('table', {
    name: 'EU AI Act: dates as amended by the Digital Omnibus on AI',
  });
  const annexIII = fact('eu-ai-act-annex-iii');
  const row = table.getByRole('row').filter({ hasText: annexIII.statement });
  await expect(row.getByRole('cell').first()).toHaveText(formatFactDate(annexIII.date));
  await expect(row.getByRole('link', { name: annexIII.source.title })).toHaveAttribute(
    'href',
    annexIII.source.url,
  );
});

test('a page with dated facts shows when they were last reviewed, beside "Last changed"', async ({
  page,
}) => {
  await page.goto('/controls/modelwatermarking/');
  const box = page.getByRole('complementary', { name: 'Link or cite this page' });
  await expect(box.getByText('Dates last reviewed')).toBeVisible();
  await expect(box.locator('.facts-reviewed time')).toHaveAttribute(
    'datetime',
    /^\d{4}-\d{2}-\d{2}$/,
  );
});

test('a page that links the timetable instead of repeating it renders the dates it needs from the register', async ({
  page,
}) => {
  await page.goto('/controls/oversight/');
  await expect(page.locator('time[data-fact="eu-ai-act-annex-iii"]').first()).toHaveText(
    formatFactDate(fact('eu-ai-act-annex-iii').date),
  );
  await page.getByRole('link', { name: 'EU timetable' }).first().click();
  await expect(page).toHaveURL(/\/controls\/checkcompliance\/#the-eu-ai-act-timetable$/);
});
