/**
 * Reading an entry page on a phone (390×844): the prose starts in the first screen, nothing scrolls
 * sideways, and the facts panel, folded into a one-line digest, opens by touch, keyboard or a link to
 * it, with and without JavaScript. On a wide screen and in print the panel is open as before. Pages
 * that open with a table or a picture (crosswalks, parts, the threats overview) also start their prose
 * in the first screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { catalog } from '../../src/catalog/index.ts';
import { entryPath } from '../../src/catalog/urls.ts';

const PHONE = { width: 390, height: 844 };
const NAMED = ['PROMPTINJECTION', 'RATELIMIT', 'DATAPOISON', 'LEASTMODELPRIVILEGE', 'AGENTESCAPE'];
const entries = [
  ...catalog.threats.map((t) => ({ kind: 'threat' as const, e: t })),
  ...catalog.controls.map((c) => ({ kind: 'control' as const, e: c })),
];
// The page most likely to miss: the longest title and summary push the prose furthest down.
const longest = [...entries].sort(
  (a, b) => b.e.name.length + b.e.summary.length - (a.e.name.length + a.e.summary.length),
)[0]!;
const sample = [...entries.filter((x) => NAMED.includes(x.e.id)), longest];

/** Top of the first paragraph of prose (not the summary, not inside the facts panel), in page pixels. */
const firstProseTop = (page: Page) =>
  page.evaluate(() => {
    const content = document.querySelector('.sl-markdown-content')!;
    const panel = content.querySelector('.entry-facts-panel')!;
    const first = [...content.querySelectorAll('p')].find(
      (p) =>
        !p.classList.contains('entry-summary') &&
        panel.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING &&
        !panel.contains(p),
    );
    return first ? first.getBoundingClientRect().top + window.scrollY : Infinity;
  });

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  for (const { kind, e } of sample) {
    test(`${e.id}: the first paragraph of prose starts inside the first screen and nothing scrolls sideways`, async ({
      page,
    }) => {
      await page.goto(entryPath(kind, e));
      expect(await firstProseTop(page)).toBeLessThan(PHONE.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
    });
  }

  // Pages that open with a table or a picture: a crosswalk with its coverage grid, a part with its
  // contents and the threats overview with its matrix.
  for (const path of [
    '/standards/mitre-atlas/',
    '/standards/owasp-agentic-top-10-2026/',
    '/general-controls/',
    '/overview/threats/',
  ]) {
    test(`${path}: the first paragraph starts inside the first screen and nothing scrolls sideways`, async ({
      page,
    }) => {
      await page.goto(path);
      const top = await page.evaluate(() => {
        const first = [...document.querySelectorAll('.sl-markdown-content p')].find(
          (p) => (p.textContent ?? '').trim().length > 40,
        );
        return first ? first.getBoundingClientRect().top + window.scrollY : Infinity;
      });
      expect(top).toBeLessThan(PHONE.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
    });
  }

  test('the digest names the id, kind and lifecycle, and opens the full facts from the keyboard', async ({
    page,
  }) => {
    await page.goto('/controls/ratelimit/');
    const digest = page.locator('.entry-facts-panel > summary');
    await expect(digest).toContainText('RATELIMIT');
    await expect(digest).toContainText('Control');
    await expect(digest).toContainText('Runtime');
    const facts = page.locator('#facts');
    await expect(facts).toBeHidden();
    await digest.focus();
    await page.keyboard.press('Enter');
    await expect(facts).toBeVisible();
    await expect(facts.locator('dt', { hasText: 'Permalink' })).toBeVisible();
  });

  test('a link to #facts opens the panel', async ({ page }) => {
    await page.goto('/threats/datapoison/#facts');
    await expect(page.locator('#facts')).toBeVisible();
  });

  for (const theme of ['light', 'dark']) {
    test(`the folded and the opened panel pass axe in the ${theme} theme`, async ({ page }) => {
      // axe-core takes seconds on a long page when the machine is busy.
      test.setTimeout(60_000);
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto('/threats/promptinjection/');
      for (const open of [false, true]) {
        if (open) await page.locator('.entry-facts-panel > summary').click();
        const { violations } = await new AxeBuilder({ page })
          .options({ resultTypes: ['violations'] })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
          .setLegacyMode(true)
          .analyze();
        expect(
          violations.map(
            (v) =>
              `${open ? 'open' : 'folded'}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
      }
    });
  }
});

test.describe('without JavaScript on a phone', () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test('the digest still opens the facts', async ({ page }) => {
    await page.goto('/threats/agentescape/');
    await page.locator('.entry-facts-panel > summary').click();
    await expect(page.locator('#facts')).toBeVisible();
  });
});

test.describe('on a wide screen and in print', () => {
  test('the facts are shown open, without the digest', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/controls/ratelimit/');
    await expect(page.locator('#facts')).toBeVisible();
    await expect(page.locator('.entry-facts-panel > summary')).toBeHidden();
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#facts')).toBeVisible();
    await expect(page.locator('.entry-facts-panel > summary')).toBeHidden();
  });
});
