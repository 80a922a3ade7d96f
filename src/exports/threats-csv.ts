/**
 * `threats.csv`: one row per threat, in document order, with a fixed column order that never
 * changes once published (new columns are added at the end).
 */
import type { Lookup } from '../catalog/lookup.ts';
import type { Threat } from '../catalog/types.ts';
import { shortLink, threatPath } from '../catalog/urls.ts';
import { absoluteUrl, type ExportContext } from './context.ts';
import { crosswalkColumns, listColumns } from './crosswalk-columns.ts';
import { csvDocument, type CsvColumn } from './csv.ts';

/** The columns of `threats.csv`, in order. */
export function threatColumns(lookup: Lookup, context: ExportContext): CsvColumn<Threat>[] {
  return [
    { name: 'id', description: 'Permanent upper-case id.', value: (t) => t.id },
    { name: 'name', description: 'Display name.', value: (t) => t.name },
    { name: 'short_name', description: 'Shorter name for tight lists.', value: (t) => t.shortName },
    {
      name: 'slug',
      description: 'Lower-case id used in page URLs and short links.',
      value: (t) => t.slug,
    },
    {
      name: 'aliases',
      description: 'Other short-link slugs that lead to the threat.',
      value: (t) => t.aliases,
    },
    {
      name: 'section',
      description: 'Section number in the document structure.',
      value: (t) => t.section,
    },
    { name: 'part', description: 'Part of the knowledge base.', value: (t) => t.part },
    {
      name: 'parent',
      description: 'The broader threat this one specialises, if any.',
      value: (t) => t.parent,
    },
    { name: 'children', description: 'Narrower threats.', value: (t) => t.children },
    {
      name: 'lifecycle',
      description: '`development-time`, `through-use` or `runtime`.',
      value: (t) => t.lifecycle,
    },
    {
      name: 'ai_specific',
      description: '`true` when the threat exists only because the system uses AI.',
      value: (t) => t.aiSpecific,
    },
    {
      name: 'impact',
      description: 'Harmed properties: confidentiality, integrity, availability.',
      value: (t) => t.impact,
    },
    {
      name: 'genai',
      description:
        'Whether it concerns generative AI: `true`, `false`, `llm-only`, `genai-only` (any generative model) or `if-classification` (any model used to classify).',
      value: (t) => t.genai.applies,
    },
    {
      name: 'controls',
      description: 'Controls described for this threat.',
      value: (t) => t.controls,
    },
    {
      name: 'applicable_controls',
      description:
        "Every control that applies specifically: its own, its parent's, its threat group's and those described elsewhere.",
      value: (t) => [...lookup.specificControlIds(t)],
    },
    {
      name: 'general_controls_apply',
      description: '`true` when the general controls apply as well.',
      value: (t) => t.generalControlsApply,
    },
    {
      name: 'related_threats',
      description: 'Threats to read together with this one.',
      value: (t) => t.relatedThreats,
    },
    ...listColumns(),
    {
      name: 'summary',
      description: 'One sentence on what the threat is.',
      value: (t) => t.summary,
    },
    {
      name: 'url',
      description: "Permanent address of the threat's page.",
      value: (t) => absoluteUrl(context, threatPath(t)),
    },
    {
      name: 'short_link',
      description: 'Permanent short link.',
      value: (t) => absoluteUrl(context, shortLink(t.slug)),
    },
    ...crosswalkColumns(),
  ];
}

/** Renders `threats.csv`. */
export function threatsCsv(lookup: Lookup, context: ExportContext): string {
  return csvDocument(threatColumns(lookup, context), lookup.catalog.threats);
}
