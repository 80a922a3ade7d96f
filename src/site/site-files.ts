/**
 * The site-level files that are not pages: the whole site as one PDF and the Markdown files for tools
 * and language models. Their paths live here once; the short links, the hosting redirects, the page
 * footers, the home and data pages and the scripts that write them all read this table.
 */

/** Where the PDF of the whole site is published; permanent once published. */
export const PDF_PATH = '/ai-security-exchange.pdf';

/** The original site's PDF address, which forwards to ours on hosts that honour `_redirects` or `firebase.json`. */
export const LEGACY_PDF_PATH = '/OWASP-AI-Exchange.pdf';

/** The llms.txt index: title, summary and one line per page. */
export const LLMS_PATH = '/llms.txt';

/** Every page's Markdown in one file. */
export const LLMS_FULL_PATH = '/llms-full.txt';

/** A site file that has a short link of its own. */
export interface SiteFileLink {
  /** Lower-case short-link slug: `/goto/<slug>/`. */
  readonly slug: string;
  /** Site path of the file. */
  readonly to: string;
  /** What readers see as the link's name. */
  readonly title: string;
}

/** The site files that answer at `/goto/<slug>/` and `/go/<slug>/`. */
export const SITE_FILE_LINKS: readonly SiteFileLink[] = [
  { slug: 'pdf', to: PDF_PATH, title: 'The whole site as a PDF' },
  { slug: 'llms', to: LLMS_PATH, title: 'The site for language models (llms.txt)' },
];

/** Redirects of exact file paths (no trailing slash), for the hosting files. */
export const FILE_REDIRECTS: readonly { readonly from: string; readonly to: string }[] = [
  { from: LEGACY_PDF_PATH, to: PDF_PATH },
];
