import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/catalog/lookup.ts';
import { testingTools, TOOL_REVIEW_DATE } from '../../src/catalog/testing-tools.ts';

const page = readFileSync(new URL('../../content/testing/tools.mdx', import.meta.url), 'utf8');

describe('the testing tools', () => {
  it('describe every tool that has an anchor on the tools page, under that anchor', () => {
    for (const tool of testingTools.filter((t) => t.anchor !== null)) {
      expect(
        page,
        `content/testing/tools.mdx has no element with id "${tool.anchor}" for ${tool.name}`,
      ).toContain(`id="${tool.anchor}"`);
    }
  });

  it('credit each test tool with at least one threat of the catalog, and a defence with none', () => {
    for (const tool of testingTools) {
      if (tool.kind === 'defence') expect(tool.covers, `${tool.name} is a defence`).toEqual([]);
      else expect(tool.covers.length, `${tool.name} covers no threat`).toBeGreaterThan(0);
      for (const id of [...tool.covers, ...(tool.historical?.covers ?? [])])
        expect(() => lookup.threat(id)).not.toThrow();
    }
  });

  it('give every assessment a review date no later than the review date of the page', () => {
    for (const tool of testingTools) {
      expect(tool.reviewed, tool.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(tool.reviewed <= TOOL_REVIEW_DATE, tool.name).toBe(true);
      expect(tool.maintainer.length, `${tool.name} has no maintainer`).toBeGreaterThan(0);
    }
  });

  it('link each tool to its repository over https, never to the stub PyRIT left behind at Azure/PyRIT', () => {
    for (const tool of testingTools)
      expect(tool.url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+$/);
    expect(testingTools.find((t) => t.name === 'PyRIT')?.url).toBe(
      'https://github.com/microsoft/PyRIT',
    );
  });

  it('no longer credit Armory, a harness for predictive models, with prompt injection', () => {
    const armory = testingTools.find((t) => t.name === 'Armory')!;
    expect(armory.covers).not.toContain('DIRECTPROMPTINJECTION');
    expect(armory.historical?.covers).toContain('DIRECTPROMPTINJECTION');
  });
});
