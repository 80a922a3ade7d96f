/**
 * Crosswalks: for each outside framework, its references in natural order with the threats and
 * controls that map to them. Derived from the catalog's mapping facts, which live in four places:
 * the crosswalk files of src/catalog/crosswalks/ (MITRE ATLAS, the OWASP LLM Top 10 2025 and 2026, the
 * OWASP Agentic Top 10 and AISVS, item by item), `standards` of entries and threat groups,
 * `owaspLlmTop10` of entries and control sections, and the NCSC/CISA guideline table. One row per
 * mapping, so the rows of all crosswalks together are exactly the mappings of the catalog.
 */
import {
  resolvedCrosswalks,
  type ItemMapping,
  type MappingSource,
  type Relation,
  type ResolvedCrosswalk,
  type ResolvedItem,
} from './crosswalks/index.ts';
import { atlasUrlProblem, llmTop10_2026Url, llmTop10Url } from './frameworks/index.ts';
import type { FrameworkSnapshot } from './frameworks/types.ts';
import { llmTop10, ncscCisaPhases } from './genai.ts';
import { catalog as realCatalog } from './index.ts';
import { standardUrl } from './lookup.ts';
import { compareReferences } from './natural-order.ts';
import type {
  Catalog,
  Coverage,
  Framework,
  LlmTop10Item,
  NcscPhase,
  StandardRef,
} from './types.ts';
import { crosswalkPath, entryPath, frameworkSlug, partPath, referenceAnchor } from './urls.ts';

/** What a reference maps to: an entry, or a group of controls that the catalog maps as a whole. */
export interface MappingSubject {
  /** `threat` and `control` are entries; a threat group or a control section maps for all its members. */
  readonly kind: 'threat' | 'control' | 'threat-group' | 'control-section';
  /** The catalog id (`RATELIMIT`, `DEVELOPMENT_TIME_THREATS`, `1.3`). */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Site path of the subject's page, with `#anchor` for a section of a page. */
  readonly path: string;
}

/**
 * One mapping: a reference of an outside framework (the fields of a `StandardRef`; for NCSC/CISA,
 * `coverage` says whether the control implements the guideline fully or in part) and the subject it maps to.
 */
export interface CrosswalkRow extends StandardRef {
  /** The id of the reference's rows on the crosswalk page, e.g. `ref-8-16`. */
  readonly anchor: string;
  /** What the reference maps to. */
  readonly subject: MappingSubject;
  /** For the frameworks of src/catalog/crosswalks/: how the entry relates to the item. */
  readonly relation?: Relation;
  /** For the frameworks of src/catalog/crosswalks/: whose mapping it is. */
  readonly source?: MappingSource;
  /** This project's one-sentence reason for the mapping. */
  readonly rationale?: string;
}

/** The coverage a relation stands for, so every row of every crosswalk can be read the same way. */
export const RELATION_COVERAGE: Readonly<Record<Relation, Coverage>> = {
  addresses: 'full',
  'partly-addresses': 'partial',
  related: 'minimal',
};

/** The rows of one reference on a crosswalk page. */
export interface CrosswalkReference {
  readonly ref: string | null;
  readonly anchor: string;
  readonly rows: readonly CrosswalkRow[];
}

/** The crosswalk of one framework. */
export interface Crosswalk {
  readonly framework: Framework;
  /** Stable slug, derived from the framework id. */
  readonly slug: string;
  /** The crosswalk page. */
  readonly path: string;
  /** Every mapping to this framework, references in natural order, mappings in catalog order within one. */
  readonly rows: readonly CrosswalkRow[];
  /** The same rows, grouped by reference. */
  readonly references: readonly CrosswalkReference[];
  /** For the frameworks of src/catalog/crosswalks/: the publisher's snapshot and every item, mapped or explained. */
  readonly snapshot?: FrameworkSnapshot;
  readonly items?: readonly ResolvedItem[];
}

/** The facts crosswalks are built from: a catalog plus the two mapping tables that live beside it. */
export interface CrosswalkSources {
  readonly catalog: Catalog;
  readonly llmTop10: readonly LlmTop10Item[];
  readonly ncscCisaPhases: readonly NcscPhase[];
  /** The item-by-item crosswalks (ATLAS, LLM Top 10 2025 and 2026, Agentic Top 10, AISVS); optional so fixture catalogs can leave them out. */
  readonly crosswalks?: readonly ResolvedCrosswalk[];
}

/** The crosswalks of every framework, plus every mapping in catalog order. */
export interface Crosswalks {
  /** One crosswalk per framework of `frameworks.ts`, in natural order of the framework ids. */
  readonly crosswalks: readonly Crosswalk[];
  /** Every mapping, in catalog order: entries (threats, then controls), threat groups, control sections, NCSC/CISA. */
  readonly mappings: readonly CrosswalkRow[];
}

