/**
 * `/standards/<framework>.json`: the crosswalk of one framework that the site keeps a snapshot of
 * (MITRE ATLAS, the OWASP LLM Top 10 2025 and 2026, the OWASP Agentic Top 10 2026, OWASP AISVS 1.0),
 * item by item in the publisher's order: each item with the entries it maps to, how, on whose
 * authority and why, or the reason none does. Its JSON Schema is `/standards/crosswalk.schema.json`.
 */
import { z } from 'astro/zod';
import type { Crosswalk } from '../catalog/crosswalk.ts';
import type { Lookup } from '../catalog/lookup.ts';
import { crosswalkPath, referenceAnchor } from '../catalog/urls.ts';
import { absoluteUrl, type ExportContext } from './context.ts';

/** Version of the format of these files. */
export const CROSSWALK_FORMAT_VERSION = '1.0.0';

/** Site path of the schema. */
export const CROSSWALK_SCHEMA_PATH = '/standards/crosswalk.schema.json';

/** Site path of a framework's crosswalk file. */
export function crosswalkDataPath(slug: string): string {
  return `/standards/${slug}.json`;
}

const url = z.url();

const entryMapping = z
  .strictObject({
    id: z.string().meta({ description: 'The threat or control id of this knowledge base.' }),
    name: z.string(),
    url: url.meta({ description: "The entry's page." }),
    relation: z.enum(['addresses', 'partly-addresses', 'related']).meta({
      description:
        '`addresses`: the entry covers what the item is about (the same attack, or a countermeasure the item calls for); `partly-addresses`: it covers a clear part; `related`: useful context that does not cover it.',
    }),
    source: z.enum(['publisher', 'ai-exchange', 'opencre', 'this-project']).meta({
      description:
        "Whose mapping it is: the framework's publisher, the original OWASP AI Exchange, OpenCRE, or this project.",
    }),
    rationale: z.string().nullable().meta({
      description:
        "Why the entry relates to the item, in one sentence; always given for this project's mappings.",
    }),
    via: z
      .string()
      .optional()
      .meta({ description: 'For a mapping reached through OpenCRE: the CRE.' }),
  })
  .meta({ id: 'EntryMapping' });

const item = z
  .strictObject({
    ref: z.string().meta({ description: "The publisher's id of the item." }),
    name: z.string().meta({ description: "The publisher's name of the item." }),
    kind: z.enum(['technique', 'sub-technique', 'mitigation', 'risk', 'section']),
    parent: z
      .string()
      .optional()
      .meta({ description: 'The technique of a sub-technique, the chapter of an AISVS section.' }),
    tactics: z
      .array(z.string())
      .optional()
      .meta({ description: 'ATLAS: the tactics a technique serves.' }),
    url: url.meta({ description: "The publisher's page of the item." }),
    crosswalkUrl: url.meta({ description: "The item on this site's crosswalk page." }),
    status: z.enum(['mapped', 'not-covered', 'out-of-scope']).meta({
      description:
        '`mapped` when entries map to it; otherwise why not: a gap of this knowledge base, or outside what it covers.',
    }),
    entries: z.array(entryMapping),
    note: z.string().nullable().meta({
      description:
        'For an item no entry maps to: the reason; otherwise a remark on what the entries leave out, if any.',
    }),
  })
  .meta({ id: 'CrosswalkItem' });

/** The zod schema of a crosswalk file: the one definition of the format. */
export const crosswalkDocumentSchema = z
  .strictObject({
    $schema: url,
    formatVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    framework: z.string().meta({ description: 'The framework, as this site names it.' }),
    title: z.string().meta({ description: "The publisher's title of the list." }),
    version: z.string().meta({ description: 'The edition mapped.' }),
    publisher: z.string(),
    url: url.meta({ description: "The edition's home page." }),
    checked: z.iso.date().meta({
      description: "When the ids and names were last checked against the publisher's data.",
    }),
    catalogVersion: z.string().meta({
      description: "The version of this knowledge base's catalog the mappings belong to.",
    }),
    crosswalkUrl: url,
    counts: z.strictObject({ mapped: z.int(), explained: z.int(), total: z.int() }).meta({
      description: 'Items mapped to at least one entry, items explained instead, and all items.',
    }),
    items: z.array(item),
  })
  .meta({
    title: 'AI Security Exchange crosswalk',
    description:
      'One outside framework mapped item by item to the threats and controls of this knowledge base.',
  });

