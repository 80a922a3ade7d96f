/**
 * `catalog.json`: the whole catalog as one document, and `catalog.schema.json`, its JSON Schema.
 * The zod schema below is the single definition of the format: the TypeScript type of the document
 * is inferred from it, the JSON Schema is generated from it, and every build checks its own output
 * against it.
 */
import { z } from 'astro/zod';
import type { Crosswalks } from '../catalog/crosswalk.ts';
import { refsOfEntry } from '../catalog/crosswalks/index.ts';
import { standardUrl, type Lookup } from '../catalog/lookup.ts';
import type { SitePage, StandardRef } from '../catalog/types.ts';
import type { TimelineFact } from '../catalog/timeline.ts';
import {
  crosswalkPath,
  entryPath,
  essentialGroupPath,
  partPath,
  referenceAnchor,
  shortLink,
} from '../catalog/urls.ts';
import { absoluteUrl, type ExportContext } from './context.ts';
import { atlasIdsDescription } from './crosswalk-columns.ts';

/** The version of the document format. A new field raises the minor version, a changed or removed one the major. */
export const CATALOG_FORMAT_VERSION = '2.1.0';

/** The licence under which the data is offered. */
export const DATA_LICENCE = {
  id: 'CC0-1.0',
  name: 'CC0 1.0 Universal (public domain dedication)',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
} as const;

const entryId = z
  .string()
  .regex(/^[A-Z][A-Z0-9]*$/)
  .meta({ description: 'Permanent upper-case id of a threat or control.' });
const slug = z
  .string()
  .regex(/^[a-z0-9]+$/)
  .meta({ description: 'Lower-case short-link slug.' });
const url = z.url().meta({ description: 'Absolute URL.' });
const sitePath = z
  .string()
  .regex(/^\/[^\s]*$/)
  .meta({ description: 'Path on the site, starting with `/`.' });
const coverage = z.enum(['full', 'partial', 'minimal', 'none', 'unknown']).meta({
  description:
    'How much of the entry the reference covers; `unknown` when the source does not say.',
});
const ids = (item: z.ZodType, description: string) => z.array(item).meta({ description });
const stamp = z
  .strictObject({
    version: z.string().meta({ description: 'The catalog release.' }),
    date: z.iso.date().meta({ description: 'Its date.' }),
  })
  .meta({ id: 'ReleaseStamp', description: 'A release of the catalog.' });
const releaseFields = {
  added: stamp.meta({
    description: 'The release that added the entry (derived from the published releases).',
  }),
  changed: stamp.meta({
    description: 'The last release that changed the entry (derived from the published releases).',
  }),
};

const links = {
  path: sitePath.meta({ description: 'Path of the page on the site.' }),
  url: url.meta({ description: 'Permanent address of the page.' }),
  shortLink: url.meta({ description: 'Permanent short link, `/goto/<slug>/`.' }),
  aliasShortLinks: ids(url, 'Short links of the aliases; they lead to the same page.'),
};

const standardRef = z
  .strictObject({
    framework: z.string().meta({ description: 'The framework, as named in `frameworks`.' }),
    ref: z.string().nullable().meta({
      description:
        'Clause or item id inside the framework; null when the framework as a whole is meant.',
    }),
    title: z.string().optional().meta({ description: "The referenced item's own title." }),
    coverage,
    url: url.optional().meta({ description: 'Link to the referenced item.' }),
    aspect: z
      .string()
      .optional()
      .meta({ description: 'The part of the entry the reference is about.' }),
    note: z.string().optional().meta({ description: 'A few-word qualifier.' }),
    via: z
      .array(z.string())
      .optional()
      .meta({ description: 'Frameworks the link reaches through.' }),
    crosswalkUrl: url.meta({
      description: "The reference's rows on this site's crosswalk page of the framework.",
    }),
  })
  .meta({
    id: 'StandardRef',
    description: 'A reference from an entry or threat group to an item of an outside framework.',
  });

