/**
 * Wall time per named phase of a long script, summed over repeats (a phase that runs once per printing
 * pass is one entry with its count), so a CI log shows where the time went in one line.
 */

/** One phase's total. */
export interface PhaseTotal {
  readonly name: string;
  readonly ms: number;
  readonly runs: number;
}

/** Adds up the wall time of named phases in the order they first ran. */
export class PhaseTimer {
  readonly #totals = new Map<string, { ms: number; runs: number }>();

  /** Records `ms` more for `name`. */
  add(name: string, ms: number): void {
    const total = this.#totals.get(name) ?? { ms: 0, runs: 0 };
    total.ms += ms;
    total.runs += 1;
    this.#totals.set(name, total);
  }

  /** Runs `work` and records its time under `name`, also when it throws. */
  time<T>(name: string, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.add(name, performance.now() - start);
    }
  }

  /** Awaits `work` and records its time under `name`, also when it rejects. */
  async timeAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.add(name, performance.now() - start);
    }
  }

  /** The phases in the order they first ran. */
  totals(): PhaseTotal[] {
    return [...this.#totals].map(([name, t]) => ({ name, ms: t.ms, runs: t.runs }));
  }

  /** One line: `read pages 2.1 s, print 40.3 s (×2), …`. */
  summary(): string {
    return formatPhases(this.totals());
  }
}

/** Phases as one line, seconds to a tenth, with the count of runs when a phase ran more than once. */
export function formatPhases(phases: readonly PhaseTotal[]): string {
  return phases
    .map((p) => `${p.name} ${(p.ms / 1000).toFixed(1)} s${p.runs > 1 ? ` (×${p.runs})` : ''}`)
    .join(', ');
}
