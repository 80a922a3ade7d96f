import type { EntryHistory } from '../releases/history.ts';

/**
 * What every data file needs besides the catalog: where the site lives and which build this is.
 */

/** The build a data file belongs to. */
export interface ExportContext {
  /** The public address of the site with its base path (astro.config `site` and `base`), e.g. `https://example.org/`. */
  readonly site: string;
  /** The catalog's version: its latest release, or the next one with `-unreleased` (src/releases/history.ts). */
  readonly version: string;
  /** The build date, `YYYY-MM-DD`. */
  readonly buildDate: string;
  /** When each entry was added and last changed; without it every entry counts as new in `version`. */
  readonly history?: ReadonlyMap<string, EntryHistory>;
}

/** The absolute URL of a site path in this build; `site` may end in a base path (`https://x.org/repo/`). */
export function absoluteUrl(context: ExportContext, path: string): string {
  return new URL(
    path.replace(/^\//, ''),
    context.site.endsWith('/') ? context.site : `${context.site}/`,
  ).href;
}
