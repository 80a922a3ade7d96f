import { describe, expect, it } from 'vitest';
import { buildCrosswalks, catalogCrosswalks, mappingsOf } from '../../src/catalog/crosswalk.ts';
import { resolvedCrosswalks } from '../../src/catalog/crosswalks/index.ts';
import { catalog, llmTop10, ncscCisaPhases } from '../../src/catalog/index.ts';
import { crosswalkPath, frameworkSlug, referenceAnchor } from '../../src/catalog/urls.ts';
import { brokenCopy, tinyCatalog } from '../fixtures/tiny-catalog.ts';

describe('framework slugs and reference anchors', () => {
  it('derives a slug from the framework id', () => {
    expect(frameworkSlug('ISO/IEC 27002')).toBe('iso-iec-27002');
    expect(frameworkSlug('NCSC/CISA guidelines')).toBe('ncsc-cisa-guidelines');
    expect(crosswalkPath('ISO/IEC TR 24029')).toBe('/standards/iso-iec-tr-24029/');
  });

  it('derives a row anchor from the reference', () => {
    expect(referenceAnchor('8.16')).toBe('ref-8-16');
    expect(referenceAnchor('AML.T0015')).toBe('ref-aml-t0015');
    expect(referenceAnchor(null)).toBe('ref-whole');
  });
});

describe('the crosswalks of the catalog', () => {
  const { crosswalks, mappings } = catalogCrosswalks;
  const entries = [...catalog.threats, ...catalog.controls];

  it('has one crosswalk per framework of the catalog, each with its own slug', () => {
    expect(crosswalks.map((c) => c.framework.id).sort()).toEqual(
      catalog.frameworks.map((f) => f.id).sort(),
    );
    expect(new Set(crosswalks.map((c) => c.slug)).size).toBe(crosswalks.length);
  });

  /** Frameworks mapped item by item: their item references live in src/catalog/crosswalks/, not in `standards`. */
  const itemFrameworks = new Set<string>(resolvedCrosswalks.map((c) => c.snapshot.framework));
  const ownStandards = (e: (typeof entries)[number]) =>
    e.standards.filter((s) => !(itemFrameworks.has(s.framework) && s.ref !== null));
  const fileMappings = (id?: string) =>
    resolvedCrosswalks.reduce(
      (n, c) =>
        n + c.items.reduce((m, i) => m + i.entries.filter((x) => !id || x.entry === id).length, 0),
      0,
    );

  it('has as many rows as the catalog has standards references and mappings', () => {
    const stated =
      entries.reduce((n, e) => n + ownStandards(e).length + e.owaspLlmTop10.length, 0) +
      fileMappings() +
      catalog.threatGroups.reduce((n, g) => n + g.standards.length, 0) +
      catalog.controlSections.reduce(
        (n, s) => n + s.owaspLlmTop10_2026.length + s.owaspLlmTop10.length,
        0,
      ) +
      ncscCisaPhases.reduce(
        (n, p) =>
          n + p.guidelines.reduce((m, g) => m + g.controls.length + g.partialControls.length, 0),
        0,
      );
    expect(crosswalks.reduce((n, c) => n + c.rows.length, 0)).toBe(stated);
    expect(mappings).toHaveLength(stated);
  });

  it('keeps the 2023 OWASP LLM Top 10 crosswalk beside the 2025 and 2026 editions, each naming the others', () => {
    const y2023 = crosswalks.find((c) => c.framework.id === 'OWASP LLM Top 10')!;
    const y2025 = crosswalks.find((c) => c.framework.id === 'OWASP LLM Top 10 2025')!;
    const y2026 = crosswalks.find((c) => c.framework.id === 'OWASP LLM Top 10 2026')!;
    expect([y2023.path, y2025.path, y2026.path]).toEqual([
      '/standards/owasp-llm-top-10/',
      '/standards/owasp-llm-top-10-2025/',
      '/standards/owasp-llm-top-10-2026/',
    ]);
    expect([
      y2023.framework.otherEditions,
      y2025.framework.otherEditions,
      y2026.framework.otherEditions,
    ]).toEqual([
      ['OWASP LLM Top 10 2026', 'OWASP LLM Top 10 2025'],
      ['OWASP LLM Top 10 2026', 'OWASP LLM Top 10'],
      ['OWASP LLM Top 10 2025', 'OWASP LLM Top 10'],
    ]);
    expect([
      y2023.framework.superseded,
      y2025.framework.superseded,
      y2026.framework.superseded,
    ]).toEqual([true, true, undefined]);
    expect(y2026.references.map((r) => r.ref)).toContain('LLM01:2026');
    expect(y2026.rows.filter((r) => r.ref === 'LLM01:2026').map((r) => r.subject.id)).toEqual(
      expect.arrayContaining([
        'PROMPTINJECTION',
        'DIRECTPROMPTINJECTION',
        'INDIRECTPROMPTINJECTION',
      ]),
    );
    expect(y2026.rows.find((r) => r.ref === 'LLM06:2026')?.title).toBe('Unbounded Consumption');
  });

  it('lists ISO/IEC 27002 references in clause order, the whole standard first', () => {
    const refs = crosswalks
      .find((c) => c.framework.id === 'ISO/IEC 27002')!
      .references.map((r) => r.ref);
    expect(refs[0]).toBeNull();
    expect(refs.indexOf('5.15')).toBeLessThan(refs.indexOf('8.16'));
    expect(refs.indexOf('5.9')).toBeLessThan(refs.indexOf('5.10'));
  });

  it('covers the frameworks the issue names', () => {
    const slugs = crosswalks.filter((c) => c.rows.length > 0).map((c) => c.slug);
    for (const s of [
      'iso-iec-27002',
      'iso-iec-42001',
      'opencre',
      'owasp-llm-top-10',
      'ncsc-cisa-guidelines',
      'mitre-atlas',
      'nist-ai-rmf',
      'enisa',
      'etsi',
      'iso-iec-tr-24029',
      'owasp-llm-top-10-2025',
      'owasp-llm-top-10-2026',
      'owasp-agentic-top-10-2026',
      'owasp-aisvs-1-0',
    ]) {
      expect(slugs).toContain(s);
    }
  });

  it('maps the NCSC/CISA guidelines to the controls that implement them fully or in part', () => {
    const rows = mappingsOf(catalogCrosswalks, 'SECEDUCATE').filter(
      (r) => r.framework === 'NCSC/CISA guidelines',
    );
    expect(rows.map((r) => [r.ref, r.coverage])).toEqual([['1.1', 'full']]);
    const devProgram = mappingsOf(catalogCrosswalks, 'DEVPROGRAM').filter(
      (r) => r.framework === 'NCSC/CISA guidelines',
    );
    expect(devProgram.map((r) => [r.ref, r.coverage])).toContainEqual(['1.3', 'full']);
    expect(devProgram.map((r) => [r.ref, r.coverage])).toContainEqual(['2.3', 'partial']);
  });

  it('gives an entry its references in catalog order: the item-by-item lists (agentic, LLM 2026 and 2025, ATLAS, AISVS), LLM Top 10 2023, standards, then NCSC/CISA guidelines', () => {
    for (const id of ['AITRANSPARENCY', 'SUPPLYCHAINMANAGE']) {
      const e = entries.find((x) => x.id === id)!;
      const ncsc = mappingsOf(catalogCrosswalks, id)
        .filter((r) => r.framework === 'NCSC/CISA guidelines')
        .map((r) => r.ref);
      const items = resolvedCrosswalks.flatMap((c) =>
        c.items.filter((i) => i.entries.some((m) => m.entry === id)).map((i) => i.ref),
      );
      const expected = [
        ...items,
        ...e.owaspLlmTop10,
        ...ownStandards(e).map((s) => s.ref),
        ...ncsc,
      ];
      expect(mappingsOf(catalogCrosswalks, id).map((r) => r.ref)).toEqual(expected);
      expect(items.length).toBe(fileMappings(id));
      expect(items.length).toBeGreaterThan(0);
    }
  });
});

