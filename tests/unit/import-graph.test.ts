/**
 * The structure drawn from the imports: every module of src/ and scripts/ lives on a floor, and an
 * import may only go down (to a lower floor) or stay inside its own folder. No import may close a
 * circle. The floors are defined here, once; the test derives the graph from the source files, so a
 * new module is held to the rule without being listed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/**
 * The floors, lowest first. A folder may import from any folder on a lower floor and from itself.
 * Folders on one floor do not import each other (that would be a circle waiting to happen).
 */
export const FLOORS: readonly (readonly string[])[] = [
  ['src/catalog'],
  ['src/diagrams', 'src/releases'],
  ['src/exports'],
  ['src/site'],
  ['src/components', 'src/mcp', 'src/content.config.ts', 'src/styles'],
  ['src/pages'],
  ['scripts', 'astro.config.mjs'],
];

/** Narrower rules than the floors: the MCP server reads the catalog and the site's files, nothing else. */
const ONLY: Readonly<Record<string, readonly string[]>> = {
  'src/mcp': ['src/catalog', 'src/site', 'src/mcp'],
};

/** The folder (or top-level file) that places a file on a floor. */
function placeOf(file: string): string | undefined {
  return FLOORS.flat().find((p) => file === p || file.startsWith(`${p}/`));
}
const floorOf = (place: string) => FLOORS.findIndex((f) => f.includes(place));

function sourceFiles(dir: string): string[] {
  return (readdirSync(join(root, dir), { recursive: true }) as string[])
    .map((f) => `${dir}/${f.split('\\').join('/')}`)
    .filter((f) => /\.(ts|mts|mjs|astro)$/.test(f));
}

/** Relative imports of a file (static, dynamic and re-exports), as paths from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  // Static imports and re-exports start a line (code that writes code holds them inside strings); dynamic ones may sit anywhere.
  const statics = [
    ...text.matchAll(/^\s*(?:import|export)\b[^;'"]*?(?:\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm),
  ];
  const dynamics = [...text.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)];
  const specs = [...statics, ...dynamics].map((m) => m[1]!);
  return specs.map((s) =>
    relative(root, normalize(join(root, dirname(file), s)))
      .split('\\')
      .join('/'),
  );
}

const files = [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs'];
const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => placeOf(t) !== undefined)]));

describe('the import graph of src/ and scripts/', () => {
  it('places every source file on a floor', () => {
    const unplaced = files.filter((f) => placeOf(f) === undefined);
    expect(unplaced, 'Fix: add the folder to FLOORS in tests/unit/import-graph.test.ts').toEqual(
      [],
    );
  });

  it('has no import that runs back up a floor or sideways between folders of one floor', () => {
    const problems: string[] = [];
    for (const [file, targets] of graph) {
      const from = placeOf(file)!;
      for (const target of targets) {
        const to = placeOf(target)!;
        if (to === from) continue;
        const only = ONLY[from];
        if (only && !only.includes(to)) {
          problems.push(
            `${file} imports ${target}: ${from} may import only from ${only.join(', ')}. Fix: take what it needs from those.`,
          );
        } else if (floorOf(to) >= floorOf(from)) {
          problems.push(
            `${file} imports ${target}, on floor ${floorOf(to)} (${to}), from floor ${floorOf(from)} (${from}). Fix: move what it needs down to floor ${floorOf(from)} or lower (into ${from}, say), or move ${file} above floor ${floorOf(to)}.`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no circle of imports', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open')
          cycles.push([...path.slice(path.indexOf(next)), file, next].join(' -> '));
        else if (!state.has(next)) visit(next, [...path, file]);
      }
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file, []);
    expect(cycles, 'Fix: move what both files need into a module below them both').toEqual([]);
  });
});
