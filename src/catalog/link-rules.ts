/**
 * Rules for links to other sites, one table for the whole build. A link that carries a personal token
 * or a session id leaks it to every reader and stops working when the session ends; a tracking
 * parameter tells a third party who followed the link; an unofficial mirror may change or vanish; a
 * moved host or repository answers today only through a redirect (or a stub) that its owner may drop.
 * The build applies the rules to every outside URL stored in the catalog and written in the pages
 * (src/site/outside-links.ts) and stops on the first break with the file, the URL and the fix.
 *
 * Add a rule to `LINK_RULES`; a rule that only concerns some hosts says so in `hosts`. Rules for the
 * URL scheme of one framework (MITRE ATLAS) can be added to the same table.
 */

/** One rule for outside links. */
export interface LinkRule {
  /** Short stable name, quoted in messages. */
  readonly id: string;
  /** Host names the rule concerns (`www.` is ignored); absent: every host. */
  readonly hosts?: readonly string[];
  /** Why links must follow it, in a few words. */
  readonly reason: string;
  /**
   * Returns what is wrong with the URL under this rule, or undefined when it follows the rule.
   * `fixed` is the URL to use instead, when the rule can work it out.
   */
  check(url: URL): { readonly problem: string; readonly fixed?: string } | undefined;
}

/** What a broken rule reports. */
export interface LinkProblem {
  /** The rule broken. */
  readonly rule: string;
  /** The URL as written. */
  readonly url: string;
  /** What is wrong. */
  readonly problem: string;
  /** The URL to use instead, when the rule knows it. */
  readonly fixed?: string;
}

/** Query parameters that carry a personal token or a session. */
const SECRET_PARAMETERS = [
  'casa_token',
  'access_token',
  'token',
  'auth',
  'apikey',
  'api_key',
  'jsessionid',
  'phpsessid',
  'sessionid',
  'sid',
];
/** Query parameters that only track the reader (lower case; `utm_` and `sf<digits>` are prefixes). */
const TRACKING_PARAMETERS = [
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'igshid',
  'yclid',
  'twclid',
  'ref_src',
  'trk',
];
/** Hosts whose `si` parameter is a share tracker (YouTube, Spotify). */
const SHARE_TRACKER_HOSTS = new Set([
  'youtu.be',
  'youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'open.spotify.com',
]);

/** The host without a leading `www.`, lower case. */
export function bareHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