describe('buildCrosswalks on a fixture catalog', () => {
  const sources = (c = tinyCatalog) => ({ catalog: c, llmTop10, ncscCisaPhases: [] });

  it('links each row to its subject and the OpenCRE id to OpenCRE', () => {
    const { crosswalks } = buildCrosswalks(sources());
    const row = crosswalks.find((c) => c.framework.id === 'OpenCRE')!.rows[0]!;
    expect(row).toMatchObject({
      ref: '630-573',
      anchor: 'ref-630-573',
      url: 'https://www.opencre.org/cre/630-573',
    });
    expect(row.subject).toEqual({
      kind: 'control',
      id: 'RATELIMIT',
      name: 'Rate limit',
      path: '/controls/ratelimit/',
    });
  });

  it('sorts natural order across entries and keeps catalog order within one reference', () => {
    const c = brokenCopy((x) => {
      x.controls[2].standards = [
        { framework: 'OpenCRE', ref: '630-573', coverage: 'full' },
        { framework: 'OpenCRE', ref: '117-371', coverage: 'full' },
      ];
    });
    const rows = buildCrosswalks(sources(c)).crosswalks[0]!.rows;
    expect(rows.map((r) => `${r.ref} ${r.subject.id}`)).toEqual([
      '117-371 DETECTODDINPUT',
      '630-573 RATELIMIT',
      '630-573 DETECTODDINPUT',
    ]);
  });

  it('refuses two references of one framework that would share an anchor', () => {
    const c = brokenCopy((x) => {
      x.frameworks.push({ id: 'ISO/IEC 42001', publisher: 'ISO' });
      x.controls[1].standards.push(
        { framework: 'ISO/IEC 42001', ref: 'B.7.2', coverage: 'full' },
        { framework: 'ISO/IEC 42001', ref: 'B 7 2', coverage: 'full' },
      );
    });
    expect(() => buildCrosswalks(sources(c))).toThrowErrorMatchingInlineSnapshot(`
      [Error: The crosswalks cannot be built:
      - framework ISO/IEC 42001: the references \`B 7 2\` and \`B.7.2\` would share the anchor #ref-b-7-2. Fix: spell one of them the way the framework does, in src/catalog.]
    `);
  });
});
