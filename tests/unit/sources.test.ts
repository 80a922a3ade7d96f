import { describe, expect, it } from 'vitest';
import { sourcesProblem, sourcesProblems } from '../../src/site/sources-check.ts';

describe('sources of entry pages', () => {
  it('accepts a "Sources and tools" list with an outside link', () => {
    expect(
      sourcesProblem(
        'f.mdx',
        '## How it fits\n\nx\n\n### Sources and tools\n\n- [Paper](https://arxiv.org/abs/1)\n',
      ),
    ).toBeUndefined();
  });

  it('fails a page without the list, naming the file and the fix', () => {
    expect(sourcesProblem('content/threats/x.mdx', '## What it is\n\nx\n')).toMatch(
      /^content\/threats\/x\.mdx: the page has no "Sources and tools" list\. Fix: /,
    );
  });

  it('fails a list that links only pages of this site', () => {
    expect(
      sourcesProblem(
        'f.mdx',
        '### Sources and tools\n\n- [Rate limit](/controls/ratelimit/)\n\n## Next\n\n[x](https://a.org/)',
      ),
    ).toMatch(/links no outside source/);
  });

  it('finds a "Sources and tools" list with an outside link on every threat and control page', () => {
    expect(sourcesProblems(process.cwd())).toEqual([]);
  });
});
