/**
 * The threat-model builder's take-away files: a Markdown checklist and a CSV table of the result.
 * Pure: the page passes the site's address so links in the files are absolute.
 */
import type { AssessModel, AssessResult, ControlResult, Reason, Responsible, ThreatResult } from './assess.ts';
import type { ConditionKey, Party } from './ids.ts';
import type { Conditions } from './rule-types.ts';

/** The CSV header row. */
export const CSV_COLUMNS = ['id', 'name', 'kind', 'why', 'responsible', 'url'] as const;

const RESPONSIBLE: Readonly<Record<Responsible, string>> = { you: 'you', shared: 'you and the host', supplier: 'supplier' };

/** The answers as `key=value` pairs, in the order given. */
export function describeConditions(conditions: Conditions): string {
  const pairs = Object.entries(conditions as Partial<Record<ConditionKey, boolean | Party>>).map(
    ([k, v]) => `${k}=${typeof v === 'boolean' ? (v ? 'yes' : 'no') : v}`,
  );
  return pairs.length > 0 ? pairs.join(', ') : 'always';
}

/** Why a threat is listed: each rule with the answers that made it apply. */
export function describeReasons(reasons: readonly Reason[]): string {
  return reasons.map((r) => `${r.rule} (${describeConditions(r.conditions)})`).join('; ');
}

const statusText = (t: ThreatResult) => (t.status === 'accepted' ? 'accepted' : t.status === 'not-applicable' ? 'not applicable' : '');

const controlWhy = (c: ControlResult, general: boolean) =>
  [general ? 'general control' : '', c.against.length > 0 ? `against ${c.against.join(', ')}` : '', c.rules.length > 0 ? `rule ${c.rules.join(', ')}` : '', c.optional ? 'optional' : '']
    .filter(Boolean)
    .join('; ');

const absolute = (base: string, path: string) => new URL(path, base).href;

/** Quotes a CSV field when it holds a comma, quote or line break; a leading formula sign is defused. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The result as CSV: threats (yours, then the supplier's), then controls, one row each. */
export function resultToCsv(result: AssessResult, base: string): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const t of [...result.threats, ...result.supplierThreats]) {
    const why = [describeReasons(t.reasons), statusText(t)].filter(Boolean).join('; ');
    rows.push([t.id, t.name, 'threat', why, RESPONSIBLE[t.responsible], absolute(base, t.url)]);
  }
  const controls = [...result.generalControls.map((c) => [c, true] as const), ...result.controlGroups.flatMap((g) => g.controls.map((c) => [c, false] as const))];
  const responsible = result.threats.some((t) => t.responsible === 'shared') ? RESPONSIBLE.shared : RESPONSIBLE.you;
  for (const [c, general] of controls) rows.push([c.id, c.name, 'control', controlWhy(c, general), responsible, absolute(base, c.url)]);
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The result as a Markdown checklist a team can paste into a ticket or a document. */
export function resultToMarkdown(model: AssessModel, result: AssessResult, base: string, shareUrl: string): string {
  const link = (e: { name: string; url: string; id: string }) => `[${e.name}](${absolute(base, e.url)}) (${e.id})`;
  const lines = ['# Threat model', '', `Answers: ${describeConditions(result.answers)}`, '', `Open again: ${shareUrl}`, '', '## Threats', ''];
  for (const t of result.threats) {
    const status = statusText(t);
    lines.push(`- [${status ? 'x' : ' '}] ${link(t)}: ${describeReasons(t.reasons)}. Responsible: ${RESPONSIBLE[t.responsible]}.${status ? ` Set aside: ${status}.` : ''}`);
    for (const n of t.notes) lines.push(`  - ${n.rule}: ${n.note}`);
  }
  if (result.supplierThreats.length > 0) {
    lines.push('', "## The supplier's share", '');
    for (const t of result.supplierThreats) lines.push(`- [ ] ${link(t)}: ${describeReasons(t.reasons)}. Get assurance from the supplier.`);
  }
  lines.push('', '## Controls', '');
  if (result.generalControls.length > 0) {
    lines.push('### General controls', '');
    for (const c of result.generalControls) lines.push(`- [ ] ${link(c)}`);
    lines.push('');
  }
  for (const g of result.controlGroups) {
    lines.push(`### ${g.name}`, '');
    for (const c of g.controls) lines.push(`- [ ] ${link(c)}: ${controlWhy(c, false)}`);
    lines.push('');
  }
  if (result.notes.length > 0) {
    lines.push('## Notes', '');
    for (const n of result.notes) lines.push(`- ${n.rule}: ${n.note}`);
    lines.push('');
  }
  lines.push('## Next steps', '');
  for (const s of model.nextSteps) lines.push(`- [ ] ${s.number}. [${s.label}](${absolute(base, s.url)})`);
  return lines.join('\n') + '\n';
}
