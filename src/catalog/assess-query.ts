/**
 * The threat-model builder's query string: one parameter per condition key (`?genai=yes&trained_by=supplier`),
 * the system's name (`system=HR%20assistant`), and the reader's decisions per threat
 * (`risk.EVASION=high,medium,mitigate,you` for likelihood, impact, treatment and owner, any of them
 * empty, and `why.EVASION=free text`). The first edition's `accepted=ID,ID` and `not_applicable=ID`
 * are still read. Parsing never throws: whatever it cannot use it reports as a note for the page.
 */
import type { AssessModel, Decision, Decisions, Level, Owner, Treatment } from './assess.ts';
import { LEVELS, OWNERS, TREATMENTS, effectiveAnswers } from './assess.ts';
import { PARTIES, PARTY_CONDITION_KEYS } from './ids.ts';
import type { ConditionKey, Party } from './ids.ts';
import type { Conditions } from './rule-types.ts';

/** The parameters of the first edition that set a threat's treatment, by treatment. */
export const LEGACY_DECISION_PARAMS = {
  accept: 'accepted',
  'not-applicable': 'not_applicable',
} as const;
/** Prefix of the parameter holding a threat's likelihood, impact, treatment and owner. */
export const RISK_PARAM = 'risk.';
/** Prefix of the parameter holding a threat's rationale. */
export const WHY_PARAM = 'why.';
/** The parameter holding the system's name. */
export const SYSTEM_PARAM = 'system';
/** Longest system name and rationale kept, so a link stays short enough to share. */
export const MAX_TEXT = 500;

/** What a query string says, and what it said that the page could not use. */
export interface ParsedQuery {
  readonly answers: Conditions;
  readonly decisions: Decisions;
  /** The system's name, empty when not given. */
  readonly system: string;
  /** One sentence per ignored parameter, naming it and why. */
  readonly ignored: readonly string[];
}

const isParty = (key: string): boolean => (PARTY_CONDITION_KEYS as readonly string[]).includes(key);

/**
 * Checks one answer: `key` must be a question of the model and `value` `yes`/`no` (or `self`/`supplier`
 * for `trained_by` and `run_by`). Returns the answer, or a sentence naming the key or value and the fix.
 */
export function parseAnswer(
  model: AssessModel,
  key: string,
  raw: string,
): { key: ConditionKey; value: boolean | Party } | { error: string } {
  const value = raw.trim().toLowerCase();
  if (!model.questions.some((q) => q.key === key)) {
    const old = model.superseded.find((s) => s.key === key);
    return {
      error: old
        ? `Ignored \`${key}\`: the risk analysis no longer asks it${old.replacedBy ? `; answer \`${old.replacedBy}\` instead` : ''}.`
        : `Ignored \`${key}\`: it is not one of this page's questions.`,
    };
  }
  if (isParty(key)) {
    if ((PARTIES as readonly string[]).includes(value))
      return { key: key as ConditionKey, value: value as Party };
    return { error: `Ignored \`${key}=${raw}\`: answer \`self\` or \`supplier\`.` };
  }
  if (value === 'yes' || value === 'no')
    return { key: key as ConditionKey, value: value === 'yes' };
  return { error: `Ignored \`${key}=${raw}\`: answer \`yes\` or \`no\`.` };
}

/**
 * Validates a whole answer set given as strings (the query-string form, as another program would pass
 * it): every unknown key and every bad value is named in `errors`; empty values count as unanswered.
 */
export function parseAnswers(
  model: AssessModel,
  input: Readonly<Record<string, string>>,
): { answers: Conditions; errors: readonly string[] } {
  const answers: Partial<Record<ConditionKey, boolean | Party>> = {};
  const errors: string[] = [];
  for (const [key, raw] of Object.entries(input)) {
    if (raw.trim() === '') continue;
    const parsed = parseAnswer(model, key, raw);
    if ('error' in parsed) errors.push(parsed.error);
    else answers[parsed.key] = parsed.value;
  }
  return { answers: answers as Conditions, errors };
}

