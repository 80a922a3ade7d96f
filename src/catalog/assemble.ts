/**
 * Assembles the catalog from its source records. The records state each relation once, on one side
 * (see the record types in `types.ts`); this module derives the mirror of every relation and fills in
 * the defaults a record may leave out, so that consumers read one complete, resolved `Catalog`:
 *
 * - a threat's `children` from the threats that name it as `parent`;
 * - a specific control's `threats` from the threats that name it (own `controls`, the parent's, the
 *   controls of the threat groups named in `controlRefs`, and `mentionedControls`), in document order;
 *   a general control's `threats` from its `singledOutFor`;
 * - a control's `groups` from the member lists of the numbered groups, its `group` from `primaryGroup`
 *   or else the first group that lists it;
 * - a threat group's `threats` from the threats' `part`, and a part's `threatGroup` from the group's `part`;
 * - a section's `controls` from the controls' `section`;
 * - `slug` from the lower-case id, and `[]` for every list a record leaves out.
 *
 * Derivation never throws: an unknown id in a record simply derives nothing, and `validate.ts` reports it.
 */
import type {
  SitePage,
  Catalog,
  CatalogSource,
  Control,
  ControlRecord,
  ControlSection,
  Part,
  Threat,
  ThreatGroup,
  ThreatRecord,
} from './types.ts';

/** Field order of a resolved threat, as the records have always written it. */
const THREAT_ORDER = [
  'id',
  'sourceId',
  'name',
  'shortName',
  'section',
  'part',
  'parent',
  'children',
  'lifecycle',
  'attackSurfaces',
  'assets',
  'impact',
  'impactCodes',
  'aiSpecific',
  'genai',
  'controls',
  'controlRefs',
  'mentionedControls',
  'generalControlsApply',
  'relatedThreats',
  'unnamedMeasures',
  'owaspLlmTop10',
  'standards',
  'slug',
  'aliases',
  'alsoKnownAs',
  'legacy',
  'summary',
] as const;
/** Field order of a resolved control. */
const CONTROL_ORDER = [
  'id',
  'name',
  'alsoKnownAs',
  'section',
  'part',
  'detailsOf',
  'group',
  'groups',
  'category',
  'lifecycle',
  'discipline',
  'general',
  'threats',
  'relatedControls',
  'otherThreats',
  'readMore',
  'owaspLlmTop10',
  'standards',
  'slug',
  'aliases',
  'legacy',
  'summary',
] as const;
const THREAT_GROUP_ORDER = [
  'id',
  'part',
  'section',
  'name',
  'lifecycle',
  'controls',
  'referencedAs',
  'threats',
  'slug',
  'aliases',
  'seedUrl',
  'headAnchor',
  'standards',
] as const;
const PART_ORDER = [
  'id',
  'number',
  'title',
  'alsoKnownAs',
  'threatGroup',
  'summary',
  'slug',
  'legacyPage',
] as const;
const SECTION_ORDER = [
  'id',
  'name',
  'controls',
  'anchor',
  'slug',
  'aliases',
  'seedUrl',
  'owaspLlmTop10',
  'owaspLlmTop10_2026',
  'namedRisks',
] as const;
/** Fields that only records carry; the resolved catalog states them through the derived fields. */
const SOURCE_ONLY = new Set(['primaryGroup', 'singledOutFor']);

/**
 * One resolved value: the record's fields with the derived ones filled in, in a stable field order (so
 * anything that lists fields sees them as before), then any field a newer record adds. Source-only
 * fields are dropped; an absent optional field stays absent.
 */
function resolved<T>(order: readonly string[], record: object, filled: Record<string, unknown>): T {
  const values: Record<string, unknown> = { ...record, ...filled };
  const out: Record<string, unknown> = {};
  for (const key of [...order, ...Object.keys(values)]) {
    if (key in out || SOURCE_ONLY.has(key) || values[key] === undefined) continue;
    out[key] = values[key];
  }
  return out as T;
}

const list = <T>(value: readonly T[] | undefined): readonly T[] => value ?? [];