/** The closing fields of every entry, threat or control: its mappings, its source, its links and release notes. */
const entryMappings = {
  owaspLlmTop10: ids(z.string(), 'OWASP Top 10 for LLM applications (2023) item ids.'),
  owaspLlmTop10_2026: ids(
    z.string(),
    'OWASP Top 10 for LLM applications (2026, the current edition) item ids, e.g. `LLM01:2026`.',
  ),
  mitreAtlas: ids(z.string(), atlasIdsDescription()),
  owaspLlmTop10_2025: ids(
    z.string(),
    'OWASP Top 10 for LLM applications (2025) item ids (`LLMnn:2025`).',
  ),
  owaspAgenticTop10_2026: ids(
    z.string(),
    'OWASP Top 10 for Agentic Applications (2026) item ids (`ASInn`).',
  ),
  owaspAisvs: ids(z.string(), 'OWASP AISVS 1.0 section ids (`Cn.n`).'),
  standards: z.array(standardRef),
  sourceUrl: url.meta({
    description:
      'Where the entry lived on the OWASP AI Exchange when this catalog was seeded (for entries added later: where it lives there today).',
  }),
  ...links,
  ...releaseFields,
};

const threat = z
  .strictObject({
    id: entryId,
    name: z.string(),
    shortName: z.string(),
    slug,
    aliases: ids(slug, 'Other slugs that lead to this entry.'),
    alsoKnownAs: ids(z.string(), 'Other names practitioners use for this entry (search terms).'),
    summary: z.string().max(160),
    section: z.string().meta({ description: 'Section number in the document structure.' }),
    part: z.string(),
    parent: entryId.nullable().meta({ description: 'The broader threat this one specialises.' }),
    children: ids(entryId, 'Narrower threats.'),
    lifecycle: z.enum(['development-time', 'through-use', 'runtime']),
    attackSurfaces: z.array(z.string()),
    assets: z.array(z.string()),
    impact: z.array(z.enum(['confidentiality', 'integrity', 'availability'])),
    impactCodes: z.array(z.string()).meta({
      description:
        'Impact codes of the current legend: T train data, B model behaviour, P intellectual property, E exhaustion, I input, A augmentation data confidentiality. Before format 2.0.0, A meant availability (now E) and L input confidentiality (now I).',
    }),
    aiSpecific: z.boolean(),
    genai: z.strictObject({
      applies: z
        .union([z.boolean(), z.enum(['llm-only', 'genai-only', 'if-classification'])])
        .meta({
          description:
            'true, false, `llm-only`, `genai-only` (any generative model) or `if-classification` (any model used to classify).',
        }),
      note: z.string().nullable(),
    }),
    controls: ids(entryId, 'Controls described for this threat.'),
    controlRefs: ids(
      z.string(),
      'Groups of controls the threat relies on: `general`, `through-use`, `dev-time-protection`.',
    ),
    mentionedControls: ids(
      entryId,
      'Controls described under another threat that also reduce this one.',
    ),
    applicableControls: ids(
      entryId,
      'Every control that applies specifically: own, inherited, from threat groups, mentioned.',
    ),
    generalControlsApply: z.boolean(),
    relatedThreats: ids(entryId, 'Threats to read together with this one.'),
    unnamedMeasures: z.array(z.string()),
    ...entryMappings,
  })
  .meta({ id: 'Threat', description: 'A threat to an AI system.' });

const control = z
  .strictObject({
    id: entryId,
    name: z.string(),
    slug,
    aliases: ids(slug, 'Other slugs that lead to this entry.'),
    alsoKnownAs: ids(z.string(), 'Other names practitioners use for this entry (search terms).'),
    summary: z.string().max(160),
    section: z.string(),
    part: z.string(),
    detailsOf: entryId.nullable().meta({
      description:
        'For control details (an appendix of another control): the control it details; null for a control of its own.',
    }),
    group: z.string().meta({ description: 'The control group it is filed under.' }),
    groups: ids(z.string(), 'Every control group that lists it.'),
    category: z.string(),
    lifecycle: z.enum(['organisation', 'development-time', 'runtime', 'both']),
    discipline: z.enum(['datascience', 'infosec', 'appsec', 'management']).nullable(),
    general: z.boolean().meta({ description: 'General controls apply to every threat.' }),
    threats: ids(
      entryId,
      'Threats it reduces; for a general control, the threats it is singled out for.',
    ),
    relatedControls: ids(entryId, 'Controls that work together with it.'),
    otherThreats: z.array(z.string()),
    readMore: z.array(z.string()),
    ...entryMappings,
  })
  .meta({ id: 'Control', description: 'A control that reduces one or more threats.' });