/** A crosswalk file. */
export type CrosswalkDocument = z.infer<typeof crosswalkDocumentSchema>;

/** Builds one framework's file; throws, naming the framework, when the crosswalk has no item list or the result does not fit the schema. */
export function buildCrosswalkDocument(
  crosswalk: Crosswalk,
  lookup: Lookup,
  context: ExportContext,
): CrosswalkDocument {
  const { snapshot, items } = crosswalk;
  if (!snapshot || !items)
    throw new Error(
      `${crosswalk.framework.id} has no snapshot, so it has no item-by-item file. Fix: publish only frameworks of src/catalog/frameworks/.`,
    );
  const abs = (path: string) => absoluteUrl(context, path);
  const mapped = items.filter((i) => i.mapped);
  const document: CrosswalkDocument = {
    $schema: abs(CROSSWALK_SCHEMA_PATH),
    formatVersion: CROSSWALK_FORMAT_VERSION,
    framework: snapshot.framework,
    title: snapshot.title,
    version: snapshot.version,
    publisher: snapshot.publisher,
    url: snapshot.url,
    checked: snapshot.checked,
    catalogVersion: context.version,
    crosswalkUrl: abs(crosswalk.path),
    counts: {
      mapped: mapped.filter((i) => i.entries.length > 0).length,
      explained: mapped.filter((i) => i.entries.length === 0).length,
      total: mapped.length,
    },
    items: mapped.map((i) => ({
      ref: i.ref,
      name: i.name,
      kind: i.kind as 'technique' | 'sub-technique' | 'mitigation' | 'risk' | 'section',
      ...(i.parent !== undefined && { parent: i.parent }),
      ...(i.tactics !== undefined && { tactics: [...i.tactics] }),
      url: i.url,
      crosswalkUrl: abs(`${crosswalkPath(snapshot.framework)}#${referenceAnchor(i.ref)}`),
      status: i.entries.length > 0 ? 'mapped' : (i.status ?? 'not-covered'),
      entries: i.entries.map((m) => {
        const entry = lookup.entry(m.entry);
        return {
          id: m.entry,
          name: entry.name,
          url: abs(lookup.pathOf(entry)),
          relation: m.relation,
          source: m.source,
          rationale: m.rationale ?? null,
          ...(m.via !== undefined && { via: m.via }),
        };
      }),
      note: i.entries.length > 0 ? (i.note ?? null) : (i.reason ?? null),
    })),
  };
  const checked = crosswalkDocumentSchema.safeParse(document);
  if (!checked.success) {
    const issues = checked.error.issues
      .map((x) => `${x.path.join('.')}: ${x.message}`)
      .join('\n- ');
    throw new Error(
      `The crosswalk file of ${snapshot.framework} does not fit its schema (src/exports/standards-json.ts):\n- ${issues}\nFix: correct the value in src/catalog/crosswalks/, or the schema if the format changed (and raise CROSSWALK_FORMAT_VERSION).`,
    );
  }
  return document;
}

/** Renders one framework's file: two-space indented, one trailing newline. */
export function crosswalkJson(
  crosswalk: Crosswalk,
  lookup: Lookup,
  context: ExportContext,
): string {
  return `${JSON.stringify(buildCrosswalkDocument(crosswalk, lookup, context), null, 2)}\n`;
}

/** Renders the JSON Schema (draft 2020-12) of the crosswalk files. */
export function crosswalkSchemaJson(context: ExportContext): string {
  const generated = z.toJSONSchema(crosswalkDocumentSchema, { target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return `${JSON.stringify({ $schema: generated['$schema'], $id: absoluteUrl(context, CROSSWALK_SCHEMA_PATH), ...generated }, null, 2)}\n`;
}
