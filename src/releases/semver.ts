/**
 * The few semantic-versioning operations the catalog's releases need: parse, compare, bump. A release
 * version is `MAJOR.MINOR.PATCH`; a build between releases carries `-unreleased` after the version the
 * next release will need at least.
 */

/** A parsed `MAJOR.MINOR.PATCH[-pre]` version. */
export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** The pre-release label, e.g. `unreleased`; empty for a release. */
  readonly pre: string;
}

/** How much a release changes the catalog: a consumer must act on `major`, may on `minor`, need not on `patch`. */
export type Bump = 'major' | 'minor' | 'patch';

const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/;

/** Parses a version; throws, naming where it came from, when it is not `MAJOR.MINOR.PATCH`. */
export function parseVersion(text: string, where = 'version'): Version {
  const m = VERSION.exec(text);
  if (!m) throw new Error(`${where}: "${text}" is not a semantic version. Fix: write it as MAJOR.MINOR.PATCH, e.g. 2.0.0.`);
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] ?? '' };
}

/** Orders two versions; a pre-release sorts before its release. */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  const d = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  if (d !== 0) return d;
  if (x.pre === y.pre) return 0;
  if (x.pre === '') return 1;
  if (y.pre === '') return -1;
  return x.pre < y.pre ? -1 : 1;
}

/** The next version after `from` for a change of the given size. */
export function bumpVersion(from: string, bump: Bump): string {
  const v = parseVersion(from);
  if (bump === 'major') return `${v.major + 1}.0.0`;
  if (bump === 'minor') return `${v.major}.${v.minor + 1}.0`;
  return `${v.major}.${v.minor}.${v.patch + 1}`;
}

/** The size of the step from `from` to `to`, or undefined when `to` is not a later release. */
export function bumpBetween(from: string, to: string): Bump | undefined {
  const a = parseVersion(from);
  const b = parseVersion(to);
  if (b.pre !== '' || compareVersions(to, from) <= 0) return undefined;
  if (b.major !== a.major) return 'major';
  if (b.minor !== a.minor) return 'minor';
  return 'patch';
}

const RANK: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

/** The larger of two bumps. */
export function largerBump(a: Bump, b: Bump): Bump {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Whether a step of size `given` is at least as large as `needed`. */
export function bumpCovers(given: Bump, needed: Bump): boolean {
  return RANK[given] >= RANK[needed];
}
