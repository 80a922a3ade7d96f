import { expect, test } from '@playwright/test';
import { lookup } from '../../src/catalog/lookup.ts';
import { partPath } from '../../src/catalog/urls.ts';
import { buildSidebar, type SidebarItem } from '../../src/site/sidebar.ts';

/** The full reading order, which each page's sidebar cuts to the page's part. */
const fullSidebar = buildSidebar(lookup);
const linksOf = (items: readonly SidebarItem[]): string[] =>
  items.flatMap((i) => ('link' in i ? [i.link] : linksOf(i.items)));

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

test('the sidebar leads from the overview to a control page through its part', async ({ page }) => {
  await page.goto('/overview/');
  const sidebar = page.locator('#starlight__sidebar');
  // Outside a part, a part is one link to its introduction.
  await sidebar.getByRole('link', { name: '2. Input threats', exact: true }).click();
  await expect(page).toHaveURL(/\/threats-through-use\/$/);
  await sidebar.getByText('Controls for all input threats', { exact: true }).click();
  await sidebar.getByRole('link', { name: 'Rate limit' }).click();
  await expect(page).toHaveURL(/\/controls\/ratelimit\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rate limit');
  await expect(sidebar.getByRole('link', { name: 'Rate limit' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('from any page the sidebar reaches every part, and inside a part each of its entries', async ({
  page,
}) => {
  const sidebar = page.locator('#starlight__sidebar');
  for (const part of lookup.catalog.parts) {
    await page.goto('/standards/');
    await sidebar.getByRole('link', { name: `${part.number}. ${part.title}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${partPath(part)}$`));
    // The part opens with its structure: every threat and control the part lists is a link in it.
    const links = await sidebar
      .locator('details[open] a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const group = fullSidebar.find((i) => i.label === `${part.number}. ${part.title}`);
    const entries = linksOf(group ? [group] : []).filter((l) => /^\/(threats|controls)\//.test(l));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((path) => !links.includes(path))).toEqual([]);
    // Other parts are one link each, not a closed list of their entries.
    await expect(sidebar.locator('.top-level > li > details > summary')).toHaveText([
      'Overview',
      `${part.number}. ${part.title}`,
    ]);
  }
  for (const [name, path] of [
    ['5. AI security testing', '/testing/'],
    ['6. AI privacy', '/privacy/'],
    ['Standards crosswalks', '/standards/'],
  ] as const) {
    await expect(sidebar.getByRole('link', { name, exact: true })).toHaveAttribute('href', path);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the menu opens the sidebar of the page’s part with the page marked, and leads to another part', async ({
    page,
  }) => {
    await page.goto('/threats/evasion/');
    const sidebar = page.locator('#starlight__sidebar');
    await expect(sidebar).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    const here = sidebar.locator('[aria-current="page"]');
    await expect(here).toHaveText('About this threat');
    await expect(here).toHaveAttribute('href', '/threats/evasion/');
    await sidebar.getByRole('link', { name: '3. Development-time threats', exact: true }).click();
    await expect(page).toHaveURL(/\/development-time-threats\/$/);
  });
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
