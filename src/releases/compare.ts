/**
 * Compares two releases of `catalog.json` and says what changed and how large the change is. A
 * removed or renamed id, a removed relation and a removed reference break a consumer's citations or
 * queries: major. A new entry, relation or reference: minor. Any other difference (names, summaries,
 * sections, aliases, group texts): patch. Build metadata (version, date, address) is not content.
 */
import { isDeepStrictEqual } from 'node:util';
import { largerBump, type Bump } from './semver.ts';

/** The fields of a threat or control that the comparison reads; the rest is compared as a whole. */
export interface SnapshotEntry {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly standards: readonly { readonly framework: string; readonly ref: string | null; readonly title?: string }[];
  readonly owaspLlmTop10: readonly string[];
  readonly mitreAtlas: readonly string[];
  readonly [field: string]: unknown;
}

/** A typed edge of `relations`. */
export interface SnapshotRelation {
  readonly source: string;
  readonly type: string;
  readonly target: string;
}

/** A `catalog.json` as released: any format version since 1.0.0. */
export interface SnapshotDocument {
  readonly version: string;
  readonly buildDate: string;
  readonly site: string;
  readonly threats: readonly SnapshotEntry[];
  readonly controls: readonly SnapshotEntry[];
  readonly relations: readonly SnapshotRelation[];
  readonly retired: readonly { readonly kind: 'threat' | 'control'; readonly id: string; readonly name: string; readonly slug: string; readonly mergedInto: string }[];
  readonly [field: string]: unknown;
}

/** An entry as a change names it. */
export interface EntryRef {
  readonly kind: 'threat' | 'control';
  readonly id: string;
  readonly name: string;
  readonly slug: string;
}

/** One reference to an outside framework item, as a change names it. */
export interface ReferenceChange {
  readonly entry: EntryRef;
  /** e.g. `OpenCRE 126-546`, `MITRE ATLAS AML.T0015`, `OWASP Top 10 for LLM LLM01`. */
  readonly reference: string;
}

/** What changed between two releases. */
export interface ReleaseChanges {
  readonly added: readonly EntryRef[];
  /** Entries that are gone; `mergedInto` when the newer release says where their content went. */
  readonly retired: readonly (EntryRef & { readonly mergedInto?: string })[];
  /** Ids replaced by a new id in the same release (retired, merged into an entry added then). */
  readonly renamedIds: readonly { readonly from: EntryRef; readonly to: EntryRef }[];
  /** Entries that keep their id under a new name. */
  readonly renamed: readonly { readonly entry: EntryRef; readonly from: string; readonly to: string }[];
  readonly relationsAdded: readonly SnapshotRelation[];
  readonly relationsRemoved: readonly SnapshotRelation[];
  readonly referencesAdded: readonly ReferenceChange[];
  readonly referencesRemoved: readonly ReferenceChange[];
  /** Entries whose other fields changed (summary, section, aliases, …), with the field names. */
  readonly edited: readonly { readonly entry: EntryRef; readonly fields: readonly string[] }[];
  /** Whether anything outside the entries and relations changed (groups, parts, frameworks, …). */
  readonly otherContentChanged: boolean;
  /** The smallest version step that announces these changes honestly; undefined when nothing changed. */
  readonly bump: Bump | undefined;
  /** Why the step is that large, one line per kind of change. */
  readonly reasons: readonly string[];
}

/** Top-level fields that describe the build, not the catalog. */
const BUILD_METADATA = new Set(['$schema', 'formatVersion', 'version', 'buildDate', 'site']);
/** Per-entry fields this module derives from the releases themselves. */
export const RELEASE_FIELDS = new Set(['added', 'changed']);
/** Fields of an entry that hold relations to other entries or groups. */
const RELATION_FIELDS = new Set(['parent', 'children', 'controls', 'controlRefs', 'mentionedControls', 'applicableControls', 'relatedThreats', 'group', 'groups', 'threats', 'relatedControls']);
/** Fields of an entry that hold references to outside frameworks. */
const REFERENCE_FIELDS = new Set(['standards', 'owaspLlmTop10', 'mitreAtlas']);
/** Fields derived from the slug and the site address. */
const DERIVED_FIELDS = new Set(['path', 'url', 'shortLink', 'aliasShortLinks']);

