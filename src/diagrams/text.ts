/**
 * Text measurement for diagram layout. Boxes are sized from these widths, so a label never spills out
 * of its shape: the widths are DejaVu Sans's (the widest common sans-serif), plus a small margin.
 */
import { boldWidths, regularWidths } from './font-metrics.ts';

/** Extra room on every measured width, for hinting and font differences. */
const SAFETY = 1.04;
/** Width of characters outside printable ASCII (an em: wider than any Latin glyph). */
const WIDE = 1000;

/** Font weight of a diagram label. */
export type Weight = 'regular' | 'bold';

/** Width in pixels of `text` set at `size` px. */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const table = weight === 'bold' ? boldWidths : regularWidths;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 32 && code < 127 ? (table[code - 32] ?? WIDE) : WIDE;
  }
  return (units / 1000) * size * SAFETY;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` at spaces. A single word wider than the line is
 * kept whole on its own line; callers size boxes from the widest line, so it still fits its shape.
 */
export function wrap(
  text: string,
  maxWidth: number,
  size: number,
  weight: Weight = 'regular',
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Width of the widest of `lines`. */
export function widest(lines: readonly string[], size: number, weight: Weight = 'regular'): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, size, weight)));
}
