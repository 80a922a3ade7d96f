/**
 * opencre.csv read the way OpenCRE's AI Exchange importer reads it. The reader below is written from
 * the format's rules, not from our writer: `CRE 0` … `CRE n` hold the hierarchy and the deepest
 * filled level names the CRE; `CRE ID` is NNN-NNN and names one CRE one way; rows sharing an id are
 * merged with `;`; the name, id and hyperlink cells of a standard are parallel `;` lists; cross-links
 * are CRE ids found in the same sheet.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { refsOfEntry } from '../../src/catalog/crosswalks/index.ts';
import { atlasUrl } from '../../src/catalog/frameworks/index.ts';
import { lookup } from '../../src/catalog/lookup.ts';
import { openCreCsv, openCreRows } from '../../src/exports/opencre-csv.ts';

const context = { site: 'https://example.org/', version: '1.0.0', buildDate: '2025-01-01' };

interface Item {
  name: string;
  id: string;
  hyperlink: string;
}
interface CreRow {
  name: string;
  crossLinks: string[];
  standards: Map<string, Item[]>;
}

/** Reads an AI Exchange OpenCRE sheet into one record per CRE id; throws on anything the format forbids. */
function readAiExchangeSheet(text: string): Map<string, CreRow> {
  const records = parse(text, { columns: true, bom: true }) as Record<string, string>[];
  const header = Object.keys(records[0] ?? {});
  if (
    !header.includes('CRE 0') ||
    !header.includes('CRE ID') ||
    !header.some((h) => h.startsWith('AIX|'))
  ) {
    throw new Error(`not an AI Exchange sheet: ${header.join(', ')}`);
  }
  const levels = header
    .filter((h) => /^CRE \d+$/.test(h))
    .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const standards = [
    ...new Set(header.filter((h) => h.includes('|')).map((h) => h.split('|')[0]!)),
  ];
  for (const s of standards)
    for (const part of ['name', 'id', 'hyperlink'])
      if (!header.includes(`${s}|${part}`)) throw new Error(`${s} lacks ${part}`);
  const split = (cell: string | undefined) =>
    (cell ?? '')
      .split(';')
      .map((v) => v.trim())
      .filter((v) => v !== '');
  const sheet = new Map<string, CreRow>();
  for (const record of records) {
    const id = (record['CRE ID'] ?? '').trim();
    if (!/^\d{3}-\d{3}$/.test(id)) throw new Error(`CRE ID "${id}" is not NNN-NNN`);
    const leaf = [...levels]
      .reverse()
      .map((l) => (record[l] ?? '').trim())
      .find((v) => v !== '');
    if (!leaf) throw new Error(`${id}: no CRE level names it`);
    const row = sheet.get(id) ?? {
      name: leaf,
      crossLinks: [],
      standards: new Map<string, Item[]>(),
    };
    if (row.name !== leaf) throw new Error(`${id} is named "${row.name}" and "${leaf}"`);
    row.crossLinks.push(
      ...(record['Cross-link CREs'] ?? '')
        .split(/[;,]/)
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    );
    for (const s of standards) {
      const [names, ids, links] = (['name', 'id', 'hyperlink'] as const).map((part) =>
        split(record[`${s}|${part}`]),
      );
      if (names!.length !== ids!.length || ids!.length !== links!.length)
        throw new Error(
          `${id}: ${s} has ${names!.length} names, ${ids!.length} ids and ${links!.length} hyperlinks`,
        );
      const items = row.standards.get(s) ?? [];
      ids!.forEach((itemId, i) =>
        items.push({ name: names![i]!, id: itemId, hyperlink: links![i]! }),
      );
      row.standards.set(s, items);
    }
    sheet.set(id, row);
  }
  for (const [id, row] of sheet)
    for (const link of row.crossLinks)
      if (!sheet.has(link)) throw new Error(`${id}: cross-link ${link} is not in the sheet`);
  return sheet;
}

const text = openCreCsv(lookup, context);
const sheet = readAiExchangeSheet(text);
const entries = [...lookup.catalog.threats, ...lookup.catalog.controls];

