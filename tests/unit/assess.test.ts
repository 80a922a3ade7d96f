import { describe, expect, it } from 'vitest';
import {
  assess,
  conditionsHold,
  effectiveAnswers,
  isAsked,
  ruleApplies,
} from '../../src/catalog/assess.ts';
import type { AssessResult } from '../../src/catalog/assess.ts';
import { buildAssessModel } from '../../src/catalog/assess-model.ts';
import { lookup } from '../../src/catalog/lookup.ts';
import { refsOfEntry } from '../../src/catalog/crosswalks/index.ts';
import { threatModelRules } from '../../src/catalog/risk.ts';
import type { Conditions, ThreatModelRule } from '../../src/catalog/rule-types.ts';

const model = buildAssessModel(lookup);
const ids = (list: readonly { id: string }[]) => list.map((t) => t.id).sort();
const yours = (r: AssessResult) => ids(r.threats);
const suppliers = (r: AssessResult) => ids(r.supplierThreats);
const flip = (c: Conditions, key: string): Conditions => {
  const v = (c as Record<string, unknown>)[key];
  return {
    ...c,
    [key]: typeof v === 'boolean' ? !v : v === 'self' ? 'supplier' : 'self',
  } as Conditions;
};
const against = (c: Conditions | undefined): Conditions =>
  Object.keys(c ?? {}).reduce((acc, k) => flip(acc, k), c ?? {});
const applying = (answers: Conditions) =>
  (threatModelRules as readonly ThreatModelRule[]).filter((r) =>
    ruleApplies(r, effectiveAnswers(model, answers)),
  );
const union = (rules: readonly ThreatModelRule[], field: 'includeThreats' | 'supplierThreats') => [
  ...new Set(rules.flatMap((r) => (r[field] ?? []) as readonly string[])),
];

describe('conditions', () => {
  it('holds only when every condition is answered with its value', () => {
    expect(
      conditionsHold(
        { genai: true, trained_by: 'self' },
        { genai: true, trained_by: 'self', llm: false },
      ),
    ).toBe(true);
    expect(conditionsHold({ genai: true, trained_by: 'self' }, { genai: true })).toBe(false);
    expect(conditionsHold({ genai: true }, { genai: false })).toBe(false);
    expect(conditionsHold({}, {})).toBe(true);
  });

  it('applies a rule on any of its alternative condition sets, except when its unless holds', () => {
    const h13 = threatModelRules.find((r) => r.id === 'H13')!;
    expect(ruleApplies(h13, { trained_by: 'self', model_is_ip: true })).toBe(true);
    expect(ruleApplies(h13, { trained_by: 'self', susceptible_to_evasion: true })).toBe(true);
    expect(ruleApplies(h13, { trained_by: 'self', model_is_ip: true, model_public: true })).toBe(
      false,
    );
    expect(ruleApplies(h13, { trained_by: 'supplier', model_is_ip: true })).toBe(false);
  });

  it('drops answers to questions that earlier answers hide, down the whole chain', () => {
    const answers: Conditions = {
      trained_by: 'supplier',
      sensitive_train_data: true,
      membership_is_harmful: true,
      genai: true,
    };
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
      it(`${label} applies to a profile of just its conditions (and its unless answered the other way), every one of them askable`, () => {
        expect(effectiveAnswers(model, set)).toEqual(set);
        expect(ruleApplies(rule, set)).toBe(true);
        const result = assess(model, { ...set, ...against(rule.unless) });
        expect(result.applied).toContain(rule.id);
        for (const id of rule.includeThreats ?? []) expect(yours(result)).toContain(id);
        for (const id of rule.supplierThreats ?? [])
          expect([...yours(result), ...suppliers(result)]).toContain(id);
      });
      if (keys.length === 0) {
        it(`${label} applies to a profile with no answers at all`, () => {
          expect(assess(model, {}).applied).toContain(rule.id);
          for (const id of rule.includeThreats ?? [])
            expect(yours(assess(model, {}))).toContain(id);
        });
      }
      for (const key of keys) {
        it(`${label}: flipping only ${key} adds or removes exactly the threats of the rules it switches`, () => {
          const on = { ...set, ...against(rule.unless) };
          const off = flip(on, key);
          // Flipping can move the profile onto another alternative of the same rule (H3: a supplier's
          // model, or a fine-tuned supplier base model); then the rule rightly still applies.
          const viaOther = rule.when.some(
            (other, j) => j !== i && conditionsHold(other, effectiveAnswers(model, off)),
          );
          expect(ruleApplies(rule, effectiveAnswers(model, off))).toBe(viaOther);
          const onResult = assess(model, on);
          const offResult = assess(model, off);
          const switchedOn = applying(on).filter((r) => !applying(off).includes(r));
          const switchedOff = applying(off).filter((r) => !applying(on).includes(r));
          if (!viaOther) expect(switchedOn).toContain(rule);
          const added = yours(onResult).filter((id) => !yours(offResult).includes(id));
          const removed = yours(offResult).filter((id) => !yours(onResult).includes(id));
          expect(added).toEqual(
            union(switchedOn, 'includeThreats')
              .filter((id) => !yours(offResult).includes(id))
              .sort(),
          );
          expect(removed).toEqual(
            union(switchedOff, 'includeThreats')
              .filter((id) => !yours(onResult).includes(id))
              .sort(),
          );
          // The rule's own threats that no rule of the flipped profile lists are among those added.
          for (const id of rule.includeThreats ?? [])
            if (!yours(offResult).includes(id)) expect(added).toContain(id);
          for (const id of rule.supplierThreats ?? []) {
            if (!yours(onResult).includes(id)) expect(suppliers(onResult)).toContain(id);
            if (!union(applying(off), 'supplierThreats').includes(id))
              expect(suppliers(offResult)).not.toContain(id);
          }
        });
      }
    });
  }
});

