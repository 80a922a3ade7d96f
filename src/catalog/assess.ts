/**
 * The threat-model builder's engine: from a reader's answers (and decisions) to the threats that apply,
 * those that may apply until a question is answered, the reasons, the controls per threat, the owner
 * per threat and the notes the rules attach. Pure and free of catalog imports, so the page's browser
 * script runs the same code on the compact model the page embeds (`buildAssessModel` in
 * assess-model.ts makes that model from the catalog; `assessAnswers` in assess-api.ts runs it on the
 * catalog for callers outside the page).
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
  /** When the threat occurs: a host shares the runtime ones, not those of development time. */
  readonly lifecycle: 'development-time' | 'through-use' | 'runtime';
  /** The threat's non-general controls (own, parent, threat group, mentioned), in catalog order. */
  readonly controls: readonly string[];
  /** MITRE ATLAS technique ids the catalog maps the threat to. */
  readonly atlas: readonly string[];
  /** OWASP Top 10 for LLM applications (2026 edition) ids the catalog maps the threat to. */
  readonly owasp: readonly string[];
}

/** A control with its primary group. */
export interface AssessControlInfo extends AssessEntry {
  readonly group: string;
  readonly general: boolean;
}

/** Which rules and which catalog a result came from, stamped on every export. */
export interface AssessVersion {
  /** `THREAT_MODEL_RULES_VERSION` of risk.ts. */
  readonly rules: string;
  /** The site's version (package.json), which versions the catalog. */
  readonly catalog: string;
  /** The build date, `YYYY-MM-DD`. */
  readonly built: string;
}

/** Everything the engine reads: questions, rules and the slice of the catalog they point at. */
export interface AssessModel {
  readonly version: AssessVersion;
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
  readonly nextSteps: readonly {
    readonly number: number;
    readonly label: string;
    readonly url: string;
  }[];
}

/** Rough ratings of likelihood and impact (step 2). */
export const LEVELS = ['low', 'medium', 'high'] as const;
/** A likelihood or impact rating. */
export type Level = (typeof LEVELS)[number];
/** The ways to treat a risk (step 3), plus "not applicable" for a threat the reader rules out. */
export const TREATMENTS = ['mitigate', 'transfer', 'avoid', 'accept', 'not-applicable'] as const;
/** A treatment decision. */
export type Treatment = (typeof TREATMENTS)[number];
/** Who owns a threat (step 5): you, you together with a host, the supplier, or another party. */
export const OWNERS = ['you', 'host', 'supplier', 'other'] as const;
/** An owner. */
export type Owner = (typeof OWNERS)[number];

/** What a reader decided about one threat; every field optional. */
export interface Decision {
  readonly likelihood?: Level;
  readonly impact?: Level;
  readonly treatment?: Treatment;
  /** Overrides the owner the rules suggest. */
  readonly owner?: Owner;
  /** Free text: why this rating and treatment. */
  readonly rationale?: string;
}

/** Decisions by threat id. */
export type Decisions = Readonly<Record<string, Decision>>;

/** Whether a threat still needs treatment, was accepted, or was ruled out. */
export type ThreatStatus = 'open' | 'accepted' | 'not-applicable';

/** The status a decision gives a threat. */
export function statusOf(decision: Decision | undefined): ThreatStatus {
  if (decision?.treatment === 'accept') return 'accepted';
  if (decision?.treatment === 'not-applicable') return 'not-applicable';
  return 'open';
}

/** A rule that put a threat on the list, with the answers that made it apply. */
export interface Reason {
  readonly rule: string;
  readonly conditions: Conditions;
}

/** A rule that would put a threat on the list if the open questions were answered its way. */
export interface PossibleReason {
  readonly rule: string;
  /** The answers given so far that the rule needs. */
  readonly conditions: Conditions;
  /** The unanswered keys the rule still needs (and its `unless` keys, if unanswered). */
  readonly open: readonly ConditionKey[];
}

/** A threat of the result. */
export interface ThreatResult extends AssessEntry {
  readonly reasons: readonly Reason[];
  readonly notes: readonly { readonly rule: string; readonly note: string }[];
  /** The owner: the reader's decision if any, else what the answers suggest. */
  readonly owner: Owner;
  /** What the answers suggest. */
  readonly suggestedOwner: Owner;
  readonly decision: Decision;
  readonly status: ThreatStatus;
  /** Controls against this threat on the reader's side, specific ones only, in catalog order. */
  readonly controls: readonly string[];
  /** Controls worth considering against this threat, not required. */
  readonly optionalControls: readonly string[];
  readonly atlas: readonly string[];
  readonly owasp: readonly string[];
}

