/**
 * Prose and facts panel cannot disagree. The panel of an entry page is rendered from the catalog; the
 * prose is typed by hand and can claim a relation the catalog does not hold. Two patterns covered
 * most of the contradictions of the December 2026 review, and both can be read from the MDX without
 * guessing:
 *
 * 1. A control page's Objective names, in a sentence saying the control counters, reduces or protects
 *    against something, a threat the catalog does not relate to the control (directly, or through a
 *    broader threat it reduces).
 * 2. A threat page's "Choosing controls" names, in such a sentence, a control that the catalog does
 *    not apply to the threat (not its own, its parent's, its group's, a mentioned one or a general one).
 * 3. A threat page says it has "no controls" (of its own, specific, dedicated) while the catalog lists
 *    controls described for it.
 *
 * General controls apply to every threat, so a control page of a general control may name any threat.
 *
 * Sentences with a negation ("does not help against", "rather than") are left alone: they explain
 * what a control is not for. Pure functions over a page's text, plus a reader for the content folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookup as realLookup, type Lookup } from '../catalog/lookup.ts';
import type { Control, Threat } from '../catalog/types.ts';

const REF = /<Ref\s+id="([A-Z0-9]+)"\s*\/?>/g;
const CLAIM =
  /\b(counter(s|ed|ing)?|reduc(e|es|ed|ing)|mitigat(e|es|ed|ing)|protects? against|defends? against|guards? against|addresses|targets)\b/i;
const NEGATION = /\b(not|no|never|neither|nor|without|rather than|instead of|unlike|except)\b/i;
const NO_CONTROLS = /\bno (specific |dedicated |separate )?controls( of its own)?\b/i;

/** The text of a `## Heading` section of an MDX page, or undefined when there is none. */
export function section(text: string, heading: string): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Sentences of a paragraph text (split at `. `, `! `, `? ` and line ends; good enough for prose with ids). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z<*])|\n+/).filter((s) => s.trim() !== '');
}

/** The threats a control reduces, with every narrower threat of those (a parent's control reduces its children). */
function threatsCovered(lookup: Lookup, control: Control): Set<string> {
  const covered = new Set<string>();
  const add = (t: Threat) => {
    if (covered.has(t.id)) return;
    covered.add(t.id);
    for (const child of t.children) add(lookup.threat(child));
  };
  for (const t of lookup.threatsOfControl(control)) add(t);
  return covered;
}

/** Problems of one entry page's prose against the catalog; `file` is used in the messages. */
export function pageProseProblems(
  file: string,
  text: string,
  entryId: string,
  lookup: Lookup = realLookup,
): string[] {
  const entry = lookup.findEntry(entryId);
  if (!entry) return [];
  const problems: string[] = [];
  if (lookup.isThreat(entry)) {
    const c = lookup.controlsOfThreat(entry);
    const described = [...c.own, ...c.inherited, ...c.mentioned];
    const applies = lookup.specificControlIds(entry);
    problems.push(
      ...claimProblems(
        file,
        text,
        section(text, 'Choosing controls'),
        (id) => {
          const named = lookup.findEntry(id);
          return named !== undefined &&
            !lookup.isThreat(named) &&
            !named.general &&
            !applies.has(named.id)
            ? named.id
            : undefined;
        },
        (id) =>
          `the prose says ${id} counters ${entry.id}, but the catalog does not apply ${id} to it. Fix: add ${id} to the threat's controls (or mentionedControls) in src/catalog/threats.ts if the prose is right, or reword the sentence (<RelatedInline id="${entry.id}" /> renders the controls the catalog applies).`,
      ),
    );
    for (const [n, line] of text.split('\n').entries()) {
      if (NO_CONTROLS.test(line) && described.length > 0) {
        problems.push(
          `${file}:${n + 1}: the prose says the threat has no controls, but the catalog lists ${described.map((x) => x.id).join(', ')} for ${entry.id}. Fix: say which controls apply and why (<RelatedInline id="${entry.id}" /> renders them), or correct the threat's controls in src/catalog/threats.ts.`,
        );
      }
    }
    return problems;
  }
  const control = entry as Control;
  if (control.general) return problems;
  const covered = threatsCovered(lookup, control);
  return claimProblems(
    file,
    text,
    section(text, 'Objective'),
    (id) => {
      const named = lookup.findEntry(id);
      return named !== undefined && lookup.isThreat(named) && !covered.has(named.id)
        ? named.id
        : undefined;
    },
    (id) =>
      `the Objective says ${entry.id} counters ${id}, but the catalog does not relate them. Fix: add ${entry.id} to the controls of ${id} in src/catalog/threats.ts if the prose is right, or reword the sentence (<RelatedInline id="${entry.id}" /> renders the threats the catalog relates).`,
  );
}

/**
 * Sentences of `part` (a section of `text`) that claim an effect and name, with `<Ref>`, an entry
 * `unrelated` returns an id for; one message per such name, with the line in `text`.
 */
function claimProblems(
  file: string,
  text: string,
  part: string | undefined,
  unrelated: (id: string) => string | undefined,
  message: (id: string) => string,
): string[] {
  if (part === undefined) return [];
  const problems: string[] = [];
  for (const sentence of sentences(part)) {
    if (!CLAIM.test(sentence) || NEGATION.test(sentence)) continue;
    for (const [, id] of sentence.matchAll(REF)) {
      const found = unrelated(id as string);
      if (found === undefined) continue;
      const line = text.split('\n').findIndex((l) => l.includes(sentence.trim().slice(0, 40))) + 1;
      problems.push(`${file}:${line}: ${message(found)}`);
    }
  }
  return problems;
}

/** Every prose problem of the entry pages under `<root>/content`. */
export function proseProblems(root: string, lookup: Lookup = realLookup): string[] {
  const problems: string[] = [];
  for (const folder of ['threats', 'controls']) {
    const dir = join(root, 'content', folder);
    for (const name of (readdirSync(dir) as string[]).filter((f) => f.endsWith('.mdx')).sort()) {
      const text = readFileSync(join(dir, name), 'utf8');
      const id = /^catalogId:\s*([A-Z0-9]+)\s*$/m.exec(text)?.[1];
      if (id) problems.push(...pageProseProblems(`content/${folder}/${name}`, text, id, lookup));
    }
  }
  return problems;
}
