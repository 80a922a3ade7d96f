/**
 * Which pages the sitemap lists. Pages that only forward a reader (short links, the original site's
 * long pages) are `noindex` and canonical to their target, so listing them would only make search
 * engines crawl hundreds of redirects; the sitemap names the content pages, and the quality gates that
 * run over "every page" read it.
 */
import { basePath, withoutBase } from './base-path.ts';
import { LEGACY_PREFIX } from './legacy.ts';
import { SHORT_LINK_PREFIXES } from './redirects.ts';

/** Path prefixes of the pages that only forward a reader. */
export const FORWARDING_PREFIXES: readonly string[] = [
  ...SHORT_LINK_PREFIXES.map((p) => `/${p}/`),
  LEGACY_PREFIX,
];

/** True for a site path (`/goto/ratelimit/`) of a page that only forwards the reader elsewhere. */
export function isForwardingPath(pathname: string): boolean {
  return FORWARDING_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}

/**
 * The `filter` of `@astrojs/sitemap`: receives an absolute page URL, keeps the content pages. Under a
 * sub-path (`BASE_PATH=/repo/`) the URL carries the base, which is set aside before the check.
 */
export function inSitemap(url: string, base: string = basePath()): boolean {
  return !isForwardingPath(withoutBase(new URL(url).pathname, base));
}