const profiles: Record<string, Conditions> = {
  'A, an in-house credit-scoring classifier': {
    genai: false,
    classification_task: true,
    text_output: false,
    trained_by: 'self',
    base_model_from_supplier: false,
    data_from_supplier: true,
    sensitive_train_data: true,
    membership_is_harmful: true,
    output_can_reveal_train_data: false,
    model_is_ip: true,
    susceptible_to_evasion: true,
    model_public: false,
    run_by: 'self',
    hosted_components: false,
    third_party_opaque: false,
    threat_owned_by_other_org: false,
    attacker_can_input: true,
    augments_input: false,
    sensitive_input_data: true,
    can_trigger_actions: true,
    sensitive_data_reachable: false,
  },
  'B, a customer chatbot on a supplier LLM API': {
    genai: true,
    classification_task: false,
    text_output: true,
    trained_by: 'supplier',
    run_by: 'supplier',
    hosted_components: true,
    third_party_opaque: true,
    threat_owned_by_other_org: false,
    attacker_can_input: true,
    inserts_untrusted_data: false,
    augments_input: true,
    augmentation_data_stored: true,
    rag_data_sensitive: false,
    augmentation_editable_by_others: false,
    augmentation_third_party: true,
    retrieval_ignores_access_rights: false,
    sensitive_input_data: true,
    output_can_harm: true,
    output_interpreted_downstream: true,
    can_trigger_actions: false,
    sensitive_data_reachable: false,
  },
  'E, vendor image recognition in a self-driving component': {
    genai: false,
    classification_task: true,
    text_output: false,
    trained_by: 'supplier',
    run_by: 'self',
    hosted_components: false,
    third_party_opaque: true,
    threat_owned_by_other_org: true,
    attacker_can_input: true,
    augments_input: false,
    sensitive_input_data: false,
    can_trigger_actions: true,
    sensitive_data_reachable: false,
  },
  'F, a fine-tuned open-weights LLM on rented GPUs with a public API': {
    genai: true,
    classification_task: false,
    text_output: true,
    trained_by: 'self',
    base_model_from_supplier: true,
    data_from_supplier: true,
    sensitive_train_data: true,
    membership_is_harmful: false,
    output_can_reveal_train_data: true,
    model_is_ip: true,
    susceptible_to_evasion: true,
    model_public: false,
    run_by: 'self',
    hosted_components: true,
    third_party_opaque: false,
    threat_owned_by_other_org: false,
    attacker_can_input: true,
    inserts_untrusted_data: false,
    augments_input: true,
    augmentation_data_stored: true,
    rag_data_sensitive: false,
    augmentation_editable_by_others: false,
    augmentation_third_party: false,
    retrieval_ignores_access_rights: false,
    sensitive_input_data: true,
    output_can_harm: true,
    output_interpreted_downstream: false,
    can_trigger_actions: false,
    sensitive_data_reachable: false,
  },
};
profiles['C, a RAG assistant over HR documents'] = {
  ...profiles['B, a customer chatbot on a supplier LLM API'],
  inserts_untrusted_data: true,
  rag_data_sensitive: true,
  augmentation_editable_by_others: true,
  sensitive_data_reachable: true,
};
profiles['D, a coding agent with repository write access and CI triggers'] = {
  ...profiles['C, a RAG assistant over HR documents'],
  can_trigger_actions: true,
  action_can_send_data: true,
  sensitive_data_reachable: true,
  multi_agent: false,
};
const P = (letter: string) =>
  profiles[Object.keys(profiles).find((k) => k.startsWith(`${letter},`))!]!;

