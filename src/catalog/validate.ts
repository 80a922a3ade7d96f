/**
 * Checks what the types cannot: uniqueness, relations that point at nothing, cycles, group membership
 * and the shape of standards references. Each problem names the file and entry, the field and the fix.
 *
 * Each relation is stated once in the records and its mirror derived by `assemble.ts`, so there are no
 * copies to compare: a threat lists the controls described for it (`controls`, `mentionedControls`,
 * `controlRefs`) and a control's `threats` is derived; a general control's `singledOutFor` is its own
 * statement; `children`, group and section membership and a part's threat group are derived too.
 */
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
/** Frameworks whose mappings live in their own fields or files, so each mapping is stated once. */
const OWN_FIELD: Partial<Record<StandardRef['framework'], string>> = {
  'OWASP LLM Top 10': "list the item id in the entry's `owaspLlmTop10` field instead",
  'OWASP LLM Top 10 2026':
    'map the entry under the item in src/catalog/crosswalks/llm-top10-2026.ts instead',
  'OWASP LLM Top 10 2025':
    'map the entry under the item in src/catalog/crosswalks/llm-top10-2025.ts instead',
  'OWASP Agentic Top 10 2026':
    'map the entry under the item in src/catalog/crosswalks/agentic-top10-2026.ts instead',
  'OWASP AISVS 1.0':
    'map the entry under the section in src/catalog/crosswalks/aisvs-1.0.ts instead',
  'NCSC/CISA guidelines':
    'add the control to the guideline in `ncscCisaPhases` (src/catalog/genai.ts) instead',
};
/** Frameworks whose items are mapped in a crosswalk file; `standards` may still name the framework as a whole (ref null). */
const ITEM_FILE: Partial<Record<StandardRef['framework'], string>> = {
  'MITRE ATLAS':
    'map the entry under the technique or mitigation in src/catalog/crosswalks/atlas.ts instead',
};
const OTHER_NAME_MAX = 60;

/** Formats a problem as one line for build output. */
export function formatProblem(p: CatalogProblem): string {
  return `src/catalog: ${p.where}, field \`${p.field}\`: ${p.message}`;
}

