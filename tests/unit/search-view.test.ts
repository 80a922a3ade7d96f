import { describe, expect, it } from 'vitest';
import { FILTERS, OTHER_NAMES_META } from '../../src/site/search.ts';
import { ALSO_LISTED_META } from '../../src/site/search-crosswalk.ts';
import {
  alsoListedMatches,
  entryIdOfUrl,
  filterHeading,
  pagefindFilters,
  resultFacts,
  resultMessage,
  sectionsToShow,
  type PagefindResultData,
} from '../../src/site/search-view.ts';

const page = (over: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/controls/ratelimit/',
  excerpt: 'x',
  meta: { title: 'Rate limit' },
  ...over,
});
const sub = (url: string, hits = 1) => ({
  title: url,
  url,
  excerpt: url,
  locations: Array.from({ length: hits }, (_, i) => i),
});

describe('resultMessage', () => {
  it('says how many results a query has, in the singular for one', () => {
    expect(resultMessage(12, 'rate limit')).toBe('12 results for rate limit');
    expect(resultMessage(1, 'rate limit')).toBe('1 result for rate limit');
    expect(resultMessage(0, 'xyz')).toBe('No results for xyz');
  });

  it('adds how many pages hold some of the words when the answer includes partial matches', () => {
    expect(resultMessage(0, 'rate limit xyz', 7)).toBe(
      'No results for rate limit xyz; 7 pages have some of the words',
    );
    expect(resultMessage(2, 'rate limit xyz', 1)).toBe(
      '2 results for rate limit xyz; 1 page has some of the words',
    );
  });
});

describe('sectionsToShow', () => {
  it('shows the page excerpt and the other sections when the first section is the page itself', () => {
    const data = page({
      sub_results: [
        sub('/controls/ratelimit/'),
        sub('/controls/ratelimit/#a'),
        sub('/controls/ratelimit/#b'),
      ],
    });
    expect(sectionsToShow(data)).toEqual({
      showExcerpt: true,
      sections: [sub('/controls/ratelimit/#a'), sub('/controls/ratelimit/#b')],
    });
  });

  it('keeps the three sections with the most matches, in page order', () => {
    const data = page({ sub_results: [sub('#a', 1), sub('#b', 5), sub('#c', 2), sub('#d', 4)] });
    expect(sectionsToShow(data).sections.map((s) => s.url)).toEqual(['#b', '#c', '#d']);
    expect(sectionsToShow(data).showExcerpt).toBe(false);
  });

  it('shows the page excerpt when there are no sections', () => {
    expect(sectionsToShow(page())).toEqual({ showExcerpt: true, sections: [] });
  });
});

describe('entryIdOfUrl', () => {
  it('reads the entry id from a threat or control page URL, with or without a fragment', () => {
    expect(entryIdOfUrl('/controls/ratelimit/')).toBe('RATELIMIT');
    expect(entryIdOfUrl('/threats/datapoison/#impact')).toBe('DATAPOISON');
  });

  it('gives nothing for other pages', () => {
    expect(entryIdOfUrl('/overview/')).toBeUndefined();
    expect(entryIdOfUrl('/standards/opencre/')).toBeUndefined();
  });
});

describe('resultFacts', () => {
  it('lists the id, kind, lifecycle and other names of an entry', () => {
    const data = page({
      filters: { [FILTERS.kind]: ['Control'], [FILTERS.lifecycle]: ['Runtime'] },
      meta: { title: 'Rate limit', [OTHER_NAMES_META]: 'Throttling' },
    });
    expect(resultFacts(data)).toEqual([
      'RATELIMIT',
      'Control',
      'Runtime',
      'Also known as: Throttling',
    ]);
  });

  it('lists only the kind of a page that is not an entry', () => {
    expect(
      resultFacts(page({ url: '/overview/', filters: { [FILTERS.kind]: ['Overview'] } })),
    ).toEqual(['Overview']);
  });
});

describe('filters', () => {
  it('capitalises a filter key as its heading', () => {
    expect(filterHeading('control group')).toBe('Control group');
  });

  it('groups selected values by filter in the shape Pagefind takes, two values of a filter as either', () => {
    expect(
      pagefindFilters([
        { filter: 'kind', value: 'Control' },
        { filter: 'lifecycle', value: 'Runtime' },
        { filter: 'kind', value: 'Threat' },
      ]),
    ).toEqual({ kind: { any: ['Control', 'Threat'] }, lifecycle: ['Runtime'] });
    expect(pagefindFilters([])).toEqual({});
  });
});

describe('alsoListedMatches', () => {
  const listed = page({
    meta: {
      title: 'Least model privilege',
      [ALSO_LISTED_META]:
        'Excessive Agency · Tool Misuse and Exploitation · AI Agent Tools Permissions Configuration',
    },
  });

  it('keeps the outside names that share a word with the query, in their order', () => {
    expect(alsoListedMatches(listed, ['excessive', 'agency'])).toEqual(['Excessive Agency']);
    expect(alsoListedMatches(listed, ['tool'])).toEqual([
      'Tool Misuse and Exploitation',
      'AI Agent Tools Permissions Configuration',
    ]);
  });

  it('matches a word by its stem, not by a short shared start', () => {
    expect(alsoListedMatches(listed, ['permission'])).toEqual([
      'AI Agent Tools Permissions Configuration',
    ]);
    expect(alsoListedMatches(listed, ['ex'])).toEqual([]);
  });

  it('gives nothing for a page without outside names or a query without words', () => {
    expect(alsoListedMatches(page(), ['agency'])).toEqual([]);
    expect(alsoListedMatches(listed, [])).toEqual([]);
  });
});
