/**
 * An import file for OpenCRE in its own spreadsheet format (the "MyOpenCRE" import): a `CRE 0`
 * column holding `<cre id>|<cre name>`, then `<standard>|name`, `<standard>|id` and
 * `<standard>|hyperlink` for the item that links to that CRE. One row per control and OpenCRE id.
 */
import type { Lookup } from '../catalog/lookup.ts';
import type { Control } from '../catalog/types.ts';
import { controlPath } from '../catalog/urls.ts';
import { absoluteUrl, type ExportContext } from './context.ts';
import { csvDocument, type CsvColumn } from './csv.ts';

/** The separator OpenCRE uses between the parts of a column name and of a `CRE 0` value. */
export const OPENCRE_SEPARATOR = '|';

/** One row: a control and one CRE it links to. */
export interface OpenCreRow {
  readonly control: Control;
  readonly creId: string;
  /** The CRE's name, as the catalog gives it; the id itself when no reference names it (OpenCRE fills in the name). */
  readonly creName: string;
}

/** The rows, in control order, then in the order the control lists its CREs; a CRE named differently in two places fails. */
export function openCreRows(lookup: Lookup): OpenCreRow[] {
  const names = new Map<string, { name: string; where: string }>();
  const problems: string[] = [];
  const entries = [...lookup.catalog.threats, ...lookup.catalog.controls];
  for (const entry of entries) {
    for (const ref of entry.standards) {
      if (ref.framework !== 'OpenCRE' || !ref.ref || ref.title === undefined) continue;
      const known = names.get(ref.ref);
      if (known && known.name !== ref.title) {
        problems.push(`${entry.id}, field \`standards\`: OpenCRE ${ref.ref} is called "${ref.title}" here and "${known.name}" in ${known.where}. Fix: use OpenCRE's own name in both.`);
      }
      if (ref.title.includes(OPENCRE_SEPARATOR)) {
        problems.push(`${entry.id}, field \`standards\`: the name of OpenCRE ${ref.ref} contains "${OPENCRE_SEPARATOR}", which OpenCRE reads as the end of the id. Fix: drop it from the title.`);
      }
      if (!known) names.set(ref.ref, { name: ref.title, where: entry.id });
    }
  }
  if (problems.length > 0) throw new Error(`The OpenCRE export cannot be built:\n- ${problems.join('\n- ')}`);
  return lookup.catalog.controls.flatMap((control) => {
    const ids = [...new Set(control.standards.filter((s) => s.framework === 'OpenCRE' && s.ref).map((s) => s.ref!))];
    return ids.map((creId) => ({ control, creId, creName: names.get(creId)?.name ?? creId }));
  });
}

/** The columns, named as OpenCRE's import expects for a standard called `standardName`. */
export function openCreColumns(standardName: string, context: ExportContext): CsvColumn<OpenCreRow>[] {
  const col = (part: string) => `${standardName}${OPENCRE_SEPARATOR}${part}`;
  return [
    { name: 'CRE 0', description: 'The CRE as `id|name`.', value: (r) => `${r.creId}${OPENCRE_SEPARATOR}${r.creName}` },
    { name: col('name'), description: 'The control\'s name.', value: (r) => r.control.name },
    { name: col('id'), description: 'The control\'s permanent id.', value: (r) => r.control.id },
    { name: col('hyperlink'), description: 'The control\'s permanent page.', value: (r) => absoluteUrl(context, controlPath(r.control)) },
  ];
}

/** Renders the OpenCRE import file for this site, published as the standard `standardName`. */
export function openCreCsv(lookup: Lookup, standardName: string, context: ExportContext): string {
  if (standardName.includes(OPENCRE_SEPARATOR)) {
    throw new Error(`The standard name "${standardName}" contains "${OPENCRE_SEPARATOR}", which OpenCRE uses to split column names. Fix: choose a name without it.`);
  }
  return csvDocument(openCreColumns(standardName, context), openCreRows(lookup));
}
