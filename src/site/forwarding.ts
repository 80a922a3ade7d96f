/**
 * Where the site's forwarding pages lead, as a function: short links (`/goto/<slug>/`, `/go/<slug>/`,
 * any case) and the original site's long pages with their anchors (`/docs/2_threats_through_use/#ratelimit`).
 * The PDF resolves such links to the page they forward to, so they become links inside the document.
 */
import type { Lookup } from '../catalog/lookup.ts';
import type { Forwarding } from '../exports/print-document.ts';
import { LEGACY_PREFIX, legacyPages } from './legacy.ts';
import { SHORT_LINK_PREFIXES, shortLinkTargets } from './redirects.ts';

/** Resolves short links and the original site's deep links to the page (and anchor) they forward to. */
export function forwarding(lookup: Lookup): Forwarding {
  const shortLinks = new Map(shortLinkTargets(lookup).map((t) => [t.slug, t.to]));
  const legacy = new Map(legacyPages(lookup).map((p) => [p.path, p]));
  return (path, hash) => {
    const [, prefix, slug] = path.split('/');
    if (SHORT_LINK_PREFIXES.some((p) => p === prefix) && slug) {
      const to = shortLinks.get(slug.toLowerCase());
      return to && !to.includes('#') && hash ? `${to}${hash}` : to;
    }
    if (path.startsWith(LEGACY_PREFIX)) {
      const page = legacy.get(path.endsWith('/') ? path : `${path}/`);
      if (!page) return undefined;
      return page.anchors.find((a) => `#${a.anchor}` === hash)?.to ?? page.to;
    }
    return undefined;
  };
}
