/**
 * What identifies one build of the site: its title, version and date. The data exports and the
 * citation on every entry page read them from here, so they always agree.
 */
import pkg from '../../package.json' with { type: 'json' };

/** The name of the site, as readers and citations see it. */
export const SITE_TITLE = 'AI Security Exchange';

/** What the site is, in one sentence: its meta description and the summary of llms.txt. */
export const SITE_DESCRIPTION =
  'A knowledge base of AI security threats and the controls against them.';

/** The version of the site, from package.json. */
export const SITE_VERSION: string = pkg.version;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The build date as `YYYY-MM-DD` in UTC. Set `BUILD_DATE` to reproduce an earlier build byte for
 * byte, or `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds.org convention, e.g.
 * `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`); `BUILD_DATE` wins when both are set. Otherwise it
 * is today.
 */
export function buildDate(
  env: Readonly<Record<string, string | undefined>> = process.env,
  now: Date = new Date(),
): string {
  const given = env['BUILD_DATE'];
  if (given !== undefined && given !== '') {
    if (
      !ISO_DATE.test(given) ||
      Number.isNaN(Date.parse(`${given}T00:00:00Z`)) ||
      new Date(`${given}T00:00:00Z`).toISOString().slice(0, 10) !== given
    ) {
      throw new Error(
        `BUILD_DATE=${given} is not a date. Fix: give it as YYYY-MM-DD, e.g. BUILD_DATE=2025-01-31, or unset it to use today.`,
      );
    }
    return given;
  }
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (
      !/^\d+$/.test(epoch) ||
      !Number.isSafeInteger(Number(epoch)) ||
      Number(epoch) * 1000 > 8.64e15
    ) {
      throw new Error(
        `SOURCE_DATE_EPOCH=${epoch} is not a number of seconds since 1970. Fix: give whole seconds, e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it.`,
      );
    }
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}

/** The date of this build, fixed once so that every page and file built in one run carries the same. */
export const BUILD_DATE: string = buildDate();
