/**
 * `controls.csv`: one row per control, in document order, with a fixed column order that never
 * changes once published (new columns are added at the end).
 */
import type { Lookup } from '../catalog/lookup.ts';
import type { Control } from '../catalog/types.ts';
import { controlPath, shortLink } from '../catalog/urls.ts';
import { essentialGroups } from '../catalog/essentials.ts';
import { absoluteUrl, type ExportContext } from './context.ts';
import { crosswalkColumns, listColumns } from './crosswalk-columns.ts';
import { csvDocument, type CsvColumn } from './csv.ts';

/** The columns of `controls.csv`, in order. */
export function controlColumns(context: ExportContext): CsvColumn<Control>[] {
  return [
    { name: 'id', description: 'Permanent upper-case id.', value: (c) => c.id },
    { name: 'name', description: 'Display name.', value: (c) => c.name },
    {
      name: 'slug',
      description: 'Lower-case id used in page URLs and short links.',
      value: (c) => c.slug,
    },
    {
      name: 'aliases',
      description: 'Other short-link slugs that lead to the control.',
      value: (c) => c.aliases,
    },
    {
      name: 'section',
      description:
        'Section number of the place the control is described (`appendix` for control details).',
      value: (c) => c.section,
    },
    {
      name: 'part',
      description: 'Part of the knowledge base that describes it.',
      value: (c) => c.part,
    },
    { name: 'group', description: 'The control group it is filed under.', value: (c) => c.group },
    { name: 'groups', description: 'Every control group that lists it.', value: (c) => c.groups },
    {
      name: 'overview_groups',
      description:
        'The overview groups of today it sits in (see essentialGroups in catalog.json), as `category: group`.',
      value: (c) =>
        essentialGroups
          .filter((g) => (g.controls as readonly string[]).includes(c.id))
          .map((g) => `${g.category}: ${g.name}`),
    },
    { name: 'category', description: 'A few-word category.', value: (c) => c.category },
    {
      name: 'lifecycle',
      description: '`organisation`, `development-time`, `runtime` or `both`.',
      value: (c) => c.lifecycle,
    },
    {
      name: 'discipline',
      description: 'Who usually implements it: `datascience`, `infosec`, `appsec` or `management`.',
      value: (c) => c.discipline,
    },
    {
      name: 'general',
      description: '`true` for a general control, which applies to every threat.',
      value: (c) => c.general,
    },
    {
      name: 'details_of',
      description:
        'For control details (an appendix of another control): the id of that control; empty otherwise.',
      value: (c) => c.detailsOf ?? '',
    },
    {
      name: 'threats',
      description: 'Threats it reduces (for a general control: the ones it is singled out for).',
      value: (c) => c.threats,
    },
    {
      name: 'related_controls',
      description: 'Controls that work together with it.',
      value: (c) => c.relatedControls,
    },
    ...listColumns(),
    {
      name: 'opencre',
      description: 'OpenCRE ids it maps to.',
      value: (c) => [
        ...new Set(
          c.standards.filter((s) => s.framework === 'OpenCRE' && s.ref).map((s) => s.ref!),
        ),
      ],
    },
    {
      name: 'standards',
      description:
        'Standards references as `framework reference` (the framework alone when it is meant as a whole).',
      value: (c) => [
        ...new Set(
          c.standards.map((s) => (s.ref === null ? s.framework : `${s.framework} ${s.ref}`)),
        ),
      ],
    },
    {
      name: 'summary',
      description: 'One sentence on what the control does.',
      value: (c) => c.summary,
    },
    {
      name: 'url',
      description: "Permanent address of the control's page.",
      value: (c) => absoluteUrl(context, controlPath(c)),
    },
    {
      name: 'short_link',
      description: 'Permanent short link.',
      value: (c) => absoluteUrl(context, shortLink(c.slug)),
    },
    ...crosswalkColumns(),
  ];
}

/** Renders `controls.csv`. */
export function controlsCsv(lookup: Lookup, context: ExportContext): string {
  return csvDocument(controlColumns(context), lookup.catalog.controls);
}
