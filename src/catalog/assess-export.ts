/**
 * The threat-model builder's take-away files: a Markdown report, a CSV risk register and a JSON answer
 * set that the page imports again. Pure: the page passes the site's address (so links are absolute),
 * the date and the system's name.
 */
import type {
  AssessModel,
  AssessResult,
  Decisions,
  Owner,
  PossibleThreat,
  Reason,
  ThreatResult,
  Treatment,
} from './assess.ts';
import type { ConditionKey, Party } from './ids.ts';
import { RISK_PARAM, SYSTEM_PARAM, WHY_PARAM, parseQuery, toQuery } from './assess-query.ts';
import type { ParsedQuery } from './assess-query.ts';
import type { Conditions } from './rule-types.ts';

/** Owners as the reader sees them. */
export const OWNER_LABELS: Readonly<Record<Owner, string>> = {
  you: 'You',
  host: 'You and the host',
  supplier: 'The supplier',
  other: 'Another party',
};
/** Treatments as the reader sees them. */
export const TREATMENT_LABELS: Readonly<Record<Treatment, string>> = {
  mitigate: 'Mitigate',
  transfer: 'Transfer',
  avoid: 'Avoid',
  accept: 'Accept',
  'not-applicable': 'Not applicable',
};
/** Answers of the two party questions as the reader sees them. */
const PARTY_WORDS: Readonly<Record<Party, string>> = { self: 'we do', supplier: 'a supplier' };

/** What identifies one export: the system, the day, and where the links point. */
export interface ExportContext {
  /** The system's name; empty for an unnamed system. */
  readonly system: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The site's origin (plus base path), for absolute links. */
  readonly base: string;
  /** The link that opens this threat model again. */
  readonly shareUrl: string;
}

/** The CSV header row: one row per threat, as a risk register. */
export const CSV_COLUMNS = [
  'system',
  'assessed',
  'rules',
  'threat_id',
  'threat',
  'status',
  'owner',
  'likelihood',
  'impact',
  'treatment',
  'rationale',
  'why',
  'controls',
  'mitre_atlas',
  'owasp_llm_2026',
  'url',
] as const;

/** The question of a key, or the key itself if the model has no text for it. */
export function questionText(model: AssessModel, key: string): string {
  return model.questions.find((q) => q.key === key)?.question || key;
}

/** One answer in words. */
export function answerWords(value: boolean | Party): string {
  return typeof value === 'boolean' ? (value ? 'yes' : 'no') : PARTY_WORDS[value];
}

/** Answers as "question: answer" sentences, in the order given; `always` for none. */
export function describeConditions(model: AssessModel, conditions: Conditions): string {
  const pairs = Object.entries(conditions as Partial<Record<ConditionKey, boolean | Party>>).map(
    ([k, v]) => `${questionText(model, k)} ${answerWords(v!)}`,
  );
  return pairs.length > 0 ? pairs.join('; ') : 'always';
}

/** Why a threat is listed: each rule with the answers, in words, that made it apply. */
export function describeReasons(model: AssessModel, reasons: readonly Reason[]): string {
  return reasons
    .map((r) => `rule ${r.rule} (${describeConditions(model, r.conditions)})`)
    .join('; ');
}

/** What a possible threat waits for, in words. */
export function describeOpen(model: AssessModel, t: PossibleThreat): string {
  return t.open.map((k) => questionText(model, k)).join(' / ');
}

/** A file name from the system's name and the date, e.g. `hr-assistant-2026-12-06.md`. */
export function fileName(system: string, date: string, extension: string): string {
  const slug = system
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'threat-model'}-${date}.${extension}`;
}

const absolute = (base: string, path: string) =>
  new URL(path.replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`).href;

