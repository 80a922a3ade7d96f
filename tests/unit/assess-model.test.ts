import { describe, expect, it } from 'vitest';
import { siteAssessModel } from '../../src/site/assess-version.ts';
import {
  buildAssessModel,
  threatModelInput,
  threatModelProblems,
} from '../../src/catalog/assess-model.ts';
import type { ThreatModelInput } from '../../src/catalog/assess-model.ts';
import { lookup } from '../../src/catalog/lookup.ts';
import { formatProblem } from '../../src/catalog/validate.ts';
import { CONDITION_KEYS } from '../../src/catalog/ids.ts';

const broken = (
  edit: (input: { rules: any[]; questions: any[]; steps: any[]; superseded: any[] }) => void,
): ThreatModelInput => {
  const copy = structuredClone(threatModelInput) as any;
  edit(copy);
  return copy;
};
const problems = (input: ThreatModelInput) => threatModelProblems(input, lookup).map(formatProblem);

describe('the threat-model rules', () => {
  it('are sound against the catalog', () => {
    expect(threatModelProblems(threatModelInput, lookup)).toEqual([]);
  });

  it('ask exactly one question per condition key that is not superseded', () => {
    const superseded = threatModelInput.superseded.map((s) => s.key);
    expect(threatModelInput.questions.map((q) => q.key).sort()).toEqual(
      CONDITION_KEYS.filter((k) => !superseded.includes(k)).sort(),
    );
  });

  it('report an unknown threat, a bad value, an unknown key and a missing step with the rule, field and fix', () => {
    const input = broken((x) => {
      x.rules[0].includeThreats = ['NOSUCHTHREAT'];
      x.rules[1].when = [{ genai: 'maybe' }];
      x.rules[2].when = [{ trained_by: 'nobody', colour: true }];
      x.rules[3].step = 42;
    });
    expect(problems(input)).toMatchInlineSnapshot(`
      [
        "src/catalog: rule H1, field \`includeThreats\`: \`NOSUCHTHREAT\` is not a threat of the catalog. Fix: use an id of THREAT_IDS in src/catalog/ids.ts (retired ids: use their successor).",
        "src/catalog: rule H1s, field \`when[0]\`: \`genai\` has the value \`maybe\`. Fix: use true or false (in src/catalog/risk.ts).",
        "src/catalog: rule H2, field \`when[0]\`: \`trained_by\` has the value \`nobody\`. Fix: use 'self' or 'supplier' (in src/catalog/risk.ts).",
        "src/catalog: rule H2, field \`when[0]\`: \`colour\` is not a condition key. Fix: use a key of CONDITION_KEYS in src/catalog/ids.ts (in src/catalog/risk.ts).",
        "src/catalog: rule H3, field \`step\`: step 42 does not exist. Fix: use a number of threatModelSteps in src/catalog/risk.ts.",
      ]
    `);
  });

  it('report a duplicate rule id, an empty condition list and a superseded key', () => {
    const input = broken((x) => {
      x.rules[1].id = 'H1';
      x.rules[2].when = [];
      x.rules[3].when = [{ uses_rag: true }];
    });
    expect(problems(input)).toEqual([
      'src/catalog: rule H1, field `id`: two rules use this id. Fix: give each rule its own id in src/catalog/risk.ts.',
      'src/catalog: rule H2, field `when`: the rule has no condition set, so it never applies. Fix: write `when: [{}]` for a rule that always applies, in src/catalog/risk.ts.',
      'src/catalog: rule H3, field `when[0]`: `uses_rag` is superseded. Fix: use the key that replaced it (see supersededConditionKeys in src/catalog/risk.ts).',
    ]);
  });

  it('report a question that depends on a later one and a key without a question', () => {
    const input = broken((x) => {
      x.questions[0].askIf = { trained_by: 'self' };
      x.questions = x.questions.filter((q: { key: string }) => q.key !== 'model_public');
    });
    expect(problems(input)).toEqual([
      'src/catalog: question genai, field `askIf`: `trained_by` is not asked before this question. Fix: move the question for `trained_by` earlier in src/catalog/assess-questions.ts.',
      'src/catalog: condition model_public, field `question`: no question asks this key. Fix: add one to src/catalog/assess-questions.ts or list the key in supersededConditionKeys.',
    ]);
  });

  it('report controls restricted on a rule that lists no threat, and an unknown restricted control', () => {
    const input = broken((x) => {
      x.rules.find((r: { id: string }) => r.id === 'H6').restrictControls = ['NOSUCHCONTROL'];
    });
    expect(problems(input)).toEqual([
      'src/catalog: rule H6, field `restrictControls`: `NOSUCHCONTROL` is not a control of the catalog. Fix: use an id of CONTROL_IDS in src/catalog/ids.ts (retired ids: use their successor).',
      'src/catalog: rule H6, field `restrictControls`: the rule lists no threats, so there is nothing to restrict. Fix: drop `restrictControls` or add `includeThreats` in src/catalog/risk.ts.',
    ]);
  });

  it('carry the rules and catalog version into the model, for every export', () => {
    expect(siteAssessModel().version).toMatchObject({
      rules: expect.stringMatching(/^\d{4}-\d{2}$/),
      catalog: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      built: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(buildAssessModel(lookup).version.catalog).toBe('0.0.0-unbuilt');
  });

  it('stop the model from being built, naming the file', () => {
    expect(() =>
      buildAssessModel(
        lookup,
        broken((x) => {
          x.rules[0].includeControls = ['NOSUCHCONTROL'];
        }),
      ),
    ).toThrow(
      /src\/catalog\/risk\.ts: rule H1, field `includeControls`: `NOSUCHCONTROL` is not a control of the catalog/,
    );
  });
});
