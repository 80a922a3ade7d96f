/**
 * What the search index learns about a page beyond its text: the facets a reader can filter by (kind of
 * page, lifecycle, control group) and the names a reader may type for an entry (its id and its old
 * slugs and names). Components render these as Pagefind attributes; the ranking below weighs them.
 */
import type { Entry, Lookup } from '../catalog/lookup.ts';
import { controlGroupLabel } from '../catalog/labels.ts';

/** The kinds of page a reader can narrow a search to. */
export const SEARCH_KINDS = ['threat', 'control', 'overview', 'subject', 'standard'] as const;

/** The kind of a page in search. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** When something happens, coarse enough to filter by: threats and controls share these phases. */
export type LifecyclePhase = 'development-time' | 'runtime' | 'organisation';

/** The Pagefind filter keys; the search dialog shows them (first letter capitalised) as filter headings. */
export const FILTERS = {
  kind: 'kind',
  lifecycle: 'lifecycle',
  group: 'control group',
  category: 'control category',
} as const;

/**
 * The Pagefind metadata key that carries an entry's other names, ranked like a second title. The
 * search dialog shows it under the result as "Also known as: …".
 */
export const OTHER_NAMES_META = 'also known as';

/**
 * Content weight of the id in the facts panel, which also carries the alias slugs. Ids and slugs are
 * single tokens, so they sit in the body, where Pagefind discounts words that merely start with the
 * query. As metadata they were boosted in full (measured: "Model obfuscation" put
 * OBFUSCATETRAININGDATA first, `DISCLOSUREUSE` put the entry with alias `disclosureuseoutput` first).
 */
export const ID_WEIGHT = 10;

/**
 * Content weight of a reference id in an entry's standards table (`LLM01`, `8.16`, `AML.T0051`), so an
 * entry that carries a reference ranks above a page that only discusses it.
 */
export const REFERENCE_WEIGHT = 3;

/** Labels of the kind facet. */
export const searchKindLabel: Record<SearchKind, string> = {
  threat: 'Threat',
  control: 'Control',
  overview: 'Overview',
  subject: 'Subject',
  standard: 'Standard',
};

/** Labels of the lifecycle facet. */
export const lifecyclePhaseLabel: Record<LifecyclePhase, string> = {
  'development-time': 'Development time',
  runtime: 'Runtime',
  organisation: 'Organisation-wide',
};

/** What a page's frontmatter says about it, as far as search cares. */
export interface PageFrontmatter {
  readonly catalogId?: string | undefined;
  readonly partId?: string | undefined;
  readonly searchKind?: SearchKind | undefined;
}

/**
 * The kind of a page: what its frontmatter declares (`searchKind`), else a threat or control for an
 * entry page, a subject for the page of a discussion subject (AI security testing, AI privacy, agentic
 * AI...; a page of src/catalog/pages.ts that holds one of the original's subjects on a page of its own), a standard for a page under `/standards/` (`pageId` is Starlight's route id,
 * the path without the outer slashes), and an overview for everything else.
 */
export function pageKind(lookup: Lookup, pageId: string, data: PageFrontmatter): SearchKind {
  if (data.searchKind) return data.searchKind;
  if (data.catalogId) return lookup.isThreat(lookup.entry(data.catalogId)) ? 'threat' : 'control';
  if (lookup.catalog.pages.some((s) => s.original?.home === 'own' && s.path === `/${pageId}/`))
    return 'subject';
  if (pageId === 'standards' || pageId.startsWith('standards/')) return 'standard';
  return 'overview';
}

/**
 * The lifecycle phases of an entry. Threats through use and runtime security threats both happen at
 * runtime; a control that acts in both phases is found under both.
 */
export function lifecyclePhases(lookup: Lookup, entry: Entry): LifecyclePhase[] {
  if (lookup.isThreat(entry))
    return [entry.lifecycle === 'development-time' ? 'development-time' : 'runtime'];
  if (entry.lifecycle === 'both') return ['development-time', 'runtime'];
  return [entry.lifecycle];
}

/** One Pagefind filter value of a page. */
export interface FacetValue {
  readonly filter: string;
  readonly value: string;
}

/** The filter values of a page: its kind, and for entries their lifecycle phases, control groups and (controls) categories. */
export function searchFacets(
  lookup: Lookup,
  kind: SearchKind,
  entry: Entry | undefined,
): FacetValue[] {
  const facets: FacetValue[] = [{ filter: FILTERS.kind, value: searchKindLabel[kind] }];
  if (!entry) return facets;
  for (const phase of lifecyclePhases(lookup, entry))
    facets.push({ filter: FILTERS.lifecycle, value: lifecyclePhaseLabel[phase] });
  if (!lookup.isThreat(entry)) {
    for (const group of lookup.groupsOfControl(entry))
      facets.push({ filter: FILTERS.group, value: controlGroupLabel(group) });
    // Today's four categories of the overview (manage, have resilient models, watch, limit).
    const categories = new Set(
      lookup.catalog.essentialGroups
        .filter((g) => (g.controls as readonly string[]).includes(entry.id))
        .map((g) => g.category),
    );
    for (const category of categories) facets.push({ filter: FILTERS.category, value: category });
  }
  return facets;
}

/**
 * The other names of an entry, for the `also known as` metadata: the names practitioners use
 * (`alsoKnownAs`) and the name the original site uses today where it differs, in sentence case
 * (`ANOMALOUS INPUT HANDLING` becomes `Anomalous input handling`).
 */
export function otherNames(entry: Entry): string[] {
  const names = [
    ...(entry.alsoKnownAs ?? []),
    ...(entry.legacy.headName ? [sentenceCase(entry.legacy.headName)] : []),
  ];
  const own = entry.name.toLowerCase();
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (key === own || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A name written in capitals, in sentence case; abbreviations with a slash (`I/O`) stay as they are. */
export function sentenceCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  const words = name.split(' ').map((w) => (w.includes('/') ? w : w.toLowerCase()));
  const [first = '', ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}

/**
 * Ranking of search results, given to Starlight (`pagefind.ranking`) and used as is by the relevance
 * tests. The first five are Starlight's defaults, spelled out so the tests rank exactly as the site.
 * The one change is the weight of other names, measured on the relevance set
 * (tests/fixtures/search-queries.ts): at 1, "adversarial examples" puts Evasion fourth, behind three
 * controls with "adversarial" in their names; at 3 it comes first and every query of the set hits;
 * higher weights gain nothing, and a page's own name (title, 5) should outweigh another's other name.
 */
export const SEARCH_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
  metaWeights: { title: 5, [OTHER_NAMES_META]: 3 },
} as const;