describe("opencre.csv in OpenCRE's AI Exchange format", () => {
  it("has the importer's columns: the CRE, its id, cross-links, then name, id and hyperlink of MITRE ATLAS and AIX", () => {
    expect((parse(text, { to: 1 }) as string[][])[0]).toEqual([
      'CRE 0',
      'CRE ID',
      'Cross-link CREs',
      'MITRE ATLAS|name',
      'MITRE ATLAS|id',
      'MITRE ATLAS|hyperlink',
      'AIX|name',
      'AIX|id',
      'AIX|hyperlink',
    ]);
  });

  it('has one row per CRE, so the importer has nothing to merge', () => {
    const ids = (parse(text, { columns: true }) as Record<string, string>[]).map(
      (r) => r['CRE ID'],
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("covers every OpenCRE reference of every threat and control, with the entry's name and page", () => {
    const expected = entries
      .flatMap((e) =>
        [
          ...new Set(
            e.standards.filter((s) => s.framework === 'OpenCRE' && s.ref).map((s) => s.ref!),
          ),
        ].map((cre) => `${cre} ${e.id}`),
      )
      .sort();
    const found = [...sheet]
      .flatMap(([cre, row]) => (row.standards.get('AIX') ?? []).map((i) => `${cre} ${i.id}`))
      .sort();
    expect(found).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    for (const row of sheet.values()) {
      for (const item of row.standards.get('AIX')!) {
        const entry = lookup.entry(item.id);
        expect(item.name).toBe(entry.name);
        expect(item.hyperlink).toBe(`https://example.org${lookup.pathOf(entry)}`);
      }
    }
  });

  it('lists under MITRE ATLAS exactly the items the linked entries address in full or in part, each linked by its kind', () => {
    for (const row of sheet.values()) {
      const techniques = new Set(
        row.standards
          .get('AIX')!
          .flatMap((i) => refsOfEntry(i.id, 'MITRE ATLAS', ['addresses', 'partly-addresses'])),
      );
      const atlas = row.standards.get('MITRE ATLAS')!;
      expect(new Set(atlas.map((a) => a.id))).toEqual(techniques);
      for (const a of atlas) expect(a.hyperlink).toBe(atlasUrl(a.id));
    }
    const mitigations = [...sheet.values()]
      .flatMap((r) => r.standards.get('MITRE ATLAS')!)
      .filter((a) => a.id.startsWith('AML.M'));
    expect(mitigations.length).toBeGreaterThan(0);
    for (const m of mitigations)
      expect(m.hyperlink).toBe(`https://atlas.mitre.org/mitigations/${m.id}`);
    expect([...sheet.values()].some((r) => r.standards.get('MITRE ATLAS')!.length > 0)).toBe(true);
  });

  it("names each CRE as the catalog's references do", () => {
    for (const e of entries) {
      for (const s of e.standards)
        if (s.framework === 'OpenCRE' && s.ref && s.title)
          expect(sheet.get(s.ref)!.name).toBe(s.title);
    }
  });
});

describe('the reader', () => {
  const head =
    'CRE 0,CRE 1,CRE ID,Cross-link CREs,MITRE ATLAS|name,MITRE ATLAS|id,MITRE ATLAS|hyperlink,AIX|name,AIX|id,AIX|hyperlink\r\n';

  it('merges rows sharing a CRE id and names the CRE by its deepest level', () => {
    const read = readAiExchangeSheet(
      `${head}Top,Leaf,111-111,,,,,A,AID,https://x/a\r\nTop,Leaf,111-111,,,,,B,BID,https://x/b\r\n`,
    );
    expect(read.get('111-111')!.name).toBe('Leaf');
    expect(
      read
        .get('111-111')!
        .standards.get('AIX')!
        .map((i) => i.id),
    ).toEqual(['AID', 'BID']);
  });

  it('rejects cells whose name, id and hyperlink lists differ in length, and a cross-link outside the sheet', () => {
    expect(() => readAiExchangeSheet(`${head}Top,,111-111,,,,,A;B,AID,https://x/a\r\n`)).toThrow(
      'has 2 names, 1 ids and 1 hyperlinks',
    );
    expect(() =>
      readAiExchangeSheet(`${head}Top,,111-111,222-222,,,,A,AID,https://x/a\r\n`),
    ).toThrow('cross-link 222-222 is not in the sheet');
  });
});

describe('building it', () => {
  const withControl = (change: (c: (typeof lookup.catalog.controls)[number]) => object) => {
    const first = lookup.catalog.controls.find((c) =>
      c.standards.some((s) => s.framework === 'OpenCRE' && s.title),
    )!;
    return {
      ...lookup,
      catalog: {
        ...lookup.catalog,
        controls: [
          ...lookup.catalog.controls,
          { ...first, id: 'CLASH' as never, ...change(first) },
        ],
      },
    };
  };

  it('refuses an OpenCRE id named two ways, naming both entries', () => {
    const first = lookup.catalog.controls.find((c) =>
      c.standards.some((s) => s.framework === 'OpenCRE' && s.title),
    )!;
    const ref = first.standards.find((s) => s.framework === 'OpenCRE' && s.title)!;
    const clash = withControl(() => ({ standards: [{ ...ref, title: 'another name' }] }));
    expect(() => openCreRows(clash, context)).toThrow(
      `CLASH, field \`standards\`: OpenCRE ${ref.ref} is called "another name" here and "${ref.title}" in ${first.id}`,
    );
  });

  it('refuses an entry name with the semicolon that separates values in a cell', () => {
    expect(() =>
      openCreRows(
        withControl(() => ({ name: 'Rate; limit' })),
        context,
      ),
    ).toThrow('"Rate; limit" contains ";"');
  });
});
