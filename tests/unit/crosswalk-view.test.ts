import { describe, expect, it } from 'vitest';
import { catalogCrosswalks, mappingsOf, type CrosswalkRow } from '../../src/catalog/crosswalk.ts';
import { resolvedCrosswalks } from '../../src/catalog/crosswalks/index.ts';
import {
  cellCoverage,
  coverageGroups,
  frameworkGroups,
  itemTables,
} from '../../src/site/crosswalk-view.ts';
import { alsoListed, frameworkIdQuery } from '../../src/site/search-crosswalk.ts';

const itemsOf = (framework: string) =>
  resolvedCrosswalks.find((c) => c.snapshot.framework === framework)!.items;

describe('the coverage picture of a crosswalk page', () => {
  it('colours a cell by the strongest relation of its item, or by why it has none', () => {
    const m = (relation: 'addresses' | 'partly-addresses' | 'related') => ({
      entry: 'RATELIMIT' as const,
      relation,
      source: 'ai-exchange' as const,
    });
    expect(cellCoverage({ entries: [m('related'), m('partly-addresses')] })).toBe(
      'partly-addresses',
    );
    expect(cellCoverage({ entries: [m('related'), m('addresses')] })).toBe('addresses');
    expect(cellCoverage({ entries: [], status: 'out-of-scope' })).toBe('out-of-scope');
    expect(cellCoverage({ entries: [] })).toBe('not-covered');
  });

  it('groups ATLAS techniques by tactic like the ATLAS matrix, sub-techniques after their technique, mitigations apart', () => {
    const groups = coverageGroups(itemsOf('MITRE ATLAS'));
    expect(groups[0]!.label).toBe('Reconnaissance (AML.TA0002)');
    expect(groups.at(-1)!.label).toBe('Mitigations');
    expect(groups.at(-1)!.items).toHaveLength(35);
    const execution = groups
      .find((g) => g.label === 'Execution (AML.TA0005)')!
      .items.map((i) => i.ref);
    expect(execution.indexOf('AML.T0051.000')).toBe(execution.indexOf('AML.T0051') + 1);
    // Every technique and sub-technique appears under at least one tactic.
    const shown = new Set(groups.flatMap((g) => g.items.map((i) => i.ref)));
    for (const i of itemsOf('MITRE ATLAS').filter((x) => x.mapped))
      expect(shown.has(i.ref), i.ref).toBe(true);
  });

  it('groups AISVS sections by chapter and lists each item once in the tables', () => {
    const groups = coverageGroups(itemsOf('OWASP AISVS 1.0'));
    expect(groups).toHaveLength(12);
    expect(groups[7]).toMatchObject({ label: 'C8 Memory, Embeddings & Vector Database Security' });
    for (const framework of ['MITRE ATLAS', 'OWASP AISVS 1.0', 'OWASP Agentic Top 10 2026']) {
      const refs = itemTables(itemsOf(framework)).flatMap((t) => t.items.map((i) => i.ref));
      expect(new Set(refs).size, framework).toBe(refs.length);
      expect(refs.length, framework).toBe(itemsOf(framework).filter((i) => i.mapped).length);
    }
  });
});

describe("an entry's mappings on its page and in search", () => {
  it('are grouped by framework: current item-by-item lists first, then the other frameworks, then replaced editions, newest first', () => {
    const groups = frameworkGroups(
      catalogCrosswalks.crosswalks,
      mappingsOf(catalogCrosswalks, 'PROMPTINJECTION'),
    ).map((g) => g.framework.id);
    expect(groups.slice(0, 3)).toEqual([
      'OWASP Agentic Top 10 2026',
      'OWASP LLM Top 10 2026',
      'MITRE ATLAS',
    ]);
    expect(groups.slice(-2)).toEqual(['OWASP LLM Top 10 2025', 'OWASP LLM Top 10']);
  });

  it('name the items an entry addresses as "also listed as", current editions first', () => {
    const rows = frameworkGroups(
      catalogCrosswalks.crosswalks,
      mappingsOf(catalogCrosswalks, 'AUGMENTATIONDATAMANIPULATION'),
    ).flatMap((g) => g.rows);
    expect(alsoListed(rows)).toBe(
      'ASI06 Memory and Context Poisoning · AML.T0070 RAG Poisoning · AML.T0080 AI Agent Context Poisoning · AML.T0080.000 Memory',
    );
  });

  it('fall back to the items an entry partly addresses, and say nothing without either', () => {
    const row = (relation: NonNullable<CrosswalkRow['relation']>): CrosswalkRow => ({
      framework: 'OWASP AISVS 1.0',
      ref: 'C8.1',
      anchor: 'ref-c8-1',
      title: 'Access Controls on Memory & RAG Indices',
      coverage: 'partial',
      relation,
      source: 'this-project',
      subject: { kind: 'control', id: 'X', name: 'X', path: '/' },
    });
    expect(alsoListed([row('partly-addresses')])).toBe(
      'C8.1 Access Controls on Memory & RAG Indices',
    );
    expect(alsoListed([row('related')])).toBe('');
  });

  it('reads a short link that is a framework item id as that id', () => {
    expect(
      [
        'asi06',
        'llm09-2026',
        'llm09:2026',
        'aml.t0051.001',
        'aml.m0015',
        'c8.1',
        'aisvs-c8.1',
        'llm01',
      ].map(frameworkIdQuery),
    ).toEqual([
      'ASI06',
      'LLM09:2026',
      'LLM09:2026',
      'AML.T0051.001',
      'AML.M0015',
      'AISVS C8.1',
      'AISVS C8.1',
      'LLM01',
    ]);
    expect(['ratelimit', 'asi', 'c8', 'aml.x0001'].map(frameworkIdQuery)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
