/**
 * Types of the threat-model rules: the current decision tree of the risk analysis, the questions that
 * feed it and the steps that follow it. Kept apart from `types.ts` because the threat-model builder's
 * browser script imports them without the rest of the catalog.
 */
import type { ConditionKey, ControlId, Party, PartyConditionKey, ThreatId } from './ids.ts';

/** The answer type of one condition key: yes/no, or who does it for `trained_by` and `run_by`. */
export type ConditionValue<K extends ConditionKey = ConditionKey> = K extends PartyConditionKey
  ? Party
  : boolean;

/** Answers to some condition keys; a key that is absent is unanswered. */
export type Conditions = { readonly [K in ConditionKey]?: ConditionValue<K> };

/** A step of the current risk analysis (ten steps), with where this site explains it. */
export interface ThreatModelStep {
  /** Step number, 1 to 10. */
  readonly number: number;
  /** The step's heading as the original names it. */
  readonly heading: string;
  /** Our own short name of the step. */
  readonly label: string;
  /** Anchor of the step on this site's risk-analysis page. */
  readonly anchor: string;
}

/** The part of the reader's picture a question belongs to, in the order a reader thinks about a system. */
export type QuestionGroupId = 'model' | 'parties' | 'data' | 'actions';

/** One question of the threat-model builder: one per current condition key. */
export interface ConditionQuestion {
  readonly key: ConditionKey;
  readonly group: QuestionGroupId;
  /** The question as the reader sees it. */
  readonly question: string;
  /** One or two sentences in our own words with an example. */
  readonly explanation: string;
  /** Shown only when these earlier answers hold (all of them); hidden questions count as unanswered. */
  readonly askIf?: Conditions;
}

/** A rule of the current risk analysis: when its conditions hold, which threats, controls and notes apply. */
export interface ThreatModelRule {
  /**
   * The original's rule id (`H1` …), a row of its one-page threat model (`P1` …) or a rule of its RAG
   * and agentic overviews, which extend the tree (`X1` …).
   */
  readonly id: string;
  /** The risk-analysis step the rule belongs to (see `threatModelSteps`). */
  readonly step: number;
  /** Where the rule comes from: the decision tree, the one-page threat model, or the RAG or agentic overview. */
  readonly source: 'decision-tree' | 'one-pager' | 'rag-overview' | 'agentic-overview';
  /** Ids of the first edition's rules this one replaces or keeps (`R1` …). */
  readonly seedRules: readonly string[];
  /**
   * Alternative condition sets: the rule applies when every condition of at least one set holds.
   * `[{}]` means always.
   */
  readonly when: readonly Conditions[];
  /** The rule does not apply when all of these hold. */
  readonly unless?: Conditions;
  /** Threats the rule puts on the reader's list. */
  readonly includeThreats?: readonly ThreatId[];
  /** Controls the rule adds beyond those of the threats. */
  readonly includeControls?: readonly ControlId[];
  /** Controls worth considering, not required. */
  readonly optionalControls?: readonly ControlId[];
  /**
   * When set, the threats this rule lists are countered on the reader's side only by these controls
   * (plus `includeControls` and `optionalControls`): the threat's other controls belong to whoever
   * trains the model. Applies while every rule that lists the threat restricts it.
   */
  readonly restrictControls?: readonly ControlId[];
  /** When true, the general controls (sections 1.1 to 1.3) join the list. */
  readonly includeGeneralControls?: boolean;
  /** Threats a supplier is responsible for when the rule applies (responsible, not necessarily accountable). */
  readonly supplierThreats?: readonly ThreatId[];
  /** When true, responsibility for the reader's threats is shared with whoever hosts components. */
  readonly sharedResponsibility?: boolean;
  /**
   * Threats the note is attached to: listed ids, or `behaviour` for every listed threat that
   * manipulates model behaviour (impact code B).
   */
  readonly noteOn?: 'behaviour' | readonly ThreatId[];
  /** When true, the note also shows once for the whole system, so it stays visible with no threat to attach to. */
  readonly systemNote?: boolean;
  /** What the rule tells the reader, in a few words of our own. */
  readonly note: string;
}
