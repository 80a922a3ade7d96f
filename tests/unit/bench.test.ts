import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildTiming } from '../../scripts/bench/build.ts';
import type { LighthouseFigures } from '../../scripts/bench/lighthouse.ts';
import type { McpFigures } from '../../scripts/bench/mcp.ts';
import type { PageWeight } from '../../scripts/bench/page-weight.ts';
import { redirectLines } from '../../scripts/bench/host-rules.ts';
import {
  checkBudgets,
  renderReport,
  scaleRows,
  type BenchResults,
} from '../../scripts/bench/report.ts';
import { parsePdfSummary, type ScaleFigures } from '../../scripts/bench/scale.ts';
import { spread } from '../e2e/support/pages.ts';
import { median } from '../../scripts/bench/stats.ts';
import { copyPage, makeSyntheticCopy } from '../../scripts/bench/synthetic.ts';
import { catalog as realCatalog } from '../../src/catalog/index.ts';

const timing = (seconds: number, pages: number): BuildTiming => ({
  seconds,
  peakMemoryMiB: 900,
  memoryMethod: 'GNU time',
  pages,
  pagesPerSecond: Number((pages / seconds).toFixed(1)),
});
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

const mcp = (startMs: number, searchMs: number): McpFigures => ({
  startMs: [startMs],
  startMedianMs: startMs,
  searchMs: { 'rate limit': searchMs },
  searchMedianMs: searchMs,
});
/** One build's scale figures, `k` times a small real build's (the search and MCP stay flat). */
const scaleFigures = (k: number, overrides: Partial<ScaleFigures> = {}): ScaleFigures => ({
  hostRules: { cloudflare: 300 * k, netlify: 700 * k, firebase: 700 * k },
  searchIndexBytes: 1.5 * 2 ** 20 * k,
  html: {
    totalBytes: 90_000 * 860 * k,
    pages: 860 * k,
    samplePath: '/threats/a/',
    samplePageBytes: 90_000,
    sampleSidebarBytes: 40_000,
  },
  search: { medianMs: 120, medianBytes: 100 * 1024, perQuery: [] },
  pdf: { pages: 400 * k, bytes: 5 * 2 ** 20 * k, seconds: 60 * k },
  linkCheckSeconds: 5 * k,
  pageChecks: {
    sampledPages: 24,
    sitemapPages: 860 * k,
    seconds: 48,
    secondsPerPage: 2,
    projectedSeconds: 1720 * k,
  },
  mcp: mcp(300, 8),
  problems: [],
  ...overrides,
});

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    generatedAt: '2026-11-21T12:00:00.000Z',
    environment: {
      cpus: 2,
      cpuModel: 'Test CPU',
      memoryGiB: 8,
      node: 'v24',
      chromium: 'Chromium 156',
      lighthouse: '13.5.0',
      commit: 'abc1234',
      servedOver: 'HTTP/2 over TLS',
    },
    build: { cold: timing(20, 600), warm: timing(12, 600) },
    synthetic: { factor: 10, entryPages: 760, cold: timing(150, 4560), warm: timing(120, 4560) },
    pageWeight: [weight('/', 41), weight('/overview/threats/', 120, true)],
    lighthouse: [lighthouse('home', 100)],
    search: {
      path: '/',
      queries: [
        {
          query: 'rate limit',
          runs: [
            {
              msToFirstResult: 120,
              msToFirstFetch: 20,
              bytes: 100 * 1024,
              requests: 9,
              largest: [],
              offSite: [],
            },
          ],
          medianMs: 120,
          medianBytes: 100 * 1024,
        },
      ],
      medianMs: 120,
      medianBytes: 100 * 1024,
    },
    assess: {
      path: '/overview/assess/',
      query: '?genai=yes',
      runs: [4, 6, 5],
      medianMs: 5,
      maxMs: 6,
    },
    mcp: mcp(300, 8),
    scale: { factor: 10, pageSample: 24, real: scaleFigures(1), synthetic: scaleFigures(8) },
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
    const checks = checkBudgets(
      results({
        pageWeight: [weight('/controls/x/', 58), weight('/overview/threats/', 149, true)],
      }),
    );
    const content = checks.find((c) => c.figure === 'Cold load, /controls/x/');
    expect(content).toMatchObject({ budget: '≤ 50 KiB', actual: '58.0 KiB', met: false });
    expect(content?.reason).toBe(
      'js 37.0 KiB, css 11.0 KiB, html 10.0 KiB; largest files: /_astro/ui-core.js 21.0 KiB',
    );
    expect(
      checks.find((c) => c.figure === 'Cold load, /overview/threats/ (diagram)'),
    ).toMatchObject({ budget: '≤ 150 KiB', met: true });
  });

  it('misses the Lighthouse budget below 100 in any category and names the audits that cost points', () => {
    const check = checkBudgets(results({ lighthouse: [lighthouse('home', 97)] })).find(
      (c) => c.figure === 'Lighthouse mobile, home',
    );
    expect(check).toMatchObject({
      actual: '97 / 100 / 100 / 100',
      met: false,
      reason: 'audits losing points: performance: total-blocking-time (Total Blocking Time)',
    });
  });

  it('counts a request to another host as a miss and names the host', () => {
    const check = checkBudgets(
      results({
        pageWeight: [{ ...weight('/', 41), offSite: ['https://fonts.example.com/a.woff2'] }],
      }),
    ).find((c) => c.figure.startsWith('Requests to other hosts'));
    expect(check).toMatchObject({ actual: '1', met: false, reason: 'fonts.example.com' });
  });

  it("compares the tenfold catalog's build with ten times the real build", () => {
    const slow = checkBudgets(
      results({
        synthetic: {
          factor: 10,
          entryPages: 760,
          cold: timing(230, 4560),
          warm: timing(200, 4560),
        },
      }),
    ).find((c) => c.figure === 'Scale ×10: Build time (cold)');
    expect(slow).toMatchObject({
      budget: '≤ 10 ×',
      actual: '20.0 s → 230.0 s (11.50 ×)',
      met: false,
    });
  });

  it('holds every scale figure to ten times the real one and the first search to one and a half times', () => {
    const slowSearch = { medianMs: 200, medianBytes: 140 * 1024, perQuery: [] };
    const r = results({
      scale: {
        factor: 10,
        pageSample: 24,
        real: scaleFigures(1),
        synthetic: scaleFigures(8, {
          search: slowSearch,
          pdf: { pages: 3200, bytes: 40 * 2 ** 20, seconds: 900 },
        }),
      },
    });
    const missed = checkBudgets(r).filter((c) => c.met === false);
    expect(missed.map((c) => c.figure)).toEqual([
      'Scale ×10: First search: last keystroke to first result',
      'Scale ×10: PDF generation time',
    ]);
    expect(missed[0]).toMatchObject({ budget: '≤ 1.5 ×', actual: '120 ms → 200 ms (1.67 ×)' });
    expect(missed[1]).toMatchObject({ budget: '≤ 10 ×', actual: '60.0 s → 900.0 s (15.00 ×)' });
    expect(
      checkBudgets(r).find((c) => c.figure === 'Scale ×10: First search: bytes fetched'),
    ).toMatchObject({ actual: '100.0 KiB → 140.0 KiB (1.40 ×)', met: true });
  });

  it("holds one page's HTML to one and a half times the real page, and all pages together to ten times", () => {
    const html = (page: number, sidebar: number, pages: number) => ({
      totalBytes: page * pages,
      pages,
      samplePath: '/threats/a/',
      samplePageBytes: page,
      sampleSidebarBytes: sidebar,
    });
    const r = results({
      scale: {
        factor: 10,
        pageSample: 24,
        real: scaleFigures(1, { html: html(90_000, 40_000, 860) }),
        synthetic: scaleFigures(8, { html: html(720_000, 670_000, 8600) }),
      },
    });
    const checks = checkBudgets(r);
    expect(checks.find((c) => c.figure === 'Scale ×10: Sidebar of one entry page')).toMatchObject({
      budget: '≤ 1.5 ×',
      met: false,
    });
    expect(checks.find((c) => c.figure === 'Scale ×10: HTML output, all pages')).toMatchObject({
      budget: '≤ 10 ×',
      met: false,
      actual: '73.8 MiB → 5905.2 MiB (80.00 ×)',
    });
  });

  it('holds pages per second to at least a tenth of the real rate', () => {
    const rate = (cold: number) =>
      checkBudgets(
        results({ synthetic: { factor: 10, entryPages: 760, cold: timing(cold, 6000) } }),
      ).find((c) => c.figure === 'Scale ×10: Pages per second');
    expect(rate(200)).toMatchObject({ budget: '≥ 0.1 ×', met: true }); // 30/s → 30/s
    expect(rate(2500)).toMatchObject({ met: false }); // 30/s → 2.4/s
  });

  it('shows a figure that one build could not measure as not measured, with the reason', () => {
    const r = results({
      scale: {
        factor: 10,
        pageSample: 24,
        real: scaleFigures(1),
        synthetic: scaleFigures(8, {
          pdf: { notRun: 'the PDF took longer than 1800 s and was stopped' },
        }),
      },
    });
    expect(checkBudgets(r).find((c) => c.figure === 'Scale ×10: PDF pages')).toMatchObject({
      actual: 'not measured: the PDF took longer than 1800 s and was stopped',
      met: null,
    });
    expect(scaleRows(r).find((row) => row.figure === 'PDF size')).toMatchObject({
      real: '5.0 MiB',
      tenfold: '–',
      ratio: null,
    });
  });

  it('holds the MCP server to a start under a second and a search under 50 ms, in both builds', () => {
    const r = results({
      mcp: mcp(1200, 8),
      scale: {
        factor: 10,
        pageSample: 24,
        real: scaleFigures(1),
        synthetic: scaleFigures(8, { mcp: mcp(400, 70) }),
      },
    });
    const checks = checkBudgets(r);
    expect(
      checks.find((c) => c.figure === 'MCP server start-up, median (real build)'),
    ).toMatchObject({ budget: '< 1000 ms', actual: '1200 ms', met: false });
    expect(
      checks.find((c) => c.figure === 'MCP server search, median (10 × entries)'),
    ).toMatchObject({
      budget: '< 50 ms',
      actual: '70 ms',
      met: false,
      reason: 'slowest query: "rate limit" 70 ms',
    });
    expect(checks.find((c) => c.figure === 'MCP server search, median (real build)')?.met).toBe(
      true,
    );
  });

  it('holds the threat-model builder to a recompute under 50 ms and lists the times of a miss', () => {
    const slow = checkBudgets(
      results({
        assess: {
          path: '/overview/assess/',
          query: '?genai=yes',
          runs: [40, 70, 60],
          medianMs: 60,
          maxMs: 70,
        },
      }),
    ).find((c) => c.figure.startsWith('Threat-model builder'));
    expect(slow).toMatchObject({ budget: '< 50 ms', actual: '60 ms (slowest 70 ms)', met: false });
    expect(slow?.reason).toContain('40, 70, 60 ms');
    expect(
      checkBudgets(results({ assess: { notRun: 'skipped with --skip assess' } })).find((c) =>
        c.figure.startsWith('Threat-model builder'),
      )?.met,
    ).toBeNull();
  });

  it('marks a part that did not run as not measured rather than met or missed', () => {
    const checks = checkBudgets(
      results({
        lighthouse: { notRun: 'skipped with --skip lighthouse' },
        synthetic: { notRun: 'the build failed: x' },
        scale: { notRun: 'skipped with --skip synthetic' },
      }),
    );
    expect(checks.find((c) => c.figure.startsWith('Lighthouse'))?.met).toBeNull();
    expect(checks.find((c) => c.figure.startsWith('Scale'))).toMatchObject({
      actual: 'the build failed: x',
      met: null,
    });
    expect(
      checkBudgets(results({ mcp: { notRun: 'skipped with --skip mcp' } })).find(
        (c) => c.figure === 'MCP server (real build)',
      )?.met,
    ).toBeNull();
  });
});

