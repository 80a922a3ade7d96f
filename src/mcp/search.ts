/**
 * Ranked search over the built site for the MCP server: the catalog's entries (ids, names, slugs,
 * other names, summaries, the outside items they map to) and every page's Markdown twin. The site's own
 * search (Pagefind) runs in a browser; this one ranks the same words with the same preferences (an id
 * or a name beats a mention in running text) so an assistant finds what a reader finds. The relevance
 * sets of the site's search are its tests.
 */
import type { SiteData, SiteEntry, SitePage } from './site-data.ts';

/** One search result. */
export interface SearchHit {
  /** Catalog id for an entry; the page's path for other pages. */
  readonly id: string;
  readonly kind: 'threat' | 'control' | 'page';
  readonly title: string;
  /** One line: the entry's summary or the page's description. */
  readonly summary: string;
  readonly url: string;
  /** The permanent short link of an entry. */
  readonly shortLink?: string;
  /** The Markdown twin's URL (a resource URI of this server). */
  readonly markdownUrl?: string;
  /** True when the page matches only some of the query's words. */
  readonly partial: boolean;
  readonly score: number;
}

interface Doc {
  readonly hit: Omit<SearchHit, 'score' | 'partial'>;
  readonly ids: ReadonlySet<string>;
  /** Weighted fields: normalised text and its token counts. */
  readonly fields: readonly {
    readonly weight: number;
    readonly phraseWeight: number;
    readonly text: string;
    readonly tokens: ReadonlyMap<string, number>;
  }[];
}

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'by',
  'for',
  'from',
  'how',
  'i',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'to',
  'what',
  'when',
  'which',
  'with',
  'my',
  'our',
  'we',
  'do',
  'does',
]);

/** Lower case, without accents; every run of other characters becomes one space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A light stem, enough to meet the forms of one word (poison, poisons, poisoning, poisoned; detect,
 * detection; validate, validation, validating), as the site's search does with its stemmer.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 6 && w.endsWith('ation')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('tion')) w = w.slice(0, -3);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The stemmed words of a text, stop words aside. */
export function terms(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter((w) => w !== '' && !STOP_WORDS.has(w))
    .map(stem);
}

function field(weight: number, phraseWeight: number, ...texts: readonly (string | undefined)[]) {
  // Phrases are matched on stemmed words, so `model card` meets `Model cards`; `|` keeps two texts apart.
  const text = texts
    .filter(Boolean)
    .map((t) => terms(t!).join(' '))
    .join(' | ');
  const tokens = new Map<string, number>();
  for (const t of text.split(' '))
    if (t !== '|' && t !== '') tokens.set(t, (tokens.get(t) ?? 0) + 1);
  return { weight, phraseWeight, text: ` ${text} `, tokens };
}

/** The Markdown of a page without its link targets, which would match every query for `http`. */
function prose(markdown: string): string {
  return markdown.replace(/\]\([^)]*\)/g, ']').replace(/<https?:[^>]+>/g, '');
}

/** How often `needle` stands in `text`. */
function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

