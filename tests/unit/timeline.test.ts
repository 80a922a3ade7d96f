import { describe, expect, it } from 'vitest';
import { timeline, type TimelineFact } from '../../src/catalog/timeline.ts';
import { reviewExpires, timelineProblems } from '../../src/catalog/timeline-check.ts';
import {
  contentRetypedDates,
  factIdsUsedIn,
  formatFactDate,
  oldestReview,
  retypedDates,
} from '../../src/site/dated-facts.ts';

const fact = (over: Partial<TimelineFact> = {}): TimelineFact => ({
  id: 'eu-ai-act-annex-iii',
  topic: 'EU AI Act',
  kind: 'applies',
  jurisdiction: 'EU',
  date: '2027-12-02',
  statement: 'High-risk requirements apply to Annex III systems.',
  source: {
    title: 'Procedure file',
    url: 'https://oeil.secure.europarl.europa.eu/oeil/en/procedure-file?reference=2025/0359(COD)',
  },
  lastReviewed: '2026-12-06',
  ...over,
});

describe('the register of dated facts', () => {
  it('holds no problem at the build date of its last review', () => {
    expect(timelineProblems(timeline, '2026-12-06')).toEqual([]);
  });

  it('fails a fact whose review is more than six months older than the build, naming fact, file and fix', () => {
    const problems = timelineProblems([fact({ lastReviewed: '2026-05-01' })], '2026-12-06');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^src\/catalog\/timeline\.ts: fact `eu-ai-act-annex-iii`, field `lastReviewed`: last reviewed on 2026-05-01, more than 6 months before the build date 2026-12-06/,
    );
    expect(problems[0]).toContain('Fix: check it against https://oeil.secure.europarl.europa.eu/');
    expect(problems[0]).toContain('set `lastReviewed` to the day you checked');
  });

  it('accepts a review exactly six months old and fails it one day later', () => {
    expect(timelineProblems([fact({ lastReviewed: '2026-06-06' })], '2026-12-06')).toEqual([]);
    expect(timelineProblems([fact({ lastReviewed: '2026-06-05' })], '2026-12-06')).toHaveLength(1);
  });

  it('lets the real register go stale once its reviews are over six months old', () => {
    const stale = timelineProblems(timeline, '2027-06-07');
    expect(stale).toHaveLength(timeline.length);
  });

  it('clamps the expiry of a review on the 31st to the end of a shorter month', () => {
    expect(reviewExpires('2026-08-31')).toBe('2027-02-28');
  });

  it('rejects a malformed date, a review date after the build and a duplicate id', () => {
    const problems = timelineProblems(
      [fact({ date: '2027-13-02' }), fact({ lastReviewed: '2027-01-01' })],
      '2026-12-06',
    );
    expect(problems.some((p) => p.includes('field `date`: `2027-13-02` is not a date'))).toBe(true);
    expect(problems.some((p) => p.includes('is after the build date'))).toBe(true);
    expect(problems.some((p) => p.includes('the id is used twice'))).toBe(true);
  });

  it('writes dates the way readers do, at the precision the source gives', () => {
    expect(formatFactDate('2027-12-02')).toBe('2 December 2027');
    expect(formatFactDate('2023-12')).toBe('December 2023');
    expect(formatFactDate('2026')).toBe('2026');
  });

  it('finds the facts a page uses and their oldest review', () => {
    const facts = [
      fact(),
      fact({ id: 'nis2-application', topic: 'NIS2', lastReviewed: '2026-11-01' }),
    ];
    const source =
      'From <Dated id="eu-ai-act-annex-iii" />.\n<Timeline topics={["NIS2"]} caption="x" />';
    expect(factIdsUsedIn(source, facts)).toEqual(['eu-ai-act-annex-iii', 'nis2-application']);
    expect(oldestReview(factIdsUsedIn(source, facts), facts)).toBe('2026-11-01');
  });

  it('states the Digital Omnibus dates as adopted', () => {
    const date = (id: string) => timeline.find((f) => f.id === id)?.date;
    expect([
      date('eu-ai-omnibus-council'),
      date('eu-ai-act-annex-iii'),
      date('eu-ai-act-annex-i'),
      date('eu-ai-act-intimate-imagery-ban'),
    ]).toEqual(['2026-06-29', '2027-12-02', '2028-08-02', '2026-12-02']);
  });

  it('fails a page that types a date a duty applies from, naming file, line, date and the fact to use', () => {
    const facts = [fact(), fact({ id: 'eu-ai-act-annex-i', date: '2028-08-02' })];
    expect(
      retypedDates(
        'content/x.mdx',
        'Intro.\nHigh-risk duties start on 2 December 2027 in the EU.',
        facts,
      ),
    ).toEqual([
      'content/x.mdx:2: the date 2 December 2027 is typed by hand. Fix: render it from the register of dated facts, <Dated id="eu-ai-act-annex-iii" />, so it changes when the law does.',
    ]);
  });

  it('leaves a rendered date, another day containing the digits, and a publication date alone', () => {
    const facts = [
      fact({ date: '2026-08-02' }),
      fact({ id: 'owasp', kind: 'edition', date: '2026-08-04' }),
    ];
    expect(
      retypedDates(
        'f.mdx',
        'From <Dated id="eu-ai-act-annex-iii" />, as of 22 August 2026, published 4 August 2026.',
        facts,
      ),
    ).toEqual([]);
  });

  it('finds no hand-typed register date in the pages', () => {
    expect(contentRetypedDates(process.cwd())).toEqual([]);
  });
});