describe('the report', () => {
  it('lists every missed budget with its reason under the budget table', () => {
    const r = results({
      search: {
        path: '/',
        queries: [
          {
            query: 'q',
            runs: [
              {
                msToFirstResult: 480,
                msToFirstFetch: 25,
                bytes: 150 * 1024,
                requests: 12,
                largest: [],
                offSite: [],
              },
            ],
            medianMs: 480,
            medianBytes: 150 * 1024,
          },
        ],
        medianMs: 480,
        medianBytes: 150 * 1024,
      },
    });
    const text = renderReport(r, checkBudgets(r));
    expect(text).toContain(
      '| First search: last keystroke to first result | ≤ 150 ms | 480 ms | **no** |',
    );
    expect(text).toContain('### Missed (2)');
    expect(text).toMatch(
      /- \*\*First search: last keystroke to first result\*\* \(480 ms, budget ≤ 150 ms\): the first Pagefind file after the last keystroke is requested after 25 ms/,
    );
  });

  it('lists each query of the first-search runs with its median, the median over queries and the comparison', () => {
    const run = (ms: number) => ({
      msToFirstResult: ms,
      msToFirstFetch: 5,
      bytes: 100 * 1024,
      requests: 9,
      largest: [],
      offSite: [],
    });
    const queries = [
      { query: 'rate limit', runs: [run(100), run(140)], medianMs: 120, medianBytes: 100 * 1024 },
      { query: 'jailbreak', runs: [run(90), run(110)], medianMs: 100, medianBytes: 90 * 1024 },
    ];
    const r = results({ search: { path: '/', queries, medianMs: 110, medianBytes: 95 * 1024 } });
    const text = renderReport(r, checkBudgets(r));
    expect(text).toContain('| rate limit | 100 ms, 140 ms | 120 ms |');
    expect(text).toContain('| jailbreak | 90 ms, 110 ms | 100 ms |');
    expect(text).toContain('| **all queries** | | **110 ms** | | **95.0 KiB** | |');
    expect(text).toContain(
      '| plain Starlight site (Pagefind UI, 300 ms debounce) | 418 ms | 153 KiB |',
    );
  });

  it('says so when every measured budget is met, and starts with the generated-file notice', () => {
    const text = renderReport(results(), checkBudgets(results()));
    expect(text).toContain('Every measured budget is met.');
    expect(text).toContain('<!-- Generated by scripts/bench.ts');
  });
});

