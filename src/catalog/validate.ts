/**
 * Checks what the types cannot: uniqueness, mirrored relations, group membership and the shape of
 * standards references. Each problem names the entry, the field and the fix.
 *
 * Decisions on relations (the source facts are asymmetric in places):
 * - A threat lists only the controls described for it (`controls`). The controls of its parent, of the
 *   threat groups named in `controlRefs`, and `mentionedControls` apply too. A non-general control's
 *   `threats` must equal exactly the threats for which one of those four routes names it.
 * - General controls apply to every threat; their `threats` only names threats they are singled out
 *   for, so it is checked for dangling ids, not mirrored.
 */
import { createLookup } from './lookup.ts';
import type { Catalog, Coverage, StandardRef } from './types.ts';

/** One thing wrong with a catalog. */
export interface CatalogProblem {
  /** The entry, group or section, e.g. `control RATELIMIT`. */
  readonly where: string;
  /** The field that is wrong. */
  readonly field: string;
  /** What is wrong and how to fix it, in one or two sentences. */
  readonly message: string;
}

const COVERAGE: readonly Coverage[] = ['full', 'partial', 'minimal', 'none', 'unknown'];
const SLUG = /^[a-z0-9]+$/;
const SUMMARY_MAX = 160;
/** Frameworks whose mappings live in their own fields, so each mapping is stated once. */
const OWN_FIELD: Partial<Record<StandardRef['framework'], string>> = {
  'OWASP LLM Top 10': 'list the item id in the entry\'s `owaspLlmTop10` field instead',
  'OWASP LLM Top 10 2026': 'list the item id in the entry\'s `owaspLlmTop10_2026` field instead',
  'NCSC/CISA guidelines': 'add the control to the guideline in `ncscCisaPhases` (src/catalog/genai.ts) instead',
};
const OTHER_NAME_MAX = 60;

/** Formats a problem as one line for build output. */
export function formatProblem(p: CatalogProblem): string {
  return `src/catalog: ${p.where}, field \`${p.field}\`: ${p.message}`;
}