/**
 * The content of a release: the document without build metadata and release annotations, with the
 * site address cut from every URL, so that the same catalog built for two addresses compares equal.
 */
export function catalogContent(doc: SnapshotDocument): Record<string, unknown> {
  const site = doc.site;
  const strip = (value: unknown, entryLevel: boolean): unknown => {
    if (typeof value === 'string') return site && value.startsWith(site) ? `/${value.slice(site.length)}` : value;
    if (Array.isArray(value)) return value.map((v) => strip(v, false));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) if (!(entryLevel && RELEASE_FIELDS.has(k))) out[k] = strip(v, false);
      return out;
    }
    return value;
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (BUILD_METADATA.has(k)) continue;
    out[k] = k === 'threats' || k === 'controls' ? (v as unknown[]).map((e) => strip(e, true)) : strip(v, false);
  }
  return out;
}

/** One entry's content, as `catalogContent` gives it, for comparing one entry across releases. */
export function entryContent(doc: SnapshotDocument, entry: SnapshotEntry): unknown {
  return (catalogContent({ ...doc, threats: [entry], controls: [] }) as { threats: unknown[] }).threats[0];
}

/** Whether two releases hold the same catalog. */
export function sameContent(a: SnapshotDocument, b: SnapshotDocument): boolean {
  return isDeepStrictEqual(catalogContent(a), catalogContent(b));
}

/** Every threat and control of a release by id, with its kind. */
export function entriesOf(doc: SnapshotDocument): Map<string, { kind: 'threat' | 'control'; entry: SnapshotEntry }> {
  const map = new Map<string, { kind: 'threat' | 'control'; entry: SnapshotEntry }>();
  for (const entry of doc.threats) map.set(entry.id, { kind: 'threat', entry });
  for (const entry of doc.controls) map.set(entry.id, { kind: 'control', entry });
  return map;
}

const refOf = (kind: 'threat' | 'control', e: SnapshotEntry): EntryRef => ({ kind, id: e.id, name: e.name, slug: e.slug });

/** The outside references of an entry as readable keys. */
function referencesOf(e: SnapshotEntry): string[] {
  return [
    ...e.standards.map((s) => (s.ref === null ? s.framework : `${s.framework} ${s.ref}`)),
    ...e.owaspLlmTop10.map((id) => `OWASP Top 10 for LLM ${id}`),
    ...e.mitreAtlas.map((id) => `MITRE ATLAS ${id}`),
  ];
}

const asList = (v: unknown): string[] => (v === null || v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);
const relationKey = (r: SnapshotRelation) => `${r.source} ${r.type} ${r.target}`;