/** Copies the optional fields of a standards reference without writing `undefined` into the row. */
function fromStandard(ref: StandardRef, subject: MappingSubject): CrosswalkRow {
  const url = standardUrl(ref);
  return {
    framework: ref.framework,
    ref: ref.ref,
    anchor: referenceAnchor(ref.ref),
    coverage: ref.coverage,
    subject,
    ...(ref.title !== undefined && { title: ref.title }),
    ...(url !== undefined && { url }),
    ...(ref.aspect !== undefined && { aspect: ref.aspect }),
    ...(ref.note !== undefined && { note: ref.note }),
    ...(ref.via !== undefined && { via: ref.via }),
  };
}

/** Builds every crosswalk; throws when two references of one framework would share an anchor. */
export function buildCrosswalks(sources: CrosswalkSources): Crosswalks {
  const { catalog, llmTop10, ncscCisaPhases } = sources;
  const itemCrosswalks = sources.crosswalks ?? [];
  const llmName = new Map(llmTop10.map((i) => [i.id as string, i.name]));
  const llm2026 = itemCrosswalks.find((c) => c.snapshot.framework === 'OWASP LLM Top 10 2026');
  const llm2026Name = new Map((llm2026?.items ?? []).map((i) => [i.ref, i.name]));
  /** A control section's mapping to the current edition, which the original makes for the section as a whole. */
  const sectionLlm2026 = (id: string, subject: MappingSubject): CrosswalkRow => {
    const name = llm2026Name.get(id);
    return {
      framework: 'OWASP LLM Top 10 2026',
      ref: id,
      anchor: referenceAnchor(id),
      coverage: 'unknown',
      url: llmTop10_2026Url(),
      subject,
      source: 'ai-exchange',
      ...(name ? { title: name } : {}),
    };
  };
  /** A mapping to the 2023 edition. */
  const llm2023 = (id: string, subject: MappingSubject): CrosswalkRow => {
    const name = llmName.get(id);
    return {
      framework: 'OWASP LLM Top 10',
      ref: id,
      anchor: referenceAnchor(id),
      coverage: 'unknown',
      url: llmTop10Url(id),
      subject,
      ...(name !== undefined && { title: name }),
    };
  };
  /** One mapping of a crosswalk file, as a row: the current editions come first, so entry pages list them first. */
  const fromItem = (
    crosswalk: ResolvedCrosswalk,
    item: ResolvedItem,
    m: ItemMapping,
    subject: MappingSubject,
  ): CrosswalkRow => ({
    framework: crosswalk.snapshot.framework,
    ref: item.ref,
    anchor: referenceAnchor(item.ref),
    title: item.name,
    coverage: RELATION_COVERAGE[m.relation],
    url: item.url,
    subject,
    relation: m.relation,
    source: m.source,
    ...(m.rationale !== undefined && { rationale: m.rationale }),
    ...(m.via !== undefined && { via: [m.via] }),
  });
  const mappedByEntry = new Map<
    string,
    { crosswalk: ResolvedCrosswalk; item: ResolvedItem; m: ItemMapping }[]
  >();
  for (const crosswalk of itemCrosswalks) {
    for (const item of crosswalk.items) {
      for (const m of item.entries)
        mappedByEntry.set(m.entry, [...(mappedByEntry.get(m.entry) ?? []), { crosswalk, item, m }]);
    }
  }
  /** Frameworks whose every mapping lives in a crosswalk file; entry fields that still name them are read from there instead. */
  const itemFrameworks = new Set<string>(itemCrosswalks.map((c) => c.snapshot.framework));
  const controlById = new Map(catalog.controls.map((c) => [c.id as string, c]));
  const mappings: CrosswalkRow[] = [];

  const entries = [
    ...catalog.threats.map((t) => ({
      entry: t,
      subject: { kind: 'threat', id: t.id, name: t.name, path: entryPath('threat', t) } as const,
    })),
    ...catalog.controls.map((c) => ({
      entry: c,
      subject: { kind: 'control', id: c.id, name: c.name, path: entryPath('control', c) } as const,
    })),
  ];
  for (const { entry, subject } of entries) {
    for (const { crosswalk, item, m } of mappedByEntry.get(entry.id) ?? [])
      mappings.push(fromItem(crosswalk, item, m, subject));
    for (const id of entry.owaspLlmTop10) mappings.push(llm2023(id, subject));
    // An item reference of a framework with a crosswalk file lives there; a reference to the framework as a whole stays here.
    for (const ref of entry.standards)
      if (!(itemFrameworks.has(ref.framework) && ref.ref !== null))
        mappings.push(fromStandard(ref, subject));
  }
  for (const group of catalog.threatGroups) {
    const part = catalog.parts.find((p) => p.id === group.part);
    const subject: MappingSubject = {
      kind: 'threat-group',
      id: group.id,
      name: group.name,
      path: part ? partPath(part) : '/',
    };
    for (const ref of group.standards) mappings.push(fromStandard(ref, subject));
  }
  const general = catalog.parts.find((p) => p.id === 'general-controls');
  for (const section of catalog.controlSections) {
    const subject: MappingSubject = {
      kind: 'control-section',
      id: section.id,
      name: `${section.id} ${section.name}`,
      path: `${general ? partPath(general) : '/'}#${section.anchor}`,
    };
    for (const id of section.owaspLlmTop10_2026) mappings.push(sectionLlm2026(id, subject));
    for (const id of section.owaspLlmTop10) mappings.push(llm2023(id, subject));
  }
  const ncsc = catalog.frameworks.find((f) => f.id === 'NCSC/CISA guidelines');
  for (const phase of ncscCisaPhases) {
    phase.guidelines.forEach((guideline, i) => {
      // The guidelines are not numbered by their authors; phase and position give a stable, readable reference.
      const ref = `${phase.number}.${i + 1}`;
      const add = (controlId: string, coverage: Coverage, how: string) => {
        const control = controlById.get(controlId);
        if (!control) return; // validate.ts reports dangling ids; the crosswalk skips them rather than fail twice.
        mappings.push({
          framework: 'NCSC/CISA guidelines',
          ref,
          anchor: referenceAnchor(ref),
          title: `${phase.phase}: ${guideline.title}`,
          coverage,
          note: [
            how,
            guideline.note,
            guideline.seeGuideline && `see also “${guideline.seeGuideline}”`,
          ]
            .filter(Boolean)
            .join('; '),
          subject: {
            kind: 'control',
            id: control.id,
            name: control.name,
            path: entryPath('control', control),
          },
          ...(ncsc?.url !== undefined && { url: ncsc.url }),
        });
      };
      for (const id of guideline.controls) add(id, 'full', 'implements the guideline');
      for (const id of guideline.partialControls)
        add(id, 'partial', 'covers part of the guideline');
    });
  }

  const problems: string[] = [...atlasLinkProblems(catalog)];
  const crosswalks = catalog.frameworks.map((framework): Crosswalk => {
    const rows = mappings
      .filter((m) => m.framework === framework.id)
      .sort((a, b) => compareReferences(a.ref, b.ref));
    const references: CrosswalkReference[] = [];
    for (const row of rows) {
      const last = references.at(-1);
      if (last && last.ref === row.ref) (last.rows as CrosswalkRow[]).push(row);
      else references.push({ ref: row.ref, anchor: row.anchor, rows: [row] });
    }
    const anchors = new Map<string, string | null>();
    for (const r of references) {
      if (anchors.has(r.anchor)) {
        problems.push(
          `framework ${framework.id}: the references \`${anchors.get(r.anchor)}\` and \`${r.ref}\` would share the anchor #${r.anchor}. Fix: spell one of them the way the framework does, in src/catalog.`,
        );
      }
      anchors.set(r.anchor, r.ref);
    }
    const items = itemCrosswalks.find((c) => c.snapshot.framework === framework.id);
    return {
      framework,
      slug: frameworkSlug(framework.id),
      path: crosswalkPath(framework.id),
      rows,
      references,
      ...(items && { snapshot: items.snapshot, items: items.items }),
    };
  });
  const slugs = new Map<string, string>();
  for (const c of crosswalks) {
    const other = slugs.get(c.slug);
    if (other)
      problems.push(
        `frameworks ${other} and ${c.framework.id} share the crosswalk slug \`${c.slug}\`. Fix: rename one of them in src/catalog/frameworks.ts.`,
      );
    slugs.set(c.slug, c.framework.id);
  }
  if (problems.length > 0)
    throw new Error(`The crosswalks cannot be built:\n- ${problems.join('\n- ')}`);
  crosswalks.sort((a, b) => compareReferences(a.framework.id, b.framework.id));
  return { crosswalks, mappings };
}