/** Returns every problem of the catalog; an empty list means it is sound. */
export function validate(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const add = (where: string, field: string, message: string) => problems.push({ where, field, message });

  const threatIds = new Set(catalog.threats.map((t) => t.id as string));
  const controlIds = new Set(catalog.controls.map((c) => c.id as string));

  // Each id of ids.ts has exactly one entry, and each entry an id.
  const checkIds = (kind: string, declared: readonly string[], entries: readonly { id: string }[], file: string) => {
    const seen = new Map<string, number>();
    for (const e of entries) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    for (const [id, n] of seen) {
      if (n > 1) add(`${kind} ${id}`, 'id', `the id is used by ${n} entries. Fix: give each entry its own id in src/catalog/${file}.`);
      if (!declared.includes(id)) add(`${kind} ${id}`, 'id', `the id is not declared in src/catalog/ids.ts. Fix: add it there.`);
    }
    for (const id of declared) {
      if (!seen.has(id)) add(`${kind} ${id}`, 'id', `the id is declared in src/catalog/ids.ts but has no entry. Fix: add the entry to src/catalog/${file} or remove the id.`);
    }
  };
  checkIds('threat', catalog.threatIds, catalog.threats, 'threats.ts');
  checkIds('control', catalog.controlIds, catalog.controls, 'controls.ts');

  // Slugs and aliases: one owner each, across entries, groups, sections and threat groups.
  const owners = new Map<string, string>();
  const claim = (slug: string, owner: string, field: string) => {
    if (!SLUG.test(slug)) add(owner, field, `\`${slug}\` is not a slug. Fix: use lower-case letters and digits only, e.g. \`ratelimit\`.`);
    const prev = owners.get(slug);
    if (prev && prev !== owner) add(owner, field, `\`${slug}\` is already the slug or an alias of ${prev}. Fix: remove it from one of them; a short link has one target.`);
    else owners.set(slug, owner);
  };
  for (const [kind, entries] of [['threat', catalog.threats], ['control', catalog.controls]] as const) {
    for (const e of entries) {
      if (e.slug !== e.id.toLowerCase()) add(`${kind} ${e.id}`, 'slug', `the slug must be the lower-case id. Fix: set it to \`${e.id.toLowerCase()}\`.`);
    }
  }
  const slugged = [
    ...catalog.threats.map((t) => ({ owner: `threat ${t.id}`, slug: t.slug, aliases: t.aliases })),
    ...catalog.controls.map((c) => ({ owner: `control ${c.id}`, slug: c.slug, aliases: c.aliases })),
    ...catalog.controlGroups.map((g) => ({ owner: `control group ${g.id}`, slug: g.slug, aliases: [] as readonly string[] })),
    ...catalog.controlSections.map((s) => ({ owner: `section ${s.id}`, slug: s.slug, aliases: s.aliases })),
    ...catalog.threatGroups.map((g) => ({ owner: `threat group ${g.id}`, slug: g.slug, aliases: g.aliases })),
  ];
  for (const s of slugged) claim(s.slug, s.owner, 'slug');
  for (const s of slugged) for (const a of s.aliases) claim(a, s.owner, 'aliases');

  // Other names (`alsoKnownAs`) lead search to one entry each, so each has one owner.
  const otherNames = new Map<string, string>();

  // Relations point at entries that exist.
  const dangling = (where: string, field: string, ids: readonly string[], known: Set<string>, kind: string) => {
    for (const id of ids) {
      if (!known.has(id)) add(where, field, `\`${id}\` is not a ${kind} of the catalog. Fix: add the ${kind} or remove the reference.`);
    }
  };
  for (const t of catalog.threats) {
    const where = `threat ${t.id}`;
    dangling(where, 'controls', t.controls, controlIds, 'control');
    dangling(where, 'mentionedControls', t.mentionedControls, controlIds, 'control');
    dangling(where, 'children', t.children, threatIds, 'threat');
    dangling(where, 'relatedThreats', t.relatedThreats, threatIds, 'threat');
    if (t.parent) {
      dangling(where, 'parent', [t.parent], threatIds, 'threat');
      const parent = catalog.threats.find((p) => p.id === t.parent);
      if (parent && !(parent.children as readonly string[]).includes(t.id)) {
        add(where, 'parent', `the parent ${t.parent} does not list ${t.id} in its \`children\`. Fix: add it there or clear \`parent\`.`);
      }
    }
    for (const child of t.children) {
      const c = catalog.threats.find((x) => x.id === child);
      if (c && c.parent !== t.id) add(where, 'children', `the child ${child} names \`${c.parent}\` as its parent. Fix: set its \`parent\` to ${t.id} or remove it from \`children\`.`);
    }
    if (!catalog.threatGroups.some((g) => (g.threats as readonly string[]).includes(t.id))) {
      add(where, 'part', `the threat is in no threat group. Fix: add ${t.id} to the \`threats\` of a threat group in src/catalog/groups.ts.`);
    }
    checkSummary(where, t.summary, add);
    checkOtherNames(where, t, otherNames, add);
    checkStandards(where, t.standards, catalog, add);
  }

  // A non-general control's threats mirror the routes by which threats name it.
  const lookup = createLookup(catalog);
  const namedBy = new Map<string, Set<string>>();
  for (const t of catalog.threats) {
    let ids: ReadonlySet<string>;
    try {
      ids = lookup.specificControlIds(t);
    } catch {
      continue; // reported above as a dangling control
    }
    for (const id of ids) {
      if (!namedBy.has(id)) namedBy.set(id, new Set());
      namedBy.get(id)!.add(t.id);
    }
  }
  for (const c of catalog.controls) {
    const where = `control ${c.id}`;
    dangling(where, 'threats', c.threats, threatIds, 'threat');
    dangling(where, 'relatedControls', c.relatedControls, controlIds, 'control');
    if (c.relatedControls.includes(c.id)) add(where, 'relatedControls', 'the control lists itself. Fix: remove it.');
    if (!c.general) {
      const expected = namedBy.get(c.id) ?? new Set<string>();
      for (const t of c.threats) {
        if (!expected.has(t)) add(where, 'threats', `lists threat ${t}, but ${t} does not list ${c.id} (in its \`controls\`, its parent's, its threat groups' or \`mentionedControls\`). Fix: add ${c.id} to threat ${t}'s \`controls\` or \`mentionedControls\`, or remove ${t} here.`);
      }
      for (const t of expected) {
        if (!(c.threats as readonly string[]).includes(t)) add(where, 'threats', `does not list threat ${t}, which names ${c.id} as a control. Fix: add ${t} to \`threats\`, or remove ${c.id} from that threat.`);
      }
    }
    if (!(c.groups as readonly string[]).includes(c.group)) add(where, 'group', `the primary group \`${c.group}\` is missing from \`groups\`. Fix: add it to \`groups\`.`);
    if (c.groups.length === 0) add(where, 'groups', 'the control is in no control group. Fix: add it to a group in src/catalog/groups.ts and to `groups`.');
    for (const g of c.groups) {
      const group = catalog.controlGroups.find((x) => x.id === g);
      if (!group) add(where, 'groups', `\`${g}\` is not a control group. Fix: use an id of src/catalog/groups.ts.`);
      else if (!(group.controls as readonly string[]).includes(c.id)) add(where, 'groups', `control group ${g} does not list ${c.id}. Fix: add ${c.id} to its \`controls\` in src/catalog/groups.ts, or remove ${g} here.`);
    }
    if (c.general && !catalog.controlSections.some((s) => (s.controls as readonly string[]).includes(c.id))) {
      add(where, 'general', 'a general control must belong to section 1.1, 1.2 or 1.3. Fix: add it to a section in src/catalog/groups.ts.');
    }
    checkSummary(where, c.summary, add);
    checkOtherNames(where, c, otherNames, add);
    checkStandards(where, c.standards, catalog, add);
  }

  // Group member lists name controls that list the group back.
  for (const g of catalog.controlGroups) {
    for (const id of g.controls) {
      const c = catalog.controls.find((x) => x.id === id);
      if (!c) add(`control group ${g.id}`, 'controls', `\`${id}\` is not a control of the catalog. Fix: add the control or remove it from the group.`);
      else if (!(c.groups as readonly string[]).includes(g.id)) add(`control group ${g.id}`, 'controls', `lists ${id}, whose \`groups\` does not name ${g.id}. Fix: add ${g.id} to control ${id}'s \`groups\`.`);
    }
  }
  for (const s of catalog.controlSections) dangling(`section ${s.id}`, 'controls', s.controls, controlIds, 'control');
  for (const g of catalog.essentialGroups) dangling(`overview group ${g.id} (src/catalog/essentials.ts)`, 'controls', g.controls, controlIds, 'control');
  for (const g of catalog.controlGroups) {
    for (const id of g.becameEssentials ?? []) {
      if (!catalog.essentialGroups.some((e) => e.id === id)) add(`control group ${g.id}`, 'becameEssentials', `\`${id}\` is not a group of src/catalog/essentials.ts. Fix: use one of its ids.`);
    }
  }

  // Control details (an appendix of a control) name a control of their own kind, which is not details itself.
  for (const c of catalog.controls) {
    if (!c.detailsOf) continue;
    const parent = catalog.controls.find((x) => x.id === c.detailsOf);
    const where = `control ${c.id}`;
    if (!parent) add(where, 'detailsOf', `\`${c.detailsOf}\` is not a control of the catalog. Fix: name the control this entry details, or remove \`detailsOf\`.`);
    else if (parent.detailsOf) add(where, 'detailsOf', `${parent.id} is itself the details of ${parent.detailsOf}. Fix: point \`detailsOf\` at ${parent.detailsOf}.`);
    else if (c.id === parent.id) add(where, 'detailsOf', 'the control names itself. Fix: remove `detailsOf`.');
  }

  // Retired ids, slugs and aliases stay reserved: a live entry may not take them over.
  for (const r of catalog.retired) {
    const where = `retired ${r.kind} ${r.id} (src/catalog/retired.ts)`;
    if (threatIds.has(r.id) || controlIds.has(r.id)) add(where, 'id', `the id is also a live entry. Fix: a retired id is never reused; give the live entry another id, or remove the retired record if the entry came back.`);
    for (const slug of [r.slug, ...r.aliases]) {
      const owner = owners.get(slug);
      if (owner) add(where, 'slug', `\`${slug}\` is also the slug or an alias of ${owner}. Fix: remove it there; a retired slug keeps leading to ${r.mergedInto}.`);
    }
    if (!threatIds.has(r.mergedInto) && !controlIds.has(r.mergedInto)) add(where, 'mergedInto', `\`${r.mergedInto}\` is not a live entry. Fix: name the entry that now holds its content.`);
  }
  for (const g of catalog.threatGroups) {
    dangling(`threat group ${g.id}`, 'controls', g.controls, controlIds, 'control');
    dangling(`threat group ${g.id}`, 'threats', g.threats, threatIds, 'threat');
  }
  return problems;
}

