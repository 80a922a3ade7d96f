import { describe, expect, it } from 'vitest';
import { assess, conditionsHold, effectiveAnswers, isAsked, ruleApplies } from '../../src/catalog/assess.ts';
import type { AssessResult } from '../../src/catalog/assess.ts';
import { buildAssessModel } from '../../src/catalog/assess-model.ts';
import { lookup } from '../../src/catalog/lookup.ts';
import { threatModelRules } from '../../src/catalog/risk.ts';
import type { Conditions, ThreatModelRule } from '../../src/catalog/rule-types.ts';

const model = buildAssessModel(lookup);
const ids = (list: readonly { id: string }[]) => list.map((t) => t.id).sort();
const yours = (r: AssessResult) => ids(r.threats);
const suppliers = (r: AssessResult) => ids(r.supplierThreats);
const flip = (c: Conditions, key: string): Conditions => {
  const v = (c as Record<string, unknown>)[key];
  return { ...c, [key]: typeof v === 'boolean' ? !v : v === 'self' ? 'supplier' : 'self' } as Conditions;
};
const applying = (answers: Conditions) => (threatModelRules as readonly ThreatModelRule[]).filter((r) => ruleApplies(r, effectiveAnswers(model, answers)));
const union = (rules: readonly ThreatModelRule[], field: 'includeThreats' | 'supplierThreats') =>
  [...new Set(rules.flatMap((r) => (r[field] ?? []) as readonly string[]))];

describe('conditions', () => {
  it('holds only when every condition is answered with its value', () => {
    expect(conditionsHold({ genai: true, trained_by: 'self' }, { genai: true, trained_by: 'self', llm: false })).toBe(true);
    expect(conditionsHold({ genai: true, trained_by: 'self' }, { genai: true })).toBe(false);
    expect(conditionsHold({ genai: true }, { genai: false })).toBe(false);
    expect(conditionsHold({}, {})).toBe(true);
  });

  it('applies a rule on any of its alternative condition sets, except when its unless holds', () => {
    const h13 = threatModelRules.find((r) => r.id === 'H13')!;
    expect(ruleApplies(h13, { trained_by: 'self', model_is_ip: true })).toBe(true);
    expect(ruleApplies(h13, { trained_by: 'self', susceptible_to_evasion: true })).toBe(true);
    expect(ruleApplies(h13, { trained_by: 'self', model_is_ip: true, model_public: true })).toBe(false);
    expect(ruleApplies(h13, { trained_by: 'supplier', model_is_ip: true })).toBe(false);
  });

  it('drops answers to questions that earlier answers hide, down the whole chain', () => {
    const answers: Conditions = { trained_by: 'supplier', sensitive_train_data: true, membership_is_harmful: true, genai: true };
    expect(effectiveAnswers(model, answers)).toEqual({ genai: true, trained_by: 'supplier' });
    const membership = model.questions.find((q) => q.key === 'membership_is_harmful')!;
    expect(isAsked(membership, effectiveAnswers(model, answers))).toBe(false);
    expect(isAsked(membership, { trained_by: 'self', sensitive_train_data: true })).toBe(true);
  });
});

