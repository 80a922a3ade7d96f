/**
 * The catalog against the facts it was built from (a committed snapshot of the facts file).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalog, controlGroups, controls, threats } from '../../src/catalog/index.ts';
import { validate } from '../../src/catalog/validate.ts';

interface FactsThreat { id: string; name: string; section: string; controls: string[]; parent: string | null; impact_codes: string[] }
interface FactsControl { id: string; name: string; group: string; groups: string[]; threats: string[]; standards?: unknown[] }
interface FactsGroup { id: string; controls: string[] }
const facts = parse(readFileSync(new URL('../fixtures/ai-exchange-catalog-facts.yaml', import.meta.url), 'utf8')) as {
  threats: FactsThreat[]; controls: FactsControl[]; control_groups: FactsGroup[];
};
const bySource = new Map(threats.map((t) => [t.sourceId as string, t]));
const ourThreatId = (sourceId: string) => bySource.get(sourceId)?.id;

describe('catalog', () => {
  it('has the 25 threats and 51 controls of the facts', () => {
    expect(threats).toHaveLength(25);
    expect(controls).toHaveLength(51);
    expect(facts.threats.map((t) => ourThreatId(t.id))).toEqual(threats.map((t) => t.id));
    expect(controls.map((c) => c.id)).toEqual(facts.controls.map((c) => c.id));
  });

  it('keeps the names and sections of the facts', () => {
    for (const f of facts.threats) {
      const t = bySource.get(f.id)!;
      expect([t.name, t.section, t.parent]).toEqual([f.name, f.section, f.parent === null ? null : ourThreatId(f.parent)]);
      expect(t.impactCodes).toEqual(f.impact_codes);
    }
    for (const f of facts.controls) expect(controls.find((c) => c.id === f.id)?.name).toBe(f.name);
  });

  it('lists every threat\'s controls as the facts do', () => {
    for (const f of facts.threats) expect(bySource.get(f.id)?.controls).toEqual(f.controls);
  });

  it('puts every control in the groups the facts give', () => {
    for (const f of facts.controls) {
      const c = controls.find((x) => x.id === f.id)!;
      expect([c.group, c.groups]).toEqual([f.group, f.groups]);
    }
    expect(controlGroups.map((g) => [g.id, g.controls])).toEqual(facts.control_groups.map((g) => [g.id, g.controls]));
  });

  it('gives each control the threats of the facts', () => {
    for (const f of facts.controls) {
      expect(controls.find((x) => x.id === f.id)?.threats).toEqual(f.threats.map(ourThreatId));
    }
  });

  it('keeps every standards reference of the facts', () => {
    const count = facts.controls.reduce((n, c) => n + (c.standards?.length ?? 0), 0)
      + facts.threats.reduce((n, t) => n + ((t as { standards?: unknown[] }).standards?.length ?? 0), 0);
    expect(count).toBe(122);
    expect([...threats, ...controls].reduce((n, e) => n + e.standards.length, 0)).toBe(count);
  });

  it('has unique slugs and aliases', () => {
    const all = [...threats, ...controls].flatMap((e) => [e.slug, ...e.aliases]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('passes validation', () => {
    expect(validate(catalog)).toEqual([]);
  });

  it('writes every summary as one sentence of at most 160 characters', () => {
    for (const e of [...threats, ...controls]) {
      expect(e.summary, e.id).toMatch(/^[A-Z][^\n]{10,158}[.]$/);
    }
  });
});
