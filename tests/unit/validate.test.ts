import { describe, expect, it } from 'vitest';
import { formatProblem, validate } from '../../src/catalog/validate.ts';
import { brokenCopy, tinyCatalog } from '../fixtures/tiny-catalog.ts';

const messages = (c: Parameters<typeof validate>[0]) => validate(c).map(formatProblem);

describe('validate', () => {
  it('finds nothing wrong in a sound catalog', () => {
    expect(validate(tinyCatalog)).toEqual([]);
  });

  it('reports a duplicate id', () => {
    const c = brokenCopy((x) => x.controls.push({ ...x.controls[1], slug: 'ratelimit2' }));
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: control RATELIMIT, field \`id\`: the id is used by 2 entries. Fix: give each entry its own id in src/catalog/controls.ts.",
      ]
    `);
  });

  it('reports control details that name a missing control, or details of details, with the fix', () => {
    const missing = brokenCopy((x) => {
      x.controls[1] = { ...x.controls[1], detailsOf: 'NOPE' };
    });
    expect(messages(missing)).toContain(
      'src/catalog: control RATELIMIT (src/catalog/controls.ts), field `detailsOf`: `NOPE` is not a control of the catalog. Fix: name the control this entry details, or remove `detailsOf`.',
    );
    const chained = brokenCopy((x) => {
      x.controls[0] = { ...x.controls[0], detailsOf: 'RATELIMIT' };
      x.controls[2] = { ...x.controls[2], detailsOf: x.controls[0].id };
    });
    expect(
      messages(chained).some(
        (m) => m.includes('field `detailsOf`') && m.includes('is itself the details of RATELIMIT'),
      ),
    ).toBe(true);
  });

  it('reports a retired id or slug that a live entry takes over', () => {
    const retired = {
      kind: 'control',
      id: 'RATELIMIT',
      name: 'Old',
      slug: 'detectoddinput',
      aliases: [],
      how: 'merged',
      mergedInto: 'AIPROGRAM',
      reason: 'Merged.',
      retiredOn: '2026-12-01',
      legacy: {
        seedUrl: 'https://example.org/',
        headPage: null,
        headAnchor: null,
        status: 'merged',
      },
    };
    const c = brokenCopy((x) => x.retired.push(retired));
    const found = messages(c).filter((m) => m.startsWith('src/catalog: retired control RATELIMIT'));
    expect(found.map((m) => /field `(\w+)`/.exec(m)?.[1])).toEqual(['id', 'slug']);
    expect(found.join('\n')).toContain('a retired id is never reused');
    expect(found.join('\n')).toContain(
      '`detectoddinput` is also the slug or an alias of control DETECTODDINPUT',
    );
  });

  it('reports an overview group member that is not a control', () => {
    const c = brokenCopy((x) =>
      x.essentialGroups.push({
        id: 'watch-monitoring',
        category: 'Watch',
        name: 'Monitoring',
        controls: ['MONITORTHAT'],
        summary: 'x',
      }),
    );
    expect(messages(c)).toContain(
      'src/catalog: overview group watch-monitoring (src/catalog/essentials.ts), field `controls`: `MONITORTHAT` is not a control of the catalog. Fix: add the control or remove the reference.',
    );
  });

  it('reports an id declared in ids.ts without an entry', () => {
    const c = brokenCopy((x) => x.controls.splice(2, 1));
    expect(messages(c)).toContain(
      'src/catalog: control DETECTODDINPUT, field `id`: the id is declared in src/catalog/ids.ts but has no entry. Fix: add the entry to src/catalog/controls.ts or remove the id.',
    );
  });

  it("reports an alias that is another entry's slug", () => {
    const c = brokenCopy((x) => x.threats[1].aliases.push('ratelimit'));
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: threat CLOSEDBOXEVASION, field \`aliases\`: \`ratelimit\` is already the slug or an alias of control RATELIMIT. Fix: remove it from one of them; a short link has one target.",
      ]
    `);
  });

  it('reports a slug that is not made of lower-case letters and digits', () => {
    const c = brokenCopy((x) => (x.controls[1].slug = 'rate-limit'));
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: control RATELIMIT, field \`slug\`: \`rate-limit\` is not a slug. Fix: use lower-case letters and digits only, e.g. \`ratelimit\`.",
      ]
    `);
  });

  it('accepts a general control singled out for a threat that does not name it', () => {
    const c = brokenCopy((x) => (x.controls[0].threats = ['EVASION']));
    expect(validate(c)).toEqual([]);
  });

  it('reports a dangling relation', () => {
    const c = brokenCopy((x) => x.threats[0].relatedThreats.push('DATAPOISON'));
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: threat EVASION (src/catalog/threats.ts), field \`relatedThreats\`: \`DATAPOISON\` is not a threat of the catalog. Fix: add the threat or remove the reference.",
      ]
    `);
  });

  it('reports threats whose parents run in a circle, with the circle and the fix', () => {
    const c = brokenCopy((x) => (x.threats[0].parent = 'CLOSEDBOXEVASION'));
    expect(messages(c)).toContain(
      'src/catalog: threat EVASION (src/catalog/threats.ts), field `parent`: the parents run in a circle (EVASION → CLOSEDBOXEVASION → EVASION). Fix: give one threat of the circle `parent: null` or a broader threat outside it.',
    );
  });

  it('reports a parent that is not a threat of the catalog', () => {
    const c = brokenCopy((x) => (x.threats[1].parent = 'NOPE'));
    expect(messages(c)).toEqual([
      'src/catalog: threat CLOSEDBOXEVASION (src/catalog/threats.ts), field `parent`: `NOPE` is not a threat of the catalog. Fix: add the threat or remove the reference.',
    ]);
  });

  it('reports a control reference that no threat group answers to', () => {
    const c = brokenCopy((x) => x.threats[0].controlRefs.push('dev-time-protection'));
    expect(messages(c)).toEqual([
      "src/catalog: threat EVASION (src/catalog/threats.ts), field `controlRefs`: no threat group is referenced as `dev-time-protection`. Fix: remove it, or set `referencedAs: 'dev-time-protection'` on a threat group in src/catalog/groups.ts.",
    ]);
  });

  it('reports a control that no control group lists', () => {
    const c = brokenCopy((x) => {
      x.controls[1].groups = [];
      x.controlGroups[1].controls = [];
    });
    expect(messages(c)).toEqual([
      'src/catalog: control RATELIMIT (src/catalog/controls.ts), field `groups`: the control is in no control group. Fix: add RATELIMIT to the `controls` of a control group in src/catalog/groups.ts.',
    ]);
  });

  it('reports a primary group that does not list the control', () => {
    const c = brokenCopy((x) => (x.controls[1].group = 'governance'));
    expect(messages(c)).toEqual([
      'src/catalog: control RATELIMIT (src/catalog/controls.ts), field `primaryGroup`: `governance` does not list RATELIMIT. Fix: add RATELIMIT to the `controls` of control group governance in src/catalog/groups.ts, or set `primaryGroup` to one of it-adapted.',
    ]);
  });

  it('reports a group member that is not a control, or a member listed twice', () => {
    const c = brokenCopy((x) => x.controlGroups[0].controls.push('NOPE', 'AIPROGRAM'));
    expect(messages(c)).toEqual([
      'src/catalog: control group governance (src/catalog/groups.ts), field `controls`: `NOPE` is not a control of the catalog. Fix: add the control or remove the reference.',
      'src/catalog: control group governance (src/catalog/groups.ts), field `controls`: lists AIPROGRAM more than once. Fix: keep one.',
    ]);
  });

  it('reports a general control outside the sections of part 1', () => {
    // As assembled: a section's members are the controls whose `section` is its id.
    const c = brokenCopy((x) => {
      x.controls[0].section = '2.0';
      x.controlSections[0].controls = [];
    });
    expect(messages(c)).toEqual([
      'src/catalog: control AIPROGRAM (src/catalog/controls.ts), field `section`: a general control must be in section 1.1, not `2.0`. Fix: set `section` to one of them, or `general: false`.',
    ]);
  });

  it('reports a malformed standards reference', () => {
    const c = brokenCopy((x) => {
      x.controls[1].standards = [
        { framework: 'OpenCRE', ref: '630573', coverage: 'unknown' },
        {
          framework: 'OpenCRE',
          ref: '630-573',
          coverage: 'mostly',
          url: 'https://www.opencre.org/cre/630-573',
        },
        { framework: 'NIST 9000', ref: null, coverage: 'full', url: 'www.example.org' },
      ];
    });
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: control RATELIMIT (src/catalog/controls.ts), field \`standards[0]\`: the OpenCRE id \`630573\` is malformed. Fix: use the form \`123-456\`.",
        "src/catalog: control RATELIMIT (src/catalog/controls.ts), field \`standards[1]\`: the coverage \`mostly\` is not one of full, partial, minimal, none, unknown. Fix: use one of them.",
        "src/catalog: control RATELIMIT (src/catalog/controls.ts), field \`standards[1]\`: an OpenCRE link is derived from its id. Fix: remove \`url\`.",
        "src/catalog: control RATELIMIT (src/catalog/controls.ts), field \`standards[2]\`: the framework \`NIST 9000\` is unknown. Fix: add it to src/catalog/frameworks.ts or correct the name.",
        "src/catalog: control RATELIMIT (src/catalog/controls.ts), field \`standards[2]\`: the link \`www.example.org\` is not an absolute http(s) URL. Fix: give the full address.",
      ]
    `);
  });

  it('reports an empty or over-long summary', () => {
    const c = brokenCopy((x) => {
      x.threats[0].summary = ' ';
      x.controls[1].summary = 'x'.repeat(161);
    });
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: threat EVASION (src/catalog/threats.ts), field \`summary\`: the summary is empty. Fix: write one sentence of at most 160 characters.",
        "src/catalog: control RATELIMIT (src/catalog/controls.ts), field \`summary\`: the summary has 161 characters. Fix: shorten it to 160 or fewer.",
      ]
    `);
  });

  it('sends an OWASP LLM Top 10 or NCSC/CISA reference in `standards` to the field that holds those mappings', () => {
    const c = brokenCopy((x) => {
      x.frameworks.push({ id: 'OWASP LLM Top 10', publisher: 'OWASP' });
      x.controls[1].standards.push({
        framework: 'OWASP LLM Top 10',
        ref: 'LLM04',
        coverage: 'full',
      });
    });
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: control RATELIMIT (src/catalog/controls.ts), field \`standards[1]\`: OWASP LLM Top 10 references are not listed in \`standards\`. Fix: list the item id in the entry's \`owaspLlmTop10\` field instead.",
      ]
    `);
  });

  it("reports another name that is the entry's own name, too long, or already another entry's", () => {
    const c = brokenCopy((x) => {
      x.threats[0].alsoKnownAs = ['evasion', 'adversarial examples'];
      x.threats[1].alsoKnownAs = ['Adversarial examples', 'x'.repeat(61)];
    });
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: threat EVASION (src/catalog/threats.ts), field \`alsoKnownAs\`: \`evasion\` is the entry's own name. Fix: remove it.",
        "src/catalog: threat CLOSEDBOXEVASION (src/catalog/threats.ts), field \`alsoKnownAs\`: \`Adversarial examples\` is already another name of threat EVASION (src/catalog/threats.ts). Fix: keep it on the entry a reader means by it.",
        "src/catalog: threat CLOSEDBOXEVASION (src/catalog/threats.ts), field \`alsoKnownAs\`: \`xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\` has 61 characters. Fix: keep other names to a few words (60 characters at most).",
      ]
    `);
  });
});