/** The headings of a Markdown page, which Pagefind also ranks above running text. */
function headings(markdown: string): string {
  return markdown
    .split('\n')
    .filter((l) => /^#{2,4} /.test(l))
    .map((l) => l.replace(/^#+ /, ''))
    .join(' | ');
}

/** A search index over the site's entries and pages. */
export class SiteSearch {
  readonly #docs: Doc[] = [];
  /** In how many documents each word occurs: a word on every page (`model`, `data`) tells little apart. */
  readonly #df = new Map<string, number>();

  constructor(data: SiteData) {
    const pageByUrl = new Map(data.pages.map((p) => [p.url, p]));
    const entryUrls = new Set<string>();
    const mappedTitles = new Map<string, string[]>();
    for (const m of data.mappings) {
      const list = mappedTitles.get(m.subject.id) ?? [];
      list.push([m.ref, m.title].filter(Boolean).join(' '));
      mappedTitles.set(m.subject.id, list);
    }
    for (const e of data.entries) {
      entryUrls.add(e.url);
      this.#docs.push(
        entryDoc(
          e,
          pageByUrl.get(e.url),
          mappedTitles.get(e.id) ?? [],
          data.retired.filter((r) => r.mergedInto === e.id),
        ),
      );
    }
    for (const p of data.pages) if (!entryUrls.has(p.url)) this.#docs.push(pageDoc(p, data.site));
    for (const doc of this.#docs) {
      for (const w of new Set(doc.fields.flatMap((f) => [...f.tokens.keys()])))
        this.#df.set(w, (this.#df.get(w) ?? 0) + 1);
    }
  }

  /** A word's weight by its rarity: from 0.5 for a word on every page to 1 for a word on one page. */
  #rarity(word: string): number {
    const n = this.#docs.length;
    return 0.5 + (0.5 * Math.log(n / (this.#df.get(word) ?? 1))) / Math.log(n);
  }

  /** The best `limit` hits for a query, best first; pages that match only some words follow those that match all. */
  search(query: string, limit = 10): SearchHit[] {
    const exact = normalise(query.replace(/^#/, '')).replace(/ /g, '');
    const words = [...new Set(terms(query))];
    const phrase = ` ${terms(query).join(' ')} `;
    if (words.length === 0 && exact === '') return [];
    const scored = this.#docs.map((doc) => {
      let score = 0;
      let matched = 0;
      for (const w of words) {
        let best = 0;
        for (const f of doc.fields) {
          const tf = f.tokens.get(w) ?? 0;
          if (tf > 0) best = Math.max(best, f.weight * (1 + Math.log(tf)));
        }
        if (best > 0) matched++;
        score += best * this.#rarity(w);
      }
      if (words.length > 1)
        for (const f of doc.fields)
          score += f.phraseWeight * Math.min(3, occurrences(f.text, phrase));
      // An id, slug or alias typed as one word names the entry, whatever the stemmer made of it.
      if (exact !== '' && doc.ids.has(exact)) {
        score += 1000;
        matched = words.length;
      }
      return { doc, score, matched };
    });
    const complete = scored.filter(
      (s) => s.score > 0 && (words.length === 0 || s.matched === words.length),
    );
    const some =
      complete.length >= Math.min(3, limit)
        ? []
        : scored.filter((s) => s.score > 0 && s.matched > 0 && s.matched < words.length);
    const order = (a: { score: number; matched: number }, b: { score: number; matched: number }) =>
      b.matched - a.matched || b.score - a.score;
    return [
      ...complete
        .sort(order)
        .map((s) => ({ ...s.doc.hit, partial: false, score: Math.round(s.score) })),
      ...some.sort(order).map((s) => ({ ...s.doc.hit, partial: true, score: Math.round(s.score) })),
    ].slice(0, limit);
  }
}

function entryDoc(
  e: SiteEntry,
  page: SitePage | undefined,
  mapped: readonly string[],
  retired: SiteData['retired'],
): Doc {
  const ids = new Set(
    [e.id, e.slug, ...e.aliases, ...retired.flatMap((r) => [r.id, r.slug, ...r.aliases])].map((s) =>
      normalise(s).replace(/ /g, ''),
    ),
  );
  return {
    hit: {
      id: e.id,
      kind: e.kind,
      title: e.name,
      summary: e.summary,
      url: e.url,
      shortLink: e.shortLink,
      ...(page ? { markdownUrl: page.markdownUrl } : {}),
    },
    ids,
    fields: [
      field(40, 300, e.name, e.id),
      field(30, 200, ...(e.alsoKnownAs ?? []), ...retired.map((r) => r.name)),
      field(12, 80, ...mapped),
      field(8, 40, e.summary),
      field(6, 40, page ? headings(page.markdown) : ''),
      field(2, 15, page ? prose(page.markdown) : ''),
    ],
  };
}

function pageDoc(p: SitePage, site: string): Doc {
  const path = `/${p.url.slice(site.length)}`;
  return {
    hit: {
      id: path,
      kind: 'page',
      title: p.title,
      summary: p.description,
      url: p.url,
      markdownUrl: p.markdownUrl,
    },
    ids: new Set([normalise(path).replace(/ /g, '')]),
    fields: [
      field(40, 300, p.title),
      field(6, 30, p.description),
      field(6, 40, headings(p.markdown)),
      field(2, 15, prose(p.markdown)),
    ],
  };
}

const indexes = new WeakMap<SiteData, SiteSearch>();

/**
 * The search index of a site, built on first use and kept: building it reads every page, which should
 * neither delay the server's start nor repeat for each HTTP request.
 */
export function siteSearchFor(data: SiteData): SiteSearch {
  let index = indexes.get(data);
  if (!index) indexes.set(data, (index = new SiteSearch(data)));
  return index;
}
