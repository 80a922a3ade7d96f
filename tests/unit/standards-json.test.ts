/** The per-framework crosswalk files, `/standards/<framework>.json`, read as a standards author would. */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { catalogCrosswalks } from '../../src/catalog/crosswalk.ts';
import { lookup } from '../../src/catalog/lookup.ts';
import { DATA_FILES } from '../../src/site/data-files.ts';
import {
  buildCrosswalkDocument,
  crosswalkDataPath,
  crosswalkJson,
  crosswalkSchemaJson,
  CROSSWALK_SCHEMA_PATH,
  type CrosswalkDocument,
} from '../../src/exports/standards-json.ts';

const context = { site: 'https://example.org/', version: '9.8.7', buildDate: '2025-03-04' };
const mapped = catalogCrosswalks.crosswalks.filter((c) => c.items);
const documents = mapped.map(
  (c) => JSON.parse(crosswalkJson(c, lookup, context)) as CrosswalkDocument,
);
const byFramework = (id: string) => documents.find((d) => d.framework === id)!;

describe('/standards/<framework>.json', () => {
  it('is published for the five frameworks mapped item by item, each listed in the data manifest with the schema', () => {
    expect(documents.map((d) => d.framework).sort()).toEqual([
      'MITRE ATLAS',
      'OWASP AISVS 1.0',
      'OWASP Agentic Top 10 2026',
      'OWASP LLM Top 10 2025',
      'OWASP LLM Top 10 2026',
    ]);
    const paths = DATA_FILES.map((f) => f.path);
    for (const c of mapped) expect(paths).toContain(crosswalkDataPath(c.slug));
    expect(paths).toContain(CROSSWALK_SCHEMA_PATH);
  });

  it('validates against its schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(crosswalkSchemaJson(context)));
    for (const d of documents) {
      const ok = validate(d);
      expect(validate.errors ?? [], d.framework).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it("gives every item the publisher's id, name and page, and either entries or the reason there are none", () => {
    for (const d of documents) {
      expect(d.counts.mapped + d.counts.explained, d.framework).toBe(d.items.length);
      for (const item of d.items) {
        expect(item.url, item.ref).toMatch(/^https:\/\//);
        if (item.status === 'mapped') expect(item.entries.length, item.ref).toBeGreaterThan(0);
        else expect(item.note, item.ref).toBeTruthy();
        for (const e of item.entries)
          if (e.source === 'this-project') expect(e.rationale, `${item.ref} ${e.id}`).toBeTruthy();
      }
    }
  });

  it('shows an agentic item with its entries, relations, sources and reasons, linked to this site', () => {
    const asi06 = byFramework('OWASP Agentic Top 10 2026').items.find((i) => i.ref === 'ASI06')!;
    expect(asi06).toMatchObject({
      name: 'Memory and Context Poisoning',
      status: 'mapped',
      crosswalkUrl: 'https://example.org/standards/owasp-agentic-top-10-2026/#ref-asi06',
    });
    expect(asi06.entries.find((e) => e.id === 'AUGMENTATIONDATAMANIPULATION')).toMatchObject({
      relation: 'addresses',
      source: 'this-project',
      url: 'https://example.org/threats/augmentationdatamanipulation/',
    });
  });

  it('links ATLAS mitigations under /mitigations/ and names out-of-scope techniques with their reason', () => {
    const atlas = byFramework('MITRE ATLAS');
    expect(atlas.items.find((i) => i.ref === 'AML.M0015')!.url).toBe(
      'https://atlas.mitre.org/mitigations/AML.M0015',
    );
    const recon = atlas.items.find((i) => i.ref === 'AML.T0001')!;
    expect(recon).toMatchObject({ status: 'out-of-scope', entries: [] });
    expect(recon.note).toMatch(/outside the victim/);
  });

  it('refuses a framework that has no item list', () => {
    const iso = catalogCrosswalks.crosswalks.find((c) => c.framework.id === 'ISO/IEC 27002')!;
    expect(() => buildCrosswalkDocument(iso, lookup, context)).toThrow(
      'ISO/IEC 27002 has no snapshot, so it has no item-by-item file. Fix: publish only frameworks of src/catalog/frameworks/.',
    );
  });
});
