import { describe, expect, it } from 'vitest';
import { pageProseProblems, proseProblems, section } from '../../src/site/prose-check.ts';

const control = (objective: string) =>
  `---\ncatalogId: DETECTODDINPUT\n---\n\n## Description\n\nx\n\n## Objective\n\n${objective}\n\n## Applicability\n\ny\n`;

describe('prose against the catalog', () => {
  it('fails an Objective that says a control counters a threat the catalog does not relate, naming file, line and fix', () => {
    const problems = pageProseProblems(
      'content/controls/detectoddinput.mdx',
      control('The control counters <Ref id="EVASION" /> and <Ref id="DATAPOISON" />.'),
      'DETECTODDINPUT',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/controls\/detectoddinput\.mdx:11: the Objective says DETECTODDINPUT counters DATAPOISON, but the catalog does not relate them\. Fix: /,
    );
  });

  it('accepts a narrower threat of one the control reduces', () => {
    expect(
      pageProseProblems(
        'f.mdx',
        control('It counters <Ref id="CLOSEDBOXEVASION" />.'),
        'DETECTODDINPUT',
      ),
    ).toEqual([]);
  });

  it('leaves a sentence alone that says what the control does not counter', () => {
    expect(
      pageProseProblems(
        'f.mdx',
        control('It does not counter <Ref id="DATAPOISON" />.'),
        'DETECTODDINPUT',
      ),
    ).toEqual([]);
  });

  it('fails a threat page that claims a control the catalog does not apply', () => {
    const text =
      '---\ncatalogId: TRANSFERATTACK\n---\n\n## Choosing controls\n\n<Ref id="SEGREGATEDATA" /> reduces the risk.\n';
    expect(
      pageProseProblems('content/threats/transferattack.mdx', text, 'TRANSFERATTACK')[0],
    ).toContain('the prose says SEGREGATEDATA counters TRANSFERATTACK');
  });

  it('fails "no controls of its own" on a threat the catalog gives controls', () => {
    const text =
      '---\ncatalogId: DENIALMODELSERVICE\n---\n\n## Choosing controls\n\nThis entry has no controls of its own.\n';
    expect(
      pageProseProblems('content/threats/denialmodelservice.mdx', text, 'DENIALMODELSERVICE')[0],
    ).toMatch(/:7: the prose says the threat has no controls, but the catalog lists /);
  });

  it('reads a section up to the next heading', () => {
    expect(section('## A\n\none\n\n## B\n\ntwo', 'A')).toBe('\none\n');
  });

  it('finds no contradiction in the pages', () => {
    expect(proseProblems(process.cwd())).toEqual([]);
  });
});
