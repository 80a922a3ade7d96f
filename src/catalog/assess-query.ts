/**
 * The threat-model builder's query string: one parameter per condition key (`?genai=yes&trained_by=supplier`)
 * plus the threats a reader set aside (`accepted=EVASION&not_applicable=LEAKINPUT`). Parsing never
 * throws: whatever it cannot use it reports as a note for the page to show.
 */
import type { AssessModel, ThreatStatus } from './assess.ts';
import { effectiveAnswers } from './assess.ts';
import { PARTIES, PARTY_CONDITION_KEYS } from './ids.ts';
import type { ConditionKey, Party } from './ids.ts';
import type { Conditions } from './rule-types.ts';

/** Threats set aside by the reader, by id. */
export type SetAside = Readonly<Record<string, Exclude<ThreatStatus, 'open'>>>;

/** The parameters that carry set-aside threats, by status. */
export const SET_ASIDE_PARAMS = { accepted: 'accepted', 'not-applicable': 'not_applicable' } as const;

/** What a query string says, and what it said that the page could not use. */
export interface ParsedQuery {
  readonly answers: Conditions;
  readonly setAside: SetAside;
  /** One sentence per ignored parameter, naming it and why. */
  readonly ignored: readonly string[];
}

const isParty = (key: string): boolean => (PARTY_CONDITION_KEYS as readonly string[]).includes(key);

/** Reads answers and set-aside threats from a query string (with or without the leading `?`). */
export function parseQuery(model: AssessModel, search: string): ParsedQuery {
  const params = new URLSearchParams(search);
  const keys = new Set<string>(model.questions.map((q) => q.key));
  const answers: Partial<Record<ConditionKey, boolean | Party>> = {};
  const setAside: Record<string, Exclude<ThreatStatus, 'open'>> = {};
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    const value = raw.trim().toLowerCase();
    // A form submitted without JavaScript sends "Not sure" as an empty value: unanswered, not an error.
    if (value === '') continue;
    if (seen.has(name)) {
      ignored.push(`Ignored a second \`${name}\`: the first one counts.`);
      continue;
    }
    seen.add(name);
    const status = (Object.keys(SET_ASIDE_PARAMS) as Exclude<ThreatStatus, 'open'>[]).find((s) => SET_ASIDE_PARAMS[s] === name);
    if (status) {
      for (const id of raw.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean)) {
        if (model.threats[id]) setAside[id] = status;
        else ignored.push(`Ignored \`${id}\` in \`${name}\`: no threat has that id.`);
      }
      continue;
    }
    if (!keys.has(name)) {
      const old = model.superseded.find((s) => s.key === name);
      ignored.push(
        old
          ? `Ignored \`${name}\`: the risk analysis no longer asks it${old.replacedBy ? `; answer \`${old.replacedBy}\` instead` : ''}.`
          : `Ignored \`${name}\`: it is not one of this page's questions.`,
      );
      continue;
    }
    const key = name as ConditionKey;
    if (isParty(key)) {
      if ((PARTIES as readonly string[]).includes(value)) answers[key] = value as Party;
      else ignored.push(`Ignored \`${name}=${raw}\`: answer \`self\` or \`supplier\`.`);
    } else if (value === 'yes' || value === 'no') {
      answers[key] = value === 'yes';
    } else {
      ignored.push(`Ignored \`${name}=${raw}\`: answer \`yes\` or \`no\`.`);
    }
  }
  return { answers: answers as Conditions, setAside, ignored };
}

/** Writes answers (only those of shown questions, in question order) and set-aside threats as a query string. */
export function toQuery(model: AssessModel, answers: Conditions, setAside: SetAside = {}): string {
  const effective = effectiveAnswers(model, answers) as Partial<Record<ConditionKey, boolean | Party>>;
  const params = new URLSearchParams();
  for (const q of model.questions) {
    const value = effective[q.key];
    if (value === undefined) continue;
    params.append(q.key, typeof value === 'boolean' ? (value ? 'yes' : 'no') : value);
  }
  for (const status of Object.keys(SET_ASIDE_PARAMS) as Exclude<ThreatStatus, 'open'>[]) {
    const ids = model.threatOrder.filter((id) => setAside[id] === status);
    if (ids.length > 0) params.append(SET_ASIDE_PARAMS[status], ids.join(','));
  }
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