const THEFT = ['MODELTHEFTUSE', 'DEVMODELLEAK', 'DEVCODELEAK', 'RUNTIMEMODELTHEFT'];
const C_LIST = [
  'DIRECTPROMPTINJECTION',
  'INDIRECTPROMPTINJECTION',
  'TRANSFERLEARNINGATTACK',
  'AUGMENTATIONDATAMANIPULATION',
  'AUGMENTATIONDATALEAK',
  'DISCLOSUREINOUTPUT',
  'LEAKINPUT',
  'INSECUREOUTPUT',
  'DENIALMODELSERVICE',
  'GENERALAPPSECTHREATS',
  'DATAPOISON',
];
/** The review's table (threat-model-builder-2026-12.md, section 2): the threats the original's rules give each profile. */
const expected: Record<string, { yours: string[]; supplier: string[] }> = {
  A: {
    yours: [
      'DATAPOISON',
      'DEVMODELPOISON',
      'RUNTIMEMODELPOISON',
      'EVASION',
      'MODELINVERSIONANDMEMBERSHIP',
      'DEVDATALEAK',
      ...THEFT,
      'LEAKINPUT',
      'DENIALMODELSERVICE',
      'GENERALAPPSECTHREATS',
    ],
    supplier: [],
  },
  B: {
    yours: [
      'DIRECTPROMPTINJECTION',
      'TRANSFERLEARNINGATTACK',
      'AUGMENTATIONDATAMANIPULATION',
      'AUGMENTATIONDATALEAK',
      'LEAKINPUT',
      'INSECUREOUTPUT',
      'DENIALMODELSERVICE',
      'GENERALAPPSECTHREATS',
    ],
    supplier: ['RUNTIMEMODELPOISON', 'DATAPOISON', 'DEVMODELPOISON', 'DISCLOSUREINOUTPUT'],
  },
  C: {
    yours: C_LIST,
    supplier: ['RUNTIMEMODELPOISON', 'DATAPOISON', 'DEVMODELPOISON', 'DISCLOSUREINOUTPUT'],
  },
  D: {
    yours: [...C_LIST, 'AGENTESCAPE'],
    supplier: ['RUNTIMEMODELPOISON', 'DATAPOISON', 'DEVMODELPOISON', 'DISCLOSUREINOUTPUT'],
  },
  E: {
    yours: [
      'TRANSFERLEARNINGATTACK',
      'RUNTIMEMODELPOISON',
      'EVASION',
      'DENIALMODELSERVICE',
      'GENERALAPPSECTHREATS',
    ],
    supplier: ['DATAPOISON', 'DEVMODELPOISON', 'DISCLOSUREINOUTPUT'],
  },
  F: {
    yours: [
      'DIRECTPROMPTINJECTION',
      'TRANSFERLEARNINGATTACK',
      'DATAPOISON',
      'DEVMODELPOISON',
      'AUGMENTATIONDATAMANIPULATION',
      'AUGMENTATIONDATALEAK',
      'RUNTIMEMODELPOISON',
      'DISCLOSUREINOUTPUT',
      'MODELINVERSIONANDMEMBERSHIP',
      'DEVDATALEAK',
      ...THEFT,
      'LEAKINPUT',
      'INSECUREOUTPUT',
      'DENIALMODELSERVICE',
      'GENERALAPPSECTHREATS',
    ],
    supplier: [],
  },
};

