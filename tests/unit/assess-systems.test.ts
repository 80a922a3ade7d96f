import { describe, expect, it } from 'vitest';
import { buildAssessModel } from '../../src/catalog/assess-model.ts';
import { lookup } from '../../src/catalog/lookup.ts';
import { compareSystems } from '../../src/components/threat-model-systems.ts';

const model = buildAssessModel(lookup);
const row = (rows: ReturnType<typeof compareSystems>, id: string) =>
  rows.find((r) => r.id === id)?.cells;

describe('comparing systems', () => {
  it("puts two systems side by side, one row per threat either lists, saying yours, the supplier's or possible", () => {
    const rows = compareSystems(model, [
      { query: '?genai=yes&trained_by=supplier' },
      { query: '?genai=yes&trained_by=self&base_model_from_supplier=no&can_trigger_actions=yes' },
    ]);
    expect(row(rows, 'TRANSFERLEARNINGATTACK')).toEqual(['yours', '—']);
    expect(row(rows, 'DATAPOISON')).toEqual(["supplier's", 'yours']);
    expect(row(rows, 'AGENTESCAPE')).toEqual(['possible', 'yours']);
    expect(rows.map((r) => r.id)).toEqual(
      model.threatOrder.filter((id) => rows.some((r) => r.id === id)),
    );
  });

  it("shows a kept system under the rules it was kept with and today's, where they differ", () => {
    // A fine-tuner kept under rules that did not know the supplier's base model (the review's D1).
    const rows = compareSystems(model, [
      {
        query: '?trained_by=self&base_model_from_supplier=yes',
        savedThreats: ['DATAPOISON', 'DEVMODELPOISON'],
        savedRules: '2026-08',
      },
      { query: '?trained_by=self&base_model_from_supplier=yes' },
    ]);
    expect(row(rows, 'TRANSFERLEARNINGATTACK')![0]).toBe(
      'yours (not listed under the rules of 2026-08)',
    );
    expect(row(rows, 'DATAPOISON')![0]).toBe('yours');
  });

  it('carries the decisions kept in the link into the cells', () => {
    const rows = compareSystems(model, [
      { query: '?text_output=yes&risk.INSECUREOUTPUT=,,accept' },
      { query: '?text_output=yes' },
    ]);
    expect(row(rows, 'INSECUREOUTPUT')).toEqual(['yours, accept', 'yours']);
  });
});