/** Reads `likelihood,impact,treatment,owner` (fields may be empty); errors name the bad field. */
function parseRisk(id: string, raw: string): { decision: Decision; errors: string[] } {
  const [likelihood = '', impact = '', treatment = '', owner = ''] = raw
    .split(',')
    .map((s) => s.trim().toLowerCase());
  const decision: { -readonly [K in keyof Decision]: Decision[K] } = {};
  const errors: string[] = [];
  const pick = <T extends string>(
    value: string,
    allowed: readonly T[],
    field: string,
  ): T | undefined => {
    if (value === '') return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    errors.push(
      `Ignored the ${field} \`${value}\` of \`${RISK_PARAM}${id}\`: use ${allowed.map((a) => `\`${a}\``).join(', ')}.`,
    );
    return undefined;
  };
  const l = pick<Level>(likelihood, LEVELS, 'likelihood');
  const i = pick<Level>(impact, LEVELS, 'impact');
  const t = pick<Treatment>(treatment, TREATMENTS, 'treatment');
  const o = pick<Owner>(owner, OWNERS, 'owner');
  if (l) decision.likelihood = l;
  if (i) decision.impact = i;
  if (t) decision.treatment = t;
  if (o) decision.owner = o;
  return { decision, errors };
}

/** Reads answers, the system name and decisions from a query string (with or without the leading `?`). */
export function parseQuery(model: AssessModel, search: string): ParsedQuery {
  const params = new URLSearchParams(search);
  const answers: Partial<Record<ConditionKey, boolean | Party>> = {};
  const decisions: Record<string, { -readonly [K in keyof Decision]: Decision[K] }> = {};
  const decide = (id: string) => (decisions[id] ??= {});
  const ignored: string[] = [];
  const seen = new Set<string>();
  let system = '';
  for (const [name, raw] of params) {
    // A form submitted without JavaScript sends "Not sure" as an empty value: unanswered, not an error.
    if (raw.trim() === '') continue;
    if (seen.has(name)) {
      ignored.push(`Ignored a second \`${name}\`: the first one counts.`);
      continue;
    }
    seen.add(name);
    if (name === SYSTEM_PARAM) {
      system = raw.trim().slice(0, MAX_TEXT);
      continue;
    }
    const legacy = (
      Object.keys(LEGACY_DECISION_PARAMS) as (keyof typeof LEGACY_DECISION_PARAMS)[]
    ).find((t) => LEGACY_DECISION_PARAMS[t] === name);
    if (legacy) {
      for (const id of raw
        .split(',')
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean)) {
        if (model.threats[id]) decide(id).treatment ??= legacy;
        else ignored.push(`Ignored \`${id}\` in \`${name}\`: no threat has that id.`);
      }
      continue;
    }
    if (name.startsWith(RISK_PARAM) || name.startsWith(WHY_PARAM)) {
      const risk = name.startsWith(RISK_PARAM);
      const id = name.slice(risk ? RISK_PARAM.length : WHY_PARAM.length).toUpperCase();
      if (!model.threats[id]) {
        ignored.push(`Ignored \`${name}\`: no threat has the id \`${id}\`.`);
        continue;
      }
      if (risk) {
        const parsed = parseRisk(id, raw);
        Object.assign(decide(id), parsed.decision);
        ignored.push(...parsed.errors);
      } else decide(id).rationale = raw.trim().slice(0, MAX_TEXT);
      continue;
    }
    const parsed = parseAnswer(model, name, raw);
    if ('error' in parsed) ignored.push(parsed.error);
    else answers[parsed.key] = parsed.value;
  }
  return { answers: answers as Conditions, decisions, system, ignored };
}

/** Writes answers (only those of shown questions, in question order), the system name and decisions as a query string. */
export function toQuery(
  model: AssessModel,
  answers: Conditions,
  decisions: Decisions = {},
  system = '',
): string {
  const effective = effectiveAnswers(model, answers) as Partial<
    Record<ConditionKey, boolean | Party>
  >;
  const params = new URLSearchParams();
  for (const q of model.questions) {
    const value = effective[q.key];
    if (value === undefined) continue;
    params.append(q.key, typeof value === 'boolean' ? (value ? 'yes' : 'no') : value);
  }
  if (system.trim()) params.append(SYSTEM_PARAM, system.trim().slice(0, MAX_TEXT));
  for (const id of model.threatOrder) {
    const d = decisions[id];
    if (!d) continue;
    const risk = [d.likelihood ?? '', d.impact ?? '', d.treatment ?? '', d.owner ?? '']
      .join(',')
      .replace(/,+$/, '');
    if (risk) params.append(`${RISK_PARAM}${id}`, risk);
    if (d.rationale?.trim())
      params.append(`${WHY_PARAM}${id}`, d.rationale.trim().slice(0, MAX_TEXT));
  }
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
