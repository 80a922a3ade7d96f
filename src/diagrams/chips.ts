/**
 * Flowing rows of small linked tiles ("chips"), as used by the periodic table for the controls of a
 * threat: each chip is sized to its text and wraps to a new row at the right edge.
 */
import type { Element } from 'hast';
import { PAD, box } from './svg.ts';
import { textWidth } from './text.ts';

/** One chip. */
export interface Chip {
  readonly text: string;
  readonly href: string;
  /** Colour class, e.g. `dg-g3`. */
  readonly cls: string;
  readonly data?: Readonly<Record<string, string>>;
}

/** Size of chip text, chip height and gap between chips. */
export const CHIP_SIZE = 12;
const CHIP_HEIGHT = 24;
const CHIP_GAP = 5;

/** Lays out chips from (x, y) within `width`; returns the nodes and the height used. */
export function flowChips(
  chips: readonly Chip[],
  x: number,
  y: number,
  width: number,
): { nodes: Element[]; height: number } {
  const nodes: Element[] = [];
  let cx = x;
  let cy = y;
  for (const chip of chips) {
    const w = Math.min(Math.ceil(textWidth(chip.text, CHIP_SIZE)) + 2 * PAD, width);
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += CHIP_HEIGHT + CHIP_GAP;
    }
    const b = box({
      x: cx,
      y: cy,
      width: w,
      lines: [{ text: chip.text, size: CHIP_SIZE }],
      cls: `dg-chip ${chip.cls}`,
      href: chip.href,
      minHeight: CHIP_HEIGHT,
      radius: 3,
      ...(chip.data ? { data: chip.data } : {}),
    });
    nodes.push(b.node);
    cx += w + CHIP_GAP;
  }
  return { nodes, height: chips.length ? cy - y + CHIP_HEIGHT : 0 };
}
