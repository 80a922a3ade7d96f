/**
 * Every entry page cites at least one outside source: its "Sources and tools" list (a `### Sources and
 * tools` heading followed by a list) links at least one page on another site. A reader, or a standard
 * that cites the entry, must be able to check where its claims come from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADING = /^#{2,4} Sources and tools\s*$/m;

/** The problem of one entry page, or undefined when its sources list links an outside page. */
export function sourcesProblem(file: string, text: string): string | undefined {
  const match = HEADING.exec(text);
  if (!match)
    return `${file}: the page has no "Sources and tools" list. Fix: end the page with \`### Sources and tools\` and a list that links the papers, standards, incidents and tools the page names.`;
  const rest = text.slice(match.index + match[0].length);
  const next = /^#{1,4} /m.exec(rest);
  const list = next ? rest.slice(0, next.index) : rest;
  if (!/\]\(https?:\/\/[^)]+\)|<https?:\/\//.test(list))
    return `${file}: its "Sources and tools" list links no outside source. Fix: link at least one paper, standard clause, incident write-up or tool the page relies on.`;
  return undefined;
}

/** The problems of every threat and control page under `<root>/content`. */
export function sourcesProblems(root: string): string[] {
  return ['threats', 'controls'].flatMap((folder) => {
    const dir = join(root, 'content', folder);
    return (readdirSync(dir) as string[])
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .flatMap(
        (f) => sourcesProblem(`content/${folder}/${f}`, readFileSync(join(dir, f), 'utf8')) ?? [],
      );
  });
}