describe('every rule, flipped one condition at a time', () => {
  for (const rule of threatModelRules as readonly ThreatModelRule[]) {
    rule.when.forEach((set, i) => {
      const keys = Object.keys(set);
      const label = `${rule.id}${rule.when.length > 1 ? ` (alternative ${i + 1})` : ''}`;
      it(`${label} applies to a profile of just its conditions, every one of them askable`, () => {
        expect(effectiveAnswers(model, set)).toEqual(set);
        expect(ruleApplies(rule, set)).toBe(true);
        const result = assess(model, set);
        expect(result.applied).toContain(rule.id);
        for (const id of rule.includeThreats ?? []) expect(yours(result)).toContain(id);
        for (const id of rule.supplierThreats ?? []) expect([...yours(result), ...suppliers(result)]).toContain(id);
      });
      if (keys.length === 0) {
        it(`${label} applies to a profile with no answers at all`, () => {
          expect(assess(model, {}).applied).toContain(rule.id);
          for (const id of rule.includeThreats ?? []) expect(yours(assess(model, {}))).toContain(id);
        });
      }
      for (const key of keys) {
        it(`${label}: flipping only ${key} adds or removes exactly the threats of the rules it switches`, () => {
          const on = set;
          const off = flip(set, key);
          expect(ruleApplies(rule, effectiveAnswers(model, off))).toBe(false);
          const onResult = assess(model, on);
          const offResult = assess(model, off);
          const switchedOn = applying(on).filter((r) => !applying(off).includes(r));
          const switchedOff = applying(off).filter((r) => !applying(on).includes(r));
          expect(switchedOn).toContain(rule);
          const added = yours(onResult).filter((id) => !yours(offResult).includes(id));
          const removed = yours(offResult).filter((id) => !yours(onResult).includes(id));
          expect(added).toEqual(union(switchedOn, 'includeThreats').filter((id) => !yours(offResult).includes(id)).sort());
          expect(removed).toEqual(union(switchedOff, 'includeThreats').filter((id) => !yours(onResult).includes(id)).sort());
          // The rule's own threats that no rule of the flipped profile lists are among those added.
          for (const id of rule.includeThreats ?? []) if (!yours(offResult).includes(id)) expect(added).toContain(id);
          for (const id of rule.supplierThreats ?? []) {
            if (!yours(onResult).includes(id)) expect(suppliers(onResult)).toContain(id);
            if (!union(applying(off), 'supplierThreats').includes(id)) expect(suppliers(offResult)).not.toContain(id);
          }
        });
      }
    });
  }
});

