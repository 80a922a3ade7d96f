/**
 * How the site publishes the releases: each release file under `/releases/<version>/`, with its URLs
 * pointed at this site's address, and links from release notes to the entries they name.
 */
import { lookup } from '../catalog/lookup.ts';
import { entryPath, shortLink } from '../catalog/urls.ts';
import type { EntryLinker } from './notes.ts';

/** The site path of a release file. */
export function releaseFilePath(version: string, file: string): string {
  return `/releases/${version}/${file}`;
}

/** The media type a release file is served as, by its extension. */
export function releaseMediaType(file: string): string {
  if (file === 'catalog.schema.json') return 'application/schema+json';
  if (file.endsWith('.json')) return 'application/json';
  if (file.endsWith('.csv')) return 'text/csv; charset=utf-8; header=present';
  throw new Error(`releases: ${file} has no known media type. Fix: publish only .json and .csv files in a release folder.`);
}

/**
 * A release file as this site serves it: byte for byte as released, except that the address the
 * release was made on (`releasedOn`, the `site` of its catalog) is replaced by this site's, so
 * its links lead here wherever the site is hosted.
 */
export function publishedReleaseFile(text: string, releasedOn: string, site: string): string {
  return releasedOn === site ? text : text.split(releasedOn).join(site);
}

/** Links an id to its page when it is a live entry, to its tombstone when retired, else to its short link. */
export const entryLinker: EntryLinker = ({ id, slug }) => {
  const live = lookup.findEntry(id);
  if (live) return lookup.pathOf(live);
  const retired = lookup.catalog.retired.find((r) => r.id === id);
  if (retired) return entryPath(retired.kind, retired);
  return slug ? shortLink(slug) : undefined;
};
