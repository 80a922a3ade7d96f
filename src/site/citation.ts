/**
 * The suggested citation of an entry page, in one plain-text line that fits most reference styles.
 */

/** What a citation names. */
export interface CitationInput {
  /** The site's name. */
  readonly siteTitle: string;
  /** `threat` or `control`. */
  readonly kind: 'threat' | 'control';
  /** The entry's name. */
  readonly name: string;
  /** The entry's permanent id. */
  readonly id: string;
  /** The site's version. */
  readonly version: string;
  /** The build date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The permanent absolute URL. */
  readonly url: string;
}

/** `AI Security Exchange. “Rate limit” (control RATELIMIT). Version 1.0.0, 2025-01-31. https://…/controls/ratelimit/` */
export function citation(c: CitationInput): string {
  return `${c.siteTitle}. “${c.name}” (${c.kind} ${c.id}). Version ${c.version}, ${c.date}. ${c.url}`;
}
