/**
 * catalog.json against catalog.schema.json, with a real JSON Schema validator (Ajv, draft 2020-12):
 * the generated document validates, holds every id of the catalog, and a broken copy fails.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { catalogCrosswalks } from '../../src/catalog/crosswalk.ts';
import { refsOfEntry, resolvedCrosswalks } from '../../src/catalog/crosswalks/index.ts';
import { timeline } from '../../src/catalog/timeline.ts';
import { lookup } from '../../src/catalog/lookup.ts';
import {
  buildCatalogDocument,
  catalogJson,
  catalogJsonSchema,
  type CatalogDocument,
} from '../../src/exports/catalog-document.ts';

const context = { site: 'https://example.org/', version: '9.8.7', buildDate: '2025-03-04' };
const sources = { lookup, crosswalks: catalogCrosswalks, timeline };
const document = JSON.parse(catalogJson(sources, context)) as CatalogDocument;
const schema = catalogJsonSchema(context);

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}
const validate = validator();
const copy = (): Record<string, any> => JSON.parse(JSON.stringify(document));

describe('catalog.json', () => {
  it('validates against catalog.schema.json', () => {
    const ok = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('holds the entries added since the seed, with control details, the current LLM Top 10 and retired entries', () => {
    const control = (id: string) => document.controls.find((c) => c.id === id);
    const threat = (id: string) => document.threats.find((t) => t.id === id);
    expect(control('MODELALIGNMENT')).toMatchObject({
      general: true,
      detailsOf: null,
      url: 'https://example.org/controls/modelalignment/',
    });
    expect(control('CULTURESENSITIVEALIGNMENT')?.detailsOf).toBe('MODELALIGNMENT');
    expect(threat('PROMPTINJECTION')).toMatchObject({
      children: [
        'DIRECTPROMPTINJECTION',
        'INDIRECTPROMPTINJECTION',
        'AGENTMESSAGESTRUCTUREMANIPULATION',
      ],
      owaspLlmTop10_2026: ['LLM01:2026'],
    });
    expect(threat('DIRECTPROMPTINJECTION')).toMatchObject({
      parent: 'PROMPTINJECTION',
      part: 'threats-through-use',
      genai: { applies: 'genai-only' },
    });
    expect(threat('AGENTESCAPE')?.applicableControls).toContain('AGENTSANDBOXING');
    expect(threat('DENIALMODELSERVICE')?.impactCodes).toEqual(['E']);
    expect(document.retired.map((r) => [r.id, r.how, r.mergedInto])).toEqual([
      ['SPONGEEXAMPLE', 'merged', 'DENIALMODELSERVICE'],
      ['DEVDATAPROTECT', 'merged', 'DEVSECURITY'],
      ['FILTERSENSITIVETRAINDATA', 'removed', 'DATAMINIMIZE'],
    ]);
    expect(document.threats.some((t) => t.id === 'SPONGEEXAMPLE')).toBe(false);
  });

  it('holds every threat, control, group, section, part and framework id of the catalog', () => {
    const { catalog } = lookup;
    expect(document.threats.map((t) => t.id)).toEqual(catalog.threats.map((t) => t.id));
    expect(document.controls.map((c) => c.id)).toEqual(catalog.controls.map((c) => c.id));
    expect(document.controlGroups.map((g) => g.id)).toEqual(catalog.controlGroups.map((g) => g.id));
    expect(document.controlSections.map((s) => s.id)).toEqual(
      catalog.controlSections.map((s) => s.id),
    );
    expect(document.threatGroups.map((g) => g.id)).toEqual(catalog.threatGroups.map((g) => g.id));
    expect(document.parts.map((p) => p.id)).toEqual(catalog.parts.map((p) => p.id));
    expect(document.frameworks.map((f) => f.id).sort()).toEqual(
      catalog.frameworks.map((f) => f.id).sort(),
    );
  });

  it('gives every entry its page URL, short link and alias short links on the site', () => {
    for (const entry of [...document.threats, ...document.controls]) {
      expect(entry.url).toBe(`https://example.org${entry.path}`);
      expect(entry.shortLink).toBe(`https://example.org/goto/${entry.slug}/`);
      expect(entry.aliasShortLinks).toEqual(
        entry.aliases.map((a) => `https://example.org/goto/${a}/`),
      );
    }
  });

  it('lists every mapping of the crosswalks once, and every reference of an entry inline', () => {
    expect(document.mappings).toHaveLength(catalogCrosswalks.mappings.length);
    // References to items of the frameworks mapped item by item are published from their crosswalk files, as id lists.
    const itemFrameworks = new Set<string>(resolvedCrosswalks.map((c) => c.snapshot.framework));
    const inline = [...document.threats, ...document.controls].reduce(
      (n, e) => n + e.standards.length,
      0,
    );
    const stated = [...lookup.catalog.threats, ...lookup.catalog.controls].reduce(
      (n, e) =>
        n + e.standards.filter((s) => !(itemFrameworks.has(s.framework) && s.ref !== null)).length,
      0,
    );
    expect(inline).toBe(stated);
    for (const e of [...document.threats, ...document.controls]) {
      expect(e.owaspAgenticTop10_2026, e.id).toEqual(
        refsOfEntry(e.id, 'OWASP Agentic Top 10 2026'),
      );
      expect(e.mitreAtlas, e.id).toEqual(refsOfEntry(e.id, 'MITRE ATLAS'));
    }
    const mapped = document.mappings.filter((m) => m.framework === 'OWASP AISVS 1.0');
    expect(mapped.length).toBeGreaterThan(0);
    for (const m of mapped) expect(m.relation && m.source, `${m.ref} ${m.subject.id}`).toBeTruthy();
  });

  it('states a reduces relation for every threat a control names', () => {
    const reduces = new Set(
      document.relations.filter((r) => r.type === 'reduces').map((r) => `${r.source}>${r.target}`),
    );
    for (const c of lookup.catalog.controls)
      for (const t of c.threats) expect(reduces.has(`${c.id}>${t}`)).toBe(true);
    expect(reduces.size).toBe(lookup.catalog.controls.reduce((n, c) => n + c.threats.length, 0));
  });

  it('carries the format version, the site version and the build date', () => {
    expect(document.formatVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(document.version).toBe('9.8.7');
    expect(document.buildDate).toBe('2025-03-04');
    expect(document.$schema).toBe('https://example.org/catalog.schema.json');
    expect(schema['$id']).toBe(document.$schema);
  });
});

describe('catalog.schema.json', () => {
  const broken: [string, (d: Record<string, any>) => void][] = [
    ['a threat without an id', (d) => delete d.threats[0].id],
    ['a control id in lower case', (d) => (d.controls[0].id = 'ratelimit')],
    ['an unknown coverage', (d) => (d.controls[1].standards[0].coverage = 'most')],
    ['a page URL that is not a URL', (d) => (d.threats[0].url = 'threats/evasion')],
    ['a field the format does not define', (d) => (d.controls[0].colour = 'red')],
    ['a build date that is no date', (d) => (d.buildDate = '2025-13-01')],
    ['a relation of unknown type', (d) => (d.relations[0].type = 'likes')],
  ];
  for (const [what, breakIt] of broken) {
    it(`rejects a document with ${what}`, () => {
      const d = copy();
      breakIt(d);
      expect(validate(d)).toBe(false);
    });
  }

  it('is derived from the same schema the build checks its output with', () => {
    const d = buildCatalogDocument(sources, context);
    expect(validate(JSON.parse(JSON.stringify(d)))).toBe(true);
    expect(Object.keys(schema['properties'] as object)).toEqual(Object.keys(d));
  });
});
