/**
 * The HTTP response headers of the site, from one table: security headers for every response and long
 * cache lifetimes where file names carry a content hash. The build renders the table twice, as
 * `_headers` (Netlify, Cloudflare Pages) and as the `headers` of `firebase.json`, and the end-to-end
 * tests serve the build with it.
 *
 * The Content-Security-Policy allows no inline script except the exact ones the build emits: it lists
 * the sha256 hash of every distinct inline `<script>` found in the built pages (Starlight's theme and
 * search bootstrap, the forwarding scripts of short links and legacy pages).
 */
import { createHash } from 'node:crypto';

/** A block of response headers for every path under `prefix`. */
export interface HeaderRule {
  /** Site path prefix, ending in `/`: `/` is every response, `/_astro/` the bundled assets. */
  readonly prefix: string;
  /** Why these headers apply here, written into `_headers` as a comment. */
  readonly why: string;
  /** Header name and value pairs, in output order. */
  readonly headers: readonly (readonly [name: string, value: string])[];
}

/** One entry of the `headers` list of a Firebase Hosting config. */
export interface FirebaseHeaderRule {
  readonly source: string;
  readonly headers: readonly { readonly key: string; readonly value: string }[];
}

/** The CSP source expression that allows exactly one inline script or style body: `'sha256-…'`. */
export function cspHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** `type` values that make a `<script>` run; any other (`application/json`, `application/ld+json`) is data. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * The bodies of the inline `<script>` elements of an HTML document that the browser would run: not
 * those loaded from a file (`src`), nor data blocks, which the policy does not govern.
 */
export function inlineScripts(html: string): string[] {
  const bodies: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = m[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    if (type && !SCRIPT_TYPES.has((type[1] ?? type[2] ?? type[3] ?? '').trim().toLowerCase()))
      continue;
    bodies.push(m[2] ?? '');
  }
  return bodies;
}

/** The sorted, distinct hashes of the inline scripts of a set of HTML documents. */
export function inlineScriptHashes(documents: Iterable<string>): string[] {
  const hashes = new Set<string>();
  for (const html of documents) for (const body of inlineScripts(html)) hashes.add(cspHash(body));
  return [...hashes].sort();
}

/**
 * The Content-Security-Policy of every page.
 *
 * - Scripts: the site's own files and the hashed inline scripts; `'wasm-unsafe-eval'` lets Pagefind
 *   compile its WebAssembly search index and allows no JavaScript `eval`.
 * - Styles keep `'unsafe-inline'`: Starlight renders `style` attributes (icon sizes, sidebar depth)
 *   and Astro inlines small component stylesheets, and allowing them by hash would need
 *   `'unsafe-hashes'` plus one hash per distinct attribute value, which outgrows the 2,000-character
 *   header line Cloudflare Pages accepts as soon as diagrams add their own. Without user input on a
 *   static site there is no markup injection for inline styles to ride on.
 * - `data:` images are the SVG icons Starlight's and Pagefind's stylesheets embed.
 * - Nothing may frame the site, and forms and `<base>` stay on it.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...scriptHashes],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/**
 * Features no page of the site uses, denied to it and to anything it might embed. Only features
 * Chromium recognises are named: an unknown one is reported as an error in the console.
 */
const DENIED_FEATURES = [
  'camera',
  'microphone',
  'geolocation',
  'payment',
  'usb',
  'browsing-topics',
];

/** One year, the longest lifetime caches honour; for files whose name changes with their content. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The longest header line Cloudflare Pages accepts in `_headers`. */
export const MAX_HEADER_LINE = 2000;

/** The header table of the site, given its Content-Security-Policy. */
export function headerRules(csp: string): HeaderRule[] {
  return [
    {
      prefix: '/',
      why: 'Every response: no inline script but the hashed ones, no framing, no MIME sniffing, no referrer, no powerful features.',
      headers: [
        ['Content-Security-Policy', csp],
        ['X-Content-Type-Options', 'nosniff'],
        ['X-Frame-Options', 'DENY'],
        ['Referrer-Policy', 'no-referrer'],
        ['Permissions-Policy', DENIED_FEATURES.map((f) => `${f}=()`).join(', ')],
        ['Cross-Origin-Opener-Policy', 'same-origin'],
      ],
    },
    {
      prefix: '/_astro/',
      why: 'Scripts, styles and images bundled by Astro: the file name carries a content hash.',
      headers: [['Cache-Control', IMMUTABLE]],
    },
    {
      prefix: '/pagefind/fragment/',
      why: 'Search result fragments: named by content hash.',
      headers: [['Cache-Control', IMMUTABLE]],
    },
    {
      prefix: '/pagefind/index/',
      why: 'Search index chunks: named by content hash.',
      headers: [['Cache-Control', IMMUTABLE]],
    },
  ];
}

/**
 * The table as a `_headers` file. Netlify and Cloudflare Pages give a response the headers of every
 * rule that matches it, so no header may appear in two rules that can match one path.
 */
export function netlifyHeaders(rules: readonly HeaderRule[]): string {
  const lines = ['# Generated by src/site/headers.ts at the end of the build; do not edit.'];
  for (const rule of rules) {
    lines.push('', `# ${rule.why}`, `${rule.prefix}*`);
    for (const [name, value] of rule.headers) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The table as the `headers` list of a Firebase Hosting config (glob `source` patterns). */
export function firebaseHeaders(rules: readonly HeaderRule[]): FirebaseHeaderRule[] {
  return rules.map((rule) => ({
    source: rule.prefix === '/' ? '**' : `${rule.prefix}**`,
    headers: rule.headers.map(([key, value]) => ({ key, value })),
  }));
}

/**
 * Reads a `_headers` file back into rules, so a test server answers with exactly what a host would.
 * Throws on a line that is neither a comment, a path, nor a header under a path.
 */
export function parseNetlifyHeaders(
  text: string,
): { readonly pattern: string; readonly headers: readonly (readonly [string, string])[] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const current = rules.at(-1);
    if (!header || !current)
      throw new Error(
        `_headers line ${i + 1}: \`${line.trim()}\` is not a header under a path. Fix: indent \`Name: value\` below a path line.`,
      );
    current.headers.push([header[1]!, header[2]!]);
  });
  return rules;
}

/** Whether a `_headers` path pattern (`/*`, `/_astro/*`, `/exact/`) matches a request path. */
export function matchesPattern(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}
