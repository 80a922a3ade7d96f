/**
 * The OpenCRE import file, in the format of OpenCRE's own AI Exchange importer
 * (application/utils/external_project_parsers/parsers/ai_exchange/csv_source.py in OWASP/OpenCRE):
 *
 * - `CRE 0` … `CRE n`: the CRE's hierarchy names from the top, one level per column; the deepest
 *   filled one names the CRE. The catalog holds only the CRE's own name, so the file has `CRE 0`.
 * - `CRE ID`: `NNN-NNN`. One row per CRE; several values in a cell are joined with `;`, position by
 *   position across the three columns of a standard (the third name goes with the third id).
 * - `Cross-link CREs`: related CREs by id. The catalog records none, so it stays empty.
 * - `MITRE ATLAS|name`, `|id`, `|hyperlink`: the ATLAS techniques and mitigations of the entries linked to
 *   the CRE that they address in full or in part (src/catalog/crosswalks/atlas.ts), with ATLAS's own names
 *   and the page of each id's kind.
 * - `AIX|name`, `|id`, `|hyperlink`: the threats and controls that reference the CRE.
 */
import type { Lookup } from '../catalog/lookup.ts';
import { refsOfEntry } from '../catalog/crosswalks/index.ts';
import { atlasUrl, snapshotItem } from '../catalog/frameworks/index.ts';
import type { Control, Threat } from '../catalog/types.ts';
import { absoluteUrl, type ExportContext } from './context.ts';
import { csvDocument, LIST_SEPARATOR, type CsvColumn } from './csv.ts';

/** The separator OpenCRE uses between a standard's name and the part in a column name. */
export const OPENCRE_SEPARATOR = '|';

/** The standards of the file, by the column prefix OpenCRE's importer reads. */
export const OPENCRE_STANDARDS = { atlas: 'MITRE ATLAS', exchange: 'AIX' } as const;

/** An item of a standard in one row: name, id and link, kept together. */
export interface OpenCreItem {
  readonly name: string;
  readonly id: string;
  readonly hyperlink: string;
}

/** One row: a CRE and everything in the catalog linked to it. */
export interface OpenCreRow {
  readonly creId: string;
  /** The CRE's name as the catalog's references give it; its id when no reference names it. */
  readonly creName: string;
  /** MITRE ATLAS techniques and mitigations of the linked entries, in first-seen order. */
  readonly atlas: readonly OpenCreItem[];
  /** The threats and controls that reference the CRE, threats first, in catalog order. */
  readonly exchange: readonly OpenCreItem[];
}

/**
 * One row per OpenCRE id referenced by any threat or control, sorted by id. Fails, naming the entry,
 * when a CRE is named two ways or a value holds the `;` that separates values in a cell.
 */
export function openCreRows(lookup: Lookup, context: ExportContext): OpenCreRow[] {
  const { catalog } = lookup;
  const entries: (Threat | Control)[] = [...catalog.threats, ...catalog.controls];
  const names = new Map<string, { name: string; where: string }>();
  const problems: string[] = [];
  for (const entry of entries) {
    for (const ref of entry.standards) {
      if (ref.framework !== 'OpenCRE' || !ref.ref || ref.title === undefined) continue;
      const known = names.get(ref.ref);
      if (known && known.name !== ref.title) {
        problems.push(
          `${entry.id}, field \`standards\`: OpenCRE ${ref.ref} is called "${ref.title}" here and "${known.name}" in ${known.where}. Fix: use OpenCRE's own name in both.`,
        );
      }
      if (!known) names.set(ref.ref, { name: ref.title, where: entry.id });
    }
  }
  const rows = new Map<string, { atlas: Map<string, OpenCreItem>; exchange: OpenCreItem[] }>();
  for (const entry of entries) {
    const creIds = new Set(
      entry.standards.filter((s) => s.framework === 'OpenCRE' && s.ref).map((s) => s.ref!),
    );
    for (const creId of creIds) {
      if (!/^\d{3}-\d{3}$/.test(creId))
        problems.push(
          `${entry.id}, field \`standards\`: "${creId}" is not an OpenCRE id. Fix: write it as NNN-NNN.`,
        );
      const row = rows.get(creId) ?? {
        atlas: new Map<string, OpenCreItem>(),
        exchange: [] as OpenCreItem[],
      };
      rows.set(creId, row);
      row.exchange.push({
        name: entry.name,
        id: entry.id,
        hyperlink: absoluteUrl(context, lookup.pathOf(entry)),
      });
      for (const id of refsOfEntry(entry.id, 'MITRE ATLAS', ['addresses', 'partly-addresses'])) {
        if (!row.atlas.has(id))
          row.atlas.set(id, {
            name: snapshotItem('MITRE ATLAS', id)?.name ?? id,
            id,
            hyperlink: atlasUrl(id),
          });
      }
    }
  }
  const result = [...rows]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([creId, row]) => ({
      creId,
      creName: names.get(creId)?.name ?? creId,
      atlas: [...row.atlas.values()],
      exchange: row.exchange,
    }));
  for (const row of result) {
    for (const item of [...row.atlas, ...row.exchange]) {
      for (const value of [item.name, item.id, item.hyperlink]) {
        if (value.includes(LIST_SEPARATOR))
          problems.push(
            `${item.id}: "${value}" contains "${LIST_SEPARATOR}", which separates values in an OpenCRE cell. Fix: drop it from the name in src/catalog.`,
          );
      }
    }
  }
  if (problems.length > 0)
    throw new Error(`The OpenCRE export cannot be built:\n- ${problems.join('\n- ')}`);
  return result;
}

/** The columns, in the order and with the names OpenCRE's AI Exchange importer reads. */
export function openCreColumns(): CsvColumn<OpenCreRow>[] {
  const standard = (
    prefix: string,
    label: string,
    items: (r: OpenCreRow) => readonly OpenCreItem[],
  ): CsvColumn<OpenCreRow>[] => [
    {
      name: `${prefix}${OPENCRE_SEPARATOR}name`,
      description: `Names of the ${label}, joined with \`;\`.`,
      value: (r) => items(r).map((i) => i.name),
    },
    {
      name: `${prefix}${OPENCRE_SEPARATOR}id`,
      description: `Their ids, in the same order.`,
      value: (r) => items(r).map((i) => i.id),
    },
    {
      name: `${prefix}${OPENCRE_SEPARATOR}hyperlink`,
      description: `Their pages, in the same order.`,
      value: (r) => items(r).map((i) => i.hyperlink),
    },
  ];
  return [
    {
      name: 'CRE 0',
      description: 'The name of the CRE (the catalog holds no deeper hierarchy).',
      value: (r) => r.creName,
    },
    {
      name: 'CRE ID',
      description: 'The CRE id, `NNN-NNN`; one row per CRE.',
      value: (r) => r.creId,
    },
    {
      name: 'Cross-link CREs',
      description: 'Related CREs; empty, as the catalog records no links between CREs.',
      value: () => '',
    },
    ...standard(
      OPENCRE_STANDARDS.atlas,
      'MITRE ATLAS techniques and mitigations of the linked threats and controls',
      (r) => r.atlas,
    ),
    ...standard(
      OPENCRE_STANDARDS.exchange,
      'threats and controls that reference the CRE',
      (r) => r.exchange,
    ),
  ];
}

/** Renders the OpenCRE import file. */
export function openCreCsv(lookup: Lookup, context: ExportContext): string {
  return csvDocument(openCreColumns(), openCreRows(lookup, context));
}