/** The entry fields every record may leave out. */
function entryDefaults(r: ThreatRecord | ControlRecord) {
  return {
    slug: r.slug ?? r.id.toLowerCase(),
    aliases: list(r.aliases),
    owaspLlmTop10: list(r.owaspLlmTop10),
    standards: list(r.standards),
  };
}

/** The ids of the controls that apply to a threat specifically, by the four routes a threat names a control. */
function namedControls(threat: ThreatRecord, source: CatalogSource): Set<string> {
  const parent = threat.parent ? source.threats.find((t) => t.id === threat.parent) : undefined;
  const fromGroups = list(threat.controlRefs).flatMap((ref) =>
    list(source.threatGroups.find((g) => g.referencedAs === ref)?.controls),
  );
  return new Set<string>([
    ...list(threat.controls),
    ...list(parent?.controls),
    ...fromGroups,
    ...list(threat.mentionedControls),
  ]);
}

/** Builds the resolved catalog that every consumer reads from the source records. */
export function assembleCatalog(source: CatalogSource): Catalog {
  const named = source.threats.map((t) => ({ id: t.id, controls: namedControls(t, source) }));

  const threats = source.threats.map((r): Threat =>
    resolved(THREAT_ORDER, r, {
      ...entryDefaults(r),
      children: source.threats.filter((t) => t.parent === r.id).map((t) => t.id),
      attackSurfaces: list(r.attackSurfaces),
      assets: list(r.assets),
      impact: list(r.impact),
      impactCodes: list(r.impactCodes),
      controls: list(r.controls),
      controlRefs: list(r.controlRefs),
      mentionedControls: list(r.mentionedControls),
      relatedThreats: list(r.relatedThreats),
      unnamedMeasures: list(r.unnamedMeasures),
    }),
  );

  const controls = source.controls.map((r): Control => {
    const groups = source.controlGroups
      .filter((g) => (g.controls as readonly string[]).includes(r.id))
      .map((g) => g.id);
    return resolved(CONTROL_ORDER, r, {
      ...entryDefaults(r),
      // A control in no group gets none; validate.ts reports it with the fix.
      group: r.primaryGroup ?? groups[0],
      groups,
      threats: r.general
        ? list(r.singledOutFor)
        : named.filter((t) => t.controls.has(r.id)).map((t) => t.id),
      relatedControls: list(r.relatedControls),
      otherThreats: list(r.otherThreats),
      readMore: list(r.readMore),
    });
  });

  const threatGroups = source.threatGroups.map((r): ThreatGroup =>
    resolved(THREAT_GROUP_ORDER, r, {
      controls: list(r.controls),
      threats: source.threats.filter((t) => t.part === r.part).map((t) => t.id),
      aliases: list(r.aliases),
      standards: list(r.standards),
    }),
  );

  const parts = source.parts.map((r): Part =>
    resolved(PART_ORDER, r, {
      threatGroup: source.threatGroups.find((g) => g.part === r.id)?.id ?? null,
    }),
  );

  const controlSections = source.controlSections.map((r): ControlSection =>
    resolved(SECTION_ORDER, r, {
      controls: source.controls.filter((c) => c.section === r.id).map((c) => c.id),
      aliases: list(r.aliases),
      owaspLlmTop10: list(r.owaspLlmTop10),
      owaspLlmTop10_2026: list(r.owaspLlmTop10_2026),
      namedRisks: list(r.namedRisks),
    }),
  );

  return {
    threatIds: source.threatIds,
    controlIds: source.controlIds,
    threats,
    controls,
    controlGroups: source.controlGroups,
    essentialGroups: source.essentialGroups,
    controlSections,
    threatGroups,
    parts,
    frameworks: source.frameworks,
    pages: source.pages.map((p): SitePage => ({
      id: p.id,
      title: p.title,
      path: p.path,
      sidebar: p.sidebar ?? null,
      slugs: list(p.slugs).map((s) => (typeof s === 'string' ? { slug: s, anchor: null } : s)),
      legacyAnchors: list(p.legacyAnchors),
      original: p.original ? { ...p.original, anchor: p.original.anchor ?? null } : null,
    })),
    retired: source.retired,
  };
}