describe('the six profiles of the December 2026 review', () => {
  for (const [label, answers] of Object.entries(profiles)) {
    const letter = label[0]!;
    it(`gives profile ${label} the threats and supplier share the original's rules expect`, () => {
      const result = assess(model, answers);
      expect(yours(result)).toEqual([...expected[letter]!.yours].sort());
      expect(suppliers(result)).toEqual([...expected[letter]!.supplier].sort());
    });
  }

  it("gives 67 threats for the readers over the six profiles, the total of the review's table", () => {
    const total = Object.values(profiles).reduce((n, a) => n + assess(model, a).threats.length, 0);
    expect(total).toBe(67);
  });
});

describe('the divergences of the December 2026 review, resolved', () => {
  it("D1: a team that fine-tunes a supplier's base model gets supply-chain model poisoning and its own training threats", () => {
    const result = assess(model, { trained_by: 'self', base_model_from_supplier: true });
    expect(yours(result)).toEqual(
      expect.arrayContaining(['TRANSFERLEARNINGATTACK', 'DATAPOISON', 'DEVMODELPOISON']),
    );
    expect(
      result.threats.find((t) => t.id === 'TRANSFERLEARNINGATTACK')!.reasons[0]!.conditions,
    ).toEqual({ trained_by: 'self', base_model_from_supplier: true });
    expect(
      yours(assess(model, { trained_by: 'self', base_model_from_supplier: false })),
    ).not.toContain('TRANSFERLEARNINGATTACK');
  });

  it('D2: "Not sure" is not "no": with only "generative: yes", prompt injection is listed as possible with the questions that decide it', () => {
    const result = assess(model, { genai: true });
    const dpi = result.possibleThreats.find((t) => t.id === 'DIRECTPROMPTINJECTION')!;
    expect(dpi.open).toEqual(['attacker_can_input', 'output_can_harm']);
    expect(result.possibleThreats.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'INDIRECTPROMPTINJECTION',
        'DATAPOISON',
        'TRANSFERLEARNINGATTACK',
        'RUNTIMEMODELPOISON',
      ]),
    );
    expect(result.openQuestions.find((q) => q.key === 'attacker_can_input')!.threats).toContain(
      'DIRECTPROMPTINJECTION',
    );
    // Answering "no" drops it; a question an earlier answer rules out is not open.
    expect(
      assess(model, { genai: true, attacker_can_input: false }).possibleThreats.map((t) => t.id),
    ).not.toContain('DIRECTPROMPTINJECTION');
    expect(assess(model, { genai: false }).possibleThreats.map((t) => t.id)).not.toContain(
      'INDIRECTPROMPTINJECTION',
    );
  });

  it('D2: with nothing answered every threat any rule can list is yours or possible, none lost', () => {
    const result = assess(model, {});
    const listed = new Set([...yours(result), ...result.possibleThreats.map((t) => t.id)]);
    for (const rule of threatModelRules as readonly ThreatModelRule[])
      for (const id of [...(rule.includeThreats ?? []), ...(rule.supplierThreats ?? [])])
        expect(listed).toContain(id);
    expect(result.openQuestions.length).toBe(model.questions.filter((q) => !q.askIf).length);
  });

  it('D3: against supply-chain model poisoning a reader who cannot train gets supply-chain management, with the post-training controls optional', () => {
    const t = assess(model, P('B')).threats.find((x) => x.id === 'TRANSFERLEARNINGATTACK')!;
    expect(t.controls).toEqual(['SUPPLYCHAINMANAGE']);
    expect(t.optionalControls).toEqual(
      expect.arrayContaining(['POISONROBUSTMODEL', 'ADVERSARIALROBUSTDISTILLATION']),
    );
    const all = assess(model, P('B')).controlGroups.flatMap((g) => g.controls);
    for (const id of [
      'TRAINADVERSARIAL',
      'MORETRAINDATA',
      'DATAQUALITYCONTROL',
      'TRAINDATADISTORTION',
    ])
      expect(all.map((c) => c.id)).not.toContain(id);
    expect(all.find((c) => c.id === 'POISONROBUSTMODEL')).toMatchObject({ optional: true });
  });

  it('D4: the exfiltration warning appears for the trifecta without attacker input, and for rendered output over sensitive retrieved data', () => {
    const agent = assess(model, {
      genai: true,
      can_trigger_actions: true,
      action_can_send_data: true,
      sensitive_data_reachable: true,
    });
    expect(agent.notes.map((n) => n.rule)).toContain('H9');
    const hr = assess(model, P('C'));
    expect(hr.notes.map((n) => n.rule)).toContain('H9');
    expect(
      hr.threats.find((t) => t.id === 'INDIRECTPROMPTINJECTION')!.notes.map((n) => n.rule),
    ).toContain('H9');
    expect(assess(model, P('B')).notes.map((n) => n.rule)).not.toContain('H9');
  });

  it('D5: a corpus outsiders can edit brings data poisoning as yours; a third-party store adds supply-chain management; wide retrieval brings disclosure', () => {
    const rag = { augments_input: true } as const;
    expect(
      assess(model, { ...rag, augmentation_editable_by_others: true })
        .threats.find((t) => t.id === 'DATAPOISON')!
        .reasons.map((r) => r.rule),
    ).toEqual(['X1']);
    expect(
      assess(model, { ...rag, augmentation_third_party: true })
        .controlGroups.flatMap((g) => g.controls)
        .find((c) => c.id === 'SUPPLYCHAINMANAGE')!.rules,
    ).toEqual(['X2']);
    expect(yours(assess(model, { ...rag, retrieval_ignores_access_rights: true }))).toContain(
      'DISCLOSUREINOUTPUT',
    );
  });

  it('D6: a generative model that acts gets agent escape, and a multi-agent system agent message manipulation', () => {
    expect(
      yours(assess(model, { genai: true, can_trigger_actions: true, multi_agent: false })),
    ).toContain('AGENTESCAPE');
    expect(
      yours(assess(model, { genai: true, can_trigger_actions: true, multi_agent: false })),
    ).not.toContain('AGENTMESSAGESTRUCTUREMANIPULATION');
    expect(
      yours(assess(model, { genai: true, can_trigger_actions: true, multi_agent: true })),
    ).toContain('AGENTMESSAGESTRUCTUREMANIPULATION');
  });

  it('D8: evasion needs an adversary who can influence the input', () => {
    expect(
      yours(assess(model, { classification_task: true, attacker_can_input: false })),
    ).not.toContain('EVASION');
    expect(yours(assess(model, { classification_task: true, attacker_can_input: true }))).toContain(
      'EVASION',
    );
  });

  it('D9: a classifier owner open to evasion gets the theft threats without answering the separate evasion question; publishing the model drops them', () => {
    const base = {
      trained_by: 'self',
      classification_task: true,
      attacker_can_input: true,
    } as const;
    expect(yours(assess(model, { ...base, model_public: false }))).toEqual(
      expect.arrayContaining(THEFT),
    );
    expect(yours(assess(model, { ...base, model_public: true }))).not.toContain('MODELTHEFTUSE');
    // Unanswered "published?" keeps them possible rather than silently listed or dropped.
    expect(assess(model, base).possibleThreats.find((t) => t.id === 'MODELTHEFTUSE')!.open).toEqual(
      ['model_public'],
    );
  });

  it('D10: disclosure in output needs output that can contain the training data', () => {
    const trained = { trained_by: 'self', sensitive_train_data: true } as const;
    expect(yours(assess(model, { ...trained, output_can_reveal_train_data: false }))).not.toContain(
      'DISCLOSUREINOUTPUT',
    );
    expect(yours(assess(model, { ...trained, output_can_reveal_train_data: true }))).toContain(
      'DISCLOSUREINOUTPUT',
    );
  });

  it('D11: the supplier notes on resource exhaustion, input leaks and test results appear only when a supplier runs or trains the model', () => {
    const noteRules = (r: AssessResult) => r.threats.flatMap((t) => t.notes.map((n) => n.rule));
    expect(noteRules(assess(model, P('A')))).not.toEqual(expect.arrayContaining(['H16s']));
    expect(noteRules(assess(model, P('F')))).not.toContain('H14s');
    expect(noteRules(assess(model, P('F')))).toContain('H1s');
    expect(noteRules(assess(model, P('B')))).toEqual(
      expect.arrayContaining(['H16s', 'H14s', 'H1s']),
    );
    expect(noteRules(assess(model, { ...P('F'), base_model_from_supplier: false }))).not.toContain(
      'H1s',
    );
  });

  it('D12: the supplier keeps its share of disclosure in output when your augmentation data also makes it yours, and its note names copyright', () => {
    const result = assess(model, P('C'));
    expect(yours(result)).toContain('DISCLOSUREINOUTPUT');
    expect(suppliers(result)).toContain('DISCLOSUREINOUTPUT');
    expect(threatModelRules.find((r) => r.id === 'H12')!.note).toMatch(/copyright/);
  });

  it('D13: a host shares only the runtime threats, and a decision can hand a threat to another party', () => {
    const result = assess(model, P('F'));
    const owner = (id: string) => result.threats.find((t) => t.id === id)!.owner;
    expect(owner('DATAPOISON')).toBe('you');
    expect(owner('DEVMODELLEAK')).toBe('you');
    expect(owner('DIRECTPROMPTINJECTION')).toBe('host');
    const e = assess(model, P('E'), { EVASION: { owner: 'other', treatment: 'transfer' } });
    expect(e.threats.find((t) => t.id === 'EVASION')).toMatchObject({
      owner: 'other',
      suggestedOwner: 'you',
      status: 'open',
    });
  });

  it('D14: training data from a supplier adds supply-chain management and a note on data poisoning; training adds the development-environment note', () => {
    const withData = assess(model, { trained_by: 'self', data_from_supplier: true });
    const without = assess(model, { trained_by: 'self', data_from_supplier: false });
    expect(withData.threats.find((t) => t.id === 'DATAPOISON')!.notes.map((n) => n.rule)).toContain(
      'P1',
    );
    expect(
      without.threats.find((t) => t.id === 'DATAPOISON')!.notes.map((n) => n.rule),
    ).not.toContain('P1');
    expect(
      withData.controlGroups.flatMap((g) => g.controls).find((c) => c.id === 'SUPPLYCHAINMANAGE')!
        .rules,
    ).toContain('P1');
    expect(
      without.threats.find((t) => t.id === 'GENERALAPPSECTHREATS')!.notes.map((n) => n.rule),
    ).toContain('P3');
  });
});

