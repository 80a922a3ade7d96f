import { describe, expect, it } from 'vitest';
import { slugWords, vocabulary } from '../../src/site/slug-words.ts';

const words = vocabulary([
  'Encode model output',
  'Model theft through use',
  'Output encoding',
  'The rate limit',
  'Prompt injection',
]);

describe('slugWords', () => {
  it('splits a run-together slug into known words', () => {
    expect(slugWords('outputencoding', words)).toEqual(['output', 'encoding']);
    expect(slugWords('OUTPUTENCODING', words)).toEqual(['output', 'encoding']);
  });

  it('prefers the split with the fewest words', () => {
    expect(slugWords('modeltheft', words)).toEqual(['model', 'theft']);
  });

  it('keeps unknown letters together as one piece between known words', () => {
    expect(slugWords('promptxyzinjection', words)).toEqual(['prompt', 'xyz', 'injection']);
  });

  it('returns the slug itself when no word is known', () => {
    expect(slugWords('qqq', words)).toEqual(['qqq']);
  });

  it('drops digits and punctuation and returns nothing for an empty slug', () => {
    expect(slugWords('rate-limit2', words)).toEqual(['rate', 'limit']);
    expect(slugWords('', words)).toEqual([]);
  });
});

describe('vocabulary', () => {
  it('collects lower-case words of two letters or more', () => {
    expect([...vocabulary(['A Rate-limit, of I/O'])].sort()).toEqual(['limit', 'of', 'rate']);
  });
});
