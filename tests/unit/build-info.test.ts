import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/site/build-info.ts';
import { citation } from '../../src/site/citation.ts';

describe('buildDate', () => {
  it('is the UTC date of the build', () => {
    expect(buildDate({}, new Date('2025-02-03T23:30:00-05:00'))).toBe('2025-02-04');
  });

  it('takes BUILD_DATE when set, so a build can be reproduced', () => {
    expect(buildDate({ BUILD_DATE: '2024-12-31' }, new Date('2025-02-03T00:00:00Z'))).toBe(
      '2024-12-31',
    );
  });

  it('takes the UTC date of SOURCE_DATE_EPOCH, and BUILD_DATE over it when both are set', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1764633599' }, new Date('2030-01-01T00:00:00Z'))).toBe(
      '2025-12-01',
    );
    expect(buildDate({ SOURCE_DATE_EPOCH: '1764633600' }, new Date('2030-01-01T00:00:00Z'))).toBe(
      '2025-12-02',
    );
    expect(buildDate({ SOURCE_DATE_EPOCH: '1764633600', BUILD_DATE: '2024-12-31' })).toBe(
      '2024-12-31',
    );
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: '2025-12-01' })).toThrow(
      'SOURCE_DATE_EPOCH=2025-12-01 is not a number of seconds since 1970',
    );
  });

  it('refuses a BUILD_DATE that is not a calendar date', () => {
    expect(() => buildDate({ BUILD_DATE: '2025-02-30' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: BUILD_DATE=2025-02-30 is not a date. Fix: give it as YYYY-MM-DD, e.g. BUILD_DATE=2025-01-31, or unset it to use today.]`,
    );
    expect(() => buildDate({ BUILD_DATE: '31/01/2025' })).toThrow('is not a date');
  });
});

describe('citation', () => {
  it('names the site, the entry with its kind and id, the version, the date and the permanent URL', () => {
    expect(
      citation({
        siteTitle: 'AI Security Exchange',
        kind: 'control',
        name: 'Rate limit',
        id: 'RATELIMIT',
        version: '1.2.0',
        date: '2025-01-31',
        url: 'https://example.org/controls/ratelimit/',
      }),
    ).toBe(
      'AI Security Exchange. “Rate limit” (control RATELIMIT). Version 1.2.0, 2025-01-31. https://example.org/controls/ratelimit/',
    );
  });
});
