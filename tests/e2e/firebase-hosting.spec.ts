/**
 * The build served by superstatic, the server Firebase Hosting and its emulator run, with the
 * firebase.json the build writes: Firebase's own reading of our config, not ours.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { server } from 'superstatic';

const dist = resolve(import.meta.dirname, '..', '..', 'dist');
let running: Server;
let origin: string;

test.beforeAll(async () => {
  const { hosting } = JSON.parse(readFileSync(join(dist, 'firebase.json'), 'utf8')) as { hosting: Record<string, unknown> };
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

test('a short link answers 301 with the entry page as Location, with and without the trailing slash', async ({ request }) => {
  for (const path of ['/goto/ratelimit/', '/goto/ratelimit', '/go/RATELIMIT/']) {
    const response = await request.get(`${origin}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    expect(new URL(response.headers()['location']!, origin).pathname, path).toBe('/controls/ratelimit/');
  }
});

test('an unknown path answers the site\'s 404 page with status 404', async ({ request }) => {
  const response = await request.get(`${origin}/no/such/page/`, { maxRedirects: 0 });
  expect(response.status()).toBe(404);
  const body = await response.text();
  expect(body).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
});

test('pages carry the security headers and hashed assets a one-year cache lifetime', async ({ request }) => {
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

test('a release\'s data file answers at its versioned address', async ({ request }) => {
  const release = await request.get(`${origin}/releases/1.0.0/catalog.json`, { maxRedirects: 0 });
  expect(release.status()).toBe(200);
  expect((await release.json()).version).toBe('1.0.0');
});