describe('hand-checked profiles', () => {
  it('lists the threats of a support chatbot on a supplier-run language model with sensitive retrieval data', () => {
    const result = assess(model, {
      genai: true, text_output: true, trained_by: 'supplier', run_by: 'supplier',
      attacker_can_input: true, inserts_untrusted_data: true, augments_input: true, rag_data_sensitive: true,
      output_can_harm: true,
    });
    expect(yours(result)).toEqual([
      'AUGMENTATIONDATAMANIPULATION', 'DENIALMODELSERVICE', 'DIRECTPROMPTINJECTION', 'DISCLOSUREINOUTPUT', 'GENERALAPPSECTHREATS',
      'INDIRECTPROMPTINJECTION', 'INSECUREOUTPUT', 'LEAKINPUT', 'TRANSFERLEARNINGATTACK',
    ]);
    expect(suppliers(result)).toEqual(['DATAPOISON', 'DEVMODELPOISON', 'RUNTIMEMODELPOISON']);
    expect(result.threats.find((t) => t.id === 'LEAKINPUT')!.reasons).toEqual([{ rule: 'H14', conditions: { augments_input: true, rag_data_sensitive: true } }]);
  });

  it('lists the threats of a fraud classifier trained and run in-house on sensitive data', () => {
    const result = assess(model, {
      genai: false, classification_task: true, trained_by: 'self', sensitive_train_data: true,
      membership_is_harmful: false, model_is_ip: true, model_public: false, run_by: 'self', attacker_can_input: true,
    });
    expect(yours(result)).toEqual([
      'DATAPOISON', 'DENIALMODELSERVICE', 'DEVCODELEAK', 'DEVDATALEAK', 'DEVMODELLEAK', 'DEVMODELPOISON',
      'DISCLOSUREINOUTPUT', 'EVASION', 'GENERALAPPSECTHREATS', 'MODELINVERSIONANDMEMBERSHIP', 'MODELTHEFTUSE',
      'RUNTIMEMODELPOISON', 'RUNTIMEMODELTHEFT',
    ]);
    expect(suppliers(result)).toEqual([]);
    expect(result.threats.find((t) => t.id === 'MODELINVERSIONANDMEMBERSHIP')!.notes.map((n) => n.rule)).toEqual(['H10m']);
  });

  it('keeps only the two threats that always apply when nothing is answered', () => {
    expect(yours(assess(model, {}))).toEqual(['DENIALMODELSERVICE', 'GENERALAPPSECTHREATS']);
  });

  it('shares every threat with the host when components are hosted by others', () => {
    const result = assess(model, { hosted_components: true, text_output: true });
    expect(new Set(result.threats.map((t) => t.responsible))).toEqual(new Set(['shared']));
    expect(result.notes.map((n) => n.rule)).toContain('H18');
  });

  it('raises the impact of behaviour threats when output can trigger actions, and of output handling on the trifecta', () => {
    const result = assess(model, {
      genai: true, attacker_can_input: true, output_can_harm: true, text_output: true,
      can_trigger_actions: true, action_can_send_data: true, sensitive_data_reachable: true,
    });
    const notes = (id: string) => result.threats.find((t) => t.id === id)!.notes.map((n) => n.rule);
    expect(notes('DIRECTPROMPTINJECTION')).toEqual(['H8', 'H9']);
    expect(notes('INSECUREOUTPUT')).toContain('H9');
    expect(notes('GENERALAPPSECTHREATS')).toEqual([]);
  });

  it('lists the general controls once and every other control once, under its group', () => {
    const result = assess(model, { genai: true, attacker_can_input: true, output_can_harm: true, inserts_untrusted_data: true });
    const general = ids(result.generalControls);
    const others = result.controlGroups.flatMap((g) => g.controls.map((c) => c.id));
    expect(general).toEqual(ids(model.generalControls.map((id) => ({ id }))));
    expect(new Set(others).size).toBe(others.length);
    expect(others.filter((id) => general.includes(id))).toEqual([]);
    const validation = result.controlGroups.flatMap((g) => g.controls).find((c) => c.id === 'PROMPTINPUTVALIDATION')!;
    expect(validation.against).toEqual(['DIRECTPROMPTINJECTION', 'INDIRECTPROMPTINJECTION']);
    const segregation = result.controlGroups.flatMap((g) => g.controls).find((c) => c.id === 'INPUTSEGREGATION')!;
    expect(segregation.against).toEqual(['INDIRECTPROMPTINJECTION']);
  });

  it('drops the controls of threats the reader accepts or rules out, and keeps the threats listed with their status', () => {
    const answers: Conditions = { text_output: true };
    const before = assess(model, answers);
    const after = assess(model, answers, { INSECUREOUTPUT: 'accepted', DENIALMODELSERVICE: 'not-applicable' });
    const controls = (r: AssessResult) => r.controlGroups.flatMap((g) => g.controls.map((c) => c.id));
    expect(controls(before)).toContain('ENCODEMODELOUTPUT');
    expect(controls(after)).not.toContain('ENCODEMODELOUTPUT');
    expect(controls(after)).not.toContain('DOSINPUTVALIDATION');
    expect(after.threats.find((t) => t.id === 'INSECUREOUTPUT')!.status).toBe('accepted');
    expect(after.threats.find((t) => t.id === 'GENERALAPPSECTHREATS')!.status).toBe('open');
  });

  it('adds supply-chain management and the poison-robust model when a supplier trains the model', () => {
    const result = assess(model, { trained_by: 'supplier' });
    const all = result.controlGroups.flatMap((g) => g.controls);
    expect(all.find((c) => c.id === 'SUPPLYCHAINMANAGE')!.rules).toEqual(['H3']);
    // Optional for H3, but the transfer learning attack needs it anyway, so it is not marked optional.
    expect(all.find((c) => c.id === 'POISONROBUSTMODEL')).toMatchObject({ rules: ['H3'], against: ['TRANSFERLEARNINGATTACK'], optional: false });
  });

  it('marks a control optional when only a rule suggests it and no listed threat needs it', () => {
    const rules = threatModelRules.map((r) => (r.id === 'H3' ? { ...r, optionalControls: ['MODELWATERMARKING'] } : r)) as readonly ThreatModelRule[];
    const result = assess({ ...model, rules }, { trained_by: 'supplier' });
    expect(result.controlGroups.flatMap((g) => g.controls).find((c) => c.id === 'MODELWATERMARKING')).toMatchObject({ against: [], rules: ['H3'], optional: true });
  });
});
