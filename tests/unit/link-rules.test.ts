import { describe, expect, it } from 'vitest';
import {
  formatLinkProblem,
  LINK_RULES,
  linkProblems,
  type LinkRule,
} from '../../src/catalog/link-rules.ts';
import {
  catalogLinks,
  contentLinks,
  outsideLinkProblems,
  pageLinks,
} from '../../src/site/outside-links.ts';

describe('outside link rules', () => {
  it('fails a link with a casa_token, naming file, URL and the clean URL', () => {
    const url = 'https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=10190537&casa_token=abc:def';
    const problems = outsideLinkProblems([
      { where: 'src/catalog/controls.ts: control FEDERATIVELEARNING, field `readMore[0]`', url },
    ]);
    expect(problems).toEqual([
      `src/catalog/controls.ts: control FEDERATIVELEARNING, field \`readMore[0]\`: the link ${url} breaks the rule \`no-secrets\`: it carries a personal token or session id (casa_token). Fix: use https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=10190537.`,
    ]);
  });

  it('removes a jsessionid path parameter and keeps the rest of the query', () => {
    const [p] = linkProblems(
      'https://oulurepo.oulu.fi/bitstream/handle/10024/30908/x.pdf;jsessionid=674F?sequence=1',
    );
    expect(p?.fixed).toBe('https://oulurepo.oulu.fi/bitstream/handle/10024/30908/x.pdf?sequence=1');
  });

  it('fails a moved host and gives its new address', () => {
    expect(
      linkProblems('https://docs.microsoft.com/en-us/security/failure-modes-in-machine-learning')[0]
        ?.fixed,
    ).toBe('https://learn.microsoft.com/en-us/security/failure-modes-in-machine-learning');
    expect(linkProblems('https://llmtop10.com/llm09/')[0]).toMatchObject({
      rule: 'moved-host',
      fixed: 'https://genai.owasp.org/llm-top-10/',
    });
  });

  it('fails a moved repository and keeps the path inside it', () => {
    expect(linkProblems('https://github.com/Azure/PyRIT/tree/main/doc')[0]?.fixed).toBe(
      'https://github.com/microsoft/PyRIT/tree/main/doc',
    );
    expect(linkProblems('https://github.com/microsoft/PyRIT')).toEqual([]);
  });

  it('fails an unofficial mirror and points to the publisher', () => {
    expect(
      linkProblems(
        'https://csrc.nist.rip/external/nvlpubs.nist.gov/nistpubs/ir/2019/NIST.IR.8269-draft.pdf',
      )[0]?.fixed,
    ).toBe('https://nvlpubs.nist.gov/nistpubs/ir/2019/NIST.IR.8269-draft.pdf');
  });

  it('fails tracking parameters and keeps a time stamp', () => {
    expect(linkProblems('https://youtu.be/ADHAokjniE4?si=xyz&t=1474')[0]?.fixed).toBe(
      'https://youtu.be/ADHAokjniE4?t=1474',
    );
    expect(linkProblems('https://example.org/a?utm_source=x&utm_medium=y')[0]?.fixed).toBe(
      'https://example.org/a',
    );
    expect(linkProblems('https://www.mitre.org/news?sf175190906=1')[0]?.rule).toBe('no-tracking');
  });

  it('leaves clean links alone, including an `si` parameter outside the share trackers', () => {
    expect(linkProblems('https://arxiv.org/abs/2302.12173')).toEqual([]);
    expect(linkProblems('https://example.org/search?si=3')).toEqual([]);
  });

  it("takes further rules from a caller, such as a framework's URL scheme", () => {
    const rule: LinkRule = {
      id: 'example-kind',
      hosts: ['example.org'],
      reason: 'test',
      check: (u) => (u.pathname.startsWith('/old/') ? { problem: 'old path' } : undefined),
    };
    const [p] = linkProblems('https://example.org/old/x', [...LINK_RULES, rule]);
    expect(formatLinkProblem('f.ts', p!)).toBe(
      "f.ts: the link https://example.org/old/x breaks the rule `example-kind`: old path. Fix: link the publisher's own page.",
    );
  });

  it('finds Markdown links, autolinks and href attributes with their lines', () => {
    const links = pageLinks(
      'content/x.mdx',
      'a [t](https://a.org/x) b\n<https://b.org/>\n<a href="https://c.org/?utm_source=z">c</a>',
    );
    expect(links).toEqual([
      { where: 'content/x.mdx:1', url: 'https://a.org/x' },
      { where: 'content/x.mdx:2', url: 'https://b.org/' },
      { where: 'content/x.mdx:3', url: 'https://c.org/?utm_source=z' },
    ]);
  });

  it('finds no broken rule in the catalog and the pages', () => {
    expect(outsideLinkProblems([...catalogLinks(), ...contentLinks(process.cwd())])).toEqual([]);
  });
});
