/**
 * The CSV writer and the threat and control files, read back with an independent RFC 4180 parser (csv-parse).
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/catalog/lookup.ts';
import { controlsCsv } from '../../src/exports/controls-csv.ts';
import { csvDocument, csvField } from '../../src/exports/csv.ts';
import { threatsCsv } from '../../src/exports/threats-csv.ts';

const context = { site: 'https://example.org/', version: '1.0.0', buildDate: '2025-01-01' };
const read = (csv: string): string[][] => parse(csv, { relaxColumnCount: false });

describe('csvField', () => {
  it('leaves a plain field as it is', () => {
    expect(csvField('RATELIMIT')).toBe('RATELIMIT');
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('writes null as an empty field and joins a list with semicolons', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(['EVASION', 'DATAPOISON'])).toBe('EVASION;DATAPOISON');
  });

  it('refuses a list item that holds the list separator', () => {
    expect(() => csvField(['a;b'])).toThrow('The list item `a;b` contains `;`');
  });
});

describe('csvDocument', () => {
  const tricky = [
    { text: 'commas, inside' },
    { text: 'a "quoted" word' },
    { text: 'line\r\nbreak, and "both"' },
    { text: '' },
  ];
  const csv = csvDocument(
    [{ name: 'text', description: '', value: (r: { text: string }) => r.text }],
    tricky,
  );

  it('ends every record with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('text');
  });

  it('round-trips fields with commas, quotes and line breaks through a standard parser', () => {
    expect(
      read(csv)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(tricky.map((r) => r.text));
  });

  it('refuses two columns with the same header', () => {
    const col = { name: 'id', description: '', value: () => '' };
    expect(() => csvDocument([col, col], [])).toThrow('repeat a name');
  });
});

describe('threats.csv and controls.csv', () => {
  const threats = read(threatsCsv(lookup, context));
  const controls = read(controlsCsv(lookup, context));

  it('has one row per threat and per control, in catalog order', () => {
    expect(threats.slice(1).map((r) => r[0])).toEqual(lookup.catalog.threats.map((t) => t.id));
    expect(controls.slice(1).map((r) => r[0])).toEqual(lookup.catalog.controls.map((c) => c.id));
  });

  it('gives every row as many fields as the header, so commas in summaries are escaped', () => {
    for (const table of [threats, controls]) {
      const width = table[0]!.length;
      expect(table.every((r) => r.length === width)).toBe(true);
    }
    const withComma = lookup.catalog.threats.find((t) => t.summary.includes(','))!;
    const summaryColumn = threats[0]!.indexOf('summary');
    expect(threats.find((r) => r[0] === withComma.id)![summaryColumn]).toBe(withComma.summary);
  });

  it("carries the new entries with today's generative AI scope, the 2026 LLM Top 10 ids and control details", () => {
    const col = (table: string[][], name: string) => table[0]!.indexOf(name);
    const row = (table: string[][], id: string) => table.find((r) => r[0] === id)!;
    expect(row(threats, 'AGENTESCAPE')[col(threats, 'genai')]).toBe('genai-only');
    expect(row(threats, 'EVASION')[col(threats, 'genai')]).toBe('if-classification');
    expect(row(threats, 'PROMPTINJECTION')[col(threats, 'owasp_llm_top10_2026')]).toBe(
      'LLM01:2026',
    );
    expect(row(threats, 'PROMPTINJECTION')[col(threats, 'owasp_llm_top10')]).toBe('LLM01');
    expect(row(controls, 'CULTURESENSITIVEALIGNMENT')[col(controls, 'details_of')]).toBe(
      'MODELALIGNMENT',
    );
    expect(row(controls, 'MODELALIGNMENT')[col(controls, 'details_of')]).toBe('');
    expect(threats.some((r) => r[0] === 'SPONGEEXAMPLE')).toBe(false);
  });

  it('starts with the stable column order', () => {
    expect(threats[0]!.slice(0, 4)).toEqual(['id', 'name', 'short_name', 'slug']);
    expect(controls[0]!.slice(0, 3)).toEqual(['id', 'name', 'slug']);
    // Columns added later come after the first published ones, which end with the page and short link.
    const later = ['owasp_llm_top10_2025', 'owasp_agentic_top10_2026', 'owasp_aisvs'];
    expect(threats[0]!.slice(-5)).toEqual(['url', 'short_link', ...later]);
    expect(controls[0]!.slice(-5)).toEqual(['url', 'short_link', ...later]);
  });
});
