/**
 * The comparison behind `npm run check:reproducible`: two build trees are the same build only when
 * they hold the same files with the same bytes.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { treeDifferences } from '../../scripts/check-reproducible.ts';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tree-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('treeDifferences', () => {
  const files = {
    'index.html': '<p>a</p>',
    'controls/ratelimit/index.html': '<p>b</p>',
    'catalog.json': '{}',
  };

  it('finds nothing between two trees with the same files and bytes', () => {
    expect(treeDifferences(tree(files), tree(files))).toEqual([]);
  });

  it('names a file whose bytes differ and a file only one build has', () => {
    const other = tree({
      ...files,
      'catalog.json': '{"buildDate":"2026-12-02"}',
      'extra.txt': 'x',
    });
    expect(treeDifferences(tree(files), other)).toEqual([
      'catalog.json: contents differ',
      'extra.txt: only in the second build',
    ]);
  });
});
