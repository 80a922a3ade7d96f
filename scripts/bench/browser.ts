/**
 * The browser the benchmark measures with: Debian's Chromium with the flags of playwright.config.ts,
 * and a way to count every byte a page fetches, by kind, through the DevTools protocol.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** Debian's Chromium, or the binary named by CHROMIUM_PATH. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** The flags of playwright.config.ts (a shared machine: no GPU, no background traffic). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The kinds of resources page weight is split into. */
export const KINDS = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const;
/** A kind of resource. */
export type Kind = (typeof KINDS)[number];

/** Launches the benchmark's browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** A fresh context (empty cache) that accepts the benchmark server's self-signed certificate. */
export function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ ignoreHTTPSErrors: true });
}

/** One response as it crossed the wire. */
export interface Transfer {
  readonly url: string;
  readonly kind: Kind;
  /** Encoded (compressed) body plus response headers, as Chromium reports them. */
  readonly bytes: number;
}

function kindOf(resourceType: string): Kind {
  switch (resourceType) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'fonts';
    case 'image':
      return 'images';
    default:
      return 'other';
  }
}

/**
 * Records every response of a page from now on, its workers' included (Pagefind searches in a worker),
 * and blocks (and lists) any request to another origin. `transfers()` resolves to what finished so far.
 * Over HTTP/2 Chromium reports no header bytes; HPACK sends a repeated header once per connection.
 */
export async function recordTransfers(
  page: Page,
  origin: string,
): Promise<{ transfers(): Promise<Transfer[]>; offSite: string[] }> {
  const offSite: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.fallback();
    offSite.push(url);
    return route.abort('blockedbyclient');
  });
  const pending: Promise<Transfer>[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().startsWith('data:')) return;
    pending.push(
      request.sizes().then((sizes) => ({
        url: request.url(),
        kind: kindOf(request.resourceType()),
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      })),
    );
  });
  return { transfers: () => Promise.all(pending), offSite };
}

/** Sums transfers by kind. */
export function byKind(transfers: readonly Transfer[]): Record<Kind, number> {
  const sums = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const t of transfers) sums[t.kind] += t.bytes;
  return sums;
}
