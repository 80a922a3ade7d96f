/**
 * The threat-model builder's engine: from a reader's answers to the applicable threats, the reasons,
 * the controls, who is responsible and the notes the rules attach. Pure and free of catalog imports,
 * so the page's browser script runs the same code on the compact model the page embeds
 * (`buildAssessModel` in assess-model.ts makes that model from the catalog).
 */
import type { ConditionKey, Party } from './ids.ts';
import type { ConditionQuestion, Conditions, ThreatModelRule } from './rule-types.ts';

/** A catalog entry as the builder shows it. */
export interface AssessEntry {
  readonly id: string;
  readonly name: string;
  /** Site path of the entry's page. */
  readonly url: string;
}

/** A threat with what the builder needs to know about it. */
export interface AssessThreatInfo extends AssessEntry {
  /** Whether the threat manipulates model behaviour (impact code B); rule notes can target these. */
  readonly behaviour: boolean;
  /** The threat's non-general controls (own, parent, threat group, mentioned), in catalog order. */
  readonly controls: readonly string[];
}

/** A control with its primary group. */
export interface AssessControlInfo extends AssessEntry {
  readonly group: string;
  readonly general: boolean;
}

/** Everything the engine reads: questions, rules and the slice of the catalog they point at. */
export interface AssessModel {
  readonly questions: readonly ConditionQuestion[];
  readonly rules: readonly ThreatModelRule[];
  /** Threats by id; `threatOrder` gives the catalog order. */
  readonly threats: Readonly<Record<string, AssessThreatInfo>>;
  readonly threatOrder: readonly string[];
  readonly controls: Readonly<Record<string, AssessControlInfo>>;
  /** Control groups in overview order. */
  readonly controlGroups: readonly { readonly id: string; readonly name: string }[];
  /** The general controls, which apply to every threat, in catalog order. */
  readonly generalControls: readonly string[];
  /** Keys the decision tree no longer asks, and the key that asks instead. */
  readonly superseded: readonly { readonly key: string; readonly replacedBy: string | null }[];
  /** Steps 2 to 10 of the risk analysis, with links. */
  readonly nextSteps: readonly { readonly number: number; readonly label: string; readonly url: string }[];
}

/** What a reader decided about a listed threat. */
export type ThreatStatus = 'open' | 'accepted' | 'not-applicable';

/** Who deals with a threat. */
export type Responsible = 'you' | 'shared' | 'supplier';

/** A rule that put a threat on the list, with the answers that made it apply. */
export interface Reason {
  readonly rule: string;
  readonly conditions: Conditions;
}

/** A threat of the result. */
export interface ThreatResult extends AssessEntry {
  readonly reasons: readonly Reason[];
  readonly responsible: Responsible;
  readonly notes: readonly { readonly rule: string; readonly note: string }[];
  readonly status: ThreatStatus;
}

/** A control of the result. */
export interface ControlResult extends AssessEntry {
  /** The open threats it works against. */
  readonly against: readonly string[];
  /** Rules that add the control directly. */
  readonly rules: readonly string[];
  /** Worth considering rather than required. */
  readonly optional: boolean;
}

/** The builder's answer for one set of answers. */
export interface AssessResult {
  /** The answers that count: those of questions shown, given the earlier answers. */
  readonly answers: Conditions;
  /** Ids of the rules that apply. */
  readonly applied: readonly string[];
  /** Threats the reader (or the reader and a host) deals with, in catalog order. */
  readonly threats: readonly ThreatResult[];
  /** Threats a supplier is responsible for. */
  readonly supplierThreats: readonly ThreatResult[];
  /** General controls, listed once. */
  readonly generalControls: readonly ControlResult[];
  /** The other controls by control group, each control once. */
  readonly controlGroups: readonly { readonly id: string; readonly name: string; readonly controls: readonly ControlResult[] }[];
  /** Notes of applied rules that concern the whole system rather than one threat. */
  readonly notes: readonly { readonly rule: string; readonly step: number; readonly note: string }[];
}

/** Answers in their loose form: any key, `boolean` or a party. */
type AnswerMap = Partial<Record<ConditionKey, boolean | Party>>;

/** Whether every condition of a set holds in the answers; an unanswered key does not hold. */
export function conditionsHold(conditions: Conditions, answers: Conditions): boolean {
  const given = answers as AnswerMap;
  return Object.entries(conditions).every(([key, value]) => given[key as ConditionKey] === value);
}

/** The condition set that makes a rule apply, or undefined when it does not apply. */
export function matchingConditions(rule: ThreatModelRule, answers: Conditions): Conditions | undefined {
  if (rule.unless && conditionsHold(rule.unless, answers)) return undefined;
  return rule.when.find((set) => conditionsHold(set, answers));
}

/** Whether a rule applies to the answers. */
export function ruleApplies(rule: ThreatModelRule, answers: Conditions): boolean {
  return matchingConditions(rule, answers) !== undefined;
}