describe('the scale report', () => {
  it('shows each figure of both builds with its ratio and limit', () => {
    const text = renderReport(results(), checkBudgets(results()));
    expect(text).toContain('## Scale: ten times the entries');
    expect(text).toContain(
      '| Host rules, Cloudflare `_redirects` | 300 | 2,400 | 8.00 × | ≤ 10 × | yes |',
    );
    expect(text).toContain(
      '| First search: last keystroke to first result | 120 ms | 120 ms | 1.00 × | ≤ 1.5 × | yes |',
    );
    expect(text).toContain('24 of 860 pages in 48 s, and 24 of 6880 pages in 48 s');
  });
});

describe('the scale measurements', () => {
  it('counts the rule lines of a _redirects file, not its comments or blank lines', () => {
    expect(redirectLines('# Generated\n/goto/a/ /a/ 301\n\n/go/* /goto/:splat 301\n')).toBe(2);
  });

  it('samples pages evenly over the sitemap, first and last included', () => {
    expect(spread(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3)).toEqual(['a', 'd', 'g']);
    expect(spread(['a', 'b'], 5)).toEqual(['a', 'b']);
    expect(spread(['a', 'b', 'c'], 1)).toEqual(['a']);
  });

  it('reads the PDF page count from the summary scripts/pdf.ts prints', () => {
    expect(
      parsePdfSummary(
        '/ai-security-exchange.pdf: 700 site pages on 1234 PDF pages, 800 outline entries, 9.1 MiB, 80.0 s.',
        9_500_000,
        81,
      ),
    ).toEqual({ pages: 1234, bytes: 9_500_000, seconds: 81 });
    expect(parsePdfSummary('something else', 1, 1)).toBeNull();
  });
});

