import { describe, expect, it } from 'vitest';
import { editDistance, nearestSlugs } from '../../src/site/nearest.ts';

describe('nearestSlugs', () => {
  const items = ['ratelimit', 'monitoruse', 'datapoison', 'devdataprotect', 'evasion'].map(
    (slug) => ({ slug }),
  );

  it('counts single edits', () => {
    expect(editDistance('ratelimt', 'ratelimit')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the slug one typo away first', () => {
    expect(nearestSlugs('ratelimt', items, 2).map((i) => i.slug)[0]).toBe('ratelimit');
  });

  it('ranks a slug that contains the typed text first', () => {
    expect(nearestSlugs('poison', items, 1).map((i) => i.slug)).toEqual(['datapoison']);
  });
});
