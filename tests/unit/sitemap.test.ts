import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/catalog/lookup.ts';
import { legacyPages } from '../../src/site/legacy.ts';
import { redirectTable, shortLinkTargets } from '../../src/site/redirects.ts';
import { inSitemap, isForwardingPath } from '../../src/site/sitemap.ts';

describe('the sitemap filter', () => {
  it('leaves out every short-link page', () => {
    const rows = redirectTable(shortLinkTargets(lookup));
    expect(rows.filter((r) => !isForwardingPath(r.from))).toEqual([]);
  });

  it("leaves out every page of the original site's long pages", () => {
    expect(legacyPages(lookup).filter((p) => !isForwardingPath(p.path))).toEqual([]);
  });

  it('keeps content pages, including ones whose path starts like a prefix', () => {
    for (const url of [
      'https://example.org/',
      'https://example.org/controls/ratelimit/',
      'https://example.org/overview/',
      'https://example.org/governance/',
      'https://example.org/docsearch/',
    ]) {
      expect(inSitemap(url)).toBe(true);
    }
    expect(inSitemap('https://example.org/goto/ratelimit/')).toBe(false);
  });

  it('leaves out forwarding pages of a site served under a sub-path, and keeps its content pages', () => {
    expect(inSitemap('https://org.github.io/repo/goto/ratelimit/', '/repo/')).toBe(false);
    expect(inSitemap('https://org.github.io/repo/docs/2_threats_through_use/', '/repo/')).toBe(
      false,
    );
    expect(inSitemap('https://org.github.io/repo/controls/ratelimit/', '/repo/')).toBe(true);
    expect(inSitemap('https://org.github.io/repo/', '/repo/')).toBe(true);
  });
});
