/**
 * Helpers for showing the register of dated facts (src/catalog/timeline.ts) on pages: the date as
 * readers write it, the facts a page uses, and when those were last reviewed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { timeline, type TimelineFact } from '../catalog/timeline.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2027-12-02` → `2 December 2027`; `2023-12` → `December 2023`; `2026` → `2026`. */
export function formatFactDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return year as string;
  const name = MONTHS[Number(month) - 1] as string;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/** The fact with this id; throws a build error naming the register and the known ids otherwise. */
export function fact(id: string, facts: readonly TimelineFact[] = timeline): TimelineFact {
  const found = facts.find((f) => f.id === id);
  if (!found) {
    throw new Error(
      `<Dated id="${id}" />: no fact \`${id}\` in src/catalog/timeline.ts. Fix: use one of its ids (${facts.map((f) => f.id).join(', ')}) or add the fact there with its source and review date.`,
    );
  }
  return found;
}

/** The ids of the facts a page's MDX source names in `<Dated id="…">` or `<Timeline ids={[…]}>` / `topic="…"`. */
export function factIdsUsedIn(source: string, facts: readonly TimelineFact[] = timeline): string[] {
  const ids = new Set<string>();
  for (const m of source.matchAll(/<Dated\s[^>]*\bid="([a-z0-9-]+)"/g)) ids.add(m[1] as string);
  for (const m of source.matchAll(/<Timeline\s[^>]*\btopics?=\{?\[?([^}>]*)/g)) {
    for (const t of (m[1] as string).matchAll(/["']([^"']+)["']/g))
      for (const f of facts) if (f.topic === t[1]) ids.add(f.id);
  }
  return [...ids].sort();
}

/** The oldest review date among the facts, or undefined when there are none. */
export function oldestReview(
  ids: readonly string[],
  facts: readonly TimelineFact[] = timeline,
): string | undefined {
  const dates = ids.map((id) => fact(id, facts).lastReviewed).sort();
  return dates[0];
}

/**
 * Places where a page types, by hand, a day from which a duty of the register applies (`2 August
 * 2026`) instead of rendering it with the Dated component: such a date does not change when the
 * register does, which is how five pages came to state the EU AI Act's dates before the Digital
 * Omnibus. One message per place, naming file, line, date and the fact ids to use; `text` is a page's
 * MDX source. Only `applies` facts count: they are the dates laws move.
 */
export function retypedDates(
  file: string,
  text: string,
  facts: readonly TimelineFact[] = timeline,
): string[] {
  const byDay = new Map<string, string[]>();
  for (const f of facts.filter((x) => x.kind === 'applies' && /^\d{4}-\d{2}-\d{2}$/.test(x.date))) {
    const day = formatFactDate(f.date);
    byDay.set(day, [...(byDay.get(day) ?? []), f.id]);
  }
  const found: string[] = [];
  for (const [n, line] of text.split('\n').entries()) {
    for (const [day, ids] of byDay) {
      if (new RegExp(`(?<![\\d])${day}(?![\\d])`).test(line)) {
        found.push(
          `${file}:${n + 1}: the date ${day} is typed by hand. Fix: render it from the register of dated facts, <Dated id="${ids[0]}" />${
            ids.length > 1
              ? ` (or ${ids
                  .slice(1)
                  .map((i) => `\`${i}\``)
                  .join(', ')})`
              : ''
          }, so it changes when the law does.`,
        );
      }
    }
  }
  return found;
}

/** Every hand-typed register day in the pages under `<root>/content`. */
export function contentRetypedDates(root: string): string[] {
  const dir = join(root, 'content');
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(md|mdx)$/.test(f))
    .sort()
    .flatMap((f) =>
      retypedDates(`content/${f.split('\\').join('/')}`, readFileSync(join(dir, f), 'utf8')),
    );
}
