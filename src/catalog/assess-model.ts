/**
 * Makes the threat-model builder's model from the catalog (questions, rules and the threats and
 * controls they name) and checks the rule input, so a bad rule fails the build with the rule, the
 * field and the fix.
 */
import type { AssessModel, AssessVersion } from './assess.ts';
import { conditionQuestions } from './assess-questions.ts';
import { refsOfEntry, type Relation } from './crosswalks/index.ts';
import { CONDITION_KEYS, PARTIES, PARTY_CONDITION_KEYS } from './ids.ts';
import { controlGroupLabel } from './labels.ts';
import type { Lookup } from './lookup.ts';
import {
  THREAT_MODEL_RULES_VERSION,
  supersededConditionKeys,
  threatModelRules,
  threatModelSteps,
} from './risk.ts';
import type { ConditionQuestion, ThreatModelRule, ThreatModelStep } from './rule-types.ts';
import type { CatalogProblem } from './validate.ts';

/** The relations that make an outside item part of a threat's description in the builder. */
const STRONG: readonly Relation[] = ['addresses', 'partly-addresses'];

/** The inputs of the builder, so tests can check hand-made rule tables. */
export interface ThreatModelInput {
  readonly questions: readonly ConditionQuestion[];
  readonly rules: readonly ThreatModelRule[];
  readonly steps: readonly ThreatModelStep[];
  readonly superseded: readonly { readonly key: string; readonly replacedBy: string | null }[];
}

/** The real questions, rules and steps. */
export const threatModelInput: ThreatModelInput = {
  questions: conditionQuestions,
  rules: threatModelRules,
  steps: threatModelSteps,
  superseded: supersededConditionKeys,
};

/** The page that explains the steps. */
export const RISK_ANALYSIS_PATH = '/overview/risk-analysis/';

const RULE_ID = /^[HPX]\d+[a-z]?$/;
const RULES_FILE = 'src/catalog/risk.ts';
const QUESTIONS_FILE = 'src/catalog/assess-questions.ts';

/** Every problem of the rule input against a catalog; an empty list means it is sound. */
export function threatModelProblems(input: ThreatModelInput, lookup: Lookup): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const add = (where: string, field: string, message: string) =>
    problems.push({ where, field, message });
  const superseded = new Set(input.superseded.map((s) => s.key));
  const current = CONDITION_KEYS.filter((k) => !superseded.has(k));
  const asked = new Map<string, number>();
  input.questions.forEach((q, i) => asked.set(q.key, asked.has(q.key) ? -1 : i));

  const checkConditions = (
    where: string,
    field: string,
    conditions: object,
    file: string,
    before?: number,
  ) => {
    for (const [key, value] of Object.entries(conditions)) {
      if (!(CONDITION_KEYS as readonly string[]).includes(key)) {
        add(
          where,
          field,
          `\`${key}\` is not a condition key. Fix: use a key of CONDITION_KEYS in src/catalog/ids.ts (in ${file}).`,
        );
        continue;
      }
      if (superseded.has(key))
        add(
          where,
          field,
          `\`${key}\` is superseded. Fix: use the key that replaced it (see supersededConditionKeys in ${RULES_FILE}).`,
        );
      const party = (PARTY_CONDITION_KEYS as readonly string[]).includes(key);
      const ok = party
        ? (PARTIES as readonly unknown[]).includes(value)
        : typeof value === 'boolean';
      if (!ok)
        add(
          where,
          field,
          `\`${key}\` has the value \`${String(value)}\`. Fix: use ${party ? "'self' or 'supplier'" : 'true or false'} (in ${file}).`,
        );
      if (before !== undefined && !((asked.get(key) ?? Infinity) < before)) {
        add(
          where,
          field,
          `\`${key}\` is not asked before this question. Fix: move the question for \`${key}\` earlier in ${file}.`,
        );
      }
    }
  };

  const seen = new Set<string>();
  for (const rule of input.rules) {
    const where = `rule ${rule.id}`;
    if (!RULE_ID.test(rule.id))
      add(
        where,
        'id',
        `the id does not look like \`H12\`, \`H5b\`, \`P1\` or \`X1\`. Fix: rename it in ${RULES_FILE}.`,
      );
    if (seen.has(rule.id))
      add(where, 'id', `two rules use this id. Fix: give each rule its own id in ${RULES_FILE}.`);
    seen.add(rule.id);
    if (!input.steps.some((s) => s.number === rule.step))
      add(
        where,
        'step',
        `step ${rule.step} does not exist. Fix: use a number of threatModelSteps in ${RULES_FILE}.`,
      );
    if (rule.when.length === 0)
      add(
        where,
        'when',
        `the rule has no condition set, so it never applies. Fix: write \`when: [{}]\` for a rule that always applies, in ${RULES_FILE}.`,
      );
    rule.when.forEach((set, i) => checkConditions(where, `when[${i}]`, set, RULES_FILE));
    if (rule.unless) checkConditions(where, 'unless', rule.unless, RULES_FILE);
    for (const field of ['includeThreats', 'supplierThreats'] as const) {
      for (const id of rule[field] ?? []) {
        if (!lookup.catalog.threats.some((t) => t.id === id))
          add(
            where,
            field,
            `\`${id}\` is not a threat of the catalog. Fix: use an id of THREAT_IDS in src/catalog/ids.ts (retired ids: use their successor).`,
          );
      }
    }
    if (Array.isArray(rule.noteOn)) {
      for (const id of rule.noteOn as readonly string[]) {
        if (!lookup.catalog.threats.some((t) => t.id === id))
          add(
            where,
            'noteOn',
            `\`${id}\` is not a threat of the catalog. Fix: use an id of THREAT_IDS in src/catalog/ids.ts.`,
          );
      }
    }
    for (const field of ['includeControls', 'optionalControls', 'restrictControls'] as const) {
      for (const id of rule[field] ?? []) {
        if (!lookup.catalog.controls.some((c) => c.id === id))
          add(
            where,
            field,
            `\`${id}\` is not a control of the catalog. Fix: use an id of CONTROL_IDS in src/catalog/ids.ts (retired ids: use their successor).`,
          );
      }
    }
    if (rule.restrictControls && (rule.includeThreats ?? []).length === 0)
      add(
        where,
        'restrictControls',
        `the rule lists no threats, so there is nothing to restrict. Fix: drop \`restrictControls\` or add \`includeThreats\` in ${RULES_FILE}.`,
      );
    if (rule.systemNote && rule.note.trim() === '')
      add(where, 'systemNote', `a system note needs a note. Fix: write one in ${RULES_FILE}.`);
    if (rule.note.trim() === '')
      add(
        where,
        'note',
        `the note is empty. Fix: say in a few words what the rule tells the reader, in ${RULES_FILE}.`,
      );
  }

  input.questions.forEach((q, i) => {
    const where = `question ${q.key}`;
    if (asked.get(q.key) === -1)
      add(where, 'key', `two questions ask this key. Fix: keep one in ${QUESTIONS_FILE}.`);
    if (superseded.has(q.key))
      add(
        where,
        'key',
        `the key is superseded. Fix: ask the key that replaced it in ${QUESTIONS_FILE}.`,
      );
    if (q.explanation.trim() === '' || q.question.trim() === '')
      add(
        where,
        'explanation',
        `the question or its explanation is empty. Fix: write both in ${QUESTIONS_FILE}.`,
      );
    if (q.askIf) checkConditions(where, 'askIf', q.askIf, QUESTIONS_FILE, i);
  });
  for (const key of current) {
    if (!asked.has(key))
      add(
        `condition ${key}`,
        'question',
        `no question asks this key. Fix: add one to ${QUESTIONS_FILE} or list the key in supersededConditionKeys.`,
      );
  }
  for (const step of input.steps) {
    if (!/^[a-z0-9-]+$/.test(step.anchor))
      add(
        `step ${step.number}`,
        'anchor',
        `\`${step.anchor}\` is not a heading id. Fix: use the lower-case id of the step's heading on ${RISK_ANALYSIS_PATH}.`,
      );
  }
  return problems;
}

