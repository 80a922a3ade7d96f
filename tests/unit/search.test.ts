import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLookup, lookup } from '../../src/catalog/lookup.ts';
import type { Threat } from '../../src/catalog/types.ts';
import {
  FILTERS,
  lifecyclePhases,
  otherNames,
  pageKind,
  searchFacets,
  sentenceCase,
} from '../../src/site/search.ts';
import { searchQueries } from '../fixtures/search-queries.ts';
import { tinyCatalog } from '../fixtures/tiny-catalog.ts';

const tiny = createLookup(tinyCatalog);

describe('pageKind', () => {
  it('makes an entry page a threat or a control', () => {
    expect(pageKind(tiny, 'threats/evasion', { catalogId: 'EVASION' })).toBe('threat');
    expect(pageKind(tiny, 'controls/ratelimit', { catalogId: 'RATELIMIT' })).toBe('control');
  });

  it('makes a page under standards/ a standard and any other page an overview', () => {
    expect(pageKind(tiny, 'standards/iso-27002', {})).toBe('standard');
    expect(pageKind(tiny, 'overview/risk-analysis', {})).toBe('overview');
    expect(pageKind(tiny, 'threats-through-use', {})).toBe('overview');
  });

  it('makes the page of a discussion subject a subject, and a subject that is a section of another page nothing special', () => {
    expect(pageKind(lookup, 'testing', {})).toBe('subject');
    expect(pageKind(lookup, 'overview/agentic-ai', {})).toBe('subject');
    expect(pageKind(lookup, 'overview/about', {})).toBe('overview');
    expect(pageKind(tiny, 'testing', {})).toBe('overview');
  });

  it('lets a page declare its kind in the frontmatter', () => {
    expect(pageKind(tiny, 'crosswalks/iso', { searchKind: 'standard' })).toBe('standard');
  });
});

describe('lifecyclePhases', () => {
  it('files threats through use and runtime security threats under runtime', () => {
    expect(lifecyclePhases(tiny, tiny.threat('EVASION'))).toEqual(['runtime']);
    expect(lifecyclePhases(lookup, lookup.threat('INSECUREOUTPUT'))).toEqual(['runtime']);
    expect(lifecyclePhases(lookup, lookup.threat('DATAPOISON'))).toEqual(['development-time']);
  });

  it('files a control that acts in both phases under both', () => {
    const both = lookup.catalog.controls.find((c) => c.lifecycle === 'both');
    expect(both).toBeDefined();
    expect(lifecyclePhases(lookup, both!)).toEqual(['development-time', 'runtime']);
    expect(lifecyclePhases(tiny, tiny.control('AIPROGRAM'))).toEqual(['organisation']);
  });
});

describe('searchFacets', () => {
  it('gives every page its kind and nothing else when it is not an entry', () => {
    expect(searchFacets(tiny, 'overview', undefined)).toEqual([
      { filter: FILTERS.kind, value: 'Overview' },
    ]);
  });

  it('gives a control its kind, lifecycle and every control group it is listed in', () => {
    expect(searchFacets(tiny, 'control', tiny.control('RATELIMIT'))).toEqual([
      { filter: FILTERS.kind, value: 'Control' },
      { filter: FILTERS.lifecycle, value: 'Runtime' },
      { filter: FILTERS.group, value: '2b Adapted' },
    ]);
  });

  it("gives a control of the real catalog the categories of today's overview it sits in, once each", () => {
    const facets = searchFacets(lookup, 'control', lookup.control('CONTINUOUSVALIDATION'));
    expect(facets.filter((f) => f.filter === FILTERS.category).map((f) => f.value)).toEqual([
      'Have resilient models',
      'Limit',
    ]);
    expect(
      searchFacets(lookup, 'control', lookup.control('MONITORUSE'))
        .filter((f) => f.filter === FILTERS.category)
        .map((f) => f.value),
    ).toEqual(['Watch']);
  });

  it('gives a threat no control group', () => {
    expect(searchFacets(tiny, 'threat', tiny.threat('EVASION')).map((f) => f.filter)).toEqual([
      FILTERS.kind,
      FILTERS.lifecycle,
    ]);
  });
});

describe('otherNames', () => {
  const withNames = (patch: Partial<Threat>): Threat => ({ ...tiny.threat('EVASION'), ...patch });

  it('lists the names practitioners use and the name the original site uses today', () => {
    const entry = withNames({
      alsoKnownAs: ['adversarial examples'],
      legacy: { ...tiny.threat('EVASION').legacy, headName: 'CRAFTED INPUT' },
    });
    expect(otherNames(entry)).toEqual(['adversarial examples', 'Crafted input']);
  });

  it("leaves out the entry's own name and repeats", () => {
    const entry = withNames({
      alsoKnownAs: ['Bypass', 'bypass'],
      legacy: { ...tiny.threat('EVASION').legacy, headName: 'EVASION' },
    });
    expect(otherNames(entry)).toEqual(['Bypass']);
  });

  it('is empty for an entry known by its name only', () => {
    expect(otherNames(tiny.control('RATELIMIT'))).toEqual([]);
  });
});

describe('sentenceCase', () => {
  it('writes a name in capitals in sentence case and keeps abbreviations with a slash', () => {
    expect(sentenceCase('PROMPT INJECTION I/O HANDLING')).toBe('Prompt injection I/O handling');
  });

  it('leaves a name in mixed case alone', () => {
    expect(sentenceCase('Model exfiltration')).toBe('Model exfiltration');
  });
});

describe('the relevance set', () => {
  it('has at least 25 queries, each naming a page that exists', () => {
    expect(searchQueries.length).toBeGreaterThanOrEqual(25);
    const missing = searchQueries.filter((q) => {
      if (!q.expect.startsWith('/')) return lookup.findEntry(q.expect) === undefined;
      const file = q.expect === '/' ? 'content/index' : `content${q.expect.slice(0, -1)}`;
      return !existsSync(`${file}.mdx`) && !existsSync(`${file}/index.mdx`);
    });
    expect(missing).toEqual([]);
  });

  it('asks each query for a page once', () => {
    const pairs = searchQueries.map((q) => `${q.query} → ${q.expect}`);
    expect(pairs.filter((p, i) => pairs.indexOf(p) !== i)).toEqual([]);
  });
});