/** The answers of the questions that are shown; answers to hidden questions count as unanswered. */
export function effectiveAnswers(model: AssessModel, answers: Conditions): Conditions {
  const given = answers as AnswerMap;
  const kept: AnswerMap = {};
  for (const q of model.questions) {
    const value = given[q.key];
    if (value === undefined) continue;
    if (q.askIf && !conditionsHold(q.askIf, kept as Conditions)) continue;
    kept[q.key] = value;
  }
  return kept as Conditions;
}

/** Whether a question is shown, given the effective answers (see `effectiveAnswers`). */
export function isAsked(question: ConditionQuestion, answers: Conditions): boolean {
  return !question.askIf || conditionsHold(question.askIf, answers);
}

/** Evaluates the rules: the threats, controls, responsibilities and notes for a set of answers. */
export function assess(
  model: AssessModel,
  rawAnswers: Conditions,
  setAside: Readonly<Record<string, Exclude<ThreatStatus, 'open'>>> = {},
): AssessResult {
  const answers = effectiveAnswers(model, rawAnswers);
  const applied = model.rules.flatMap((rule) => {
    const conditions = matchingConditions(rule, answers);
    return conditions ? [{ rule, conditions }] : [];
  });

  const reasons = new Map<string, Reason[]>();
  const supplierReasons = new Map<string, Reason[]>();
  let shared = false;
  for (const { rule, conditions } of applied) {
    for (const id of rule.includeThreats ?? []) push(reasons, id, { rule: rule.id, conditions });
    for (const id of rule.supplierThreats ?? []) push(supplierReasons, id, { rule: rule.id, conditions });
    if (rule.sharedResponsibility) shared = true;
  }

  const notesFor = (id: string) =>
    applied.flatMap(({ rule }) => {
      const on = rule.noteOn;
      if (on === undefined) return [];
      const hit = on === 'behaviour' ? model.threats[id]?.behaviour === true : on.includes(id as never);
      return hit ? [{ rule: rule.id, note: rule.note }] : [];
    });
  const threatResult = (id: string, why: readonly Reason[], responsible: Responsible): ThreatResult => {
    const info = need(model.threats, id, 'threat');
    return { id, name: info.name, url: info.url, reasons: why, responsible, notes: notesFor(id), status: setAside[id] ?? 'open' };
  };

  const threats = model.threatOrder.filter((id) => reasons.has(id)).map((id) => threatResult(id, reasons.get(id)!, shared ? 'shared' : 'you'));
  // A threat that is also on the reader's own list stays theirs: the rule that lists it asks them to act.
  const supplierThreats = model.threatOrder
    .filter((id) => supplierReasons.has(id) && !reasons.has(id))
    .map((id) => threatResult(id, supplierReasons.get(id)!, 'supplier'));

  const open = threats.filter((t) => t.status === 'open').map((t) => t.id);
  const against = new Map<string, string[]>();
  for (const id of open) for (const c of model.threats[id]!.controls) push(against, c, id);
  const byRule = new Map<string, { rules: string[]; optional: boolean }>();
  for (const { rule } of applied) {
    for (const c of rule.includeControls ?? []) addRule(byRule, c, rule.id, false);
    for (const c of rule.optionalControls ?? []) addRule(byRule, c, rule.id, true);
  }
  const controlResult = (id: string): ControlResult => {
    const info = need(model.controls, id, 'control');
    const direct = byRule.get(id);
    const vs = against.get(id) ?? [];
    return { id, name: info.name, url: info.url, against: vs, rules: direct?.rules ?? [], optional: vs.length === 0 && direct?.optional === true };
  };
  const specific = Object.keys(model.controls).filter((id) => !model.controls[id]!.general && (against.has(id) || byRule.has(id)));
  const controlGroups = model.controlGroups
    .map((g) => ({ id: g.id, name: g.name, controls: specific.filter((id) => model.controls[id]!.group === g.id).map(controlResult) }))
    .filter((g) => g.controls.length > 0);
  const generalControls = applied.some(({ rule }) => rule.includeGeneralControls === true) ? model.generalControls.map(controlResult) : [];

  const notes = applied
    .filter(({ rule }) => rule.noteOn === undefined && (rule.includeThreats ?? []).length === 0)
    .map(({ rule }) => ({ rule: rule.id, step: rule.step, note: rule.note }));

  return { answers, applied: applied.map(({ rule }) => rule.id), threats, supplierThreats, generalControls, controlGroups, notes };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addRule(map: Map<string, { rules: string[]; optional: boolean }>, id: string, rule: string, optional: boolean): void {
  const found = map.get(id);
  if (found) {
    found.rules.push(rule);
    found.optional &&= optional;
  } else map.set(id, { rules: [rule], optional });
}

function need<T>(record: Readonly<Record<string, T>>, id: string, kind: string): T {
  const found = record[id];
  if (found === undefined) throw new Error(`The threat-model rules name the unknown ${kind} \`${id}\`. Hint: use an id from src/catalog/ids.ts.`);
  return found;
}
