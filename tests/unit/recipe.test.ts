/**
 * The README's recipes ("Add a threat", "Add a page") are true: in a temporary copy of src/ and
 * content/, a throwaway threat added with exactly the files the README names (its id, its catalog
 * record, its page), and a page added with its record and its MDX file, are picked up end to end: the
 * catalog validates, pages and catalog agree, the short link and the sidebar lead to them. A page left
 * out of the registry fails the check by name. The copy runs in its own Node process, as the build does.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** Edits a file of the copy; fails when the anchor text is gone, so the recipe is updated with the code. */
function insert(file: string, anchor: string, text: string, where: 'before' | 'after'): void {
  const body = readFileSync(file, 'utf8');
  if (!body.includes(anchor))
    throw new Error(
      `${file}: \`${anchor}\` not found; update the README recipe and this test together.`,
    );
  writeFileSync(
    file,
    body.replace(anchor, where === 'after' ? `${anchor}${text}` : `${text}${anchor}`),
  );
}

/** What the copy's own code says about itself, from a script run with the copy's modules. */
const PROBE = `
import { catalog } from './src/catalog/index.ts';
import { createLookup } from './src/catalog/lookup.ts';
import { validate, formatProblem } from './src/catalog/validate.ts';
import { checkPages } from './src/site/integrity.ts';
import { readPages } from './src/site/content-files.ts';
import { shortLinkTargets } from './src/site/redirects.ts';
import { buildSidebar } from './src/site/sidebar.ts';
import { catalogSource, renderAll } from './src/diagrams/index.ts';
const links = (items) => items.flatMap((i) => ('link' in i ? [i.link] : links(i.items)));
const lookup = createLookup(catalog);
console.log(JSON.stringify({
  problems: [...validate(catalog).map(formatProblem), ...checkPages(catalog, readPages(process.cwd()))],
  shortLinks: Object.fromEntries(shortLinkTargets(lookup).map((t) => [t.slug, t.to])),
  sidebar: links(buildSidebar(lookup)),
  diagrams: renderAll(catalogSource).map((d) => d.svg).join(' '),
}));
`;

interface Probe {
  problems: string[];
  shortLinks: Record<string, string>;
  sidebar: string[];
  /** Every diagram's SVG, drawn from the copy's catalog. */
  diagrams: string;
}

/** A probe starts Node and loads the catalog (about 2 s alone); generous for a busy machine. */
const PROBE_BUDGET = 60_000;

let dir = '';
const probe = (): Probe =>
  JSON.parse(execFileSync(process.execPath, ['probe.ts'], { cwd: dir, encoding: 'utf8' })) as Probe;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'recipe-'));
  for (const d of ['src', 'content']) cpSync(join(root, d), join(dir, d), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'probe.ts'), PROBE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the README recipes, followed in a copy of the project', () => {
  it(
    'add a threat: its id, its record and its page are all it takes',
    () => {
      insert(
        join(dir, 'src/catalog/ids.ts'),
        'export const THREAT_IDS = [\n',
        "  'RECIPETHREAT',\n",
        'after',
      );
      insert(
        join(dir, 'src/catalog/threats.ts'),
        '] as const satisfies readonly ThreatRecord[];',
        `  {
    id: 'RECIPETHREAT',
    sourceId: 'RECIPE_THREAT',
    name: 'Recipe threat',
    shortName: 'Recipe threat',
    section: '2.9',
    part: 'threats-through-use',
    parent: null,
    lifecycle: 'through-use',
    aiSpecific: true,
    genai: { applies: 'yes' },
    controls: ['RATELIMIT'],
    generalControlsApply: true,
    alsoKnownAs: [],
    legacy: { seedUrl: null, headPage: null, headAnchor: null, status: 'new' },
    summary: 'A throwaway threat that proves the recipe of the README.',
  },
`,
        'before',
      );
      writeFileSync(
        join(dir, 'content/threats/recipethreat.mdx'),
        `---\ncatalogId: RECIPETHREAT\n---\n\n${['What it is', 'How the attack works', 'Impact', 'Where it occurs', 'Which systems are exposed', 'Choosing controls'].map((h) => `## ${h}\n\nText.\n`).join('\n')}`,
      );
      const { problems, shortLinks, sidebar, diagrams } = probe();
      expect(problems).toEqual([]);
      expect(shortLinks['recipethreat']).toBe('/threats/recipethreat/');
      expect(sidebar).toContain('/threats/recipethreat/');
      expect(diagrams).toContain('/threats/recipethreat/');
    },
    PROBE_BUDGET,
  );

  it(
    'add a page: its record in src/catalog/pages.ts and its MDX file; without the record the check names it',
    () => {
      writeFileSync(
        join(dir, 'content/overview/recipe-page.mdx'),
        '---\ntitle: Recipe page\n---\n\nText.\n',
      );
      expect(probe().problems).toEqual([
        expect.stringContaining('content/overview/recipe-page.mdx: the page is not registered.'),
      ]);
      insert(
        join(dir, 'src/catalog/pages.ts'),
        '] as const satisfies readonly SitePageRecord[];',
        "  { id: 'recipe-page', title: 'Recipe page', path: '/overview/recipe-page/', sidebar: { group: 'overview' }, slugs: ['recipepage'] },\n",
        'before',
      );
      const { problems, shortLinks, sidebar } = probe();
      expect(problems).toEqual([]);
      expect(shortLinks['recipepage']).toBe('/overview/recipe-page/');
      expect(sidebar).toContain('/overview/recipe-page/');
    },
    PROBE_BUDGET,
  );
});
