/**
 * The content check: every threat and control page has the headings of its siblings in order, enough
 * prose of its own and no placeholder text; the overview covers every subject it must.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { controls, threats } from '../../src/catalog/index.ts';
import { entryContentFile } from '../../src/catalog/urls.ts';

const THREAT_HEADINGS = [
  'What it is',
  'How the attack works',
  'Impact',
  'Where it occurs',
  'Which systems are exposed',
  'Choosing controls',
];
const CONTROL_HEADINGS = [
  'Description',
  'Objective',
  'Applicability',
  'Implementation',
  'Limitations and residual risk',
  'How it fits with other controls',
];
// Issue 13: no entry page under 450 words of prose (the thinnest page has 462).
const MIN_WORDS = 450;

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

/** The MDX body without frontmatter and imports. */
function body(mdx: string): string {
  return mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^import .*$/gm, '');
}

/** Words of prose: headings, tags and link targets removed; a `<Ref />` counts as one word. */
function proseWords(mdx: string): number {
  const text = body(mdx)
    .replace(/^#{1,6} .*$/gm, '')
    .replace(/<Ref[^>]*\/>/g, ' ref ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[`*_#>[\]|-]/g, ' ');
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

const headings = (mdx: string, level = 2) =>
  [...body(mdx).matchAll(new RegExp(`^${'#'.repeat(level)} (.+)$`, 'gm'))].map((m) => m[1]!.trim());

const pages = [
  ...threats.map((t) => ({
    id: t.id,
    file: entryContentFile('threat', t),
    expected: THREAT_HEADINGS,
  })),
  ...controls.map((c) => ({
    id: c.id,
    file: entryContentFile('control', c),
    expected: CONTROL_HEADINGS,
  })),
];

describe('entry pages', () => {
  for (const page of pages) {
    it(`${page.file} has the sibling headings in order, ${MIN_WORDS}+ words and no placeholder`, () => {
      const mdx = read(page.file);
      expect(headings(mdx)).toEqual(page.expected);
      expect(proseWords(mdx)).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(mdx).not.toMatch(/\b(TODO|TBD|FIXME|lorem ipsum)\b/i);
      expect(mdx).toMatch(new RegExp(`^---\\ncatalogId: ${page.id}\\n---`));
    });
  }
});

describe('the overview', () => {
  const dir = new URL('content/overview/', root);
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readFileSync(new URL(f, dir), 'utf8'))
    .map((mdx) =>
      [/^title: (.*)$/m.exec(mdx)?.[1] ?? '', ...headings(mdx, 2), ...headings(mdx, 3)].join('\n'),
    )
    .join('\n');
  const subjects: [string, RegExp][] = [
    ['the summary of how to address AI security', /how to address AI security/i],
    ['the groups of controls', /groups of controls/i],
    ['the three kinds of threat', /three kinds of threat/i],
    ['the threat model', /^threat model$/im],
    ['the AI security matrix', /AI security matrix/i],
    ['where controls act', /where controls act/i],
    ['the general threat model with controls', /threat model with controls: general/i],
    ['the GenAI trained or fine-tuned variant', /GenAI trained or fine-tuned/i],
    ['the GenAI as-is variant', /GenAI used as-is/i],
    ['what the knowledge base is', /about this knowledge base/i],
    ['how threats and controls are organised', /how threats and controls are organi[sz]ed/i],
    ['the risk analysis', /risk analysis/i],
    ['the risk analysis decision rules', /decision rules/i],
    ['AI outside machine learning', /AI outside machine learning/i],
    ['responsible or trustworthy AI', /responsible or trustworthy AI/i],
    ['privacy', /^privacy$/im],
    ['generative AI', /^generative AI$/im],
    ['the NCSC/CISA guidelines', /NCSC\/CISA/],
    ['references', /^references$/im],
  ];
  for (const [subject, pattern] of subjects) {
    it(`covers ${subject}`, () => {
      expect(text).toMatch(pattern);
    });
  }
});

describe('counts in the prose', () => {
  it('says as many threats and controls as the catalog holds wherever a page counts them', () => {
    const dir = new URL('content/overview/', root);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const mdx = readFileSync(new URL(file, dir), 'utf8');
      for (const m of mdx.matchAll(/\b(?:all|describes) (\d+) (threats|controls)\b/g)) {
        expect(Number(m[1]), `content/overview/${file}: "${m[0]}"`).toBe(
          m[2] === 'threats' ? threats.length : controls.length,
        );
      }
    }
  });
});
