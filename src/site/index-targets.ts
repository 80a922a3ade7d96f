/**
 * Where the A-Z index's targets live on this site, read from the real catalog. Kept apart from
 * src/catalog/index-terms.ts so the terms and their checks stay pure and testable with any catalog.
 */
import { lookup } from '../catalog/lookup.ts';
import type { IndexTargetPaths } from '../catalog/index-terms.ts';
import { partPath } from '../catalog/urls.ts';

/** The pages of index targets in the real catalog. */
export const indexTargetPaths: IndexTargetPaths = {
  entry: (id) => {
    const found = lookup.findEntry(id);
    return found ? lookup.pathOf(found) : undefined;
  },
  controlSection: (id) => {
    const section = lookup.catalog.controlSections.find((s) => s.id === id);
    return section ? `${partPath(lookup.part('general-controls'))}#${section.anchor}` : undefined;
  },
  overview: (id) => lookup.catalog.pages.find((s) => s.id === id)?.path,
  subject: (id) => lookup.catalog.pages.find((s) => s.id === id && s.original !== null)?.path,
};
