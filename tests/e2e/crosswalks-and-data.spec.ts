import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { catalogCrosswalks } from '../../src/catalog/crosswalk.ts';
import { resolvedCrosswalks } from '../../src/catalog/crosswalks/index.ts';
import { catalog, ncscCisaPhases } from '../../src/catalog/index.ts';
import { axeBudget, budgetFor } from './support/budget.ts';
import { pageBytes } from './support/pages.ts';
import { lookup } from '../../src/catalog/lookup.ts';
import { crosswalkPath } from '../../src/catalog/urls.ts';
import { searchPaths } from './pagefind.ts';

test('from a control page, a standard reference leads to its crosswalk row and back', async ({
  page,
}) => {
  await page.goto('/controls/monitoruse/');
  const references = page.locator('table.standards-table tbody[data-framework="ISO/IEC 27002"]');
  await references.getByRole('link', { name: '8.16', exact: true }).click();
  await expect(page).toHaveURL(/\/standards\/iso-iec-27002\/#ref-8-16$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ISO/IEC 27002');
  const group = page.locator('tbody#ref-8-16');
  await expect(group.getByRole('rowheader')).toHaveText('8.16');
  await group.getByRole('link', { name: 'Monitor use' }).click();
  await expect(page).toHaveURL(/\/controls\/monitoruse\/#references$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Monitor use');
});

test('the crosswalk pages together have one row per mapping in the catalog, and one per item explained instead', async ({
  request,
}) => {
  test.setTimeout(budgetFor(catalogCrosswalks.crosswalks.length, 500));
  const entries = [...catalog.threats, ...catalog.controls];
  const explained = resolvedCrosswalks.reduce(
    (n, c) => n + c.items.filter((i) => i.mapped && i.entries.length === 0).length,
    0,
  );
  const fromFiles = resolvedCrosswalks.reduce(
    (n, c) => n + c.items.reduce((m, i) => m + i.entries.length, 0),
    0,
  );
  const itemFrameworks = new Set<string>(resolvedCrosswalks.map((c) => c.snapshot.framework));
  const stated =
    entries.reduce(
      (n, e) =>
        n +
        e.standards.filter((s) => !(itemFrameworks.has(s.framework) && s.ref !== null)).length +
        e.owaspLlmTop10.length,
      0,
    ) +
    fromFiles +
    explained +
    catalog.threatGroups.reduce((n, g) => n + g.standards.length, 0) +
    catalog.controlSections.reduce(
      (n, s) => n + s.owaspLlmTop10.length + s.owaspLlmTop10_2026.length,
      0,
    ) +
    ncscCisaPhases.reduce(
      (n, p) =>
        n + p.guidelines.reduce((m, g) => m + g.controls.length + g.partialControls.length, 0),
      0,
    );
  let rendered = 0;
  for (const c of catalogCrosswalks.crosswalks) {
    const html = await (await request.get(c.path)).text();
    const groups = html.match(/<tbody id="ref-[^"]*"[^>]*>[\s\S]*?<\/tbody>/g) ?? [];
    rendered += groups.reduce((n, g) => n + (g.match(/<tr[\s>]/g) ?? []).length, 0);
  }
  expect(rendered).toBe(stated);
});

test('the sidebar leads to the index of crosswalks, which links every framework', async ({
  page,
}) => {
  await page.goto('/overview/');
  await page
    .locator('#starlight__sidebar')
    .getByRole('link', { name: 'Standards crosswalks' })
    .click();
  await expect(page).toHaveURL(/\/standards\/$/);
  const table = page.locator('table.crosswalk-index');
  await expect(table.getByRole('rowheader')).toHaveCount(catalog.frameworks.length);
  await table.getByRole('link', { name: 'OWASP LLM Top 10 (2023)' }).click();
  await expect(page.locator('tbody#ref-llm01')).toBeVisible();
});

test('every threat and control page has the link and cite box, kept out of search', async ({
  request,
}) => {
  test.setTimeout(budgetFor(catalog.threats.length + catalog.controls.length, 300));
  for (const path of [
    ...catalog.threats.map((t) => `/threats/${t.slug}/`),
    ...catalog.controls.map((c) => `/controls/${c.slug}/`),
  ]) {
    const html = await (await request.get(path)).text();
    const box = /<aside class="cite-box"[^>]*>[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
    expect(box, path).toContain('data-pagefind-ignore');
    expect(box, path).toContain(`href="${path}"`);
    expect(box, path).toMatch(/Version [\d.]+, \d{4}-\d{2}-\d{2}\./);
  }
});

test('the copy button of the cite box copies the permanent URL', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/threats/datapoison/');
  const box = page.getByRole('complementary', { name: 'Link or cite this page' });
  await expect(box.getByText('DATAPOISON', { exact: true })).toBeVisible();
  await box.getByRole('button', { name: 'Copy link' }).first().click();
  await expect(box.getByRole('status').first()).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^https?:\/\/[^/]+\/threats\/datapoison\/$/,
  );
});

test('the data files are served with their media types and documented on the data page', async ({
  page,
  request,
}) => {
  const json = await request.get('/catalog.json');
  expect(json.headers()['content-type']).toContain('application/json');
  expect(((await json.json()) as { threats: unknown[] }).threats).toHaveLength(
    catalog.threats.length,
  );
  const csv = await request.get('/opencre.csv');
  expect((await csv.text()).split('\r\n')[0]).toBe(
    'CRE 0,CRE ID,Cross-link CREs,MITRE ATLAS|name,MITRE ATLAS|id,MITRE ATLAS|hyperlink,AIX|name,AIX|id,AIX|hyperlink',
  );
  await page.goto('/goto/data/');
  await expect(page).toHaveURL(/\/data\/$/);
  for (const file of [
    '/catalog.json',
    '/catalog.schema.json',
    '/threats.csv',
    '/controls.csv',
    '/opencre.csv',
    '/standards/mitre-atlas.json',
    '/standards/crosswalk.schema.json',
    '/data-manifest.json',
  ]) {
    await expect(
      page
        .getByRole('region', { name: 'Data files' })
        .getByRole('link', { name: file, exact: true }),
    ).toHaveAttribute('href', file);
  }
});

test("a framework crosswalk draws every item as a linked cell that says its coverage in words, and leads to the item's rows", async ({
  page,
}) => {
  for (const c of resolvedCrosswalks) {
    await page.goto(crosswalkPath(c.snapshot.framework));
    const required = c.items.filter((i) => i.mapped);
    const cells = page.locator('.coverage-grid a.coverage-cell');
    // ATLAS draws a technique once per tactic it serves; every item has at least one cell.
    expect(await cells.count(), c.snapshot.framework).toBeGreaterThanOrEqual(required.length);
    for (const item of required)
      await expect(
        page.locator(`tbody#ref-${item.ref.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`),
        item.ref,
      ).toHaveCount(1);
  }
  await page.goto('/standards/owasp-agentic-top-10-2026/');
  const cell = page.getByRole('link', { name: 'ASI06 Memory and Context Poisoning: addressed' });
  await expect(cell).toContainText('●');
  await cell.click();
  await expect(page).toHaveURL(/#ref-asi06$/);
  await page
    .locator('tbody#ref-asi06')
    .getByRole('link', { name: 'Augmentation data manipulation' })
    .click();
  await expect(page).toHaveURL(/\/threats\/augmentationdatamanipulation\/#references$/);
  const agentic = page.locator(
    'table.standards-table tbody[data-framework="OWASP Agentic Top 10 2026"]',
  );
  await expect(agentic.getByRole('link', { name: 'ASI06', exact: true })).toBeVisible();
});

test('an entry page lists its mappings grouped by framework, the current editions before the ones they replaced', async ({
  page,
}) => {
  await page.goto('/threats/promptinjection/');
  const groups = await page
    .locator('table.standards-table tbody')
    .evaluateAll((bodies) => bodies.map((b) => b.getAttribute('data-framework')));
  expect(groups.slice(0, 3)).toEqual([
    'OWASP Agentic Top 10 2026',
    'OWASP LLM Top 10 2026',
    'MITRE ATLAS',
  ]);
  expect(groups.indexOf('OWASP LLM Top 10 2025')).toBeGreaterThan(
    groups.indexOf('OWASP LLM Top 10 2026'),
  );
  expect(groups.at(-1)).toBe('OWASP LLM Top 10');
  const meta = await page
    .locator('[data-pagefind-meta^="alsolisted:"]')
    .getAttribute('data-pagefind-meta');
  expect(meta).toContain('ASI01 Agent Goal Hijack · LLM01:2026 Prompt Injection');
});

test('a search for a framework id finds the entries that address it at the top', async ({
  page,
}) => {
  await page.goto('/overview/');
  const queries = [
    { query: 'ASI06', framework: 'OWASP Agentic Top 10 2026', ref: 'ASI06' },
    { query: 'LLM09:2026', framework: 'OWASP LLM Top 10 2026', ref: 'LLM09:2026' },
    { query: 'AML.T0051', framework: 'MITRE ATLAS', ref: 'AML.T0051' },
    { query: 'AISVS C8.1', framework: 'OWASP AISVS 1.0', ref: 'C8.1' },
  ];
  const results = await searchPaths(
    page,
    queries.map((q) => ({ query: q.query })),
  );
  queries.forEach((q, i) => {
    const item = resolvedCrosswalks
      .find((c) => c.snapshot.framework === q.framework)!
      .items.find((x) => x.ref === q.ref)!;
    const carriers = new Set([
      ...item.entries.map((m) => lookup.pathOf(lookup.entry(m.entry))),
      crosswalkPath(q.framework),
    ]);
    const strongest = item.entries
      .filter((m) => m.relation !== 'related')
      .map((m) => lookup.pathOf(lookup.entry(m.entry)));
    const found = results[i]!;
    // Every entry that addresses the item, in full or in part, comes before any page that merely mentions it.
    const firstOther = found.findIndex((p) => !carriers.has(p));
    const before = firstOther === -1 ? found : found.slice(0, firstOther);
    expect(found[0], `${q.query}: ${found.slice(0, 5).join(', ')}`).toBeDefined();
    for (const want of strongest)
      expect(before, `${q.query}: ${want} (results: ${found.slice(0, 8).join(', ')})`).toContain(
        want,
      );
  });
});

for (const path of [
  '/standards/',
  '/standards/iso-iec-27002/',
  '/data/',
  '/standards/mitre-atlas/',
  '/standards/owasp-agentic-top-10-2026/',
  '/standards/owasp-aisvs-1-0/',
  '/standards/owasp-llm-top-10-2026/',
  '/standards/owasp-llm-top-10-2025/',
  '/threats/promptinjection/',
]) {
  test(`${path} has no serious or critical accessibility violation`, async ({ page }) => {
    // A crosswalk page grows with the mappings of its framework.
    test.setTimeout(axeBudget(pageBytes(path)));
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .options({ resultTypes: ['violations'] })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .setLegacyMode(true)
      .analyze();
    const severe = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(severe).toEqual([]);
  });
}

test('the 404 page of a short link that is a framework item id suggests the entries mapped to the item', async ({
  page,
}) => {
  await page.goto('/goto/ASI06/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('.short-link-suggestions__words')).toHaveText('ASI06', {
    timeout: 20_000,
  });
  const pages = page.locator('.short-link-suggestions__pages');
  await expect(
    pages.getByRole('link', { name: lookup.entry('AUGMENTATIONDATAMANIPULATION').name }),
  ).toBeVisible();
  await expect(
    pages.getByRole('link', { name: lookup.entry('AUGMENTATIONDATAINTEGRITY').name }),
  ).toBeVisible();
});