function checkSummary(where: string, summary: string, add: (w: string, f: string, m: string) => void): void {
  if (!summary.trim()) add(where, 'summary', 'the summary is empty. Fix: write one sentence of at most 160 characters.');
  else if (summary.length > SUMMARY_MAX) add(where, 'summary', `the summary has ${summary.length} characters. Fix: shorten it to ${SUMMARY_MAX} or fewer.`);
}

function checkOtherNames(
  where: string,
  entry: { readonly name: string; readonly alsoKnownAs?: readonly string[] },
  owners: Map<string, string>,
  add: (w: string, f: string, m: string) => void,
): void {
  for (const term of entry.alsoKnownAs ?? []) {
    const key = term.trim().toLowerCase();
    if (!key) add(where, 'alsoKnownAs', 'a name is empty. Fix: remove it.');
    else if (term.length > OTHER_NAME_MAX) add(where, 'alsoKnownAs', `\`${term}\` has ${term.length} characters. Fix: keep other names to a few words (${OTHER_NAME_MAX} characters at most).`);
    else if (key === entry.name.toLowerCase()) add(where, 'alsoKnownAs', `\`${term}\` is the entry's own name. Fix: remove it.`);
    const prev = owners.get(key);
    if (key && prev && prev !== where) add(where, 'alsoKnownAs', `\`${term}\` is already another name of ${prev}. Fix: keep it on the entry a reader means by it.`);
    else if (key) owners.set(key, where);
  }
}

