/**
 * The build as static hosts read it. Firebase: dist/ served by superstatic, the server Firebase
 * Hosting and its emulator run, with the firebase.json the build wrote. Netlify and Cloudflare Pages:
 * the emitted _redirects and _headers read by Netlify's own parsers. GitHub Pages and every host:
 * .nojekyll, 404.html and robots.txt where they look for them.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseAllHeaders } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';
import { server } from 'superstatic';
import { CLOUDFLARE_LIMITS } from '../../src/site/hosts.ts';

const dist = resolve(import.meta.dirname, '..', '..', 'dist');
let running: Server;
let origin: string;

test.beforeAll(async () => {
  const { hosting } = JSON.parse(readFileSync(join(dist, 'firebase.json'), 'utf8')) as {
    hosting: Record<string, unknown>;
  };
  // Firebase resolves `public` against the folder of firebase.json, which is dist/ itself.
  const app = server({ config: hosting, cwd: dist, port: 0, hostname: '127.0.0.1' });
  running = await new Promise<Server>((done) => {
    const s: Server = app.listen(() => done(s)) as unknown as Server;
  });
  origin = `http://127.0.0.1:${(running.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((done) => running.close(done));
});

test('a short link answers 301 with the entry page as Location, with and without the trailing slash', async ({
  request,
}) => {
  for (const path of ['/goto/ratelimit/', '/goto/ratelimit', '/goto/RATELIMIT/']) {
    const response = await request.get(`${origin}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    expect(new URL(response.headers()['location']!, origin).pathname, path).toBe(
      '/controls/ratelimit/',
    );
  }
});

test('a /go/ short link reaches the same page through permanent redirects, one rule for the whole prefix', async ({
  request,
}) => {
  for (const path of ['/go/RATELIMIT/', '/go/ratelimit']) {
    let location = path;
    const statuses: number[] = [];
    for (let hop = 0; hop < 3 && !location.startsWith('/controls/'); hop++) {
      const response = await request.get(`${origin}${location}`, { maxRedirects: 0 });
      statuses.push(response.status());
      location = new URL(response.headers()['location']!, origin).pathname;
    }
    expect(location, path).toBe('/controls/ratelimit/');
    expect(
      statuses.every((s) => s === 301),
      path,
    ).toBe(true);
  }
});

test("an unknown path answers the site's 404 page with status 404", async ({ request }) => {
  const response = await request.get(`${origin}/no/such/page/`, { maxRedirects: 0 });
  expect(response.status()).toBe(404);
  const body = await response.text();
  expect(body).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
});

test('pages carry the security headers and hashed assets a one-year cache lifetime', async ({
  request,
}) => {
  const page = await request.get(`${origin}/controls/ratelimit/`, { maxRedirects: 0 });
  expect(page.status()).toBe(200);
  const headers = page.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const html = await page.text();
  const asset = /\/_astro\/[^"']+\.css/.exec(html)?.[0];
  expect(asset).toBeDefined();
  const cached = await request.get(`${origin}${asset}`);
  expect(cached.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test("a release's data file answers at its versioned address", async ({ request }) => {
  const release = await request.get(`${origin}/releases/1.0.0/catalog.json`, { maxRedirects: 0 });
  expect(release.status()).toBe(200);
  expect((await release.json()).version).toBe('1.0.0');
});

test("Netlify's parsers read the emitted _redirects and _headers without errors, within Cloudflare's limits", async () => {
  const redirects = await parseAllRedirects({
    redirectsFiles: [join(dist, '_redirects')],
    configRedirects: [],
    minimal: true,
  });
  expect(redirects.errors).toEqual([]);
  const rules = redirects.redirects as { from: string; to: string; status: number }[];
  expect(rules.find((r) => r.from === '/goto/ratelimit/')).toMatchObject({
    to: '/controls/ratelimit/',
    status: 301,
  });
  expect(rules.length).toBeLessThanOrEqual(CLOUDFLARE_LIMITS.staticRedirects);
  const headers = await parseAllHeaders({
    headersFiles: [join(dist, '_headers')],
    configHeaders: undefined,
    minimal: true,
  });
  expect(headers.errors).toEqual([]);
  expect(headers.headers.find((h) => h.for === '/*')?.values['X-Frame-Options']).toBe('DENY');
});

test('the build carries .nojekyll, a root 404.html and a robots.txt that names the sitemap', () => {
  expect(existsSync(join(dist, '.nojekyll'))).toBe(true);
  expect(readFileSync(join(dist, '404.html'), 'utf8')).toContain('<title>');
  const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemap && new URL(sitemap).pathname).toBe('/sitemap-index.xml');
  expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
});
