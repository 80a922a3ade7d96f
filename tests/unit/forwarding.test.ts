import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/catalog/lookup.ts';
import { forwarding } from '../../src/site/forwarding.ts';
import { shortLinkTargets } from '../../src/site/redirects.ts';

describe('where forwarding pages lead, for links inside the PDF', () => {
  const forward = forwarding(lookup);

  it('follows a short link under either prefix and in any case', () => {
    expect(forward('/goto/ratelimit/', '')).toBe('/controls/ratelimit/');
    expect(forward('/go/RATELIMIT/', '')).toBe('/controls/ratelimit/');
    expect(forward('/goto/anomalousinputhandling/', '')).toBe('/controls/detectoddinput/');
  });

  it('keeps a fragment given on a short link unless the target names its own', () => {
    expect(forward('/goto/ratelimit/', '#objective')).toBe('/controls/ratelimit/#objective');
    const section = shortLinkTargets(lookup).find((t) => t.slug === 'governancecontrols')!.to;
    expect(section).toMatch(/^\/general-controls\/#/);
    expect(forward('/goto/governancecontrols/', '#x')).toBe(section);
  });

  it("sends an anchor of the original site's long pages to the page that holds it, and the page alone to its new home", () => {
    expect(forward('/docs/2_threats_through_use/', '#ratelimit')).toBe('/controls/ratelimit/');
    expect(forward('/docs/2_threats_through_use/', '')).toBe('/threats-through-use/');
  });

  it('resolves every short link and old page of a subject, as the PDF needs (testing and privacy were once left out)', () => {
    expect(forward('/goto/testing/', '')).toBe('/testing/');
    expect(forward('/go/TESTINGPROMPTINJECTION/', '')).toBe(
      '/testing/generative/#testing-against-prompt-injection',
    );
    expect(forward('/docs/5_testing/', '')).toBe('/testing/');
    expect(forward('/docs/6_privacy/', '#legislation')).toBe('/privacy/#legislation');
    for (const t of shortLinkTargets(lookup))
      expect(forward(`/goto/${t.slug}/`, ''), t.slug).toBe(t.to);
  });

  it('leaves other paths and unknown slugs alone', () => {
    expect(forward('/controls/ratelimit/', '')).toBeUndefined();
    expect(forward('/goto/nosuchslug/', '')).toBeUndefined();
  });
});