/**
 * Links to atlas.mitre.org stored in the catalog (standards references, further reading) that break
 * the ATLAS URL rule: a mitigation under `/techniques/`, or an id that ATLAS does not have.
 */
export function atlasLinkProblems(catalog: Catalog): string[] {
  const stores = [
    ...catalog.threats.map((t) => ({
      file: 'src/catalog/threats.ts',
      id: t.id,
      standards: t.standards,
      readMore: [] as readonly string[],
    })),
    ...catalog.controls.map((c) => ({
      file: 'src/catalog/controls.ts',
      id: c.id,
      standards: c.standards,
      readMore: c.readMore,
    })),
    ...catalog.threatGroups.map((g) => ({
      file: 'src/catalog/groups.ts',
      id: g.id,
      standards: g.standards,
      readMore: [] as readonly string[],
    })),
  ];
  return stores.flatMap(({ file, id, standards, readMore }) =>
    [
      ...standards.flatMap((ref) => (ref.url ? [{ field: 'standards', url: ref.url }] : [])),
      ...readMore.map((url) => ({ field: 'readMore', url })),
    ].flatMap(({ field, url }) => {
      const problem = atlasUrlProblem(url);
      return problem ? [`${file}, ${id}, field \`${field}\`: ${problem}`] : [];
    }),
  );
}

/** The mappings of one subject (entry, threat group or control section), in catalog order. */
export function mappingsOf(all: Crosswalks, subjectId: string): readonly CrosswalkRow[] {
  return all.mappings.filter((m) => m.subject.id === subjectId);
}

/** The crosswalks of the real catalog. */
export const catalogCrosswalks: Crosswalks = buildCrosswalks({
  catalog: realCatalog,
  llmTop10,
  ncscCisaPhases,
  crosswalks: resolvedCrosswalks,
});
