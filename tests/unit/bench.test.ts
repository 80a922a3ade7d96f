import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildTiming } from '../../scripts/bench/build.ts';
import type { LighthouseFigures } from '../../scripts/bench/lighthouse.ts';
import type { PageWeight } from '../../scripts/bench/page-weight.ts';
import { checkBudgets, renderReport, type BenchResults } from '../../scripts/bench/report.ts';
import { median } from '../../scripts/bench/stats.ts';
import { makeSyntheticCopy } from '../../scripts/bench/synthetic.ts';

const timing = (seconds: number, pages: number): BuildTiming => ({ seconds, peakMemoryMiB: 900, memoryMethod: 'GNU time', pages, pagesPerSecond: Number((pages / seconds).toFixed(1)) });
const weight = (path: string, kib: number, diagram = false): PageWeight => ({
  template: path,
  path,
  diagram,
  requests: 8,
  bytes: kib * 1024,
  byKind: { html: 10 * 1024, css: 11 * 1024, js: (kib - 21) * 1024, fonts: 0, images: 0, other: 0 },
  offSite: [],
  largest: [{ url: '/_astro/ui-core.js', bytes: 21 * 1024 }],
});
const lighthouse = (template: string, performance: number): LighthouseFigures => ({
  template,
  path: `/${template}/`,
  preset: 'mobile',
  runs: 3,
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcpMs: 1200,
  tbtMs: 10,
  cls: 0,
  losingAudits: performance < 100 ? ['performance: total-blocking-time (Total Blocking Time)'] : [],
});

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    generatedAt: '2026-11-21T12:00:00.000Z',
    environment: { cpus: 2, cpuModel: 'Test CPU', memoryGiB: 8, node: 'v24', chromium: 'Chromium 156', lighthouse: '13.5.0', commit: 'abc1234', servedOver: 'HTTP/2 over TLS' },
    build: { cold: timing(20, 600), warm: timing(12, 600) },
    synthetic: { factor: 10, entryPages: 760, cold: timing(150, 4560), warm: timing(120, 4560) },
    pageWeight: [weight('/', 41), weight('/overview/threats/', 120, true)],
    lighthouse: [lighthouse('home', 100)],
    search: { path: '/', queries: [{ query: 'rate limit', runs: [{ msToFirstResult: 120, msToFirstFetch: 20, bytes: 100 * 1024, requests: 9, largest: [], offSite: [] }], medianMs: 120, medianBytes: 100 * 1024 }], medianMs: 120, medianBytes: 100 * 1024 },
    assess: { path: '/overview/assess/', query: '?genai=yes', runs: [4, 6, 5], medianMs: 5, maxMs: 6 },
    notes: [],
    ...overrides,
  };
}

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('the budgets', () => {
  it('meets every budget when every figure is within it', () => {
    expect(checkBudgets(results()).filter((c) => c.met !== true)).toEqual([]);
  });

  it('holds a content page to 50 KiB and a page with a diagram to 150 KiB, and explains a miss by kind and file', () => {
    const checks = checkBudgets(results({ pageWeight: [weight('/controls/x/', 58), weight('/overview/threats/', 149, true)] }));
    const content = checks.find((c) => c.figure === 'Cold load, /controls/x/');
    expect(content).toMatchObject({ budget: '≤ 50 KiB', actual: '58.0 KiB', met: false });
    expect(content?.reason).toBe('js 37.0 KiB, css 11.0 KiB, html 10.0 KiB; largest files: /_astro/ui-core.js 21.0 KiB');
    expect(checks.find((c) => c.figure === 'Cold load, /overview/threats/ (diagram)')).toMatchObject({ budget: '≤ 150 KiB', met: true });
  });

  it('misses the Lighthouse budget below 100 in any category and names the audits that cost points', () => {
    const check = checkBudgets(results({ lighthouse: [lighthouse('home', 97)] })).find((c) => c.figure === 'Lighthouse mobile, home');
    expect(check).toMatchObject({ actual: '97 / 100 / 100 / 100', met: false, reason: 'audits losing points: performance: total-blocking-time (Total Blocking Time)' });
  });

  it('counts a request to another host as a miss and names the host', () => {
    const check = checkBudgets(results({ pageWeight: [{ ...weight('/', 41), offSite: ['https://fonts.example.com/a.woff2'] }] })).find((c) => c.figure.startsWith('Requests to other hosts'));
    expect(check).toMatchObject({ actual: '1', met: false, reason: 'fonts.example.com' });
  });

  it('compares the tenfold catalog with ten times the real build', () => {
    const slow = checkBudgets(results({ synthetic: { factor: 10, entryPages: 760, cold: timing(230, 4560), warm: timing(200, 4560) } })).find((c) => c.figure.startsWith('Build with 10 times'));
    expect(slow).toMatchObject({ budget: '≤ 10 × (200 s)', actual: '230 s (11.5 ×)', met: false });
  });

  it('holds the threat-model builder to a recompute under 50 ms and lists the times of a miss', () => {
    const slow = checkBudgets(results({ assess: { path: '/overview/assess/', query: '?genai=yes', runs: [40, 70, 60], medianMs: 60, maxMs: 70 } })).find((c) => c.figure.startsWith('Threat-model builder'));
    expect(slow).toMatchObject({ budget: '< 50 ms', actual: '60 ms (slowest 70 ms)', met: false });
    expect(slow?.reason).toContain('40, 70, 60 ms');
    expect(checkBudgets(results({ assess: { notRun: 'skipped with --skip assess' } })).find((c) => c.figure.startsWith('Threat-model builder'))?.met).toBeNull();
  });

  it('marks a part that did not run as not measured rather than met or missed', () => {
    const checks = checkBudgets(results({ lighthouse: { notRun: 'skipped with --skip lighthouse' }, synthetic: { notRun: 'the build failed: x' } }));
    expect(checks.find((c) => c.figure.startsWith('Lighthouse'))?.met).toBeNull();
    expect(checks.find((c) => c.figure.startsWith('Build with ten times'))).toMatchObject({ actual: 'the build failed: x', met: null });
  });
});

