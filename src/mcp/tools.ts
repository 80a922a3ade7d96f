/**
 * What each tool of the MCP server does, as pure functions of the built site's data: no protocol
 * here, so the answers can be tested directly and the server stays a thin wiring (`server.ts`).
 * A tool that cannot answer throws a {@link LookupError} whose message says what was wrong and what
 * exists instead.
 */
import { assess, type AssessResult } from '../catalog/assess.ts';
import { parseQuery } from '../catalog/assess-query.ts';
import { SITE_TITLE } from '../site/build-info.ts';
import { citation } from '../site/citation.ts';
import { findEntry, findFramework, findMappings, LookupError } from './lookup.ts';
import type { SiteSearch, SearchHit } from './search.ts';
import type { SiteData } from './site-data.ts';

/** `search`: ranked entries and pages for the words a practitioner types. */
export function searchTool(
  index: SiteSearch,
  query: string,
  limit = 10,
): { query: string; results: SearchHit[]; note?: string } {
  const results = index.search(query, limit);
  if (results.length === 0)
    return {
      query,
      results,
      note: 'Nothing on the site matches these words. Try fewer or more common words, an entry id, or a framework id such as AML.T0051.',
    };
  const partial = results.some((r) => r.partial);
  return partial
    ? {
        query,
        results,
        note: 'No page has all of these words; the results marked partial have some of them.',
      }
    : { query, results };
}

/** `get_entry`: an entry's Markdown twin (facts, prose, relations and references), by any of its names. */
export function getEntryTool(data: SiteData, id: string): string {
  const { entry, retired } = findEntry(data, id);
  const page = data.pages.find((p) => p.url === entry.url);
  const head = retired
    ? `> \`${retired.id}\` (${retired.name}) was retired on ${retired.retiredOn} and merged into \`${entry.id}\`: ${retired.reason}\n\n`
    : '';
  if (!page)
    throw new LookupError(
      `The built site has no Markdown page for ${entry.id}. Fix: run \`npm run build\` again.`,
    );
  return `${head}${page.markdown}`;
}

/** One mapped entry of a framework item. */
export interface FrameworkMatch {
  readonly framework: string;
  readonly ref: string | null;
  readonly title?: string;
  readonly entries: readonly {
    readonly id: string;
    readonly kind: string;
    readonly name?: string;
    readonly relation: string;
    readonly source?: string;
    readonly rationale?: string;
    readonly url?: string;
  }[];
  readonly crosswalkUrl?: string;
}

/** `find_by_framework`: the entries mapped to an item of another framework. */
export function findByFrameworkTool(
  data: SiteData,
  framework: string,
  ref: string,
): FrameworkMatch {
  const name = findFramework(data, framework);
  const rows = findMappings(data, name, ref);
  const byId = new Map(data.entries.map((e) => [e.id, e]));
  return {
    framework: name,
    ref: rows[0]!.ref,
    ...(rows.find((r) => r.title)?.title ? { title: rows.find((r) => r.title)!.title! } : {}),
    entries: rows.map((r) => {
      const e = byId.get(r.subject.id);
      return {
        id: r.subject.id,
        kind: r.subject.kind,
        ...(e ? { name: e.name, url: e.url } : {}),
        relation: r.relation ?? r.coverage ?? 'related',
        ...(r.source ? { source: r.source } : {}),
        ...(r.rationale ? { rationale: r.rationale } : {}),
      };
    }),
    ...(rows[0]!.crosswalkUrl ? { crosswalkUrl: rows[0]!.crosswalkUrl } : {}),
  };
}

/**
 * `assess`: the threat-model builder's function on the answers a reader would give, with the same
 * keys and values as the builder's query string (`{ "genai": "yes", "trained_by": "supplier" }`).
 */
export function assessTool(
  data: SiteData,
  answers: Readonly<Record<string, string | boolean>>,
): AssessResult {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(answers))
    params.append(k, typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));
  const parsed = parseQuery(data.model, params.toString());
  if (parsed.ignored.length > 0) {
    const keys = data.model.questions.map((q) => q.key).join(', ');
    throw new LookupError(`${parsed.ignored.join(' ')} Keys this builder asks: ${keys}.`);
  }
  return assess(data.model, parsed.answers, parsed.decisions);
}

/** `cite`: the suggested citation, the permanent URL and the short link of an entry, as its cite box shows them. */
export function citeTool(
  data: SiteData,
  id: string,
): { id: string; citation: string; url: string; shortLink: string; version: string } {
  const { entry } = findEntry(data, id);
  return {
    id: entry.id,
    citation: citation({
      siteTitle: SITE_TITLE,
      kind: entry.kind,
      name: entry.name,
      id: entry.id,
      version: data.version,
      date: data.buildDate,
      url: entry.url,
    }),
    url: entry.url,
    shortLink: entry.shortLink,
    version: data.version,
  };
}