/** Returns every problem of the catalog; an empty list means it is sound. */
export function validate(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const add = (where: string, field: string, message: string) =>
    problems.push({ where, field, message });

  const threatIds = new Set(catalog.threats.map((t) => t.id as string));
  const controlIds = new Set(catalog.controls.map((c) => c.id as string));

  // Each id of ids.ts has exactly one entry, and each entry an id.
  const checkIds = (
    kind: string,
    declared: readonly string[],
    entries: readonly { id: string }[],
    file: string,
  ) => {
    const seen = new Map<string, number>();
    for (const e of entries) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    for (const [id, n] of seen) {
      if (n > 1)
        add(
          `${kind} ${id}`,
          'id',
          `the id is used by ${n} entries. Fix: give each entry its own id in src/catalog/${file}.`,
        );
      if (!declared.includes(id))
        add(
          `${kind} ${id}`,
          'id',
          `the id is not declared in src/catalog/ids.ts. Fix: add it there.`,
        );
    }
    for (const id of declared) {
      if (!seen.has(id))
        add(
          `${kind} ${id}`,
          'id',
          `the id is declared in src/catalog/ids.ts but has no entry. Fix: add the entry to src/catalog/${file} or remove the id.`,
        );
    }
  };
  checkIds('threat', catalog.threatIds, catalog.threats, 'threats.ts');
  checkIds('control', catalog.controlIds, catalog.controls, 'controls.ts');

  // Slugs and aliases: one owner each, across entries, groups, sections and threat groups.
  const owners = new Map<string, string>();
  const claim = (slug: string, owner: string, field: string) => {
    if (!SLUG.test(slug))
      add(
        owner,
        field,
        `\`${slug}\` is not a slug. Fix: use lower-case letters and digits only, e.g. \`ratelimit\`.`,
      );
    const prev = owners.get(slug);
    if (prev && prev !== owner)
      add(
        owner,
        field,
        `\`${slug}\` is already the slug or an alias of ${prev}. Fix: remove it from one of them; a short link has one target.`,
      );
    else owners.set(slug, owner);
  };
  const slugged = [
    ...catalog.threats.map((t) => ({ owner: `threat ${t.id}`, slug: t.slug, aliases: t.aliases })),
    ...catalog.controls.map((c) => ({
      owner: `control ${c.id}`,
      slug: c.slug,
      aliases: c.aliases,
    })),
    ...catalog.controlGroups.map((g) => ({
      owner: `control group ${g.id}`,
      slug: g.slug,
      aliases: [] as readonly string[],
    })),
    ...catalog.controlSections.map((s) => ({
      owner: `section ${s.id}`,
      slug: s.slug,
      aliases: s.aliases,
    })),
    ...catalog.threatGroups.map((g) => ({
      owner: `threat group ${g.id}`,
      slug: g.slug,
      aliases: g.aliases,
    })),
  ];
  for (const s of slugged) claim(s.slug, s.owner, 'slug');
  for (const s of slugged) for (const a of s.aliases) claim(a, s.owner, 'aliases');

  // Other names (`alsoKnownAs`) lead search to one entry each, so each has one owner.
  const otherNames = new Map<string, string>();

  // Relations point at entries that exist.
  const dangling = (
    where: string,
    field: string,
    ids: readonly string[],
    known: Set<string>,
    kind: string,
  ) => {
    for (const id of ids) {
      if (!known.has(id))
        add(
          where,
          field,
          `\`${id}\` is not a ${kind} of the catalog. Fix: add the ${kind} or remove the reference.`,
        );
    }
  };
  const parentOf = new Map(catalog.threats.map((t) => [t.id as string, t.parent as string | null]));
  for (const t of catalog.threats) {
    const where = `threat ${t.id} (src/catalog/threats.ts)`;
    dangling(where, 'controls', t.controls, controlIds, 'control');
    dangling(where, 'mentionedControls', t.mentionedControls, controlIds, 'control');
    dangling(where, 'relatedThreats', t.relatedThreats, threatIds, 'threat');
    for (const ref of t.controlRefs) {
      if (ref !== 'general' && !catalog.threatGroups.some((g) => g.referencedAs === ref)) {
        add(
          where,
          'controlRefs',
          `no threat group is referenced as \`${ref}\`. Fix: remove it, or set \`referencedAs: '${ref}'\` on a threat group in src/catalog/groups.ts.`,
        );
      }
    }
    if (t.parent) {
      dangling(where, 'parent', [t.parent], threatIds, 'threat');
      // Walk up the parents: a threat may not end up as its own ancestor.
      const seen = new Set<string>([t.id]);
      for (
        let up: string | null = parentOf.has(t.parent) ? t.parent : null;
        up;
        up = parentOf.get(up) ?? null
      ) {
        if (seen.has(up)) {
          add(
            where,
            'parent',
            `the parents run in a circle (${[...seen, up].join(' → ')}). Fix: give one threat of the circle \`parent: null\` or a broader threat outside it.`,
          );
          break;
        }
        seen.add(up);
      }
    }
    if (!catalog.threatGroups.some((g) => g.part === t.part)) {
      add(
        where,
        'part',
        `the part \`${t.part}\` has no threat group. Fix: use the part of a threat group in src/catalog/groups.ts.`,
      );
    }
    checkSummary(where, t.summary, add);
    checkOtherNames(where, t, otherNames, add);
    checkStandards(where, t.standards, catalog, add);
  }

  for (const c of catalog.controls) {
    const where = `control ${c.id} (src/catalog/controls.ts)`;
    // A general control's `threats` is its record's `singledOutFor`; a specific control's is derived from threat ids checked above.
    if (c.general) dangling(where, 'singledOutFor', c.threats, threatIds, 'threat');
    dangling(where, 'relatedControls', c.relatedControls, controlIds, 'control');
    if (c.relatedControls.includes(c.id))
      add(where, 'relatedControls', 'the control lists itself. Fix: remove it.');
    if (c.groups.length === 0) {
      add(
        where,
        'groups',
        `the control is in no control group. Fix: add ${c.id} to the \`controls\` of a control group in src/catalog/groups.ts.`,
      );
    } else if (!(c.groups as readonly string[]).includes(c.group)) {
      add(
        where,
        'primaryGroup',
        `\`${c.group}\` does not list ${c.id}. Fix: add ${c.id} to the \`controls\` of control group ${c.group} in src/catalog/groups.ts, or set \`primaryGroup\` to one of ${c.groups.join(', ')}.`,
      );
    }
    if (
      c.general &&
      !catalog.controlSections.some((s) => (s.controls as readonly string[]).includes(c.id))
    ) {
      add(
        where,
        'section',
        `a general control must be in section ${catalog.controlSections.map((s) => s.id).join(', ')}, not \`${c.section}\`. Fix: set \`section\` to one of them, or \`general: false\`.`,
      );
    }
    checkSummary(where, c.summary, add);
    checkOtherNames(where, c, otherNames, add);
    checkStandards(where, c.standards, catalog, add);
  }

  // Group member lists, the one home of group membership, name controls that exist, once each.
  for (const g of catalog.controlGroups) {
    const where = `control group ${g.id} (src/catalog/groups.ts)`;
    dangling(where, 'controls', g.controls, controlIds, 'control');
    const twice = g.controls.filter((id, i) => g.controls.indexOf(id) !== i);
    for (const id of new Set(twice))
      add(where, 'controls', `lists ${id} more than once. Fix: keep one.`);
  }
  for (const g of catalog.essentialGroups)
    dangling(
      `overview group ${g.id} (src/catalog/essentials.ts)`,
      'controls',
      g.controls,
      controlIds,
      'control',
    );
  for (const g of catalog.controlGroups) {
    for (const id of g.becameEssentials ?? []) {
      if (!catalog.essentialGroups.some((e) => e.id === id))
        add(
          `control group ${g.id}`,
          'becameEssentials',
          `\`${id}\` is not a group of src/catalog/essentials.ts. Fix: use one of its ids.`,
        );
    }
  }

  // Control details (an appendix of a control) name a control of their own kind, which is not details itself.
  for (const c of catalog.controls) {
    if (!c.detailsOf) continue;
    const parent = catalog.controls.find((x) => x.id === c.detailsOf);
    const where = `control ${c.id} (src/catalog/controls.ts)`;
    if (!parent)
      add(
        where,
        'detailsOf',
        `\`${c.detailsOf}\` is not a control of the catalog. Fix: name the control this entry details, or remove \`detailsOf\`.`,
      );
    else if (parent.detailsOf)
      add(
        where,
        'detailsOf',
        `${parent.id} is itself the details of ${parent.detailsOf}. Fix: point \`detailsOf\` at ${parent.detailsOf}.`,
      );
    else if (c.id === parent.id)
      add(where, 'detailsOf', 'the control names itself. Fix: remove `detailsOf`.');
  }

  // Retired ids, slugs and aliases stay reserved: a live entry may not take them over.
  for (const r of catalog.retired) {
    const where = `retired ${r.kind} ${r.id} (src/catalog/retired.ts)`;
    if (threatIds.has(r.id) || controlIds.has(r.id))
      add(
        where,
        'id',
        `the id is also a live entry. Fix: a retired id is never reused; give the live entry another id, or remove the retired record if the entry came back.`,
      );
    for (const slug of [r.slug, ...r.aliases]) {
      const owner = owners.get(slug);
      if (owner)
        add(
          where,
          'slug',
          `\`${slug}\` is also the slug or an alias of ${owner}. Fix: remove it there; a retired slug keeps leading to ${r.mergedInto}.`,
        );
    }
    if (!threatIds.has(r.mergedInto) && !controlIds.has(r.mergedInto))
      add(
        where,
        'mergedInto',
        `\`${r.mergedInto}\` is not a live entry. Fix: name the entry that now holds its content.`,
      );
  }
  for (const g of catalog.threatGroups)
    dangling(
      `threat group ${g.id} (src/catalog/groups.ts)`,
      'controls',
      g.controls,
      controlIds,
      'control',
    );
  // One threat group per part: the part's threat group and the group's member threats are derived from it.
  for (const p of catalog.parts) {
    const groups = catalog.threatGroups.filter((g) => g.part === p.id);
    if (groups.length > 1)
      add(
        `part ${p.id} (src/catalog/groups.ts)`,
        'threatGroup',
        `threat groups ${groups.map((g) => g.id).join(' and ')} both name this part. Fix: give each threat group a part of its own.`,
      );
  }
  return problems;
}

