/**
 * Time budgets for tests whose work grows with the site. Playwright's default budget (30 s a test)
 * suits a fixed amount of work; a test that visits every entry, every diagram link or every page of
 * the PDF would fail on a busy machine as the catalog grows. Such a test takes a fixed part (browser,
 * page load) plus a part per item, each generous enough for a machine running at half speed.
 */

/** A budget in milliseconds for `items` units of work of about `perItemMs` each at half speed. */
export function budgetFor(items: number, perItemMs: number, baseMs = 30_000): number {
  return baseMs + Math.max(0, items) * perItemMs;
}

/** A budget for running axe-core on one page: its work grows with the page's HTML (8 s per 50 KB at half speed). */
export function axeBudget(bytes: number): number {
  return budgetFor(Math.ceil(bytes / 50_000), 8_000, 45_000);
}
