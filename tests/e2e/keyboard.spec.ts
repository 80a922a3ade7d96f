/**
 * The site works from the keyboard: the first Tab reaches a skip link, focus is always visible, search
 * opens and its results are reached without a mouse, and every link inside a diagram and every
 * scrollable table takes focus.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { budgetFor } from './support/budget.ts';
import { sitemapPaths } from './support/pages.ts';

const pages = sitemapPaths();

/** Waits until the search UI has mounted its field (on idle, after load): a shortcut before that opens an empty dialog. */
async function searchReady(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Search' })).toBeEnabled();
  await page.locator('site-search input').waitFor({ state: 'attached' });
}
const controlPage = pages.find((p) => p.startsWith('/controls/') && p !== '/controls/')!;

/** How the focused element shows its focus: its outline, or a box shadow drawn in its place. */
async function focusIndicator(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
      return `outline ${style.outlineWidth} ${style.outlineStyle}`;
    if (style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
    return 'none';
  });
}

async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${maxPresses} presses of Tab did not reach ${target}`);
}

test('the first Tab reaches a visible skip link that moves to the page title', async ({ page }) => {
  await page.goto(controlPage);
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveText('Skip to content');
  await expect(focused).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#_top$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('id', '_top');
});

test('each of the first twenty stops of Tab shows a visible focus indicator', async ({ page }) => {
  await page.goto(controlPage);
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    const label = await focused.evaluate(
      (el) => `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 40) ?? ''}`,
    );
    expect(await focusIndicator(focused), `stop ${i + 1}: ${label}`).not.toBe('none');
  }
});

test('a link in the page content shows a visible focus indicator', async ({ page }) => {
  await page.goto(controlPage);
  await page.keyboard.press('Tab'); // the browser shows focus rings after keyboard use only
  const link = page.getByRole('main').locator('.sl-markdown-content a[href]').first();
  await link.focus();
  expect(await focusIndicator(link)).not.toBe('none');
});

test('search opens from the keyboard and its first result is reached with Tab and followed with Enter', async ({
  page,
}) => {
  await page.goto('/overview/');
  await searchReady(page);
  const button = page.getByRole('button', { name: 'Search' });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  const input = page
    .getByRole('dialog', { name: 'Search' })
    .getByRole('textbox', { name: 'Search' });
  await expect(input).toBeFocused();
  await page.keyboard.type('rate limit');
  const first = page.locator('.pagefind-ui__result-link').first();
  await expect(first).toHaveText('Rate limit');
  await tabTo(page, first, 10);
  expect(await focusIndicator(first)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/controls\/ratelimit\/$/);
});

test('the search shortcut Ctrl+K opens search with the cursor in the field', async ({ page }) => {
  await page.goto('/');
  await searchReady(page);
  await page.keyboard.press('Control+k');
  await expect(
    page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }),
  ).toBeFocused();
});

/**
 * The sitemap pages whose built HTML holds a match, read from dist/ when the tests are collected, with
 * how many times `unit` occurs in each (an upper bound of the elements a test will visit, for its budget).
 */
function pagesWith(pattern: RegExp, unit: RegExp): { path: string; count: number }[] {
  const dist = resolve(import.meta.dirname, '../../dist');
  return pages.flatMap((path) => {
    const html = readFileSync(`${dist}${path}index.html`, 'utf8');
    return pattern.test(html)
      ? [{ path, count: html.match(new RegExp(unit.source, 'g'))?.length ?? 0 }]
      : [];
  });
}

/**
 * Focuses each element that `selector` matches inside the page, in one browser round trip, and reports
 * the ones that cannot take focus or show no focus indicator (outline or box shadow). Focus follows a
 * key press first, so the browser shows focus as it would for a keyboard user.
 */
async function focusProblems(
  page: Page,
  selector: string,
  tabIndex: 'any' | 'zero',
): Promise<{ checked: number; problems: string[] }> {
  await page.keyboard.press('Tab');
  return page.evaluate(
    ([sel, mode]) => {
      const problems: string[] = [];
      const elements = [...document.querySelectorAll<HTMLElement | SVGElement>(sel)];
      for (const el of elements) {
        const name = el.outerHTML.slice(0, 120);
        const index = el.tabIndex;
        if (mode === 'zero' ? index !== 0 : index < 0) problems.push(`${name}: tabIndex ${index}`);
        el.focus();
        if (document.activeElement !== el) {
          problems.push(`${name}: does not take focus`);
          continue;
        }
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        if (!outline && style.boxShadow === 'none')
          problems.push(`${name}: no visible focus indicator`);
      }
      return { checked: elements.length, problems };
    },
    [selector, tabIndex] as const,
  );
}

for (const { path, count } of pagesWith(/<svg\b[^>]*>(?:(?!<\/svg>)[\s\S])*<a\b/, /<a\b/)) {
  test(`every link in a diagram on ${path} takes focus and shows it`, async ({ page }) => {
    test.setTimeout(budgetFor(count, 50));
    await page.goto(path);
    const { checked, problems } = await focusProblems(page, 'main svg a', 'any');
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
}

for (const { path, count } of pagesWith(/class="table-scroll"/, /class="table-scroll"/)) {
  test(`every scrollable table on ${path} takes focus, so it scrolls from the keyboard`, async ({
    page,
  }) => {
    test.setTimeout(budgetFor(count, 50));
    await page.goto(path);
    const { checked, problems } = await focusProblems(page, '.table-scroll', 'zero');
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
}