/** Compares release `before` with release (or build) `after`. */
export function compareReleases(before: SnapshotDocument, after: SnapshotDocument): ReleaseChanges {
  const old = entriesOf(before);
  const now = entriesOf(after);
  const added: EntryRef[] = [];
  const gone: (EntryRef & { mergedInto?: string })[] = [];
  const renamed: { entry: EntryRef; from: string; to: string }[] = [];
  const referencesAdded: ReferenceChange[] = [];
  const referencesRemoved: ReferenceChange[] = [];
  const edited: { entry: EntryRef; fields: string[] }[] = [];
  let relationFieldLost = false;
  let relationFieldGained = false;

  for (const [id, { kind, entry }] of now) if (!old.has(id)) added.push(refOf(kind, entry));
  for (const [id, { kind, entry }] of old) {
    const next = now.get(id);
    if (!next) {
      const record = after.retired.find((r) => r.id === id);
      gone.push({ ...refOf(kind, entry), ...(record && { mergedInto: record.mergedInto }) });
      continue;
    }
    const ref = refOf(next.kind, next.entry);
    if (entry.name !== next.entry.name) renamed.push({ entry: ref, from: entry.name, to: next.entry.name });
    const a = new Set(referencesOf(entry));
    const b = new Set(referencesOf(next.entry));
    for (const r of b) if (!a.has(r)) referencesAdded.push({ entry: ref, reference: r });
    for (const r of a) if (!b.has(r)) referencesRemoved.push({ entry: ref, reference: r });
    const before1 = entryContent(before, entry) as Record<string, unknown>;
    const after1 = entryContent(after, next.entry) as Record<string, unknown>;
    const fields: string[] = [];
    for (const field of new Set([...Object.keys(before1), ...Object.keys(after1)])) {
      if (isDeepStrictEqual(before1[field], after1[field])) continue;
      if (RELATION_FIELDS.has(field)) {
        const x = new Set(asList(before1[field]));
        const y = new Set(asList(after1[field]));
        if ([...x].some((v) => !y.has(v))) relationFieldLost = true;
        if ([...y].some((v) => !x.has(v))) relationFieldGained = true;
      } else if (!REFERENCE_FIELDS.has(field) && !DERIVED_FIELDS.has(field) && field !== 'name') {
        fields.push(field);
      }
    }
    if (fields.length > 0) edited.push({ entry: ref, fields });
  }

  const addedIds = new Set(added.map((e) => e.id));
  const renamedIds = gone.filter((g) => g.mergedInto !== undefined && addedIds.has(g.mergedInto)).map((g) => ({ from: g, to: added.find((a) => a.id === g.mergedInto)! }));
  const renamedFrom = new Set(renamedIds.map((r) => r.from.id));
  const renamedTo = new Set(renamedIds.map((r) => r.to.id));

  const oldRelations = new Map(before.relations.map((r) => [relationKey(r), r]));
  const newRelations = new Map(after.relations.map((r) => [relationKey(r), r]));
  const relationsAdded = [...newRelations].filter(([k]) => !oldRelations.has(k)).map(([, r]) => r);
  const relationsRemoved = [...oldRelations].filter(([k]) => !newRelations.has(k)).map(([, r]) => r);

  const outside = (doc: SnapshotDocument) => {
    const { threats: _t, controls: _c, relations: _r, ...rest } = catalogContent(doc);
    return rest;
  };
  const otherContentChanged = !isDeepStrictEqual(outside(before), outside(after));

  const reasons: string[] = [];
  let bump: Bump | undefined;
  const need = (size: Bump, why: string) => {
    bump = bump ? largerBump(bump, size) : size;
    reasons.push(`${size}: ${why}`);
  };
  const retired = gone.filter((g) => !renamedFrom.has(g.id));
  if (retired.length > 0) need('major', `${retired.length} entr${retired.length === 1 ? 'y' : 'ies'} retired (${retired.map((e) => e.id).join(', ')})`);
  if (renamedIds.length > 0) need('major', `${renamedIds.length} id${renamedIds.length === 1 ? '' : 's'} renamed (${renamedIds.map((r) => `${r.from.id} → ${r.to.id}`).join(', ')})`);
  if (relationsRemoved.length > 0 || relationFieldLost) need('major', `${relationsRemoved.length} relation${relationsRemoved.length === 1 ? '' : 's'} removed`);
  if (referencesRemoved.length > 0) need('major', `${referencesRemoved.length} reference${referencesRemoved.length === 1 ? '' : 's'} removed`);
  const newEntries = added.filter((a) => !renamedTo.has(a.id));
  if (newEntries.length > 0) need('minor', `${newEntries.length} entr${newEntries.length === 1 ? 'y' : 'ies'} added (${newEntries.map((e) => e.id).join(', ')})`);
  if (relationsAdded.length > 0 || relationFieldGained) need('minor', `${relationsAdded.length} relation${relationsAdded.length === 1 ? '' : 's'} added`);
  if (referencesAdded.length > 0) need('minor', `${referencesAdded.length} reference${referencesAdded.length === 1 ? '' : 's'} added`);
  if (renamed.length > 0 || edited.length > 0 || otherContentChanged) {
    need('patch', `${renamed.length + edited.length} entr${renamed.length + edited.length === 1 ? 'y' : 'ies'} edited${otherContentChanged ? ', groups, parts or frameworks edited' : ''}`);
  }
  if (bump === undefined && !sameContent(before, after)) need('patch', 'other content edited');

  return {
    added: newEntries, retired, renamedIds, renamed, relationsAdded, relationsRemoved, referencesAdded, referencesRemoved, edited,
    otherContentChanged, bump, reasons,
  };
}
