/**
 * The release state of this build: the catalog as built now, compared with the published releases.
 * The data files, the changes page and the entry pages all read it from here, so they agree.
 */
import { catalogCrosswalks } from '../catalog/crosswalk.ts';
import { timeline } from '../catalog/timeline.ts';
import { lookup } from '../catalog/lookup.ts';
import { buildCatalogDocument } from '../exports/catalog-document.ts';
import { BUILD_DATE } from './build-info.ts';
import type { SnapshotDocument } from '../releases/compare.ts';
import { readReleases, releaseState, type ReleaseState } from '../releases/history.ts';

/** The catalog document of this build without release annotations, for comparing with the releases. */
export function currentCatalog(site: string, buildDate: string = BUILD_DATE): SnapshotDocument {
  return buildCatalogDocument(
    { lookup, crosswalks: catalogCrosswalks, timeline },
    { site, version: '0.0.0-unreleased', buildDate },
  ) as unknown as SnapshotDocument;
}

const cache = new Map<string, ReleaseState>();

/** The release state of this build for a site address; computed once per address. */
export function currentReleaseState(site: string, root: string = process.cwd()): ReleaseState {
  const key = `${root}\n${site}`;
  let state = cache.get(key);
  if (!state) {
    state = releaseState(readReleases(root), currentCatalog(site), BUILD_DATE);
    cache.set(key, state);
  }
  return state;
}
