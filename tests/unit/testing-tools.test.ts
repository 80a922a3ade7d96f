import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/catalog/lookup.ts';
import { testingTools } from '../../src/catalog/testing-tools.ts';

const page = readFileSync(new URL('../../content/testing.mdx', import.meta.url), 'utf8');

describe('the testing tools', () => {
  it('describe every tool that has an anchor on the testing page, under that anchor', () => {
    for (const tool of testingTools.filter((t) => t.anchor !== null)) {
      expect(page, `content/testing.mdx has no element with id "${tool.anchor}" for ${tool.name}`).toContain(`id="${tool.anchor}"`);
    }
  });

  it('credit each tool with at least one threat of the catalog', () => {
    for (const tool of testingTools) {
      expect(tool.covers.length, `${tool.name} covers no threat`).toBeGreaterThan(0);
      for (const id of tool.covers) expect(() => lookup.threat(id)).not.toThrow();
    }
  });

  it('link each tool to its repository over https', () => {
    for (const tool of testingTools) expect(tool.url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+$/);
  });
});
