/**
 * Checks the register of time-sensitive facts (src/catalog/timeline.ts): well-formed ids and dates,
 * and no fact whose last review is more than six months older than the build date. Pure: the caller
 * passes the build date, so a test can build "next year".
 */
import type { TimelineFact } from './timeline.ts';

/** How long a review stays valid, in months. */
export const REVIEW_VALID_MONTHS = 6;

const FILE = 'src/catalog/timeline.ts';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const FACT_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Whether a `YYYY-MM-DD` string names a real calendar day. */
function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Whether a fact date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) is well formed. */
function isFactDate(value: string): boolean {
  if (!FACT_DATE.test(value)) return false;
  const [year, month, day] = value.split('-');
  return isDay(`${year}-${month ?? '01'}-${day ?? '01'}`);
}

/**
 * The day a review made on `reviewed` stops being valid: the same day of the month six months later
 * (clamped to the month's last day, so a review on 31 August lasts to 28 or 29 February).
 */
export function reviewExpires(reviewed: string, months: number = REVIEW_VALID_MONTHS): string {
  const [y, m, d] = reviewed.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Returns one message per problem of the register, empty when it is sound. A fact reviewed more than
 * six months before `buildDate` is a problem: the message names the fact, the file, its source and
 * what to do.
 */
export function timelineProblems(facts: readonly TimelineFact[], buildDate: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const fact of facts) {
    const where = `${FILE}: fact \`${fact.id}\``;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(fact.id))
      problems.push(
        `${where}, field \`id\`: not lower-case words joined by hyphens. Fix: rename it, e.g. \`eu-ai-act-annex-iii\`, and update the pages that name it.`,
      );
    if (seen.has(fact.id))
      problems.push(
        `${where}, field \`id\`: the id is used twice. Fix: give each fact its own id.`,
      );
    seen.add(fact.id);
    if (!isFactDate(fact.date))
      problems.push(
        `${where}, field \`date\`: \`${fact.date}\` is not a date. Fix: write YYYY-MM-DD, or YYYY-MM / YYYY when the source gives no day.`,
      );
    if (fact.statement.trim() === '' || /\n/.test(fact.statement))
      problems.push(
        `${where}, field \`statement\`: the statement must be one non-empty line. Fix: state the fact in one sentence.`,
      );
    if (!/^https:\/\//.test(fact.source.url))
      problems.push(
        `${where}, field \`source.url\`: \`${fact.source.url}\` is not an https URL. Fix: link the official journal, court, legislature or publisher.`,
      );
    if (!isDay(fact.lastReviewed)) {
      problems.push(
        `${where}, field \`lastReviewed\`: \`${fact.lastReviewed}\` is not a date. Fix: write the day you checked the fact, as YYYY-MM-DD.`,
      );
      continue;
    }
    if (fact.lastReviewed > buildDate) {
      problems.push(
        `${where}, field \`lastReviewed\`: ${fact.lastReviewed} is after the build date ${buildDate}. Fix: write the day you actually checked the fact.`,
      );
      continue;
    }
    const expires = reviewExpires(fact.lastReviewed);
    if (expires < buildDate) {
      problems.push(
        `${where}, field \`lastReviewed\`: last reviewed on ${fact.lastReviewed}, more than ${REVIEW_VALID_MONTHS} months before the build date ${buildDate}, so the fact may be out of date ("${fact.statement}"). Fix: check it against ${fact.source.url} (and later amendments or editions), correct the statement or date if they changed, and set \`lastReviewed\` to the day you checked.`,
      );
    }
  }
  return problems;
}