describe('a result you can act on', () => {
  it("lists each threat's own controls under it, without the general ones", () => {
    const t = assess(model, { genai: true, inserts_untrusted_data: true }).threats.find(
      (x) => x.id === 'INDIRECTPROMPTINJECTION',
    )!;
    expect(t.controls).toContain('INPUTSEGREGATION');
    for (const g of model.generalControls) expect(t.controls).not.toContain(g);
  });

  it('orders rated threats by likelihood times impact, highest first, and puts generic threats last otherwise', () => {
    const plain = assess(model, P('B'));
    expect(plain.threats.at(-1)!.id).toBe('GENERALAPPSECTHREATS');
    const rated = assess(model, P('B'), {
      LEAKINPUT: { likelihood: 'high', impact: 'high' },
      INSECUREOUTPUT: { likelihood: 'low', impact: 'medium' },
    });
    expect(rated.threats.slice(0, 2).map((t) => t.id)).toEqual(['LEAKINPUT', 'INSECUREOUTPUT']);
  });

  it('drops the controls of threats the reader accepts or rules out, and keeps the threats listed with their status', () => {
    const before = assess(model, { text_output: true });
    const after = assess(
      model,
      { text_output: true },
      {
        INSECUREOUTPUT: { treatment: 'accept' },
        DENIALMODELSERVICE: { treatment: 'not-applicable' },
      },
    );
    const controls = (r: AssessResult) =>
      r.controlGroups.flatMap((g) => g.controls.map((c) => c.id));
    expect(controls(before)).toContain('ENCODEMODELOUTPUT');
    expect(controls(after)).not.toContain('ENCODEMODELOUTPUT');
    expect(after.threats.find((t) => t.id === 'INSECUREOUTPUT')!.status).toBe('accepted');
    expect(after.threats.find((t) => t.id === 'GENERALAPPSECTHREATS')!.status).toBe('open');
  });

  it("carries each threat's ATLAS and OWASP ids from the catalog", () => {
    const t = assess(model, P('B')).threats.find((x) => x.id === 'DIRECTPROMPTINJECTION')!;
    expect(t.atlas).toEqual(
      refsOfEntry('DIRECTPROMPTINJECTION', 'MITRE ATLAS', ['addresses', 'partly-addresses']),
    );
    expect(t.atlas).toEqual(expect.arrayContaining(['AML.T0051', 'AML.T0051.000']));
    expect(t.owasp).toEqual(
      refsOfEntry('DIRECTPROMPTINJECTION', 'OWASP LLM Top 10 2026', [
        'addresses',
        'partly-addresses',
      ]),
    );
    expect(t.owasp.length).toBeGreaterThan(0);
  });
});