describe('the synthetic catalog', () => {
  it("points a copied page at the same copy's entries and leaves other quoted words alone", () => {
    expect(copyPage('<Ref id="RATELIMIT" /> and <Ref id="DATAPOISON" />', 3)).toBe(
      '<Ref id="RATELIMITZ3" /> and <Ref id="DATAPOISONZ3" />',
    );
    expect(copyPage(`<Dated id="eu-ai-act-annex-i" /> "NOTANID" 'MONITORUSE'`, 2)).toBe(
      `<Dated id="eu-ai-act-annex-i" /> "NOTANID" 'MONITORUSEZ2'`,
    );
  });

  const root = resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'bench-synthetic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'holds every entry ten times, with a page each, and passes the catalog validation',
    async () => {
      const copy = makeSyntheticCopy(root, dir, 10);
      const { catalog, THREAT_IDS, CONTROL_IDS } = await import(join(dir, 'src/catalog/index.ts'));
      const { validate } = await import(join(dir, 'src/catalog/validate.ts'));
      const real = await import('../../src/catalog/index.ts');
      expect(catalog.threats).toHaveLength(real.catalog.threats.length * 10);
      expect(catalog.controls).toHaveLength(real.catalog.controls.length * 10);
      expect(THREAT_IDS.length + CONTROL_IDS.length).toBe(copy.entryPages);
      expect(validate(catalog)).toEqual([]);
      const first = real.catalog.threats[0]!;
      expect(readFileSync(join(dir, 'content/threats', `${first.slug}z9.mdx`), 'utf8')).toContain(
        `catalogId: ${first.id}Z9`,
      );
      // The build's checks of the pages against the catalog pass on the copy too.
      const { projectProblems } = await import(join(dir, 'src/site/integration.ts'));
      expect(projectProblems(dir)).toEqual([]);
      // Copying, loading and validating ten copies of every entry grows with the catalog: 30 s plus 50 ms an entry.
    },
    30_000 + (realCatalog.threats.length + realCatalog.controls.length) * 10 * 50,
  );
});
