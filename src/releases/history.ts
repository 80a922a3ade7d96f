/**
 * The catalog's release history, read from the snapshots under `releases/<version>/`: which version
 * this build is, and for every entry the release that added it and the last release that changed it.
 * Nothing here is written by hand; it all follows from comparing consecutive snapshots.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReleases, entriesOf, entryContent, sameContent, type SnapshotDocument } from './compare.ts';
import { bumpVersion, compareVersions, parseVersion } from './semver.ts';
import { isDeepStrictEqual } from 'node:util';

/** The folder, relative to the project root, that holds one folder per release. */
export const RELEASES_DIR = 'releases';

/** The catalog file of a release, the one every release has. */
export const RELEASE_CATALOG = 'catalog.json';

/** One release: its version, date and catalog. */
export interface Release {
  readonly version: string;
  /** `YYYY-MM-DD`, the `buildDate` of its catalog. */
  readonly date: string;
  readonly catalog: SnapshotDocument;
}

/** A release's version and date, as an entry's `added` and `changed` give them. */
export interface Stamp {
  readonly version: string;
  readonly date: string;
}

/** When an entry was added and last changed. */
export interface EntryHistory {
  readonly added: Stamp;
  readonly changed: Stamp;
}

/** The release state of one build. */
export interface ReleaseState {
  /** The latest release's version when the catalog equals it, otherwise the next version it needs with `-unreleased`. */
  readonly version: string;
  /** Every release, oldest first. */
  readonly releases: readonly Release[];
  /** Per live or past entry id. */
  readonly entries: ReadonlyMap<string, EntryHistory>;
}

/** The folder of the releases of the project at `root`. */
export function releasesDir(root: string = process.cwd()): string {
  return join(root, RELEASES_DIR);
}

/** The versions that have a folder, oldest first; throws on a folder that is not a version or lacks its catalog. */
export function releaseVersions(root: string = process.cwd()): string[] {
  const dir = releasesDir(root);
  if (!existsSync(dir)) return [];
  const versions = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const v of versions) {
    parseVersion(v, `${RELEASES_DIR}/${v}`);
    if (!existsSync(join(dir, v, RELEASE_CATALOG))) {
      throw new Error(`${RELEASES_DIR}/${v}: the release has no ${RELEASE_CATALOG}. Fix: restore it from git; a release never changes once published.`);
    }
  }
  return versions.sort(compareVersions);
}

/** The files of a release folder, sorted. */
export function releaseFiles(version: string, root: string = process.cwd()): string[] {
  return readdirSync(join(releasesDir(root), version)).sort();
}

/** The exact text of one file of a release. */
export function readReleaseFile(version: string, file: string, root: string = process.cwd()): string {
  return readFileSync(join(releasesDir(root), version, file), 'utf8');
}

/** Every release, oldest first; throws when a catalog's own version does not match its folder. */
export function readReleases(root: string = process.cwd()): Release[] {
  return releaseVersions(root).map((version) => {
    const catalog = JSON.parse(readReleaseFile(version, RELEASE_CATALOG, root)) as SnapshotDocument;
    if (catalog.version !== version) {
      throw new Error(`${RELEASES_DIR}/${version}/${RELEASE_CATALOG}: its \`version\` is ${catalog.version}, not ${version}. Fix: restore the file from git; a release never changes once published.`);
    }
    return { version, date: catalog.buildDate, catalog };
  });
}

/** For every entry of any release, the release that added it and the last one that changed it. */
export function entryHistory(releases: readonly Release[]): Map<string, EntryHistory> {
  const history = new Map<string, EntryHistory>();
  let previous: Release | undefined;
  for (const release of releases) {
    const stamp = { version: release.version, date: release.date };
    const before = previous ? entriesOf(previous.catalog) : new Map();
    for (const [id, { entry }] of entriesOf(release.catalog)) {
      const old = before.get(id);
      const known = history.get(id);
      if (!old || !known) history.set(id, { added: known?.added ?? stamp, changed: stamp });
      else if (!isDeepStrictEqual(entryContent(previous!.catalog, old.entry), entryContent(release.catalog, entry))) history.set(id, { added: known.added, changed: stamp });
    }
    previous = release;
  }
  return history;
}

/**
 * The release state of a build whose catalog is `current`: the latest release when nothing changed
 * since, otherwise a pre-release of the next version the changes need.
 */
export function releaseState(releases: readonly Release[], current: SnapshotDocument, buildDate: string): ReleaseState {
  const latest = releases.at(-1);
  if (latest && sameContent(latest.catalog, current)) return { version: latest.version, releases, entries: entryHistory(releases) };
  const bump = latest ? compareReleases(latest.catalog, current).bump ?? 'patch' : 'major';
  const version = `${latest ? bumpVersion(latest.version, bump) : '1.0.0'}-unreleased`;
  return { version, releases, entries: entryHistory([...releases, { version, date: buildDate, catalog: current }]) };
}
