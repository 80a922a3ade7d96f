import { describe, expect, it } from 'vitest';
import {
  meaningfulWords,
  mergePartial,
  otherSpelling,
  otherSpellingQuery,
  partialFilterCounts,
  wantsPartial,
} from '../../src/site/search-partial.ts';

describe('meaningfulWords', () => {
  it('keeps the words that name a subject, lower case and once each, without stop words', () => {
    expect(meaningfulWords('Segmentation of AI Agent Components')).toEqual([
      'segmentation',
      'ai',
      'agent',
      'components',
    ]);
    expect(meaningfulWords('the model and the Model')).toEqual(['model']);
  });

  it('splits hyphenated and punctuated words as the index does', () => {
    expect(meaningfulWords('Membership-Inference and Model-Inversion Mitigation')).toEqual([
      'membership',
      'inference',
      'model',
      'inversion',
      'mitigation',
    ]);
    expect(meaningfulWords('Execution Budgets, Loop Control (RCE)')).toEqual([
      'execution',
      'budgets',
      'loop',
      'control',
      'rce',
    ]);
  });

  it('gives nothing for a query of stop words and single letters', () => {
    expect(meaningfulWords('how to a b')).toEqual([]);
  });
});

describe('wantsPartial', () => {
  it('searches word by word when a query of several words finds fewer than three pages', () => {
    expect(wantsPartial('rate limit xylophone', 0)).toBe(true);
    expect(wantsPartial('rate limit xylophone', 2)).toBe(true);
    expect(wantsPartial('rate limit xylophone', 3)).toBe(false);
  });

  it('does not search a single word again, but does drop the stop words of a longer query', () => {
    expect(wantsPartial('xylophone', 0)).toBe(false);
    expect(wantsPartial('the xylophone', 0)).toBe(true);
    expect(wantsPartial('of the', 0)).toBe(false);
  });
});

describe('mergePartial', () => {
  it('puts the page that matches most words best before a page that matches every word in passing', () => {
    const perWord = [
      [
        { id: 'about', score: 9 },
        { id: 'passing', score: 0.5 },
      ],
      [
        { id: 'about', score: 6 },
        { id: 'passing', score: 0.4 },
      ],
      [
        { id: 'passing', score: 0.3 },
        { id: 'other', score: 0.2 },
      ],
    ];
    expect(mergePartial(perWord).map((p) => p.id)).toEqual(['about', 'passing', 'other']);
    expect(mergePartial(perWord)[0]).toEqual({ id: 'about', matched: 2, score: 2 });
  });

  it('ranks by how many words a page matches when it matches each as well', () => {
    const perWord = [
      [
        { id: 'one', score: 2 },
        { id: 'two', score: 2 },
      ],
      [{ id: 'two', score: 1 }],
    ];
    expect(mergePartial(perWord).map((p) => [p.id, p.matched])).toEqual([
      ['two', 2],
      ['one', 1],
    ]);
  });

  it('leaves out the pages already shown as full matches and counts a page once per word', () => {
    const perWord = [
      [
        { id: 'full', score: 5 },
        { id: 'a', score: 1 },
        { id: 'a', score: 1 },
      ],
    ];
    expect(mergePartial(perWord, new Set(['full']))).toEqual([{ id: 'a', matched: 1, score: 0.2 }]);
  });
});

describe('otherSpelling', () => {
  it('gives the British spelling the site uses for an American word', () => {
    expect(
      [
        'artifacts',
        'sanitize',
        'organization',
        'analyzing',
        'defenses',
        'behavior',
        'labeling',
        'modeled',
      ].map(otherSpelling),
    ).toEqual([
      'artefacts',
      'sanitise',
      'organisation',
      'analysing',
      'defences',
      'behaviour',
      'labelling',
      'modelled',
    ]);
  });

  it('leaves words alone that are spelled one way only or already British', () => {
    expect(
      ['size', 'prize', 'model', 'feeling', 'artefact', 'sanitise', 'promise'].map(otherSpelling),
    ).toEqual(Array(7).fill(undefined));
  });

  it('respells a whole query, or says there is nothing to respell', () => {
    expect(otherSpellingQuery('Unsafe AI Artifacts')).toBe('Unsafe AI artefacts');
    expect(otherSpellingQuery('rate limit')).toBeUndefined();
  });
});

describe('partialFilterCounts', () => {
  it('takes the largest count of each value over the searches, so a value is empty only when no search has it', () => {
    expect(
      partialFilterCounts([
        { kind: { Threat: 2, Control: 0 } },
        { kind: { Threat: 1, Control: 4 }, lifecycle: { Runtime: 3 } },
      ]),
    ).toEqual({
      kind: { Threat: 2, Control: 4 },
      lifecycle: { Runtime: 3 },
    });
  });
});