function checkStandards(where: string, refs: readonly StandardRef[], catalog: Catalog, add: (w: string, f: string, m: string) => void): void {
  refs.forEach((ref, i) => {
    const field = `standards[${i}]`;
    if (!catalog.frameworks.some((f) => f.id === ref.framework)) {
      add(where, field, `the framework \`${ref.framework}\` is unknown. Fix: add it to src/catalog/frameworks.ts or correct the name.`);
    }
    const ownField = OWN_FIELD[ref.framework];
    if (ownField) add(where, field, `${ref.framework} references are not listed in \`standards\`. Fix: ${ownField}.`);
    if (!COVERAGE.includes(ref.coverage)) {
      add(where, field, `the coverage \`${ref.coverage}\` is not one of ${COVERAGE.join(', ')}. Fix: use one of them.`);
    }
    if (ref.framework === 'OpenCRE') {
      if (!ref.ref || !/^\d{3}-\d{3}$/.test(ref.ref)) add(where, field, `the OpenCRE id \`${ref.ref}\` is malformed. Fix: use the form \`123-456\`.`);
      if (ref.url) add(where, field, 'an OpenCRE link is derived from its id. Fix: remove `url`.');
    }
    if (ref.framework === 'ISO/IEC 27002' && ref.ref !== null && !/^\d+\.\d+$/.test(ref.ref)) {
      add(where, field, `the ISO/IEC 27002 control number \`${ref.ref}\` is malformed. Fix: use the form \`8.16\`.`);
    }
    if (ref.url !== undefined && !/^https?:\/\/[^\s]+$/.test(ref.url)) {
      add(where, field, `the link \`${ref.url}\` is not an absolute http(s) URL. Fix: give the full address.`);
    }
  });
}
