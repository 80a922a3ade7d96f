import { describe, expect, it } from 'vitest';
import {
  checkIndexTerms,
  indexByLetter,
  indexTerms,
  initialOf,
  type IndexTargetPaths,
  type IndexTerm,
} from '../../src/catalog/index-terms.ts';
import { indexTargetPaths } from '../../src/site/index-targets.ts';
import type { EntryId } from '../../src/catalog/ids.ts';

/** A small site: two entries, one general-controls section, one overview section, one subject. */
const paths: IndexTargetPaths = {
  entry: (id) => ({ EVASION: '/threats/evasion/', MONITORUSE: '/controls/monitoruse/' })[id],
  controlSection: (id) => (id === '1.1' ? '/general-controls/#governance-controls' : undefined),
  overview: (id) => (id === 'how-about' ? '/overview/how-about/' : undefined),
  subject: (id) => (id === 'ai-privacy' ? '/privacy/' : undefined),
};

const term = (t: string, target: IndexTerm['target']): IndexTerm => ({
  term: t,
  target,
  originalLink: '/go/x/',
});

describe('checkIndexTerms', () => {
  it('accepts terms whose targets all exist', () => {
    const terms = [
      term('Evasion', { kind: 'entry', id: 'EVASION' }),
      term('Governance', { kind: 'control-section', id: '1.1' }),
      term('Responsible AI', {
        kind: 'overview',
        id: 'how-about',
        anchor: 'responsible-or-trustworthy-ai',
      }),
      term('GDPR', { kind: 'subject', id: 'ai-privacy' }),
    ];
    expect(checkIndexTerms(terms, paths)).toEqual([]);
  });

  it('names the term, the field and the fix when a target id is unknown', () => {
    expect(
      checkIndexTerms(
        [term('Rate limiting', { kind: 'entry', id: 'RATELIMITING' as EntryId })],
        paths,
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/catalog/index-terms.ts, term "Rate limiting": field \`target\` names unknown entry \`RATELIMITING\`. Fix: use a threat or control id from src/catalog/ids.ts, or remove the term.",
      ]
    `);
  });

  it('points an unknown subject at the page registry', () => {
    const [problem] = checkIndexTerms([term('Privacy', { kind: 'subject', id: 'privacy' })], paths);
    expect(problem).toContain('unknown subject `privacy`');
    expect(problem).toContain('src/catalog/pages.ts');
  });

  it('rejects a term listed twice, whatever its case', () => {
    const terms = [
      term('Evasion', { kind: 'entry', id: 'EVASION' }),
      term('evasion', { kind: 'entry', id: 'EVASION' }),
    ];
    expect(checkIndexTerms(terms, paths)).toEqual([
      'src/catalog/index-terms.ts, term "evasion": field `term` is listed twice. Fix: keep one entry per term.',
    ]);
  });

  it('rejects a term that does not start with a letter', () => {
    expect(checkIndexTerms([term('2FA', { kind: 'entry', id: 'EVASION' })], paths)[0]).toContain(
      'field `term` must start with a letter A-Z',
    );
  });
});

describe('indexByLetter', () => {
  it('files terms under their initial, letters and terms in alphabetical order', () => {
    const terms = [
      term('Monitoring', { kind: 'entry', id: 'MONITORUSE' }),
      term('Evasion', { kind: 'entry', id: 'EVASION' }),
      term('Logging', { kind: 'entry', id: 'MONITORUSE' }),
      term('Adversarial attacks', { kind: 'entry', id: 'EVASION' }),
      term('MCP', { kind: 'subject', id: 'ai-privacy' }),
    ];
    expect(indexByLetter(terms, paths).map((l) => [l.letter, l.terms.map((t) => t.term)])).toEqual([
      ['A', ['Adversarial attacks']],
      ['E', ['Evasion']],
      ['L', ['Logging']],
      ['M', ['MCP', 'Monitoring']],
    ]);
  });

  it('links an overview target with its anchor', () => {
    const [letter] = indexByLetter(
      [
        term('Responsible AI', {
          kind: 'overview',
          id: 'how-about',
          anchor: 'responsible-or-trustworthy-ai',
        }),
      ],
      paths,
    );
    expect(letter?.terms[0]?.href).toBe('/overview/how-about/#responsible-or-trustworthy-ai');
  });

  it('throws with every problem when a term cannot be linked', () => {
    const terms = [
      term('Sponsoring', { kind: 'overview', id: 'sponsor' }),
      term('Media', { kind: 'subject', id: 'media' }),
    ];
    expect(() => indexByLetter(terms, paths)).toThrow(
      /2 problem\(s\):\n.*"Sponsoring".*\n.*"Media"/,
    );
  });

  it('initialOf files a term by its upper-cased first letter', () => {
    expect(initialOf(' bias')).toBe('B');
  });
});

describe('the real index', () => {
  it('links every term to a page of this site', () => {
    expect(checkIndexTerms(indexTerms, indexTargetPaths)).toEqual([]);
  });
});