/** A threat that applies only if some unanswered questions are answered a certain way. */
export interface PossibleThreat extends AssessEntry {
  readonly reasons: readonly PossibleReason[];
  /** Every unanswered key that could confirm it, in question order. */
  readonly open: readonly ConditionKey[];
  /** True when the open answers would make it the supplier's rather than yours. */
  readonly supplierOnly: boolean;
}

/** An unanswered question that is shown, and the threats its answer could add. */
export interface OpenQuestion {
  readonly key: ConditionKey;
  readonly threats: readonly string[];
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
  /** Threats the reader deals with (alone, with a host, or passed on by decision), highest rated first. */
  readonly threats: readonly ThreatResult[];
  /** Threats a supplier is responsible for (its training data or its running model), in catalog order. */
  readonly supplierThreats: readonly ThreatResult[];
  /** Threats that unanswered questions could add, in catalog order. */
  readonly possibleThreats: readonly PossibleThreat[];
  /** Shown questions still on "Not sure", in page order, with the threats each could add. */
  readonly openQuestions: readonly OpenQuestion[];
  /** General controls, listed once. */
  readonly generalControls: readonly ControlResult[];
  /** The other controls by control group, each control once. */
  readonly controlGroups: readonly {
    readonly id: string;
    readonly name: string;
    readonly controls: readonly ControlResult[];
  }[];
  /** Notes of applied rules that concern the whole system rather than one threat. */
  readonly notes: readonly {
    readonly rule: string;
    readonly step: number;
    readonly note: string;
  }[];
}

/** Answers in their loose form: any key, `boolean` or a party. */
type AnswerMap = Partial<Record<ConditionKey, boolean | Party>>;

/** Whether every condition of a set holds in the answers; an unanswered key does not hold. */
export function conditionsHold(conditions: Conditions, answers: Conditions): boolean {
  const given = answers as AnswerMap;
  return Object.entries(conditions).every(([key, value]) => given[key as ConditionKey] === value);
}

