import { expect, test, type Page } from '@playwright/test';

/** The pages that embed diagrams, with how many each holds. */
const PAGES = [
  { path: '/overview/threats/', diagrams: 2 },
  { path: '/overview/controls/', diagrams: 3 },
  { path: '/overview/periodic-table/', diagrams: 1 },
  { path: '/overview/navigator/', diagrams: 1 },
];

async function open(page: Page, path: string, theme: 'light' | 'dark', width: number) {
  await page.setViewportSize({ width, height: 900 });
  // Starlight reads the chosen theme from localStorage before the first paint.
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const { path, diagrams } of PAGES) {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [1280, 360]) {
      test(`${path} shows its ${diagrams} diagram(s) readably at ${width} px in the ${theme} theme`, async ({
        page,
      }, info) => {
        await open(page, path, theme, width);
        const figures = page.locator('figure.diagram');
        await expect(figures).toHaveCount(diagrams);
        for (const [i, figure] of (await figures.all()).entries()) {
          const svg = figure.locator('svg.dg');
          await svg.scrollIntoViewIfNeeded();
          await expect(svg).toBeVisible();
          // Text stays at least 72% of its natural size: narrower screens scroll instead of shrinking it.
          const scale = await svg.evaluate(
            (el) => el.getBoundingClientRect().width / Number(el.getAttribute('width')),
          );
          expect(scale).toBeGreaterThanOrEqual(0.715);
          if (width === 360) {
            const scroller = figure.locator('.diagram__scroll');
            expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth + 1)).toBe(true);
          }
          // Text contrasts with the diagram's background in both themes.
          const colours = await svg.evaluate((el) => ({
            bg: getComputedStyle(el.querySelector('.dg-bg')!).fill,
            text: getComputedStyle(el.querySelector('text')!).fill,
          }));
          const light = (rgb: string) =>
            (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((a, b) => a + Number(b), 0) > 382;
          expect(light(colours.bg)).toBe(theme === 'light');
          expect(light(colours.text)).toBe(theme === 'dark');
          await info.attach(`${path.replaceAll('/', '_')}${i}-${width}-${theme}.png`, {
            body: await figure.screenshot(),
            contentType: 'image/png',
          });
        }
      });
    }
  }
}

for (const { path } of PAGES) {
  // One test per page, each one round trip to the browser, so no test's work grows with the diagrams.
  test(`every text of every diagram on ${path} lies inside its shape`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    const { bad: overflowing, checked } = await page.evaluate(() => {
      const bad: string[] = [];
      let checked = 0;
      for (const node of document.querySelectorAll<SVGGElement>('svg.dg g.dg-node')) {
        const shape = node.querySelector<SVGGraphicsElement>('rect');
        if (!shape) continue;
        const s = shape.getBBox();
        for (const text of node.querySelectorAll<SVGTextElement>(
          ':scope > text, :scope > a > text',
        )) {
          const t = text.getBBox();
          checked++;
          const inside =
            t.x >= s.x - 0.5 &&
            t.y >= s.y - 0.5 &&
            t.x + t.width <= s.x + s.width + 0.5 &&
            t.y + t.height <= s.y + s.height + 0.5;
          if (!inside)
            bad.push(
              `${text.textContent} (${Math.round(t.x + t.width)} > ${Math.round(s.x + s.width)})`,
            );
        }
      }
      return { bad, checked };
    });
    expect(checked, path).toBeGreaterThan(50);
    expect(overflowing, path).toEqual([]);
  });
}

test('a threat in the threat model and a control in the periodic table lead to their pages', async ({
  page,
}) => {
  await page.goto('/overview/threats/');
  await page.locator('svg.dg-threat-model a[href="/threats/leakinput/"]').click();
  await expect(page).toHaveURL(/\/threats\/leakinput\/$/);
  await page.goto('/overview/periodic-table/');
  await page.locator('svg.dg-periodic-table a[href="/controls/ratelimit/"]').first().click();
  await expect(page).toHaveURL(/\/controls\/ratelimit\/$/);
});

test('each diagram file is served as SVG with the same content as the inline copy', async ({
  page,
  request,
}) => {
  await page.goto('/overview/navigator/');
  const href = await page.getByRole('link', { name: /as an SVG file/ }).getAttribute('href');
  const response = await request.get(href!);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  const file = await response.text();
  const inline = await page.locator('svg.dg-navigator desc').textContent();
  expect(file).toContain(inline!);
});
