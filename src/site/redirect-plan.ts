/**
 * Which redirect rules a host file holds, in which order, within the limits the host documents.
 *
 * Every short link already answers on every host through its forwarding page (an HTML page at the
 * link's path), so a host rule only upgrades that page to a real 301. Files (the original's images
 * and PDF) have no page behind them: their rules are the only way they answer. Planning therefore
 * ranks rules by what is lost without them, writes as many as the host accepts, and reports the rest:
 *
 * 1. files, which nothing else serves;
 * 2. the lower-case short links under the canonical prefix (`/goto/`), the form standards cite;
 * 3. their upper-case variants.
 *
 * Short links under an alias prefix (`/go/`) that lead where their `/goto/` twin leads become one
 * splat rule (`/go/*` to `/goto/:splat`), so the rule count grows with the number of prefixes, not
 * of entries. Splat rules come last: Cloudflare Pages counts every rule at or after the first splat
 * against its small budget of dynamic rules.
 */

/** One row of the redirect table: a short-link path and where it leads. */
export interface Redirect {
  /** e.g. `/goto/ratelimit/` or `/go/RATELIMIT/`. */
  readonly from: string;
  readonly to: string;
  readonly slug: string;
  readonly title: string;
}

/** One prefix answered by a splat rule: every path under `from` forwards to the same path under `to`. */
export interface PrefixAlias {
  /** e.g. `/go/`. */
  readonly from: string;
  /** e.g. `/goto/`. */
  readonly to: string;
}

/** The rules a host file holds and what was left out. */
export interface RedirectPlan {
  /** Exact-path rules, in the order the host reads them. */
  readonly rules: readonly Redirect[];
  /** Splat rules, written after every exact rule. */
  readonly aliases: readonly PrefixAlias[];
  /** Short-link rows left out to stay within a limit; their forwarding pages still answer them. */
  readonly omitted: readonly Redirect[];
  /** Files left out: these addresses stop answering on that host. Never empty without a problem reported. */
  readonly omittedFiles: readonly Redirect[];
}

/** The limits of one host's redirect file; `Infinity` where the host documents none. */
export interface RedirectLimits {
  /** Exact-path rules the host applies. */
  readonly staticRules: number;
  /** Splat or placeholder rules the host applies. */
  readonly dynamicRules: number;
}

/** No documented limit (Netlify, Firebase Hosting). */
export const UNLIMITED: RedirectLimits = { staticRules: Infinity, dynamicRules: Infinity };

const shortLinkPath = /^\/(go|goto)\/([^/]+)\/$/;

/**
 * Plans the redirect rules of one host from the full table (short links and files, before the base
 * path is applied). `canonical` is the prefix that keeps exact rules; the others become splat rules
 * when every one of their rows has a twin under `canonical` with the same target.
 */
export function planRedirects(
  rows: readonly Redirect[],
  limits: RedirectLimits = UNLIMITED,
  canonical = 'goto',
): RedirectPlan {
  const files: Redirect[] = [];
  const byPrefix = new Map<string, Redirect[]>();
  for (const row of rows) {
    const prefix = shortLinkPath.exec(row.from)?.[1];
    if (!prefix) files.push(row);
    else byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), row]);
  }
  const canonicalRows = byPrefix.get(canonical) ?? [];
  const targetOf = new Map(canonicalRows.map((r) => [r.from.slice(canonical.length + 2), r.to]));
  const aliases: PrefixAlias[] = [];
  const exact: Redirect[] = [...canonicalRows];
  for (const [prefix, list] of byPrefix) {
    if (prefix === canonical) continue;
    const twinned = list.every((r) => targetOf.get(r.from.slice(prefix.length + 2)) === r.to);
    if (twinned && aliases.length < limits.dynamicRules)
      aliases.push({ from: `/${prefix}/`, to: `/${canonical}/` });
    else exact.push(...list);
  }
  const upper = (r: Redirect) => r.from !== r.from.toLowerCase();
  const ranked = [...files, ...exact.filter((r) => !upper(r)), ...exact.filter(upper)];
  const kept = ranked.slice(0, Math.max(0, limits.staticRules));
  const left = ranked.slice(kept.length);
  const fileSet = new Set(files);
  return {
    rules: kept,
    aliases,
    omitted: left.filter((r) => !fileSet.has(r)),
    omittedFiles: left.filter((r) => fileSet.has(r)),
  };
}

/** The plan with the site's base path put in front of every path. */
export function planWithBase(plan: RedirectPlan, withBase: (path: string) => string): RedirectPlan {
  const rebase = (r: Redirect): Redirect => ({ ...r, from: withBase(r.from), to: withBase(r.to) });
  return {
    rules: plan.rules.map(rebase),
    aliases: plan.aliases.map((a) => ({ from: withBase(a.from), to: withBase(a.to) })),
    omitted: plan.omitted.map(rebase),
    omittedFiles: plan.omittedFiles.map(rebase),
  };
}

/**
 * What a host loses with this plan, as a warning that names the host, the limit and what was left
 * out; undefined when nothing was.
 */
export function planWarning(
  host: string,
  plan: RedirectPlan,
  limits: RedirectLimits,
): string | undefined {
  if (plan.omitted.length === 0 && plan.omittedFiles.length === 0) return undefined;
  const parts = [
    `${host} applies at most ${limits.staticRules} exact redirect rules, so ${plan.omitted.length + plan.omittedFiles.length} were left out of its file.`,
  ];
  if (plan.omitted.length > 0)
    parts.push(
      `${plan.omitted.length} short links (for example ${plan.omitted[0]!.from}) still answer there through their forwarding pages, with a page that forwards instead of a 301.`,
    );
  if (plan.omittedFiles.length > 0)
    parts.push(
      `${plan.omittedFiles.length} file addresses (for example ${plan.omittedFiles[0]!.from}) will not answer there at all. Fix: fewer short-link slugs or aliases in src/catalog, or deploy to a host without that limit.`,
    );
  return parts.join(' ');
}
