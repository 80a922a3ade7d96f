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
import { lookup } from '../../src/catalog/lookup.ts';
import { contentSecurityPolicy, headerRules, netlifyHeaders } from '../../src/site/headers.ts';
import {
  CLOUDFLARE_LIMITS,
  CLOUDFLARE_REDIRECT_LIMITS,
  cloudflareProblems,
  cloudflareVerdict,
  redirectsDialect,
  robotsTxt,
  targetsCloudflare,
} from '../../src/site/hosts.ts';
import { planRedirects, UNLIMITED } from '../../src/site/redirect-plan.ts';
import type { Redirect } from '../../src/site/redirect-plan.ts';
import {
  fileRedirects,
  firebaseConfig,
  netlifyRedirects,
  redirectTable,
  shortLinkTargets,
} from '../../src/site/redirects.ts';

const rows = redirectTable(shortLinkTargets(lookup));
const plan = planRedirects(rows);
const rules = headerRules(contentSecurityPolicy(["'sha256-abc='"]));
const dir = mkdtempSync(join(tmpdir(), 'hosts-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

interface NetlifyRedirect {
  from: string;
  to: string;
  status: number;
  force: boolean;
}

describe('_redirects read by @netlify/redirect-parser', () => {
  it('parses the Netlify form without errors into forced 301s that send every short link, with and without its slash, to its target', async () => {
    const { redirects, errors } = await parseAllRedirects({
      redirectsFiles: [file('_redirects.netlify', netlifyRedirects(plan, { force: true }))],
      configRedirects: [],
      minimal: true,
    });
    expect(errors).toEqual([]);
    const parsed = redirects as NetlifyRedirect[];
    expect(parsed.every((r) => r.status === 301 && r.force)).toBe(true);
    const exact = new Map(parsed.map((r) => [r.from, r.to]));
    // A /go/ link follows the splat to its /goto/ twin, then that rule.
    const resolve = (from: string) =>
      exact.get(from) ?? exact.get(from.replace(/^\/go\//, '/goto/'));
    expect(exact.get('/go/*')).toBe('/goto/:splat');
    for (const r of rows)
      expect([resolve(r.from), resolve(r.from.slice(0, -1))]).toEqual([r.to, r.to]);
  });

  it('parses the plain form, which Cloudflare Pages accepts, as one unforced 301 per /goto/ link and one splat for /go/', async () => {
    const { redirects, errors } = await parseAllRedirects({
      redirectsFiles: [file('_redirects.plain', netlifyRedirects(plan))],
      configRedirects: [],
      minimal: true,
    });
    expect(errors).toEqual([]);
    const parsed = redirects as NetlifyRedirect[];
    expect(parsed.every((r) => r.status === 301 && !r.force)).toBe(true);
    expect(parsed).toHaveLength(rows.length / 2 + 1);
  });
});

describe('_headers read by @netlify/headers-parser', () => {
  it('parses without errors into the rules of the header table, in order, with every header', async () => {
    const { headers, errors } = await parseAllHeaders({
      headersFiles: [file('_headers', netlifyHeaders(rules))],
      configHeaders: undefined,
      minimal: true,
    });
    expect(errors).toEqual([]);
    expect(headers.map((h) => h.for)).toEqual(rules.map((r) => `${r.prefix}*`));
    for (const [i, rule] of rules.entries())
      expect(headers[i]!.values).toEqual(Object.fromEntries(rule.headers));
  });
});

describe('Cloudflare Pages limits', () => {
  it('finds the emitted files within every limit', () => {
    expect(
      cloudflareProblems(
        netlifyRedirects(planRedirects(rows, CLOUDFLARE_REDIRECT_LIMITS)),
        netlifyHeaders(rules),
      ),
    ).toEqual([]);
  });

  it('names each limit the files would exceed, with the count and the limit', () => {
    const many = Array.from(
      { length: CLOUDFLARE_LIMITS.staticRedirects + 1 },
      (_, i) => `/goto/x${i}/ /y/ 301`,
    ).join('\n');
    const dynamic = Array.from(
      { length: CLOUDFLARE_LIMITS.dynamicRedirects + 1 },
      (_, i) => `/d${i}/* /y/:splat 301`,
    ).join('\n');
    const headers = `${Array.from({ length: CLOUDFLARE_LIMITS.headerRules + 1 }, (_, i) => `/p${i}/*\n  X-A: b`).join('\n')}\n/*\n  Content-Security-Policy: ${'a'.repeat(2000)}\n`;
    const problems = cloudflareProblems(`${many}\n${dynamic}`, headers);
    expect(problems).toEqual([
      expect.stringContaining(
        '_redirects holds 2001 static redirects; Cloudflare Pages applies at most 2000.',
      ),
      expect.stringContaining(
        '_redirects holds 101 dynamic redirects; Cloudflare Pages applies at most 100.',
      ),
      expect.stringContaining('_headers holds 102 rules; Cloudflare Pages applies at most 100.'),
      expect.stringContaining('characters long; Cloudflare Pages accepts at most 2000.'),
    ]);
  });
  it('counts every rule at or after the first splat as dynamic, as Cloudflare Pages does', () => {
    const file = [
      '/a/* /b/:splat 301',
      ...Array.from({ length: CLOUDFLARE_LIMITS.dynamicRedirects }, (_, i) => `/x${i}/ /y/ 301`),
    ].join('\n');
    expect(cloudflareProblems(file, '')).toEqual([
      expect.stringContaining('holds 101 dynamic redirects'),
    ]);
  });
});

describe("a catalog ten times larger than Cloudflare Pages' redirect limit", () => {
  // 1,200 short links: 4,800 rows in both prefixes and cases, as a tenfold catalog would have.
  const big: Redirect[] = redirectTable(
    Array.from({ length: 1200 }, (_, i) => ({
      slug: `entry${i}`,
      to: `/controls/entry${i}/`,
      owner: `control ENTRY${i}`,
      title: `Entry ${i}`,
      canonical: true,
    })),
  );
  const files = fileRedirects();
  const limited = planRedirects([...big, ...files], CLOUDFLARE_REDIRECT_LIMITS);

  it('writes for Cloudflare Pages only what fits: files first, then lower-case /goto/ links, then upper-case ones', () => {
    expect(limited.rules).toHaveLength(CLOUDFLARE_LIMITS.staticRedirects);
    expect(limited.rules.slice(0, files.length)).toEqual(files);
    expect(
      limited.rules
        .slice(files.length, files.length + 1200)
        .every((r) => r.from.startsWith('/goto/entry')),
    ).toBe(true);
    expect(limited.aliases).toEqual([{ from: '/go/', to: '/goto/' }]);
    expect(limited.omittedFiles).toEqual([]);
    expect(cloudflareProblems(netlifyRedirects(limited), '')).toEqual([]);
  });

  it('leaves out only short links, each of which still has its forwarding page', () => {
    const forwardingPages = new Set(big.map((r) => r.from));
    expect(limited.omitted.length).toBe(
      1200 - (CLOUDFLARE_LIMITS.staticRedirects - files.length - 1200),
    );
    expect(
      limited.omitted.every((r) => forwardingPages.has(r.from) && r.from !== r.from.toLowerCase()),
    ).toBe(true);
  });

  it('warns, naming the host, the limit and what was left out, and passes a build that does not target Cloudflare Pages', () => {
    const { errors, warnings } = cloudflareVerdict(limited, netlifyRedirects(limited), '', false);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Cloudflare Pages applies at most 2000 exact redirect rules, so \d+ were left out of its file\. \d+ short links \(for example \/goto\/ENTRY\d+\/\) still answer there through their forwarding pages/,
      ),
    ]);
  });

  it('passes a Cloudflare Pages build too, since forwarding pages serve what was left out', () => {
    expect(cloudflareVerdict(limited, netlifyRedirects(limited), '', true).errors).toEqual([]);
  });

  it('fails a Cloudflare Pages build only when a file address would stop answering, and names it', () => {
    const tooManyFiles = planRedirects(
      Array.from({ length: 2001 }, (_, i) => ({
        from: `/images/f${i}.png`,
        to: '/',
        slug: `f${i}`,
        title: 'f',
      })),
      CLOUDFLARE_REDIRECT_LIMITS,
    );
    expect(
      cloudflareVerdict(tooManyFiles, netlifyRedirects(tooManyFiles), '', true).errors,
    ).toEqual([
      expect.stringContaining(
        '1 file addresses (for example /images/f2000.png) will not answer there at all.',
      ),
    ]);
    expect(
      cloudflareVerdict(tooManyFiles, netlifyRedirects(tooManyFiles), '', false).errors,
    ).toEqual([]);
  });

  it('writes everything for Netlify and Firebase, which document no such limit', () => {
    const all = planRedirects([...big, ...files], UNLIMITED);
    expect(all.omitted).toEqual([]);
    expect(all.rules).toHaveLength(files.length + 2400);
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
    expect(() => redirectsDialect({ DEPLOY_TARGET: 'vercel' })).toThrow(
      'DEPLOY_TARGET=vercel is not a host this build knows',
    );
  });

  it('targets Cloudflare Pages only when told so or when building there', () => {
    expect([
      targetsCloudflare({ DEPLOY_TARGET: 'cloudflare' }),
      targetsCloudflare({ CF_PAGES: '1' }),
      targetsCloudflare({}),
      targetsCloudflare({ DEPLOY_TARGET: 'firebase' }),
    ]).toEqual([true, true, false, false]);
  });
});

describe('firebase.json', () => {
  const config = JSON.parse(firebaseConfig(plan)) as {
    hosting: { public: string; ignore: string[]; redirects: { source: string }[] };
  };

  it("deploys the folder it is written into, without the other hosts' files", () => {
    expect(config.hosting.public).toBe('.');
    expect(config.hosting.ignore).toEqual(
      expect.arrayContaining(['firebase.json', '_redirects', '_headers']),
    );
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the sitemap index by its absolute address', () => {
    expect(robotsTxt('https://example.org/')).toMatch(
      /^User-agent: \*\nAllow: \/\n\nSitemap: https:\/\/example\.org\/sitemap-index\.xml\n$/m,
    );
  });
});
