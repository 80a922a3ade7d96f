import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { catalogCrosswalks } from '../../src/catalog/crosswalk.ts';
import { catalog, ncscCisaPhases } from '../../src/catalog/index.ts';
import { axeBudget, budgetFor } from './support/budget.ts';
import { pageBytes } from './support/pages.ts';

test('from a control page, a standard reference leads to its crosswalk row and back', async ({ page }) => {
  await page.goto('/controls/monitoruse/');
  const references = page.locator('table.standards-table');
  const row = references.getByRole('row').filter({ has: page.getByRole('cell', { name: 'ISO/IEC 27002', exact: true }) });
  await row.getByRole('link', { name: '8.16', exact: true }).click();
  await expect(page).toHaveURL(/\/standards\/iso-iec-27002\/#ref-8-16$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ISO/IEC 27002');
  const group = page.locator('tbody#ref-8-16');
  await expect(group.getByRole('rowheader')).toHaveText('8.16');
  await group.getByRole('link', { name: 'Monitor use' }).click();
  await expect(page).toHaveURL(/\/controls\/monitoruse\/#references$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Monitor use');
});

test('the crosswalk pages together have one row per mapping in the catalog', async ({ request }) => {
  test.setTimeout(budgetFor(catalogCrosswalks.crosswalks.length, 500));
  const entries = [...catalog.threats, ...catalog.controls];
  const stated =
    entries.reduce((n, e) => n + e.standards.length + e.owaspLlmTop10.length + e.owaspLlmTop10_2026.length + e.mitreAtlas.length, 0) +
    catalog.threatGroups.reduce((n, g) => n + g.standards.length, 0) +
    catalog.controlSections.reduce((n, s) => n + s.owaspLlmTop10.length + s.owaspLlmTop10_2026.length, 0) +
    ncscCisaPhases.reduce((n, p) => n + p.guidelines.reduce((m, g) => m + g.controls.length + g.partialControls.length, 0), 0);
  let rendered = 0;
  for (const c of catalogCrosswalks.crosswalks) {
    const html = await (await request.get(c.path)).text();
    const groups = html.match(/<tbody id="ref-[^"]*"[^>]*>[\s\S]*?<\/tbody>/g) ?? [];
    rendered += groups.reduce((n, g) => n + (g.match(/<tr[\s>]/g) ?? []).length, 0);
  }
  expect(rendered).toBe(stated);
});

test('the sidebar leads to the index of crosswalks, which links every framework', async ({ page }) => {
  await page.goto('/overview/');
  await page.locator('#starlight__sidebar').getByRole('link', { name: 'Standards crosswalks' }).click();
  await expect(page).toHaveURL(/\/standards\/$/);
  const table = page.locator('table.crosswalk-index');
  await expect(table.getByRole('rowheader')).toHaveCount(catalog.frameworks.length);
  await table.getByRole('link', { name: 'OWASP LLM Top 10 (2023)' }).click();
  await expect(page.locator('tbody#ref-llm01')).toBeVisible();
});

test('every threat and control page has the link and cite box, kept out of search', async ({ request }) => {
  test.setTimeout(budgetFor(catalog.threats.length + catalog.controls.length, 300));
  for (const path of [...catalog.threats.map((t) => `/threats/${t.slug}/`), ...catalog.controls.map((c) => `/controls/${c.slug}/`)]) {
    const html = await (await request.get(path)).text();
    const box = /<aside class="cite-box"[^>]*>[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
    expect(box, path).toContain('data-pagefind-ignore');
    expect(box, path).toContain(`href="${path}"`);
    expect(box, path).toMatch(/Version [\d.]+, \d{4}-\d{2}-\d{2}\./);
  }
});

test('the copy button of the cite box copies the permanent URL', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/threats/datapoison/');
  const box = page.getByRole('complementary', { name: 'Link or cite this page' });
  await expect(box.getByText('DATAPOISON', { exact: true })).toBeVisible();
  await box.getByRole('button', { name: 'Copy link' }).first().click();
  await expect(box.getByRole('status').first()).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^https?:\/\/[^/]+\/threats\/datapoison\/$/);
});

test('the data files are served with their media types and documented on the data page', async ({ page, request }) => {
  const json = await request.get('/catalog.json');
  expect(json.headers()['content-type']).toContain('application/json');
  expect(((await json.json()) as { threats: unknown[] }).threats).toHaveLength(catalog.threats.length);
  const csv = await request.get('/opencre.csv');
  expect((await csv.text()).split('\r\n')[0]).toBe('CRE 0,CRE ID,Cross-link CREs,MITRE ATLAS|name,MITRE ATLAS|id,MITRE ATLAS|hyperlink,AIX|name,AIX|id,AIX|hyperlink');
  await page.goto('/goto/data/');
  await expect(page).toHaveURL(/\/data\/$/);
  for (const file of ['/catalog.json', '/catalog.schema.json', '/threats.csv', '/controls.csv', '/opencre.csv', '/data-manifest.json']) {
    await expect(page.getByRole('link', { name: file, exact: true })).toHaveAttribute('href', file);
  }
});

for (const path of ['/standards/', '/standards/iso-iec-27002/', '/data/']) {
  test(`${path} has no serious or critical accessibility violation`, async ({ page }) => {
    // A crosswalk page grows with the mappings of its framework.
    test.setTimeout(axeBudget(pageBytes(path)));
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const severe = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(severe).toEqual([]);
  });
}