const controlGroup = z
  .strictObject({
    id: z.string(),
    number: z.string(),
    name: z.string(),
    subgroup: z.enum(['development-time', 'runtime']).nullable(),
    parentName: z.string(),
    controls: ids(entryId, 'Member controls in overview order.'),
    slug,
    summary: z.string(),
    becameEssentials: ids(
      z.string(),
      'The overview groups of today (`essentialGroups`) that took over its controls.',
    ),
    shortLink: url,
  })
  .meta({
    id: 'ControlGroup',
    description: 'A numbered control group, as the threat model diagrams place controls.',
  });

const essentialGroup = z
  .strictObject({
    id: z.string(),
    category: z
      .string()
      .meta({ description: '`Manage`, `Have resilient models`, `Watch` or `Limit`.' }),
    name: z.string(),
    controls: ids(entryId, 'Member controls in overview order.'),
    summary: z.string(),
    url,
  })
  .meta({
    id: 'EssentialGroup',
    description:
      'A control group of the overview as the original sorts controls today, in one of four categories.',
  });

const controlSection = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    controls: ids(entryId, 'Member controls in reading order.'),
    slug,
    aliases: z.array(slug),
    owaspLlmTop10: z.array(z.string()),
    owaspLlmTop10_2026: z.array(z.string()),
    namedRisks: z.array(z.string()),
    url,
    shortLink: url,
  })
  .meta({ id: 'ControlSection', description: 'A section of part 1 that groups general controls.' });

const threatGroup = z
  .strictObject({
    id: z.string(),
    part: z.string(),
    section: z.string(),
    name: z.string(),
    lifecycle: z.enum(['development-time', 'through-use', 'runtime']),
    controls: ids(entryId, 'Controls that apply to every threat of the group.'),
    threats: ids(entryId, 'Member threats.'),
    slug,
    aliases: z.array(slug),
    standards: z.array(standardRef),
    url,
    shortLink: url,
  })
  .meta({
    id: 'ThreatGroup',
    description: 'The introduction of a part: controls that apply to all its threats.',
  });

const part = z
  .strictObject({
    id: z.string(),
    number: z.string(),
    title: z.string(),
    summary: z.string(),
    threatGroup: z.string().nullable(),
    url,
    shortLinks: ids(url, 'Short links that lead to the part page.'),
  })
  .meta({ id: 'Part', description: 'One of the four parts of the knowledge base.' });

const overviewSection = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    url,
    shortLinks: z.array(url),
  })
  .meta({
    id: 'OverviewSection',
    description: 'A named section of the overview with short links of its own.',
  });

const framework = z
  .strictObject({
    id: z.string(),
    slug: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .meta({ description: 'Stable slug of the crosswalk page.' }),
    publisher: z.string(),
    url: url.optional(),
    version: z.string().optional().meta({ description: 'The edition the references use.' }),
    crosswalkUrl: url,
    mappings: z.int().nonnegative().meta({ description: 'Number of mappings to this framework.' }),
  })
  .meta({ id: 'Framework', description: 'An outside framework with a crosswalk page.' });

const subjectKind = z.enum(['threat', 'control', 'threat-group', 'control-section']);

const mapping = z
  .strictObject({
    framework: z.string(),
    ref: z.string().nullable(),
    title: z.string().optional(),
    coverage,
    url: url.optional(),
    aspect: z.string().optional(),
    note: z.string().optional(),
    via: z.array(z.string()).optional(),
    relation: z.enum(['addresses', 'partly-addresses', 'related']).optional().meta({
      description:
        'For the item-by-item crosswalks (see `/standards/<framework>.json`): how the entry relates to the item.',
    }),
    source: z.enum(['publisher', 'ai-exchange', 'opencre', 'this-project']).optional().meta({
      description:
        "Whose mapping it is: the framework's publisher, the original OWASP AI Exchange, OpenCRE, or this project.",
    }),
    rationale: z
      .string()
      .optional()
      .meta({ description: "This project's one-sentence reason for the mapping." }),
    subject: z
      .strictObject({ kind: subjectKind, id: z.string() })
      .meta({ description: 'What the reference maps to.' }),
    crosswalkUrl: url,
  })
  .meta({
    id: 'Mapping',
    description:
      'One reference of an outside framework mapped to a threat, control, threat group or section.',
  });

