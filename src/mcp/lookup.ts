/**
 * Finding things by the names people give them: an entry by id, slug, alias or other name in any case
 * (a retired id leads to its successor), a framework by a loose name ("ATLAS", "LLM Top 10 2026") and an
 * item inside it by its reference in any usual spelling (`LLM01`, `llm01:2026`, `AML.T0051`). Errors
 * name what was asked and list or suggest what exists.
 */
import { normalise } from './search.ts';
import type { SiteData, SiteEntry, SiteMapping, SiteRetired } from './site-data.ts';

/** A lookup that failed; the message is meant for the assistant's user. */
export class LookupError extends Error {}

/** An entry found by what was asked, and the retired entry it came through, if any. */
export interface FoundEntry {
  readonly entry: SiteEntry;
  readonly retired?: SiteRetired;
}

const key = (s: string) => normalise(s.replace(/^#/, '')).replace(/ /g, '');

/** Edit distance between two short strings, for suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** The entry an id, slug, alias or other name names; throws with the nearest ids when none does. */
export function findEntry(data: SiteData, asked: string): FoundEntry {
  const k = key(asked);
  if (k === '')
    throw new LookupError('Give an entry id, for example `RATELIMIT` or `PROMPTINJECTION`.');
  const byId = new Map(data.entries.map((e) => [e.id, e]));
  for (const e of data.entries) {
    if ([e.id, e.slug, ...e.aliases, e.name, ...(e.alsoKnownAs ?? [])].some((n) => key(n) === k))
      return { entry: e };
  }
  for (const r of data.retired) {
    if ([r.id, r.slug, ...r.aliases, r.name].some((n) => key(n) === k)) {
      const entry = byId.get(r.mergedInto);
      if (entry) return { entry, retired: r };
    }
  }
  const nearest = data.entries
    .map((e) => ({ id: e.id, d: Math.min(distance(k, key(e.id)), distance(k, key(e.name))) }))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, 5)
    .map((e) => e.id);
  throw new LookupError(
    `No entry has the id or name \`${asked}\`. Nearest ids: ${nearest.join(', ')}. Use the \`search\` tool to find an entry by words.`,
  );
}

/** Frameworks by the names people use for them, beside their ids. */
const FRAMEWORK_NICKNAMES: readonly [RegExp, string][] = [
  [/^(mitre )?atlas$/, 'mitre atlas'],
  [/^(owasp )?(top 10 )?(for )?agentic( applications)?( top 10)?( 2026)?$|^asi$/, 'agentic'],
  [/^(owasp )?aisvs$/, 'aisvs'],
  [/^(owasp )?(llm|genai) top ?10$/, 'llm top 10'],
];

/**
 * The framework a loose name means. A name without an edition (`LLM Top 10`) means the newest
 * edition the catalog maps; throws listing every framework when nothing fits.
 */
export function findFramework(data: SiteData, asked: string): string {
  const names = [
    ...new Set([...data.frameworks.map((f) => f.id), ...data.mappings.map((m) => m.framework)]),
  ];
  const k = normalise(asked);
  let wanted = k;
  for (const [pattern, canonical] of FRAMEWORK_NICKNAMES) if (pattern.test(k)) wanted = canonical;
  const exact = names.find((n) => normalise(n) === k || key(n) === key(asked));
  if (exact) return exact;
  const words = wanted.split(' ').filter(Boolean);
  const candidates = names
    .map((n) => ({ n, hay: ` ${normalise(n)} ` }))
    .filter(({ hay }) => words.every((w) => hay.includes(` ${w} `) || hay.includes(` ${w}`)))
    .map(({ n }) => n);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length > 1) {
    // No edition asked: the newest one (the year in the name; an id without one is the oldest edition).
    const year = (n: string) => Number(/\b(20\d\d)\b/.exec(n)?.[1] ?? 0);
    return [...candidates].sort((a, b) => year(b) - year(a))[0]!;
  }
  throw new LookupError(
    `No framework is called \`${asked}\`. Frameworks this catalog maps: ${names.sort().join('; ')}.`,
  );
}

/** The mappings of one item of a framework; throws listing the framework's items when none matches. */
export function findMappings(data: SiteData, framework: string, ref: string): SiteMapping[] {
  const rows = data.mappings.filter((m) => m.framework === framework);
  const k = key(ref.replace(/^aisvs\s*/i, ''));
  const refKey = (r: string | null) => key(r ?? '');
  // `LLM01` finds `LLM01:2026`; `C8.1` finds `C8.1`; a whole-framework row answers only an empty ref.
  const hits = rows.filter(
    (m) =>
      refKey(m.ref) === k ||
      (k !== '' && refKey(m.ref).startsWith(k) && /^\d{4}$/.test(refKey(m.ref).slice(k.length))),
  );
  if (hits.length > 0) return hits;
  const refs = [...new Set(rows.map((m) => m.ref).filter((r): r is string => r !== null))];
  throw new LookupError(
    `${framework} has no item \`${ref}\` that this catalog maps. Its mapped items: ${refs.join(', ') || 'none'}.`,
  );
}
