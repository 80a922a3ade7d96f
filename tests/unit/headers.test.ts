import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  cspHash,
  firebaseHeaders,
  headerRules,
  inlineScriptHashes,
  inlineScripts,
  matchesPattern,
  netlifyHeaders,
  parseNetlifyHeaders,
} from '../../src/site/headers.ts';
import { firebaseConfig } from '../../src/site/redirects.ts';
import { planRedirects } from '../../src/site/redirect-plan.ts';

const page = (...scripts: string[]) =>
  `<!doctype html><html><head>${scripts.join('')}</head><body></body></html>`;

describe('inline script hashes', () => {
  it('hashes the exact body of a script as a CSP sha256 source', () => {
    const body = "\n  console.log('hi');\n";
    expect(cspHash(body)).toBe(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  });

  it('takes the body of inline scripts and skips scripts loaded from a file', () => {
    const html = page(
      '<script>a()</script>',
      '<script type="module" src="/_astro/x.js"></script>',
      '<script type="module">b()</script>',
    );
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });

  it('leaves out data blocks, which the policy does not govern, and keeps classic and module scripts', () => {
    const html = page(
      '<script type="application/ld+json">{"a":1}</script>',
      "<script type='text/javascript'>c()</script>",
      '<script type=module>d()</script>',
    );
    expect(inlineScripts(html)).toEqual(['c()', 'd()']);
  });

  it('lists each distinct script once across pages, in a stable order', () => {
    const hashes = inlineScriptHashes([
      page('<script>a()</script>'),
      page('<script>b()</script><script>a()</script>'),
    ]);
    expect(hashes).toEqual([cspHash('a()'), cspHash('b()')].sort());
  });
});

describe('the Content-Security-Policy', () => {
  const csp = contentSecurityPolicy([cspHash('a()')]);
  const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

  it('allows scripts from the site and the hashed inline ones, never any other inline script', () => {
    expect(directive('script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${cspHash('a()')}`);
    expect(directive('script-src')).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
  });

  it('lets no other host serve anything and nothing frame the site', () => {
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(csp).not.toMatch(/https?:/);
  });
});

describe('the header table', () => {
  const rules = headerRules('default-src x');

  it('sends the security headers on every response', () => {
    const all = rules.find((r) => r.prefix === '/');
    expect(all?.headers.map(([name]) => name)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'X-Frame-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
    ]);
  });

  it('caches only the hashed asset folders for a year', () => {
    const cached = rules
      .filter((r) => r.headers.some(([name]) => name === 'Cache-Control'))
      .map((r) => r.prefix);
    expect(cached).toEqual(['/_astro/', '/pagefind/fragment/', '/pagefind/index/']);
  });

  it('never sets one header in two rules that match one path, since hosts send the headers of every match', () => {
    for (const a of rules) {
      for (const b of rules) {
        if (a === b || !b.prefix.startsWith(a.prefix)) continue;
        const names = new Set(a.headers.map(([name]) => name));
        expect(
          b.headers.filter(([name]) => names.has(name)),
          `${a.prefix} and ${b.prefix}`,
        ).toEqual([]);
      }
    }
  });
});

describe('rendering the table', () => {
  const rules = headerRules("default-src 'self'");

  it('writes a _headers file that reads back to the same table', () => {
    const parsed = parseNetlifyHeaders(netlifyHeaders(rules));
    expect(parsed).toEqual(
      rules.map((r) => ({ pattern: `${r.prefix}*`, headers: r.headers.map(([n, v]) => [n, v]) })),
    );
  });

  it('writes the same headers into firebase.json with glob sources', () => {
    const config = JSON.parse(firebaseConfig(planRedirects([]), firebaseHeaders(rules))) as {
      hosting: { headers: { source: string; headers: { key: string; value: string }[] }[] };
    };
    expect(config.hosting.headers.map((h) => h.source)).toEqual([
      '**',
      '/_astro/**',
      '/pagefind/fragment/**',
      '/pagefind/index/**',
    ]);
    expect(config.hosting.headers[0]?.headers[0]).toEqual({
      key: 'Content-Security-Policy',
      value: "default-src 'self'",
    });
  });

  it('matches a path pattern by prefix for a wildcard and exactly otherwise', () => {
    expect(matchesPattern('/_astro/*', '/_astro/page.js')).toBe(true);
    expect(matchesPattern('/_astro/*', '/controls/')).toBe(false);
    expect(matchesPattern('/controls/', '/controls/')).toBe(true);
    expect(matchesPattern('/controls/', '/controls/ratelimit/')).toBe(false);
  });

  it('rejects a header line outside a path block, naming the line and the fix', () => {
    expect(() =>
      parseNetlifyHeaders('  X-Frame-Options: DENY\n'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: _headers line 1: \`X-Frame-Options: DENY\` is not a header under a path. Fix: indent \`Name: value\` below a path line.]`,
    );
  });
});
