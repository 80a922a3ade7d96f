/**
 * Watches a page for the two things no page of the site may do: reach another host, and break its
 * own Content-Security-Policy. Install before the first navigation; read the lists after it.
 */
import type { Page } from '@playwright/test';

/** What a watched page did wrong so far. */
export interface PageProblems {
  /** Requests to any host but the test server's; they are aborted. */
  readonly offSite: string[];
  /** CSP violations (`securitypolicyviolation` events) and console errors, as readable lines. */
  readonly console: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Blocks and records requests to other hosts, and records CSP violations and console errors. */
export async function watchPage(page: Page, origin: string): Promise<PageProblems> {
  const problems: PageProblems = { offSite: [], console: [] };
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith('data:')) return route.fallback();
    problems.offSite.push(url);
    return route.abort('blockedbyclient');
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(
        `CSP ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The 404 page answers with status 404 on purpose; Chromium logs that as a failed load.
    if (/status of 404/.test(message.text()) && message.location().url === page.url()) return;
    problems.console.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.console.push(`uncaught: ${error.message}`));
  return problems;
}

/** The CSP violations the page reported to itself since it loaded. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}
