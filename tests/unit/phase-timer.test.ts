import { describe, expect, it } from 'vitest';
import { formatPhases, PhaseTimer } from '../../scripts/phase-timer.ts';

describe('the phase timer of long scripts', () => {
  it('adds up the runs of a phase and keeps the order in which phases first ran', () => {
    const timer = new PhaseTimer();
    timer.add('print', 1000);
    timer.add('read', 250);
    timer.add('print', 500);
    expect(timer.totals()).toEqual([
      { name: 'print', ms: 1500, runs: 2 },
      { name: 'read', ms: 250, runs: 1 },
    ]);
  });

  it('records a phase that throws and passes the error on', () => {
    const timer = new PhaseTimer();
    expect(() =>
      timer.time('check', () => {
        throw new Error('missing page');
      }),
    ).toThrow('missing page');
    expect(timer.totals().map((t) => [t.name, t.runs])).toEqual([['check', 1]]);
  });

  it('returns what an awaited phase gives and records it once', async () => {
    const timer = new PhaseTimer();
    await expect(timer.timeAsync('load', async () => 42)).resolves.toBe(42);
    expect(timer.totals().map((t) => [t.name, t.runs])).toEqual([['load', 1]]);
  });

  it('writes one line in seconds to a tenth, with the run count only for repeated phases', () => {
    expect(
      formatPhases([
        { name: 'read pages', ms: 2140, runs: 1 },
        { name: 'print', ms: 40_260, runs: 2 },
      ]),
    ).toBe('read pages 2.1 s, print 40.3 s (×2)');
  });
});
