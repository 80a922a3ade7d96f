/**
 * Sub-path hosting: the base path from BASE_PATH, paths and addresses under it, and the rewrite of
 * root-absolute links in built pages.
 */
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/exports/context.ts';
import {
  basePath,
  rewriteLinks,
  siteWithBase,
  withBase,
  withoutBase,
} from '../../src/site/base-path.ts';
import { robotsTxt } from '../../src/site/hosts.ts';

describe('basePath', () => {
  it('is the domain root without BASE_PATH and /a/b/ for any spelling of a folder', () => {
    expect(basePath({})).toBe('/');
    expect(basePath({ BASE_PATH: '/' })).toBe('/');
    expect(basePath({ BASE_PATH: 'repo' })).toBe('/repo/');
    expect(basePath({ BASE_PATH: '/org/repo' })).toBe('/org/repo/');
  });

  it('refuses a value that is not a folder path', () => {
    expect(() => basePath({ BASE_PATH: 'https://x.org/repo/' })).toThrow(
      'BASE_PATH=https://x.org/repo/ is not a path',
    );
  });
});

describe('withBase and siteWithBase', () => {
  it('prefixes a root-absolute path once and leaves other URLs alone', () => {
    expect(withBase('/controls/ratelimit/', '/repo/')).toBe('/repo/controls/ratelimit/');
    expect(withBase('/repo/controls/ratelimit/', '/repo/')).toBe('/repo/controls/ratelimit/');
    expect(withBase('/', '/repo/')).toBe('/repo/');
    expect(withBase('https://atlas.mitre.org/', '/repo/')).toBe('https://atlas.mitre.org/');
    expect(withBase('//cdn.example/x', '/repo/')).toBe('//cdn.example/x');
    expect(withBase('#top', '/repo/')).toBe('#top');
    expect(withBase('/controls/', '/')).toBe('/controls/');
  });

  it('gives data files absolute URLs under the base path', () => {
    const site = siteWithBase('https://org.github.io', '/repo/');
    expect(site).toBe('https://org.github.io/repo/');
    expect(
      absoluteUrl({ site, version: '1.0.0', buildDate: '2026-12-01' }, '/controls/ratelimit/'),
    ).toBe('https://org.github.io/repo/controls/ratelimit/');
    expect(
      absoluteUrl(
        { site: 'https://example.org/', version: '1.0.0', buildDate: '2026-12-01' },
        '/controls/ratelimit/',
      ),
    ).toBe('https://example.org/controls/ratelimit/');
    expect(robotsTxt(site)).toContain('Sitemap: https://org.github.io/repo/sitemap-index.xml');
  });
});

describe('rewriteLinks', () => {
  it('prefixes links, sources, forwarding targets, srcset items and meta refreshes, and nothing else', () => {
    const html =
      '<a href="/threats/evasion/">x</a><img src="/diagrams/a.svg" srcset="/a.png 1x, /b.png 2x" alt="">' +
      '<html data-to="/controls/ratelimit/#x"><meta http-equiv="refresh" content="0; url=/controls/ratelimit/">' +
      '<a href="https://owasp.org/">o</a><a href="#top">t</a><link href="/repo/_astro/a.css"><p>/controls/ stays text</p>';
    expect(rewriteLinks(html, '/repo/')).toBe(
      '<a href="/repo/threats/evasion/">x</a><img src="/repo/diagrams/a.svg" srcset="/repo/a.png 1x, /repo/b.png 2x" alt="">' +
        '<html data-to="/repo/controls/ratelimit/#x"><meta http-equiv="refresh" content="0; url=/repo/controls/ratelimit/">' +
        '<a href="https://owasp.org/">o</a><a href="#top">t</a><link href="/repo/_astro/a.css"><p>/controls/ stays text</p>',
    );
  });

  it('changes nothing at the domain root', () => {
    expect(rewriteLinks('<a href="/x/">x</a>', '/')).toBe('<a href="/x/">x</a>');
  });
});

describe('withoutBase', () => {
  it('gives the site path of a path under the base and leaves other paths as they are', () => {
    expect(withoutBase('/repo/controls/ratelimit/', '/repo/')).toBe('/controls/ratelimit/');
    expect(withoutBase('/repo/', '/repo/')).toBe('/');
    expect(withoutBase('/controls/ratelimit/', '/repo/')).toBe('/controls/ratelimit/');
    expect(withoutBase('/repo/controls/ratelimit/', '/')).toBe('/repo/controls/ratelimit/');
  });
});