/** The condition set that makes a rule apply, or undefined when it does not apply. */
export function matchingConditions(
  rule: ThreatModelRule,
  answers: Conditions,
): Conditions | undefined {
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

/**
 * What is known about each key: answered, still open (shown and on "Not sure", or hidden behind an
 * open question), or closed (hidden because an earlier answer rules the question out).
 */
type KeyState =
  | { readonly kind: 'answered'; readonly value: boolean | Party }
  | { readonly kind: 'open' }
  | { readonly kind: 'closed' };

/** Three-valued truth: a condition set holds, may hold once open keys are answered, or cannot hold. */
type Truth =
  | { readonly kind: 'yes' }
  | { readonly kind: 'maybe'; readonly open: readonly ConditionKey[] }
  | { readonly kind: 'no' };

function keyStates(model: AssessModel, answers: Conditions): Map<string, KeyState> {
  const given = answers as AnswerMap;
  const states = new Map<string, KeyState>();
  for (const q of model.questions) {
    const shown = q.askIf ? truthOf(q.askIf, states).kind : 'yes';
    const value = given[q.key];
    if (shown === 'no') states.set(q.key, { kind: 'closed' });
    else if (shown === 'yes' && value !== undefined) states.set(q.key, { kind: 'answered', value });
    else states.set(q.key, { kind: 'open' });
  }
  return states;
}

function truthOf(conditions: Conditions, states: ReadonlyMap<string, KeyState>): Truth {
  const open: ConditionKey[] = [];
  for (const [key, value] of Object.entries(conditions)) {
    const state = states.get(key) ?? { kind: 'closed' };
    if (state.kind === 'closed' || (state.kind === 'answered' && state.value !== value))
      return { kind: 'no' };
    if (state.kind === 'open') open.push(key as ConditionKey);
  }
  return open.length === 0 ? { kind: 'yes' } : { kind: 'maybe', open };
}

/** A rule's truth: the best of its condition sets, lowered to "maybe" while its `unless` may hold. */
function ruleTruth(
  rule: ThreatModelRule,
  states: ReadonlyMap<string, KeyState>,
): { truth: Truth; conditions: Conditions } {
  const unless = rule.unless ? truthOf(rule.unless, states) : ({ kind: 'no' } as Truth);
  const none = { truth: { kind: 'no' } as Truth, conditions: {} };
  if (unless.kind === 'yes') return none;
  let best: { truth: Truth; conditions: Conditions } = none;
  for (const set of rule.when) {
    const truth = truthOf(set, states);
    if (truth.kind === 'yes') {
      best = { truth, conditions: set };
      break;
    }
    if (
      truth.kind === 'maybe' &&
      (best.truth.kind !== 'maybe' || truth.open.length < best.truth.open.length)
    )
      best = { truth, conditions: set };
  }
  if (best.truth.kind === 'no' || unless.kind === 'no') return best;
  const open = [...(best.truth.kind === 'maybe' ? best.truth.open : []), ...unless.open];
  return { truth: { kind: 'maybe', open: [...new Set(open)] }, conditions: best.conditions };
}

const SCORE: Readonly<Record<Level, number>> = { low: 1, medium: 2, high: 3 };
const LIFECYCLE_ORDER = { 'through-use': 0, runtime: 1, 'development-time': 2 } as const;

/**
 * Evaluates the rules: the threats, controls, owners and notes for a set of answers.
 *
 * @param model the builder's model (`buildAssessModel`, or the page's model.json)
 * @param rawAnswers answers by condition key; answers to questions that earlier answers hide are ignored
 * @param decisions the reader's decisions by threat id: rating, treatment, owner, rationale
 */
export function assess(
  model: AssessModel,
  rawAnswers: Conditions,
  decisions: Decisions = {},
): AssessResult {
  const answers = effectiveAnswers(model, rawAnswers);
  const states = keyStates(model, answers);
  const given = answers as AnswerMap;
  const evaluated = model.rules.map((rule) => ({ rule, ...ruleTruth(rule, states) }));
  const applied = evaluated.filter((e) => e.truth.kind === 'yes');
  const maybe = evaluated.filter((e) => e.truth.kind === 'maybe');

  const reasons = new Map<string, Reason[]>();
  const supplierReasons = new Map<string, Reason[]>();
  const listing = new Map<string, ThreatModelRule[]>();
  let shared = false;
  for (const { rule, conditions } of applied) {
    for (const id of rule.includeThreats ?? []) {
      push(reasons, id, { rule: rule.id, conditions });
      push(listing, id, rule);
    }
    for (const id of rule.supplierThreats ?? [])
      push(supplierReasons, id, { rule: rule.id, conditions });
    if (rule.sharedResponsibility) shared = true;
  }

  const notesFor = (id: string) =>
    applied.flatMap(({ rule }) => {
      const on = rule.noteOn;
      if (on === undefined) return [];
      const hit =
        on === 'behaviour' ? model.threats[id]?.behaviour === true : on.includes(id as never);
      return hit ? [{ rule: rule.id, note: rule.note }] : [];
    });
  const controlsOf = (id: string): { controls: string[]; optionalControls: string[] } => {
    const rules = listing.get(id) ?? [];
    const restricted = rules.length > 0 && rules.every((r) => r.restrictControls !== undefined);
    const required = new Set<string>(
      restricted
        ? rules.flatMap((r) => r.restrictControls ?? [])
        : need(model.threats, id, 'threat').controls,
    );
    for (const r of rules) for (const c of r.includeControls ?? []) required.add(c);
    const optional = new Set(
      rules.flatMap((r) => r.optionalControls ?? []).filter((c) => !required.has(c)),
    );
    const inOrder = (set: ReadonlySet<string>) =>
      Object.keys(model.controls).filter((c) => set.has(c));
    return { controls: inOrder(required), optionalControls: inOrder(optional) };
  };
  const threatResult = (
    id: string,
    why: readonly Reason[],
    suggestedOwner: Owner,
  ): ThreatResult => {
    const info = need(model.threats, id, 'threat');
    const decision = decisions[id] ?? {};
    return {
      id,
      name: info.name,
      url: info.url,
      reasons: why,
      notes: notesFor(id),
      owner: decision.owner ?? suggestedOwner,
      suggestedOwner,
      decision,
      status: statusOf(decision),
      ...controlsOf(id),
      atlas: info.atlas,
      owasp: info.owasp,
    };
  };
  const score = (t: ThreatResult) =>
    t.decision.likelihood && t.decision.impact
      ? SCORE[t.decision.likelihood] * SCORE[t.decision.impact]
      : 0;
  const rank = (id: string) =>
    id === 'GENERALAPPSECTHREATS' ? 9 : LIFECYCLE_ORDER[model.threats[id]!.lifecycle];
  const threats = model.threatOrder
    .filter((id) => reasons.has(id))
    .map((id) =>
      threatResult(
        id,
        reasons.get(id)!,
        shared && model.threats[id]!.lifecycle !== 'development-time' ? 'host' : 'you',
      ),
    )
    .map((t, i) => ({ t, i }))
    .sort((a, b) => score(b.t) - score(a.t) || rank(a.t.id) - rank(b.t.id) || a.i - b.i)
    .map(({ t }) => t);
  // The supplier's part stays visible even when a rule also makes the threat yours (its training data
  // against your augmentation data, for example).
  const supplierThreats = model.threatOrder
    .filter((id) => supplierReasons.has(id))
    .map((id) => threatResult(id, supplierReasons.get(id)!, 'supplier'));

  const possible = new Map<string, { reasons: PossibleReason[]; supplierOnly: boolean }>();
  for (const { rule, truth, conditions } of maybe) {
    if (truth.kind !== 'maybe') continue;
    const known = Object.fromEntries(
      Object.keys(conditions)
        .filter((k) => given[k as ConditionKey] !== undefined)
        .map((k) => [k, given[k as ConditionKey]]),
    ) as Conditions;
    const add = (id: string, supplier: boolean) => {
      const entry = possible.get(id) ?? { reasons: [], supplierOnly: true };
      entry.reasons.push({ rule: rule.id, conditions: known, open: truth.open });
      entry.supplierOnly &&= supplier;
      possible.set(id, entry);
    };
    for (const id of rule.includeThreats ?? []) if (!reasons.has(id)) add(id, false);
    for (const id of rule.supplierThreats ?? [])
      if (!reasons.has(id) && !supplierReasons.has(id)) add(id, true);
  }
  const keyOrder = model.questions.map((q) => q.key as string);
  const possibleThreats = model.threatOrder
    .filter((id) => possible.has(id))
    .map((id): PossibleThreat => {
      const info = need(model.threats, id, 'threat');
      const entry = possible.get(id)!;
      const open = keyOrder.filter((k) =>
        entry.reasons.some((r) => r.open.includes(k as ConditionKey)),
      ) as ConditionKey[];
      return {
        id,
        name: info.name,
        url: info.url,
        reasons: entry.reasons,
        open,
        supplierOnly: entry.supplierOnly,
      };
    });
  const openQuestions = model.questions
    .filter((q) => states.get(q.key)?.kind === 'open' && isAsked(q, answers))
    .map((q) => ({
      key: q.key,
      threats: possibleThreats.filter((t) => t.open.includes(q.key)).map((t) => t.id),
    }));

  const open = threats.filter((t) => t.status === 'open');
  const against = new Map<string, string[]>();
  const optionalOnly = new Set<string>();
  for (const t of open) {
    for (const c of t.controls) push(against, c, t.id);
    for (const c of t.optionalControls) optionalOnly.add(c);
  }
  const byRule = new Map<string, { rules: string[]; optional: boolean }>();
  for (const { rule } of applied) {
    for (const c of rule.includeControls ?? []) addRule(byRule, c, rule.id, false);
    for (const c of rule.optionalControls ?? []) addRule(byRule, c, rule.id, true);
  }
  const controlResult = (id: string): ControlResult => {
    const info = need(model.controls, id, 'control');
    const direct = byRule.get(id);
    const vs = against.get(id) ?? [];
    return {
      id,
      name: info.name,
      url: info.url,
      against: vs,
      rules: direct?.rules ?? [],
      optional: vs.length === 0 && (direct?.optional ?? optionalOnly.has(id)),
    };
  };
  const specific = Object.keys(model.controls).filter(
    (id) =>
      !model.controls[id]!.general && (against.has(id) || byRule.has(id) || optionalOnly.has(id)),
  );
  const controlGroups = model.controlGroups
    .map((g) => ({
      id: g.id,
      name: g.name,
      controls: specific.filter((id) => model.controls[id]!.group === g.id).map(controlResult),
    }))
    .filter((g) => g.controls.length > 0);
  const generalControls = applied.some(({ rule }) => rule.includeGeneralControls === true)
    ? model.generalControls.map(controlResult)
    : [];

  const notes = applied
    // A rule that lists threats (the reader's or the supplier's) says its note there, not here.
    .filter(
      ({ rule }) =>
        rule.systemNote === true ||
        (rule.noteOn === undefined &&
          (rule.includeThreats ?? []).length === 0 &&
          (rule.supplierThreats ?? []).length === 0),
    )
    .map(({ rule }) => ({ rule: rule.id, step: rule.step, note: rule.note }));

  return {
    answers,
    applied: applied.map(({ rule }) => rule.id),
    threats,
    supplierThreats,
    possibleThreats,
    openQuestions,
    generalControls,
    controlGroups,
    notes,
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addRule(
  map: Map<string, { rules: string[]; optional: boolean }>,
  id: string,
  rule: string,
  optional: boolean,
): void {
  const found = map.get(id);
  if (found) {
    found.rules.push(rule);
    found.optional &&= optional;
  } else map.set(id, { rules: [rule], optional });
}

function need<T>(record: Readonly<Record<string, T>>, id: string, kind: string): T {
  const found = record[id];
  if (found === undefined)
    throw new Error(
      `The threat-model rules name the unknown ${kind} \`${id}\`. Hint: use an id from src/catalog/ids.ts.`,
    );
  return found;
}
