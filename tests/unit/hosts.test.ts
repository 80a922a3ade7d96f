/**
 * The hosting files read by the hosts' own code: Netlify's redirect and header parsers (the packages
 * Netlify's build and CLI use) parse what the build emits without errors and yield exactly the rules
 * of the short-link and header tables; the Cloudflare Pages limits, the `_redirects` form per host,
 * the Firebase config and robots.txt.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';
import { describe, expect, it } from 'vitest';
import { catalog, overviewSections } from '../../src/catalog/index.ts';
import { contentSecurityPolicy, headerRules, netlifyHeaders } from '../../src/site/headers.ts';
import { CLOUDFLARE_LIMITS, cloudflareProblems, redirectsDialect, robotsTxt } from '../../src/site/hosts.ts';
import { firebaseConfig, netlifyRedirects, redirectTable, shortLinkTargets } from '../../src/site/redirects.ts';

const rows = redirectTable(shortLinkTargets(catalog, overviewSections));
const rules = headerRules(contentSecurityPolicy(["'sha256-abc='"]));
const dir = mkdtempSync(join(tmpdir(), 'hosts-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

interface NetlifyRedirect { from: string; to: string; status: number; force: boolean }

describe('_redirects read by @netlify/redirect-parser', () => {
  it('parses the Netlify form without errors into forced 301s for each short link with and without its slash, to its target', async () => {
    const { redirects, errors } = await parseAllRedirects({ redirectsFiles: [file('_redirects.netlify', netlifyRedirects(rows, { force: true }))], configRedirects: [], minimal: true });
    expect(errors).toEqual([]);
    const parsed = redirects as NetlifyRedirect[];
    expect(parsed).toHaveLength(rows.length * 2);
    expect(parsed.every((r) => r.status === 301 && r.force)).toBe(true);
    expect(new Map(parsed.map((r) => [r.from, r.to]))).toEqual(new Map(rows.flatMap((r) => [[r.from, r.to], [r.from.slice(0, -1), r.to]])));
  });

  it('parses the plain form, which Cloudflare Pages accepts, as one unforced 301 per short link', async () => {
    const { redirects, errors } = await parseAllRedirects({ redirectsFiles: [file('_redirects.plain', netlifyRedirects(rows))], configRedirects: [], minimal: true });
    expect(errors).toEqual([]);
    const parsed = redirects as NetlifyRedirect[];
    expect(parsed.every((r) => r.status === 301 && !r.force)).toBe(true);
    expect(new Map(parsed.map((r) => [r.from, r.to]))).toEqual(new Map(rows.map((r) => [r.from, r.to])));
  });
});

describe('_headers read by @netlify/headers-parser', () => {
  it('parses without errors into the rules of the header table, in order, with every header', async () => {
    const { headers, errors } = await parseAllHeaders({ headersFiles: [file('_headers', netlifyHeaders(rules))], configHeaders: undefined, minimal: true });
    expect(errors).toEqual([]);
    expect(headers.map((h) => h.for)).toEqual(rules.map((r) => `${r.prefix}*`));
    for (const [i, rule] of rules.entries()) expect(headers[i]!.values).toEqual(Object.fromEntries(rule.headers));
  });
});

describe('Cloudflare Pages limits', () => {
  it('finds the emitted files within every limit', () => {
    expect(cloudflareProblems(netlifyRedirects(rows), netlifyHeaders(rules))).toEqual([]);
    expect(rows.length).toBeLessThanOrEqual(CLOUDFLARE_LIMITS.staticRedirects);
  });

  it('names each limit the files would exceed, with the count and the limit', () => {
    const many = Array.from({ length: CLOUDFLARE_LIMITS.staticRedirects + 1 }, (_, i) => `/goto/x${i}/ /y/ 301`).join('\n');
    const dynamic = Array.from({ length: CLOUDFLARE_LIMITS.dynamicRedirects + 1 }, (_, i) => `/d${i}/* /y/:splat 301`).join('\n');
    const headers = `${Array.from({ length: CLOUDFLARE_LIMITS.headerRules + 1 }, (_, i) => `/p${i}/*\n  X-A: b`).join('\n')}\n/*\n  Content-Security-Policy: ${'a'.repeat(2000)}\n`;
    const problems = cloudflareProblems(`${many}\n${dynamic}`, headers);
    expect(problems).toEqual([
      expect.stringContaining('_redirects holds 2001 static redirects; Cloudflare Pages applies at most 2000.'),
      expect.stringContaining('_redirects holds 101 dynamic redirects; Cloudflare Pages applies at most 100.'),
      expect.stringContaining('_headers holds 102 rules; Cloudflare Pages applies at most 100.'),
      expect.stringContaining('characters long; Cloudflare Pages accepts at most 2000.'),
    ]);
  });
});

describe('the _redirects form per host', () => {
  it('is forced on Netlify, which sets NETLIFY=true, and plain elsewhere', () => {
    expect(redirectsDialect({ NETLIFY: 'true' })).toBe('netlify');
    expect(redirectsDialect({ CF_PAGES: '1' })).toBe('cloudflare');
    expect(redirectsDialect({})).toBe('cloudflare');
  });

  it('follows DEPLOY_TARGET and refuses a host it does not know', () => {
    expect(redirectsDialect({ DEPLOY_TARGET: 'netlify' })).toBe('netlify');
    expect(redirectsDialect({ DEPLOY_TARGET: 'cloudflare', NETLIFY: 'true' })).toBe('cloudflare');
    expect(() => redirectsDialect({ DEPLOY_TARGET: 'vercel' })).toThrow('DEPLOY_TARGET=vercel is not a host this build knows');
  });
});

describe('firebase.json', () => {
  const config = JSON.parse(firebaseConfig(rows)) as { hosting: { public: string; ignore: string[]; redirects: { source: string }[] } };

  it('deploys the folder it is written into, without the other hosts\' files', () => {
    expect(config.hosting.public).toBe('.');
    expect(config.hosting.ignore).toEqual(expect.arrayContaining(['firebase.json', '_redirects', '_headers']));
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the sitemap index by its absolute address', () => {
    expect(robotsTxt('https://example.org/')).toMatch(/^User-agent: \*\nAllow: \/\n\nSitemap: https:\/\/example\.org\/sitemap-index\.xml\n$/m);
  });
});
