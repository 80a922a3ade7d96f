/**
 * CSV as RFC 4180 describes it: fields separated by commas, records ended by CRLF, and a field that
 * holds a comma, a double quote, CR or LF enclosed in double quotes with its quotes doubled.
 */

/** A value of a CSV field; lists are joined with `;` (ids and slugs never contain one). */
export type CsvValue = string | number | boolean | null | undefined | readonly string[];

/** One column: its header and how to read its value from a row object. */
export interface CsvColumn<T> {
  /** The header, in snake_case; never changes once published. */
  readonly name: string;
  /** What the column holds, for the documentation page. */
  readonly description: string;
  /** The value of the column for one row. */
  readonly value: (row: T) => CsvValue;
}

/** The separator inside a field that holds a list. */
export const LIST_SEPARATOR = ';';

/** Renders one field: empty for null or undefined, lists joined with `;`, quoted when it must be. */
export function csvField(value: CsvValue): string {
  if (Array.isArray(value)) {
    const clash = value.find((item: string) => item.includes(LIST_SEPARATOR));
    if (clash !== undefined)
      throw new Error(
        `The list item \`${clash}\` contains \`${LIST_SEPARATOR}\`, which separates list items in CSV fields. Fix: remove it from the item in src/catalog.`,
      );
  }
  const text =
    value === null || value === undefined
      ? ''
      : Array.isArray(value)
        ? value.join(LIST_SEPARATOR)
        : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Renders one record, without its line end. */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

/** Renders a whole file: the header record, then one record per row, each ended by CRLF. */
export function csvDocument<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const names = columns.map((c) => c.name);
  if (new Set(names).size !== names.length) {
    throw new Error(
      `The CSV columns ${names.join(', ')} repeat a name. Fix: give each column its own header.`,
    );
  }
  return [csvRecord(names), ...rows.map((row) => csvRecord(columns.map((c) => c.value(row))))]
    .map((line) => `${line}\r\n`)
    .join('');
}
