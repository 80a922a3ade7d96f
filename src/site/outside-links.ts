/**
 * Finds every outside link the build publishes from its sources (URLs stored in the catalog, links
 * written in the pages) and checks each against the link rules (src/catalog/link-rules.ts). Links
 * the build derives from ids (ATLAS, OWASP items, OpenCRE) are not stored anywhere and are checked
 * where they are derived.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { controls, frameworks, references, retiredEntries, threats } from '../catalog/index.ts';
import { controlGroups, controlSections, threatGroups } from '../catalog/groups.ts';
import {
  formatLinkProblem,
  LINK_RULES,
  linkProblems,
  type LinkRule,
} from '../catalog/link-rules.ts';
import { testingTools } from '../catalog/testing-tools.ts';
import { timeline } from '../catalog/timeline.ts';

/** An outside URL and where it is written. */
export interface OutsideLink {
  /** File and position (`content/x.mdx:12`) or file, entry and field (`src/catalog/controls.ts: control X, field readMore`). */
  readonly where: string;
  readonly url: string;
}

/** The stored catalog collections that may hold URLs, with their file and what one item is called. */
const CATALOG_SOURCES: readonly {
  readonly file: string;
  readonly kind: string;
  readonly items: readonly unknown[];
}[] = [
  { file: 'src/catalog/threats.ts', kind: 'threat', items: threats },
  { file: 'src/catalog/controls.ts', kind: 'control', items: controls },
  { file: 'src/catalog/groups.ts', kind: 'control group', items: controlGroups },
  { file: 'src/catalog/groups.ts', kind: 'control section', items: controlSections },
  { file: 'src/catalog/groups.ts', kind: 'threat group', items: threatGroups },
  { file: 'src/catalog/frameworks.ts', kind: 'framework', items: frameworks },
  { file: 'src/catalog/references.ts', kind: 'reference group', items: references },
  { file: 'src/catalog/retired.ts', kind: 'retired entry', items: retiredEntries },
  { file: 'src/catalog/testing-tools.ts', kind: 'tool', items: testingTools },
  { file: 'src/catalog/timeline.ts', kind: 'fact', items: timeline },
];

/** Every string value under `value` that is an absolute http(s) URL, with its field path. */
function* urlsIn(value: unknown, path: string): Generator<{ path: string; url: string }> {
  if (typeof value === 'string') {
    if (/^https?:\/\//.test(value)) yield { path, url: value };
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* urlsIn(v, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* urlsIn(v, path ? `${path}.${k}` : k);
  }
}

/** Every URL stored in the catalog, named by file, item and field. */
export function catalogLinks(sources = CATALOG_SOURCES): OutsideLink[] {
  const links: OutsideLink[] = [];
  for (const { file, kind, items } of sources) {
    for (const [i, item] of items.entries()) {
      const record = item as Record<string, unknown>;
      const name =
        typeof record['id'] === 'string'
          ? record['id']
          : typeof record['name'] === 'string'
            ? record['name']
            : `#${i + 1}`;
      for (const { path, url } of urlsIn(item, ''))
        links.push({ where: `${file}: ${kind} ${name}, field \`${path}\``, url });
    }
  }
  return links;
}

/**
 * The outside links written in one page: Markdown links and autolinks, and `href` / `url`
 * attributes of components, each with its line.
 */
export function pageLinks(file: string, text: string): OutsideLink[] {
  const links: OutsideLink[] = [];
  const pattern =
    /\]\((https?:\/\/[^\s)]+)\)|<(https?:\/\/[^\s>]+)>|(?:href|url)=["'{]+(https?:\/\/[^"'}\s]+)/g;
  for (const [n, line] of text.split('\n').entries()) {
    for (const m of line.matchAll(pattern))
      links.push({ where: `${file}:${n + 1}`, url: (m[1] ?? m[2] ?? m[3]) as string });
  }
  return links;
}

/** Every outside link written in the pages under `<root>/content`. */
export function contentLinks(root: string): OutsideLink[] {
  const dir = join(root, 'content');
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(md|mdx)$/.test(f))
    .sort()
    .flatMap((f) =>
      pageLinks(
        relative(root, join(dir, f)).split('\\').join('/'),
        readFileSync(join(dir, f), 'utf8'),
      ),
    );
}

/** One message per link that breaks a rule, naming the file, the URL and the fix. */
export function outsideLinkProblems(
  links: readonly OutsideLink[],
  rules: readonly LinkRule[] = LINK_RULES,
): string[] {
  return links.flatMap((l) => linkProblems(l.url, rules).map((p) => formatLinkProblem(l.where, p)));
}
