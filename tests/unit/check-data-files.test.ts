/**
 * The data-file part of the link check, on a tiny hand-made build: every site URL in a data file must
 * reach a page (and its fragment), and the manifest's sizes and checksums must match the files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataFiles } from '../../scripts/check-links.ts';

const site = 'https://example.org/';
let dist = '';

/** Writes a build with one page, the given data files and a manifest of them (or of `manifestOf`). */
function build(files: Record<string, string>, manifestOf: Record<string, string> = files): string {
  dist = mkdtempSync(join(tmpdir(), 'check-data-'));
  mkdirSync(join(dist, 'controls/ratelimit'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<h1 id="top">Home</h1>');
  writeFileSync(join(dist, 'controls/ratelimit/index.html'), '<h2 id="references">References</h2>');
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dist, name), body);
  const manifest = Object.entries(manifestOf).map(([name, body]) => ({
    path: `/${name}`,
    bytes: Buffer.byteLength(body),
    sha256: createHash('sha256').update(body).digest('hex'),
  }));
  writeFileSync(join(dist, 'data-manifest.json'), JSON.stringify({ files: manifest }));
  return dist;
}
const catalog = (url: string) => JSON.stringify({ site, controls: [{ url }] });

afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('checkDataFiles', () => {
  it('accepts data files whose site URLs all reach pages and fragments', () => {
    const csv = `id,url\r\nRATELIMIT,${site}controls/ratelimit/\r\n`;
    const result = checkDataFiles(
      build({
        'catalog.json': catalog(`${site}controls/ratelimit/#references`),
        'controls.csv': csv,
      }),
    );
    expect(result.broken).toEqual([]);
    expect(result.checked).toBe(3);
  });

  it('reports a URL in a CSV file that no page answers', () => {
    const csv = `id,url\r\nRATELIMIT,${site}controls/ratelimitt/\r\n`;
    const { broken } = checkDataFiles(
      build({ 'catalog.json': catalog(`${site}controls/ratelimit/`), 'controls.csv': csv }),
    );
    expect(broken.map((b) => `${b.page}: ${b.reason}`)).toEqual([
      '/controls.csv: no page at /controls/ratelimitt/',
    ]);
  });

  it('reports a fragment that the target page lacks', () => {
    const { broken } = checkDataFiles(
      build({ 'catalog.json': catalog(`${site}controls/ratelimit/#ref-8-16`) }),
    );
    expect(broken.map((b) => b.reason)).toEqual([
      'no element with id "ref-8-16" on /controls/ratelimit/',
    ]);
  });

  it('reports a file whose bytes differ from the manifest', () => {
    const body = catalog(`${site}controls/ratelimit/`);
    const { broken } = checkDataFiles(
      build({ 'catalog.json': body }, { 'catalog.json': `${body} ` }),
    );
    expect(broken).toHaveLength(1);
    expect(broken[0]!.reason).toMatch(
      /^the manifest says \d+ bytes, sha256 [0-9a-f]{64}; the file has \d+ bytes/,
    );
  });
});
