/**
 * What every data file needs besides the catalog: where the site lives and which build this is.
 */

/** The build a data file belongs to. */
export interface ExportContext {
  /** The public address of the site (astro.config `site`), e.g. `https://example.org`. */
  readonly site: string;
  /** The site's version, from package.json. */
  readonly version: string;
  /** The build date, `YYYY-MM-DD`. */
  readonly buildDate: string;
}

/** The absolute URL of a site path in this build. */
export function absoluteUrl(context: ExportContext, path: string): string {
  return new URL(path, context.site).href;
}
