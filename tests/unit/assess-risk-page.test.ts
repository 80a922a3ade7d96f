import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { threatModelRules } from '../../src/catalog/risk.ts';

const page = readFileSync(
  new URL('../../content/overview/risk-analysis.mdx', import.meta.url),
  'utf8',
);
const historyAt = page.indexOf('## History:');
const current = page.slice(0, historyAt);
const history = page.slice(historyAt);

describe('the risk analysis page (review divergence D7)', () => {
  it('keeps the first edition only under a history heading marked as superseded', () => {
    expect(historyAt).toBeGreaterThan(0);
    expect(history).toMatch(/:::caution\[Superseded/);
    expect(history).toContain('<RiskRules />');
    expect(current).not.toContain('<RiskRules />');
    // The only first-edition ids above the history are those of the sentence that points to it.
    expect([...current.matchAll(/\bR\d{1,2}\b/g)].map((m) => m[0])).toEqual(['R1', 'R17']);
    expect(current).toMatch(/R1 to R17\) are kept at the end of this\s+page as history only/);
  });

  it('names only rules the builder has, and explains every rule that lists threats', () => {
    const ids = new Set(threatModelRules.map((r) => r.id));
    const named = [...current.matchAll(/\b([HPX]\d+[a-z]?)\b/g)].map((m) => m[1]!);
    for (const id of named) expect(ids, id).toContain(id);
    for (const rule of threatModelRules) {
      if ((('includeThreats' in rule ? rule.includeThreats : []) as readonly string[]).length > 0)
        expect(named, rule.id).toContain(rule.id);
    }
  });

  it('gives the ten current steps in order, with the headings the builder links to', () => {
    const steps = [...current.matchAll(/^### (.+)$/gm)].map((m) => m[1]!).slice(0, 10);
    expect(steps).toEqual([
      'Threat identification',
      'Evaluating risks',
      'Risk treatment',
      'Communicating and monitoring risks',
      'Arranging responsibility',
      'Verify external responsibilities',
      'Control selection',
      'Risk acceptance',
      'Further management of these controls',
      'Continuous risk assessment',
    ]);
  });

  it('does not repeat the superseded advice as current guidance', () => {
    expect(current).not.toMatch(/set aside evasion/i);
    expect(current).not.toMatch(/Use references/);
  });
});
