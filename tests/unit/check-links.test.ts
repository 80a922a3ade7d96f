/**
 * The page part of the link check, on a tiny hand-made build: every internal link must reach a file
 * and its fragment an id, on every page that carries it, even when many pages repeat the same link
 * (as every page repeats the sidebar).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** Writes a build of pages (path to HTML body). */
function build(pages: Record<string, string>): string {
  dist = mkdtempSync(join(tmpdir(), 'check-links-'));
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), body);
  }
  return dist;
}

describe('the link check', () => {
  it('reports a broken link on every page that repeats it, and passes the links that resolve', () => {
    const nav =
      '<a href="/threats/a/">A</a><a href="/threats/gone/">Gone</a><a href="/threats/a/#refs">Refs</a><a href="/threats/a/#nope">Nope</a>';
    const { checked, pages, broken } = checkLinks(
      build({ '': nav, 'threats/a': `<h2 id="refs">R</h2>${nav}`, 'controls/b': nav }),
    );
    expect(pages).toBe(3);
    expect(checked).toBe(12);
    expect(broken.map((b) => `${b.page} ${b.reason}`).sort()).toEqual([
      '/ no element with id "nope" on /threats/a/',
      '/ no page at /threats/gone/',
      '/controls/b/ no element with id "nope" on /threats/a/',
      '/controls/b/ no page at /threats/gone/',
      '/threats/a/ no element with id "nope" on /threats/a/',
      '/threats/a/ no page at /threats/gone/',
    ]);
  });
});
