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
        "src/catalog: control RATELIMIT, field \`slug\`: the slug must be the lower-case id. Fix: set it to \`ratelimit\`.",
      ]
    `);
  });

  it('reports control details that name a missing control, or details of details, with the fix', () => {
    const missing = brokenCopy((x) => { x.controls[1] = { ...x.controls[1], detailsOf: 'NOPE' }; });
    expect(messages(missing)).toContain('src/catalog: control RATELIMIT, field `detailsOf`: `NOPE` is not a control of the catalog. Fix: name the control this entry details, or remove `detailsOf`.');
    const chained = brokenCopy((x) => {
      x.controls[0] = { ...x.controls[0], detailsOf: 'RATELIMIT' };
      x.controls[2] = { ...x.controls[2], detailsOf: x.controls[0].id };
    });
    expect(messages(chained).some((m) => m.includes('field `detailsOf`') && m.includes('is itself the details of RATELIMIT'))).toBe(true);
  });

  it('reports a retired id or slug that a live entry takes over', () => {
    const retired = {
      kind: 'control', id: 'RATELIMIT', name: 'Old', slug: 'detectoddinput', aliases: [], how: 'merged', mergedInto: 'AIPROGRAM', reason: 'Merged.', retiredOn: '2026-12-01',
      legacy: { seedUrl: 'https://example.org/', headPage: null, headAnchor: null, status: 'merged' },
    };
    const c = brokenCopy((x) => x.retired.push(retired));
    const found = messages(c).filter((m) => m.startsWith('src/catalog: retired control RATELIMIT'));
    expect(found.map((m) => /field `(\w+)`/.exec(m)?.[1])).toEqual(['id', 'slug']);
    expect(found.join('\n')).toContain('a retired id is never reused');
    expect(found.join('\n')).toContain('`detectoddinput` is also the slug or an alias of control DETECTODDINPUT');
  });

  it('reports an overview group member that is not a control', () => {
    const c = brokenCopy((x) => x.essentialGroups.push({ id: 'watch-monitoring', category: 'Watch', name: 'Monitoring', controls: ['MONITORTHAT'], summary: 'x' }));
    expect(messages(c)).toContain('src/catalog: overview group watch-monitoring (src/catalog/essentials.ts), field `controls`: `MONITORTHAT` is not a control of the catalog. Fix: add the control or remove the reference.');
  });

  it('reports an id declared in ids.ts without an entry', () => {
    const c = brokenCopy((x) => x.controls.splice(2, 1));
    expect(messages(c)).toContain(
      'src/catalog: control DETECTODDINPUT, field `id`: the id is declared in src/catalog/ids.ts but has no entry. Fix: add the entry to src/catalog/controls.ts or remove the id.',
    );
  });

  it('reports an alias that is another entry\'s slug', () => {
    const c = brokenCopy((x) => x.threats[1].aliases.push('ratelimit'));
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: threat CLOSEDBOXEVASION, field \`aliases\`: \`ratelimit\` is already the slug or an alias of control RATELIMIT. Fix: remove it from one of them; a short link has one target.",
      ]
    `);
  });

  it('reports a slug that is not the lower-case id', () => {
    const c = brokenCopy((x) => (x.controls[1].slug = 'rate-limit'));
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: control RATELIMIT, field \`slug\`: the slug must be the lower-case id. Fix: set it to \`ratelimit\`.",
        "src/catalog: control RATELIMIT, field \`slug\`: \`rate-limit\` is not a slug. Fix: use lower-case letters and digits only, e.g. \`ratelimit\`.",
      ]
    `);
  });

  it('reports a control that lists a threat which does not list it', () => {
    const c = brokenCopy((x) => (x.threats[0].controls = []));
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: control DETECTODDINPUT, field \`threats\`: lists threat EVASION, but EVASION does not list DETECTODDINPUT (in its \`controls\`, its parent's, its threat groups' or \`mentionedControls\`). Fix: add DETECTODDINPUT to threat EVASION's \`controls\` or \`mentionedControls\`, or remove EVASION here.",
        "src/catalog: control DETECTODDINPUT, field \`threats\`: lists threat CLOSEDBOXEVASION, but CLOSEDBOXEVASION does not list DETECTODDINPUT (in its \`controls\`, its parent's, its threat groups' or \`mentionedControls\`). Fix: add DETECTODDINPUT to threat CLOSEDBOXEVASION's \`controls\` or \`mentionedControls\`, or remove CLOSEDBOXEVASION here.",
      ]
    `);
  });

  it('reports a threat that lists a control which does not list it back', () => {
    const c = brokenCopy((x) => (x.controls[2].threats = ['EVASION']));
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: control DETECTODDINPUT, field \`threats\`: does not list threat CLOSEDBOXEVASION, which names DETECTODDINPUT as a control. Fix: add CLOSEDBOXEVASION to \`threats\`, or remove DETECTODDINPUT from that threat.",
      ]
    `);
  });

  it('accepts a general control that lists no threats', () => {
    const c = brokenCopy((x) => (x.controls[0].threats = ['EVASION']));
    expect(validate(c)).toEqual([]);
  });

  it('reports a dangling relation', () => {
    const c = brokenCopy((x) => x.threats[0].relatedThreats.push('DATAPOISON'));
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: threat EVASION, field \`relatedThreats\`: \`DATAPOISON\` is not a threat of the catalog. Fix: add the threat or remove the reference.",
      ]
    `);
  });

  it('reports a parent whose children do not name the child', () => {
    const c = brokenCopy((x) => (x.threats[0].children = []));
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: threat CLOSEDBOXEVASION, field \`parent\`: the parent EVASION does not list CLOSEDBOXEVASION in its \`children\`. Fix: add it there or clear \`parent\`.",
      ]
    `);
  });

  it('reports a control in no group', () => {
    const c = brokenCopy((x) => {
      x.controls[1].groups = [];
      x.controlGroups[1].controls = [];
    });
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: control RATELIMIT, field \`group\`: the primary group \`it-adapted\` is missing from \`groups\`. Fix: add it to \`groups\`.",
        "src/catalog: control RATELIMIT, field \`groups\`: the control is in no control group. Fix: add it to a group in src/catalog/groups.ts and to \`groups\`.",
      ]
    `);
  });

  it('reports a group that lists a control whose groups do not name it', () => {
    const c = brokenCopy((x) => x.controlGroups[0].controls.push('RATELIMIT'));
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: control group governance, field \`controls\`: lists RATELIMIT, whose \`groups\` does not name governance. Fix: add governance to control RATELIMIT's \`groups\`.",
      ]
    `);
  });

  it('reports a malformed standards reference', () => {
    const c = brokenCopy((x) => {
      x.controls[1].standards = [
        { framework: 'OpenCRE', ref: '630573', coverage: 'unknown' },
        { framework: 'OpenCRE', ref: '630-573', coverage: 'mostly', url: 'https://www.opencre.org/cre/630-573' },
        { framework: 'NIST 9000', ref: null, coverage: 'full', url: 'www.example.org' },
      ];
    });
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: control RATELIMIT, field \`standards[0]\`: the OpenCRE id \`630573\` is malformed. Fix: use the form \`123-456\`.",
        "src/catalog: control RATELIMIT, field \`standards[1]\`: the coverage \`mostly\` is not one of full, partial, minimal, none, unknown. Fix: use one of them.",
        "src/catalog: control RATELIMIT, field \`standards[1]\`: an OpenCRE link is derived from its id. Fix: remove \`url\`.",
        "src/catalog: control RATELIMIT, field \`standards[2]\`: the framework \`NIST 9000\` is unknown. Fix: add it to src/catalog/frameworks.ts or correct the name.",
        "src/catalog: control RATELIMIT, field \`standards[2]\`: the link \`www.example.org\` is not an absolute http(s) URL. Fix: give the full address.",
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
        "src/catalog: threat EVASION, field \`summary\`: the summary is empty. Fix: write one sentence of at most 160 characters.",
        "src/catalog: control RATELIMIT, field \`summary\`: the summary has 161 characters. Fix: shorten it to 160 or fewer.",
      ]
    `);
  });

  it('sends an OWASP LLM Top 10 or NCSC/CISA reference in `standards` to the field that holds those mappings', () => {
    const c = brokenCopy((x) => {
      x.frameworks.push({ id: 'OWASP LLM Top 10', publisher: 'OWASP' });
      x.controls[1].standards.push({ framework: 'OWASP LLM Top 10', ref: 'LLM04', coverage: 'full' });
    });
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: control RATELIMIT, field \`standards[1]\`: OWASP LLM Top 10 references are not listed in \`standards\`. Fix: list the item id in the entry's \`owaspLlmTop10\` field instead.",
      ]
    `);
  });

  it('reports another name that is the entry\'s own name, too long, or already another entry\'s', () => {
    const c = brokenCopy((x) => {
      x.threats[0].alsoKnownAs = ['evasion', 'adversarial examples'];
      x.threats[1].alsoKnownAs = ['Adversarial examples', 'x'.repeat(61)];
    });
    expect(messages(c)).toMatchInlineSnapshot(`
      [
        "src/catalog: threat EVASION, field \`alsoKnownAs\`: \`evasion\` is the entry's own name. Fix: remove it.",
        "src/catalog: threat CLOSEDBOXEVASION, field \`alsoKnownAs\`: \`Adversarial examples\` is already another name of threat EVASION. Fix: keep it on the entry a reader means by it.",
        "src/catalog: threat CLOSEDBOXEVASION, field \`alsoKnownAs\`: \`xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\` has 61 characters. Fix: keep other names to a few words (60 characters at most).",
      ]
    `);
  });
});
