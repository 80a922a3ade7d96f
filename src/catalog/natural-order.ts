/**
 * The order in which people read clause numbers: `5.15` before `8.16` before `8.16.1`, `LLM2` before
 * `LLM10`. A plain string sort gets these wrong (`5.15` < `5.8`), so crosswalks and exports sort with this.
 */

/** Splits a string into runs of digits (as numbers) and runs of everything else. */
function parts(text: string): (string | number)[] {
  return [...text.matchAll(/(\d+)|(\D+)/g)].map((m) => (m[1] === undefined ? m[2]! : Number(m[1])));
}

/**
 * Compares two references in natural order: runs of digits compare as numbers, other runs as text
 * (case-insensitive first), a number sorts before text, and a reference sorts before its own
 * sub-clauses. Ties fall back to the plain string order, so the result is total and stable.
 */
export function compareNatural(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return x - y;
    } else if (typeof x === 'number') {
      return -1;
    } else if (typeof y === 'number') {
      return 1;
    } else {
      // Ordinal, not locale-aware: the order must not depend on the machine that builds.
      const [fx, fy] = [x.toLowerCase(), y.toLowerCase()];
      if (fx !== fy) return fx < fy ? -1 : 1;
    }
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Natural order for references that may be null (the framework as a whole), which sort first. */
export function compareReferences(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareNatural(a, b);
}