function checkSummary(
  where: string,
  summary: string,
  add: (w: string, f: string, m: string) => void,
): void {
  if (!summary.trim())
    add(
      where,
      'summary',
      'the summary is empty. Fix: write one sentence of at most 160 characters.',
    );
  else if (summary.length > SUMMARY_MAX)
    add(
      where,
      'summary',
      `the summary has ${summary.length} characters. Fix: shorten it to ${SUMMARY_MAX} or fewer.`,
    );
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
    else if (term.length > OTHER_NAME_MAX)
      add(
        where,
        'alsoKnownAs',
        `\`${term}\` has ${term.length} characters. Fix: keep other names to a few words (${OTHER_NAME_MAX} characters at most).`,
      );
    else if (key === entry.name.toLowerCase())
      add(where, 'alsoKnownAs', `\`${term}\` is the entry's own name. Fix: remove it.`);
    const prev = owners.get(key);
    if (key && prev && prev !== where)
      add(
        where,
        'alsoKnownAs',
        `\`${term}\` is already another name of ${prev}. Fix: keep it on the entry a reader means by it.`,
      );
    else if (key) owners.set(key, where);
  }
}

function checkStandards(
  where: string,
  refs: readonly StandardRef[],
  catalog: Catalog,
  add: (w: string, f: string, m: string) => void,
): void {
  refs.forEach((ref, i) => {
    const field = `standards[${i}]`;
    if (!catalog.frameworks.some((f) => f.id === ref.framework)) {
      add(
        where,
        field,
        `the framework \`${ref.framework}\` is unknown. Fix: add it to src/catalog/frameworks.ts or correct the name.`,
      );
    }
    const ownField = OWN_FIELD[ref.framework];
    if (ownField)
      add(
        where,
        field,
        `${ref.framework} references are not listed in \`standards\`. Fix: ${ownField}.`,
      );
    const itemFile = ITEM_FILE[ref.framework];
    if (itemFile && ref.ref !== null)
      add(
        where,
        field,
        `${ref.framework} ${ref.ref}: items of ${ref.framework} are not listed in \`standards\`. Fix: ${itemFile}.`,
      );
    if (!COVERAGE.includes(ref.coverage)) {
      add(
        where,
        field,
        `the coverage \`${ref.coverage}\` is not one of ${COVERAGE.join(', ')}. Fix: use one of them.`,
      );
    }
    if (ref.framework === 'OpenCRE') {
      if (!ref.ref || !/^\d{3}-\d{3}$/.test(ref.ref))
        add(
          where,
          field,
          `the OpenCRE id \`${ref.ref}\` is malformed. Fix: use the form \`123-456\`.`,
        );
      if (ref.url) add(where, field, 'an OpenCRE link is derived from its id. Fix: remove `url`.');
    }
    if (ref.framework === 'ISO/IEC 27002' && ref.ref !== null && !/^\d+\.\d+$/.test(ref.ref)) {
      add(
        where,
        field,
        `the ISO/IEC 27002 control number \`${ref.ref}\` is malformed. Fix: use the form \`8.16\`.`,
      );
    }
    if (ref.url !== undefined && !/^https?:\/\/[^\s]+$/.test(ref.url)) {
      add(
        where,
        field,
        `the link \`${ref.url}\` is not an absolute http(s) URL. Fix: give the full address.`,
      );
    }
  });
}
