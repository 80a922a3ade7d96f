/**
 * Fills a page's title and description from the catalog, so an entry page's frontmatter holds only
 * its id and the name and summary live once, in the catalog.
 */
import { lookup } from '../catalog/lookup.ts';

/** Adds `title` and `description` from the catalog entry or part the frontmatter names, unless given. */
export function frontmatterDefaults(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const fm = data as Record<string, unknown>;
  let defaults: { title: string; description: string } | undefined;
  if (typeof fm['catalogId'] === 'string') {
    const entry = lookup.findEntry(fm['catalogId']);
    if (entry) defaults = { title: entry.name, description: entry.summary };
  } else if (typeof fm['partId'] === 'string') {
    const part = lookup.catalog.parts.find((p) => p.id === fm['partId']);
    if (part) defaults = { title: `${part.number}. ${part.title}`, description: part.summary };
  }
  return defaults ? { ...defaults, ...fm } : fm;
}
