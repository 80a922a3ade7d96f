/**
 * Page weight of a cold load (empty cache) of each template, served with brotli: requests and bytes
 * transferred, split by kind of resource.
 */
import type { Browser } from '@playwright/test';
import { byKind, freshContext, recordTransfers, type Kind } from './browser.ts';

/** A page standing for one template of the site. */
export interface Template {
  /** e.g. `a control`. */
  readonly name: string;
  readonly path: string;
  /** Whether the page holds a diagram (an inline `<svg role="img">`), which has its own budget. */
  readonly diagram: boolean;
}

/** What a cold load of a template transferred. */
export interface PageWeight {
  readonly template: string;
  readonly path: string;
  readonly diagram: boolean;
  readonly requests: number;
  /** Bytes transferred: compressed bodies and response headers. */
  readonly bytes: number;
  readonly byKind: Record<Kind, number>;
  /** Requests to other hosts (blocked). */
  readonly offSite: readonly string[];
  /** The three largest responses. */
  readonly largest: readonly { readonly url: string; readonly bytes: number }[];
}

/** Loads each template in a fresh browser context and measures what it fetched. */
export async function measurePageWeights(
  browser: Browser,
  origin: string,
  templates: readonly Template[],
): Promise<PageWeight[]> {
  const results: PageWeight[] = [];
  for (const template of templates) {
    const context = await freshContext(browser);
    const page = await context.newPage();
    const recorder = await recordTransfers(page, origin);
    await page.goto(`${origin}${template.path}`, { waitUntil: 'networkidle' });
    const transfers = await recorder.transfers();
    results.push({
      template: template.name,
      path: template.path,
      diagram: template.diagram,
      requests: transfers.length + recorder.offSite.length,
      bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
      byKind: byKind(transfers),
      offSite: recorder.offSite,
      largest: [...transfers]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 3)
        .map((t) => ({ url: new URL(t.url).pathname, bytes: t.bytes })),
    });
    await context.close();
  }
  return results;
}