describe('the report', () => {
  it('lists every missed budget with its reason under the budget table', () => {
    const r = results({ search: { path: '/', queries: [{ query: 'q', runs: [{ msToFirstResult: 480, msToFirstFetch: 25, bytes: 150 * 1024, requests: 12, largest: [], offSite: [] }], medianMs: 480, medianBytes: 150 * 1024 }], medianMs: 480, medianBytes: 150 * 1024 } });
    const text = renderReport(r, checkBudgets(r));
    expect(text).toContain('| First search: last keystroke to first result | ≤ 150 ms | 480 ms | **no** |');
    expect(text).toContain('### Missed (2)');
    expect(text).toMatch(/- \*\*First search: last keystroke to first result\*\* \(480 ms, budget ≤ 150 ms\): the first Pagefind file after the last keystroke is requested after 25 ms/);
  });

  it('lists each query of the first-search runs with its median, the median over queries and the comparison', () => {
    const run = (ms: number) => ({ msToFirstResult: ms, msToFirstFetch: 5, bytes: 100 * 1024, requests: 9, largest: [], offSite: [] });
    const queries = [
      { query: 'rate limit', runs: [run(100), run(140)], medianMs: 120, medianBytes: 100 * 1024 },
      { query: 'jailbreak', runs: [run(90), run(110)], medianMs: 100, medianBytes: 90 * 1024 },
    ];
    const r = results({ search: { path: '/', queries, medianMs: 110, medianBytes: 95 * 1024 } });
    const text = renderReport(r, checkBudgets(r));
    expect(text).toContain('| rate limit | 100 ms, 140 ms | 120 ms |');
    expect(text).toContain('| jailbreak | 90 ms, 110 ms | 100 ms |');
    expect(text).toContain('| **all queries** | | **110 ms** | | **95.0 KiB** | |');
    expect(text).toContain('| plain Starlight site (Pagefind UI, 300 ms debounce) | 418 ms | 153 KiB |');
  });

  it('says so when every measured budget is met, and starts with the generated-file notice', () => {
    const text = renderReport(results(), checkBudgets(results()));
    expect(text).toContain('Every measured budget is met.');
    expect(text).toContain('<!-- Generated by scripts/bench.ts');
  });
});

describe('the synthetic catalog', () => {
  const root = resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'bench-synthetic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds every entry ten times, with a page each, and passes the catalog validation', async () => {
    const copy = makeSyntheticCopy(root, dir, 10);
    const { catalog, THREAT_IDS, CONTROL_IDS } = await import(join(dir, 'src/catalog/index.ts'));
    const { validate } = await import(join(dir, 'src/catalog/validate.ts'));
    const real = await import('../../src/catalog/index.ts');
    expect(catalog.threats).toHaveLength(real.catalog.threats.length * 10);
    expect(catalog.controls).toHaveLength(real.catalog.controls.length * 10);
    expect(THREAT_IDS.length + CONTROL_IDS.length).toBe(copy.entryPages);
    expect(validate(catalog)).toEqual([]);
    const first = real.catalog.threats[0]!;
    expect(readFileSync(join(dir, 'content/threats', `${first.slug}z9.mdx`), 'utf8')).toContain(`catalogId: ${first.id}Z9`);
  });
});