const relationType = z.enum([
  'reduces',
  'specialises',
  'related-to',
  'member-of-group',
  'member-of-section',
  'member-of-threat-group',
  'applies-to-threat-group',
]);

const relation = z
  .strictObject({
    source: z.string(),
    type: relationType,
    target: z.string(),
  })
  .meta({
    id: 'Relation',
    description:
      '`reduces`: control → threat; `specialises`: threat → broader threat; `related-to`: between two threats or two controls; ' +
      '`member-of-group`: control → control group; `member-of-section`: control → section of part 1; ' +
      '`member-of-threat-group`: threat → threat group; `applies-to-threat-group`: control → threat group whose threats it all reduces.',
  });

const retired = z
  .strictObject({
    kind: z.enum(['threat', 'control']),
    id: z.string(),
    name: z.string(),
    slug,
    aliases: z.array(slug),
    how: z.enum(['merged', 'removed']).meta({
      description:
        '`merged`: its content moved to `mergedInto`; `removed`: dropped, `mergedInto` is the closest successor.',
    }),
    mergedInto: entryId,
    reason: z.string(),
    retiredOn: z.iso.date(),
    url,
    shortLink: url,
  })
  .meta({ id: 'RetiredEntry', description: 'A removed or merged entry whose URLs still answer.' });

const timelineFact = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .meta({ description: 'Stable id of the fact.' }),
    topic: z.string().meta({ description: 'The law, procedure or standard the fact belongs to.' }),
    kind: z.enum(['applies', 'legislative-step', 'judgment', 'guidance', 'edition']).meta({
      description:
        "`applies`: a duty or ban applies from the date; `legislative-step`: proposal, agreement, adoption or signature; `judgment`: a court decision; `guidance`: a regulator's guidance or opinion; `edition`: publication of an edition of a standard.",
    }),
    jurisdiction: z
      .string()
      .optional()
      .meta({ description: 'Jurisdiction of a legal fact (`EU`, `US-CO`, `BR`...).' }),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .meta({
        description:
          'When it happened or applies: YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day.',
      }),
    statement: z.string().meta({ description: 'The fact in one line.' }),
    source: z
      .strictObject({ title: z.string(), url })
      .meta({ description: "The official or publisher's source." }),
    lastReviewed: z.iso.date().meta({
      description:
        'When the fact was last checked against its source; the build fails when this is more than six months old.',
    }),
  })
  .meta({
    id: 'TimelineFact',
    description:
      'A dated legal or regulatory milestone, or an edition of an outside standard, that pages state.',
  });

/** The zod schema of `catalog.json`: the one definition of the format. */
export const catalogDocumentSchema = z
  .strictObject({
    $schema: url.meta({ description: 'The JSON Schema of this document.' }),
    formatVersion: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .meta({ description: 'Version of this document format.' }),
    title: z.string().meta({ description: 'Name of the document.' }),
    version: z.string().meta({
      description:
        'Version of the catalog: a release, or the next one with `-unreleased` for a build between releases.',
    }),
    buildDate: z.iso.date().meta({ description: 'Date of the build, UTC.' }),
    site: url.meta({ description: "The site's public address." }),
    licence: z
      .strictObject({ id: z.literal(DATA_LICENCE.id), name: z.string(), url })
      .meta({ description: 'The licence of the data: CC0 1.0, public domain.' }),
    threats: z.array(threat).meta({ description: 'Every threat, in document order.' }),
    controls: z.array(control).meta({ description: 'Every control, in document order.' }),
    controlGroups: z.array(controlGroup).meta({
      description:
        'The numbered control groups, with their members (the threat model diagrams use them).',
    }),
    essentialGroups: z
      .array(essentialGroup)
      .meta({ description: 'The control groups of the overview today, in four categories.' }),
    controlSections: z
      .array(controlSection)
      .meta({ description: 'The sections of part 1 (general controls), with their members.' }),
    threatGroups: z.array(threatGroup).meta({
      description:
        'The introductions of parts 2 to 4: controls that apply to all threats of a part.',
    }),
    parts: z.array(part).meta({ description: 'The four parts of the knowledge base.' }),
    overviewSections: z
      .array(overviewSection)
      .meta({ description: 'Overview pages that have short links of their own.' }),
    frameworks: z.array(framework).meta({
      description: 'Every outside framework, with its crosswalk page and number of mappings.',
    }),
    mappings: z.array(mapping).meta({
      description:
        "Every mapping of an outside framework's reference to the catalog; the rows of the crosswalk pages.",
    }),
    relations: z.array(relation).meta({
      description: 'Every relation between threats, controls and groups as a typed edge.',
    }),
    retired: z
      .array(retired)
      .meta({ description: 'Removed or merged entries, whose URLs still answer.' }),
    timeline: z.array(timelineFact).meta({
      description:
        'The register of time-sensitive facts the pages state: legal dates and editions of standards, each with its source and review date.',
    }),
  })
  .meta({
    title: 'AI Security Exchange catalog',
    description:
      'Threats and controls of AI systems, their relations and their mappings to outside frameworks.',
  });