/** The URL without the named query parameters (and without `;jsessionid=` path parameters). */
function without(url: URL, drop: (name: string) => boolean): string {
  const clean = new URL(url.href);
  clean.pathname = clean.pathname.replace(/;jsessionid=[^/?#]*/gi, '');
  for (const name of [...clean.searchParams.keys()])
    if (drop(name)) clean.searchParams.delete(name);
  return clean.href.replace(/\?$/, '').replace(/\?#/, '#');
}

const isTracking = (name: string, host: string) => {
  const n = name.toLowerCase();
  return (
    n.startsWith('utm_') ||
    /^sf\d+$/.test(n) ||
    TRACKING_PARAMETERS.includes(n) ||
    (n === 'si' && SHARE_TRACKER_HOSTS.has(host))
  );
};
const isSecret = (name: string) => SECRET_PARAMETERS.includes(name.toLowerCase());

/** Replaces the host, keeping path, query and fragment. */
function onHost(url: URL, host: string): string {
  const moved = new URL(url.href);
  moved.hostname = host;
  return moved.href;
}

/** The rules the build applies to every outside link. */
export const LINK_RULES: readonly LinkRule[] = [
  {
    id: 'no-secrets',
    reason:
      'a token or session id in a link is a credential published to every reader, and it expires',
    check(url) {
      const found = [...url.searchParams.keys()].filter(isSecret);
      const pathSession = /;jsessionid=/i.test(url.pathname);
      if (found.length === 0 && !pathSession) return undefined;
      const names = [...found, ...(pathSession ? [';jsessionid'] : [])].join(', ');
      return {
        problem: `it carries a personal token or session id (${names})`,
        fixed: without(url, isSecret),
      };
    },
  },
  {
    id: 'no-tracking',
    reason:
      'tracking parameters tell a third party who followed the link and change nothing for the reader',
    check(url) {
      const host = bareHost(url);
      const found = [...url.searchParams.keys()].filter((n) => isTracking(n, host));
      if (found.length === 0) return undefined;
      return {
        problem: `it carries tracking parameters (${found.join(', ')})`,
        fixed: without(url, (n) => isTracking(n, host)),
      };
    },
  },
  {
    id: 'no-unofficial-mirror',
    hosts: ['csrc.nist.rip'],
    reason: "an unofficial mirror can change or disappear and is not the publisher's copy",
    check(url) {
      const inner = /^\/external\/([^/]+)(\/.*)$/.exec(url.pathname);
      const fixed = inner ? `https://${inner[1]}${inner[2]}` : onHost(url, 'csrc.nist.gov');
      return { problem: 'csrc.nist.rip is not a NIST host but an unofficial mirror', fixed };
    },
  },
  {
    id: 'moved-host',
    hosts: ['llmtop10.com'],
    reason: 'the OWASP Top 10 for LLM Applications moved to the OWASP GenAI Security Project',
    check() {
      return {
        problem: 'llmtop10.com is the old home of the OWASP Top 10 for LLM Applications',
        fixed: 'https://genai.owasp.org/llm-top-10/',
      };
    },
  },
  {
    id: 'moved-host',
    hosts: ['docs.microsoft.com'],
    reason: 'Microsoft moved its documentation to learn.microsoft.com; the old host only redirects',
    check(url) {
      return {
        problem: 'docs.microsoft.com only redirects to learn.microsoft.com',
        fixed: onHost(url, 'learn.microsoft.com'),
      };
    },
  },
  {
    id: 'moved-repository',
    hosts: ['github.com'],
    reason:
      'a moved repository leaves a stub or a redirect that breaks when the old name is reused',
    check(url) {
      const moved = MOVED_REPOSITORIES.find(
        ([from]) =>
          url.pathname.toLowerCase() === `/${from}` ||
          url.pathname.toLowerCase().startsWith(`/${from}/`),
      );
      if (!moved) return undefined;
      const [from, to] = moved;
      const fixed = new URL(url.href);
      fixed.pathname = `/${to}${url.pathname.slice(from.length + 1)}`;
      return { problem: `the repository ${from} moved to ${to}`, fixed: fixed.href };
    },
  },
];

/** GitHub repositories that moved: old owner/name (lower case) → new owner/name. */
const MOVED_REPOSITORIES: readonly (readonly [string, string])[] = [
  ['azure/pyrit', 'microsoft/PyRIT'],
];

/**
 * Checks one outside URL against the rules (by default the build's table). Returns the rules it
 * breaks; empty when it follows them all or is not an absolute http(s) URL.
 */
export function linkProblems(href: string, rules: readonly LinkRule[] = LINK_RULES): LinkProblem[] {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return [];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [];
  const host = bareHost(url);
  const problems: LinkProblem[] = [];
  for (const rule of rules) {
    if (rule.hosts && !rule.hosts.some((h) => h.replace(/^www\./, '') === host)) continue;
    const found = rule.check(url);
    if (found)
      problems.push({
        rule: rule.id,
        url: href,
        problem: found.problem,
        ...(found.fixed !== undefined && { fixed: found.fixed }),
      });
  }
  return problems;
}

/** One build message for a broken rule: where, the URL, what is wrong and the fix. */
export function formatLinkProblem(where: string, p: LinkProblem): string {
  const fix = p.fixed !== undefined ? `use ${p.fixed}` : "link the publisher's own page";
  return `${where}: the link ${p.url} breaks the rule \`${p.rule}\`: ${p.problem}. Fix: ${fix}.`;
}