/** Quotes a CSV field when it holds a comma, quote or line break; a leading formula sign is defused. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const controlNames = (model: AssessModel, ids: readonly string[]) =>
  ids.map((id) => model.controls[id]?.name ?? id);

/** The result as a risk register: one row per threat (yours, the supplier's, then the possible ones). */
export function resultToCsv(
  model: AssessModel,
  result: AssessResult,
  context: ExportContext,
): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  const head = [context.system, context.date, model.version.rules];
  const row = (t: ThreatResult, status: string) => [
    ...head,
    t.id,
    t.name,
    status,
    OWNER_LABELS[t.owner],
    t.decision.likelihood ?? '',
    t.decision.impact ?? '',
    t.decision.treatment ? TREATMENT_LABELS[t.decision.treatment] : '',
    t.decision.rationale ?? '',
    describeReasons(model, t.reasons),
    controlNames(model, [...t.controls, ...t.optionalControls]).join('; '),
    t.atlas.join(' '),
    t.owasp.join(' '),
    absolute(context.base, t.url),
  ];
  for (const t of result.threats) rows.push(row(t, 'applies'));
  for (const t of result.supplierThreats) rows.push(row(t, "applies (supplier's share)"));
  for (const t of result.possibleThreats) {
    const info = model.threats[t.id]!;
    rows.push([
      ...head,
      t.id,
      t.name,
      `possible: answer ${describeOpen(model, t)}`,
      t.supplierOnly ? OWNER_LABELS.supplier : '',
      '',
      '',
      '',
      '',
      t.reasons.map((r) => `rule ${r.rule}`).join('; '),
      '',
      info.atlas.join(' '),
      info.owasp.join(' '),
      absolute(context.base, t.url),
    ]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Options of the Markdown report. */
export interface MarkdownOptions {
  /** Adds the rules that applied, with their conditions, at the end. */
  readonly includeRules?: boolean;
}

/** The result as a Markdown report: a page or two a team can paste into a ticket or a document. */
export function resultToMarkdown(
  model: AssessModel,
  result: AssessResult,
  context: ExportContext,
  options: MarkdownOptions = {},
): string {
  const link = (e: { name: string; url: string }) =>
    `[${e.name}](${absolute(context.base, e.url)})`;
  const controlLinks = (ids: readonly string[]) =>
    ids.map((id) => link(model.controls[id]!)).join(', ');
  const ruleNote = (id: string) => model.rules.find((r) => r.id === id)?.note ?? '';
  const title = context.system ? `Threat model: ${context.system}` : 'Threat model';
  const lines = [
    `# ${title}`,
    '',
    `Assessed ${context.date} with the threat-model rules of ${model.version.rules} and catalog ${model.version.catalog} (built ${model.version.built}).`,
    '',
    `Open again: <${context.shareUrl}>`,
    '',
    `${result.threats.length} threats for you, ${result.supplierThreats.length} in the supplier's share, ${result.possibleThreats.length} possible until open questions are answered.`,
    '',
    '## Answers',
    '',
  ];
  const given = result.answers as Partial<Record<ConditionKey, boolean | Party>>;
  for (const q of model.questions)
    if (given[q.key] !== undefined)
      lines.push(`- ${questionText(model, q.key)} **${answerWords(given[q.key]!)}**`);
  if (result.openQuestions.length > 0) {
    lines.push('', 'Not answered yet:', '');
    for (const q of result.openQuestions) lines.push(`- ${questionText(model, q.key)}`);
  }
  lines.push('', '## Threats', '');
  result.threats.forEach((t, i) => {
    const d = t.decision;
    lines.push(`### ${i + 1}. ${link(t)} (${t.id})`, '');
    lines.push(
      `- Why: ${t.reasons.map((r) => `rule ${r.rule}, ${ruleNote(r.rule)} (${describeConditions(model, r.conditions)})`).join('; ')}`,
    );
    for (const n of t.notes) lines.push(`- Note (rule ${n.rule}): ${n.note}`);
    lines.push(
      `- Owner: ${OWNER_LABELS[t.owner]}; likelihood: ${d.likelihood ?? 'not rated'}; impact: ${d.impact ?? 'not rated'}; treatment: ${d.treatment ? TREATMENT_LABELS[d.treatment] : 'not decided'}`,
    );
    if (d.rationale) lines.push(`- Rationale: ${d.rationale}`);
    if (t.controls.length > 0) lines.push(`- Controls: ${controlLinks(t.controls)}`);
    if (t.optionalControls.length > 0)
      lines.push(`- Worth considering: ${controlLinks(t.optionalControls)}`);
    if (t.owner === 'supplier' || t.owner === 'other')
      lines.push('- Get evidence that the owner handles it (step 6).');
    const ids = [
      t.atlas.length > 0 ? `MITRE ATLAS ${t.atlas.join(', ')}` : '',
      t.owasp.length > 0 ? `OWASP LLM Top 10 2026 ${t.owasp.join(', ')}` : '',
    ].filter(Boolean);
    if (ids.length > 0) lines.push(`- Maps to: ${ids.join('; ')}`);
    lines.push('');
  });
  if (result.possibleThreats.length > 0) {
    lines.push(
      '## Possible threats',
      '',
      'These apply or drop out depending on questions still open.',
      '',
    );
    for (const t of result.possibleThreats)
      lines.push(
        `- ${link(t)}${t.supplierOnly ? " (the supplier's)" : ''}: answer ${describeOpen(model, t)}`,
      );
    lines.push('');
  }
  if (result.supplierThreats.length > 0) {
    lines.push(
      "## The supplier's share",
      '',
      'The supplier is responsible for these, not necessarily accountable: get evidence that it handles them, or accept the risk.',
      '',
    );
    for (const t of result.supplierThreats)
      lines.push(
        `- ${link(t)}: rule ${t.reasons.map((r) => r.rule).join(', ')}, ${t.reasons.map((r) => ruleNote(r.rule)).join('; ')}`,
      );
    lines.push('');
  }
  if (result.generalControls.length > 0) {
    lines.push(
      '## General controls',
      '',
      `Against every threat: ${result.generalControls.map(link).join(', ')}.`,
      '',
    );
  }
  if (result.notes.length > 0) {
    lines.push('## Notes', '');
    for (const n of result.notes) lines.push(`- Rule ${n.rule} (step ${n.step}): ${n.note}`);
    lines.push('');
  }
  lines.push('## Next steps', '');
  for (const s of model.nextSteps)
    lines.push(`- [ ] ${s.number}. [${s.label}](${absolute(context.base, s.url)})`);
  if (options.includeRules) {
    lines.push('', '## Rules that applied', '');
    for (const id of result.applied) {
      const rule = model.rules.find((r) => r.id === id)!;
      lines.push(
        `- ${id} (step ${rule.step}): ${rule.note}. When: ${rule.when.map((set) => describeConditions(model, set)).join(' or ')}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** The identifier of the builder's JSON answer sets. */
export const ANSWER_SET_FORMAT = 'ai-security-exchange/threat-model';

/** A saved system: its name, answers and decisions, and the rules it was made with. */
export interface AnswerSet {
  readonly format: typeof ANSWER_SET_FORMAT;
  readonly system: string;
  readonly saved: string;
  readonly rules: string;
  readonly catalog: string;
  /** Answers in their query-string form (`yes`, `no`, `self`, `supplier`). */
  readonly answers: Readonly<Record<string, string>>;
  readonly decisions: Decisions;
}

/** The answer set of a system, ready for `JSON.stringify`. */
export function toAnswerSet(
  model: AssessModel,
  answers: Conditions,
  decisions: Decisions,
  system: string,
  date: string,
): AnswerSet {
  const query = new URLSearchParams(toQuery(model, answers));
  return {
    format: ANSWER_SET_FORMAT,
    system,
    saved: date,
    rules: model.version.rules,
    catalog: model.version.catalog,
    answers: Object.fromEntries(query),
    decisions,
  };
}

/**
 * Reads an answer set back (from a file a reader picked): the same checks as a shared link, so an
 * unknown key, value or threat is named rather than dropped. Throws when the text is not an answer set.
 */
export function fromAnswerSet(
  model: AssessModel,
  text: string,
): ParsedQuery & { readonly rules: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(
      'The file is not JSON. Pick a file the builder saved with "Save answers as a file".',
    );
  }
  const set = data as Partial<AnswerSet> | null;
  if (!set || typeof set !== 'object' || set.format !== ANSWER_SET_FORMAT)
    throw new Error(
      `The file is not a threat-model answer set (its \`format\` is not \`${ANSWER_SET_FORMAT}\`).`,
    );
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(set.answers ?? {})) params.append(k, String(v));
  if (typeof set.system === 'string') params.append(SYSTEM_PARAM, set.system);
  for (const [id, d] of Object.entries(set.decisions ?? {})) {
    const risk = [d.likelihood ?? '', d.impact ?? '', d.treatment ?? '', d.owner ?? '']
      .join(',')
      .replace(/,+$/, '');
    if (risk) params.append(`${RISK_PARAM}${id}`, risk);
    if (d.rationale) params.append(`${WHY_PARAM}${id}`, d.rationale);
  }
  return {
    ...parseQuery(model, params.toString()),
    rules: typeof set.rules === 'string' ? set.rules : 'unknown',
  };
}
