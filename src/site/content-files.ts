/**
 * Reads the frontmatter of every page under `content/`, for the integrity check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { PageInfo } from './integrity.ts';

/** Lists the MDX and Markdown pages under `<root>/content` with the ids their frontmatter names. */
export function readPages(root: string): PageInfo[] {
  const dir = join(root, 'content');
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(md|mdx)$/.test(f))
    .map((f) => join(dir, f))
    .sort();
  return files.map((abs) => {
    const file = relative(root, abs).split('\\').join('/');
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(abs, 'utf8'));
    let data: Record<string, unknown>;
    try {
      data = (match?.[1] ? parse(match[1]) : {}) ?? {};
    } catch (error) {
      throw new Error(
        `${file}: the frontmatter is not valid YAML (${(error as Error).message}). Fix: correct it.`,
        { cause: error },
      );
    }
    const info: { file: string; catalogId?: string; partId?: string } = { file };
    if (data['catalogId'] !== undefined) info.catalogId = String(data['catalogId']);
    if (data['partId'] !== undefined) info.partId = String(data['partId']);
    return info;
  });
}