/** The `catalog.json` document. */
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;

/** What the document is built from. */
export interface CatalogSources {
  readonly lookup: Lookup;
  readonly crosswalks: Crosswalks;
  /** The register of time-sensitive facts (src/catalog/timeline.ts). */
  readonly timeline: readonly TimelineFact[];
}

/**
 * The overview sections the export lists: the registered pages of the overview's sidebar group that
 * do not hold one of the original's subjects on a page of their own (those are subjects, not sections).
 */
export function exportedOverviewSections(pages: readonly SitePage[]): SitePage[] {
  return pages.filter((p) => p.sidebar?.group === 'overview' && p.original?.home !== 'own');
}

/** Builds the document; throws, naming the field, when the result does not fit its own schema. */
export function buildCatalogDocument(
  sources: CatalogSources,
  context: ExportContext,
): CatalogDocument {
  const { lookup, crosswalks } = sources;
  const { catalog } = lookup;
  const abs = (path: string) => absoluteUrl(context, path);
  const short = (s: string) => abs(shortLink(s));
  const crosswalkUrl = (framework: string, anchor: string) =>
    abs(`${crosswalkPath(framework)}#${anchor}`);
  // Item references of frameworks with a crosswalk file are published from that file (`mappings`, the per-entry id lists).
  const itemFrameworks = new Set(
    crosswalks.crosswalks.filter((c) => c.items).map((c) => c.framework.id as string),
  );
  const lists = (id: string) => ({
    owaspLlmTop10_2026: refsOfEntry(id, 'OWASP LLM Top 10 2026'),
    mitreAtlas: refsOfEntry(id, 'MITRE ATLAS'),
    owaspLlmTop10_2025: refsOfEntry(id, 'OWASP LLM Top 10 2025'),
    owaspAgenticTop10_2026: refsOfEntry(id, 'OWASP Agentic Top 10 2026'),
    owaspAisvs: refsOfEntry(id, 'OWASP AISVS 1.0'),
  });
  const standards = (refs: readonly StandardRef[]) =>
    refs
      .filter((ref) => !(itemFrameworks.has(ref.framework) && ref.ref !== null))
      .map((ref) => {
        const link = standardUrl(ref);
        return {
          framework: ref.framework,
          ref: ref.ref,
          ...(ref.title !== undefined && { title: ref.title }),
          coverage: ref.coverage,
          ...(link !== undefined && { url: link }),
          ...(ref.aspect !== undefined && { aspect: ref.aspect }),
          ...(ref.note !== undefined && { note: ref.note }),
          ...(ref.via !== undefined && { via: [...ref.via] }),
          crosswalkUrl: crosswalkUrl(ref.framework, referenceAnchor(ref.ref)),
        };
      });
  const general = catalog.parts.find((p) => p.id === 'general-controls');
  const released = (id: string) => {
    const here = { version: context.version, date: context.buildDate };
    const h = context.history?.get(id);
    return { added: { ...(h?.added ?? here) }, changed: { ...(h?.changed ?? here) } };
  };

  const relations: CatalogDocument['relations'] = [];
  const relate = (
    source: string,
    type: CatalogDocument['relations'][number]['type'],
    targets: readonly string[],
  ) => {
    for (const target of targets) relations.push({ source, type, target });
  };
  for (const t of catalog.threats) {
    relate(t.id, 'specialises', t.parent ? [t.parent] : []);
    relate(t.id, 'related-to', t.relatedThreats);
  }
  for (const c of catalog.controls) {
    relate(c.id, 'reduces', c.threats);
    relate(c.id, 'related-to', c.relatedControls);
    relate(c.id, 'member-of-group', c.groups);
  }
  for (const s of catalog.controlSections)
    for (const c of s.controls) relate(c, 'member-of-section', [s.id]);
  for (const g of catalog.threatGroups) {
    for (const t of g.threats) relate(t, 'member-of-threat-group', [g.id]);
    for (const c of g.controls) relate(c, 'applies-to-threat-group', [g.id]);
  }

  const document: CatalogDocument = {
    $schema: abs('/catalog.schema.json'),
    formatVersion: CATALOG_FORMAT_VERSION,
    title: 'AI Security Exchange catalog',
    version: context.version,
    buildDate: context.buildDate,
    site: abs('/'),
    licence: { ...DATA_LICENCE },
    threats: catalog.threats.map((t) => ({
      id: t.id,
      name: t.name,
      shortName: t.shortName,
      slug: t.slug,
      aliases: [...t.aliases],
      alsoKnownAs: [...(t.alsoKnownAs ?? [])],
      summary: t.summary,
      section: t.section,
      part: t.part,
      parent: t.parent,
      children: [...t.children],
      lifecycle: t.lifecycle,
      attackSurfaces: [...t.attackSurfaces],
      assets: [...t.assets],
      impact: [...t.impact],
      impactCodes: [...t.impactCodes],
      aiSpecific: t.aiSpecific,
      genai: { applies: t.genai.applies, note: t.genai.note },
      controls: [...t.controls],
      controlRefs: [...t.controlRefs],
      mentionedControls: [...t.mentionedControls],
      applicableControls: [...lookup.specificControlIds(t)],
      generalControlsApply: t.generalControlsApply,
      relatedThreats: [...t.relatedThreats],
      unnamedMeasures: [...t.unnamedMeasures],
      owaspLlmTop10: [...t.owaspLlmTop10],
      ...lists(t.id),
      standards: standards(t.standards),
      sourceUrl: t.legacy.seedUrl,
      path: entryPath('threat', t),
      url: abs(entryPath('threat', t)),
      shortLink: short(t.slug),
      aliasShortLinks: t.aliases.map(short),
      ...released(t.id),
    })),
    controls: catalog.controls.map((c) => ({
      id: c.id,
      name: c.name,
      slug: c.slug,
      aliases: [...c.aliases],
      alsoKnownAs: [...(c.alsoKnownAs ?? [])],
      summary: c.summary,
      section: c.section,
      part: c.part,
      detailsOf: c.detailsOf ?? null,
      group: c.group,
      groups: [...c.groups],
      category: c.category,
      lifecycle: c.lifecycle,
      discipline: c.discipline,
      general: c.general,
      threats: [...c.threats],
      relatedControls: [...c.relatedControls],
      otherThreats: [...c.otherThreats],
      readMore: [...c.readMore],
      owaspLlmTop10: [...c.owaspLlmTop10],
      ...lists(c.id),
      standards: standards(c.standards),
      sourceUrl: c.legacy.seedUrl,
      path: entryPath('control', c),
      url: abs(entryPath('control', c)),
      shortLink: short(c.slug),
      aliasShortLinks: c.aliases.map(short),
      ...released(c.id),
    })),
    controlGroups: catalog.controlGroups.map((g) => ({
      id: g.id,
      number: g.number,
      name: g.name,
      subgroup: g.subgroup,
      parentName: g.parentName,
      controls: [...g.controls],
      slug: g.slug,
      summary: g.summary,
      becameEssentials: [...(g.becameEssentials ?? [])],
      shortLink: short(g.slug),
    })),
    essentialGroups: catalog.essentialGroups.map((g) => ({
      id: g.id,
      category: g.category,
      name: g.name,
      controls: [...g.controls],
      summary: g.summary,
      url: abs(essentialGroupPath(g)),
    })),
    controlSections: catalog.controlSections.map((s) => ({
      id: s.id,
      name: s.name,
      controls: [...s.controls],
      slug: s.slug,
      aliases: [...s.aliases],
      owaspLlmTop10: [...s.owaspLlmTop10],
      owaspLlmTop10_2026: [...s.owaspLlmTop10_2026],
      namedRisks: [...s.namedRisks],
      url: abs(`${general ? partPath(general) : '/'}#${s.anchor}`),
      shortLink: short(s.slug),
    })),
    threatGroups: catalog.threatGroups.map((g) => ({
      id: g.id,
      part: g.part,
      section: g.section,
      name: g.name,
      lifecycle: g.lifecycle,
      controls: [...g.controls],
      threats: [...g.threats],
      slug: g.slug,
      aliases: [...g.aliases],
      standards: standards(g.standards),
      url: abs(partPath({ id: g.part })),
      shortLink: short(g.slug),
    })),
    parts: catalog.parts.map((p) => {
      const group = lookup.threatGroupOfPart(p);
      return {
        id: p.id,
        number: p.number,
        title: p.title,
        summary: p.summary,
        threatGroup: p.threatGroup,
        url: abs(partPath(p)),
        shortLinks: [
          ...(p.slug ? [p.slug] : []),
          ...(group ? [group.slug, ...group.aliases] : []),
        ].map(short),
      };
    }),
    overviewSections: exportedOverviewSections(catalog.pages).map((s) => ({
      id: s.id,
      title: s.title,
      url: abs(s.path),
      shortLinks: s.slugs.map((x) => short(x.slug)),
    })),
    frameworks: crosswalks.crosswalks.map((c) => ({
      id: c.framework.id,
      slug: c.slug,
      publisher: c.framework.publisher,
      ...(c.framework.url !== undefined && { url: c.framework.url }),
      ...(c.framework.version !== undefined && { version: c.framework.version }),
      crosswalkUrl: abs(c.path),
      mappings: c.rows.length,
    })),
    mappings: crosswalks.mappings.map((m) => ({
      framework: m.framework,
      ref: m.ref,
      ...(m.title !== undefined && { title: m.title }),
      coverage: m.coverage,
      ...(m.url !== undefined && { url: m.url }),
      ...(m.aspect !== undefined && { aspect: m.aspect }),
      ...(m.note !== undefined && { note: m.note }),
      ...(m.via !== undefined && { via: [...m.via] }),
      ...(m.relation !== undefined && { relation: m.relation }),
      ...(m.source !== undefined && { source: m.source }),
      ...(m.rationale !== undefined && { rationale: m.rationale }),
      subject: { kind: m.subject.kind, id: m.subject.id },
      crosswalkUrl: crosswalkUrl(m.framework, m.anchor),
    })),
    relations,
    retired: catalog.retired.map((r) => {
      const into = lookup.entry(r.mergedInto);
      return {
        kind: r.kind,
        id: r.id,
        name: r.name,
        slug: r.slug,
        aliases: [...r.aliases],
        how: r.how,
        mergedInto: into.id,
        reason: r.reason,
        retiredOn: r.retiredOn,
        url: abs(entryPath(r.kind, r)),
        shortLink: short(r.slug),
      };
    }),
    timeline: sources.timeline.map((f) => ({
      id: f.id,
      topic: f.topic,
      kind: f.kind,
      ...(f.jurisdiction !== undefined && { jurisdiction: f.jurisdiction }),
      date: f.date,
      statement: f.statement,
      source: { title: f.source.title, url: f.source.url },
      lastReviewed: f.lastReviewed,
    })),
  };
  const checked = catalogDocumentSchema.safeParse(document);
  if (!checked.success) {
    const issues = checked.error.issues
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('\n- ');
    throw new Error(
      `catalog.json does not fit its own schema (src/exports/catalog-document.ts):\n- ${issues}\nFix: correct the catalog value at that path, or the schema if the format changed (and raise CATALOG_FORMAT_VERSION).`,
    );
  }
  return document;
}

/** Renders `catalog.json`: two-space indented, one trailing newline. */
export function catalogJson(sources: CatalogSources, context: ExportContext): string {
  return `${JSON.stringify(buildCatalogDocument(sources, context), null, 2)}\n`;
}

/** The JSON Schema of `catalog.json` (draft 2020-12), generated from the zod schema. */
export function catalogJsonSchema(context: ExportContext): Record<string, unknown> {
  const generated = z.toJSONSchema(catalogDocumentSchema, { target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  // `$id` first, so a reader sees at once which document this is.
  return {
    $schema: generated['$schema'],
    $id: absoluteUrl(context, '/catalog.schema.json'),
    ...generated,
  };
}

/** Renders `catalog.schema.json`. */
export function catalogSchemaJson(context: ExportContext): string {
  return `${JSON.stringify(catalogJsonSchema(context), null, 2)}\n`;
}
