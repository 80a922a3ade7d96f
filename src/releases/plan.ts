/**
 * Whether a version may be released now: later than the latest release, and a large enough step for
 * what changed since. The release script asks this before it writes anything.
 */
import type { ReleaseChanges } from './compare.ts';
import { bumpBetween, bumpCovers, bumpVersion, parseVersion } from './semver.ts';

/** The verdict on a proposed release: ok, or what is wrong and the version to use instead. */
export type ReleasePlan = { readonly ok: true } | { readonly ok: false; readonly problem: string };

/**
 * Checks `version` against the latest released version (none for the first release) and the
 * changes since it.
 */
export function planRelease(version: string, latest: string | undefined, changes: ReleaseChanges | undefined): ReleasePlan {
  const parsed = parseVersion(version, 'the release version');
  if (parsed.pre !== '') return { ok: false, problem: `${version} is a pre-release. Fix: give a release version MAJOR.MINOR.PATCH.` };
  if (latest === undefined || changes === undefined) return { ok: true };
  if (latest === version) return { ok: false, problem: `${version} is already released; a release never changes. Fix: choose the next version.` };
  if (!changes.bump) return { ok: false, problem: `The catalog has not changed since release ${latest}; there is nothing to release.` };
  const step = bumpVersion(latest, changes.bump);
  const given = bumpBetween(latest, version);
  if (!given) return { ok: false, problem: `${version} is not later than the latest release ${latest}. Fix: npm run release -- ${step}` };
  if (!bumpCovers(given, changes.bump)) {
    return { ok: false, problem: `The changes since ${latest} need a ${changes.bump} release, and ${version} is a ${given} one:\n- ${changes.reasons.join('\n- ')}\nFix: npm run release -- ${step}` };
  }
  return { ok: true };
}