/**
 * The version stamp of a model made outside a build (tests, scripts). A build stamps its own version
 * and date (src/site/assess-version.ts): the catalog layer reads no environment.
 */
export const UNBUILT_VERSION: AssessVersion = {
  rules: THREAT_MODEL_RULES_VERSION,
  catalog: '0.0.0-unbuilt',
  built: '',
};

/** The builder's model: questions, rules, and the threats and controls they reach, from the catalog. */
export function buildAssessModel(
  lookup: Lookup,
  input: ThreatModelInput = threatModelInput,
  version: AssessVersion = UNBUILT_VERSION,
): AssessModel {
  const problems = threatModelProblems(input, lookup);
  if (problems.length > 0) {
    throw new Error(
      `The threat-model rules have ${problems.length} problem(s):\n${problems.map((p) => `${p.where.startsWith('question') ? QUESTIONS_FILE : RULES_FILE}: ${p.where}, field \`${p.field}\`: ${p.message}`).join('\n')}`,
    );
  }
  const { catalog } = lookup;
  const threats = Object.fromEntries(
    catalog.threats.map((t) => [
      t.id,
      {
        id: t.id,
        name: t.name,
        url: lookup.pathOf(t),
        behaviour: (t.impactCodes as readonly string[]).includes('B'),
        lifecycle: t.lifecycle,
        // The ATLAS and current OWASP LLM Top 10 items the threat is (in full or in part), from src/catalog/crosswalks/.
        atlas: refsOfEntry(t.id, 'MITRE ATLAS', STRONG),
        owasp: refsOfEntry(t.id, 'OWASP LLM Top 10 2026', STRONG),
        controls: catalog.controls
          .filter((c) => !c.general && lookup.specificControlIds(t).has(c.id))
          .map((c) => c.id),
      },
    ]),
  );
  const controls = Object.fromEntries(
    catalog.controls.map((c) => [
      c.id,
      { id: c.id, name: c.name, url: lookup.pathOf(c), group: c.group, general: c.general },
    ]),
  );
  return {
    version,
    questions: input.questions,
    rules: input.rules,
    threats,
    threatOrder: catalog.threats.map((t) => t.id),
    controls,
    controlGroups: catalog.controlGroups.map((g) => ({ id: g.id, name: controlGroupLabel(g) })),
    generalControls: catalog.controls.filter((c) => c.general).map((c) => c.id),
    superseded: input.superseded,
    nextSteps: input.steps
      .filter((s) => s.number >= 2)
      .map((s) => ({ number: s.number, label: s.label, url: `${RISK_ANALYSIS_PATH}#${s.anchor}` })),
  };
}

/** Where the browser script fetches the model (see src/pages/overview/assess/model.json.ts). */
export const BROWSER_MODEL_PATH = '/overview/assess/model.json';

/** The model as the browser needs it: the questions (for answers in words) but not their explanations, which stay in the page. */
export function browserModel(model: AssessModel): AssessModel {
  return {
    ...model,
    questions: model.questions.map(({ key, group, askIf, question }) => ({
      key,
      group,
      ...(askIf ? { askIf } : {}),
      question,
      explanation: '',
    })),
  };
}
