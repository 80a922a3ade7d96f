/**
 * The benchmark (`npm run bench`; not part of `npm test`). Measures the build (cold, and
 * warm with more than one run), the page weight of each template on a cold load with brotli, Lighthouse
 * scores (mobile and desktop, median of runs), the first search and the MCP server, holds the figures
 * to the budgets of issue #8 (plus the threat-model builder's recompute time, issue #14) and writes
 * bench/results.json and bench/README.md. The `synthetic` part builds a copy with ten times the entries
 * and measures both builds side by side (scripts/bench/scale.ts: host rules, search index, first
 * search, PDF, link check, page-wide end-to-end checks on a sample, MCP server), each figure held to
 * ten times the real one, the first search to 1.5 times (issue #28).
 *
 * It rebuilds dist/ with SITE_URL set to the address it serves the site at, so canonical links match
 * what Lighthouse loads. Takes about a quarter of an hour on two idle cores without the `synthetic` part;
 * with it, the tenfold build and its PDF add the better part of an hour (on a loaded machine, more).
 *
 * Usage: node scripts/bench.ts [--runs 3] [--pages 24] [--step-timeout 1800] [--keep] [--skip build,synthetic,weight,lighthouse,search,assess,mcp]
 *   --pages: sitemap pages the page-wide end-to-end checks visit in each build of the scale comparison.
 *   --step-timeout: seconds one step of the scale comparison may take before it counts as not run.
 *   --keep: leave the synthetic copy and its build in bench/tmp/x10 for a closer look.
 *   --render: measure nothing; hold bench/results.json to the budgets again and rewrite both files
 *   (after a change to the report or to the causes it quotes).
 *   BENCH_PORT (default: PREVIEW_PORT, else 4321) is the port of the local server; the scale
 *   comparison's end-to-end runs use the next one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { catalog } from '../src/catalog/index.ts';
import { entryPath } from '../src/catalog/urls.ts';
import { CHROMIUM, launchBrowser } from './bench/browser.ts';
import { clearBuildCaches, timedBuild } from './bench/build.ts';
import { measureRecompute } from './bench/assess.ts';
import { measureLighthouse } from './bench/lighthouse.ts';
import { measureMcp } from './bench/mcp.ts';
import { measurePageWeights, type Template } from './bench/page-weight.ts';
import {
  checkBudgets,
  notRun as notRunPart,
  renderReport,
  type BenchResults,
  type NotRun,
} from './bench/report.ts';
import { measureFirstSearch } from './bench/search.ts';
import { selfSignedCertificate, startServer } from './bench/server.ts';
import { median } from './bench/stats.ts';
import { measureScaleFigures, type ScaleFigures } from './bench/scale.ts';
import { makeSyntheticCopy } from './bench/synthetic.ts';

const PARTS = ['build', 'synthetic', 'weight', 'lighthouse', 'search', 'assess', 'mcp'] as const;
const BUILDER_PATH = '/overview/assess/';
/** Changed answers timed per run of the builder's recompute. */
const RECOMPUTES = 30;
/**
 * First searches, each on a fresh visit: phrases and single words a practitioner types, spread over
 * the index (so their words sit in different index chunks), the first the one issue 17 measured.
 */
const SEARCH_QUERIES = [
  'prompt injection',
  'rate limit',
  'membership inference',
  'poisoning',
  'jailbreak',
  'model theft',
];
const FACTOR = 10;

const root = resolve(import.meta.dirname, '..');
const benchDir = join(root, 'bench');
const tmp = join(benchDir, 'tmp');
const logs = join(tmp, 'logs');
const dist = join(root, 'dist');

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    pages: { type: 'string', default: '24' },
    'step-timeout': { type: 'string', default: '1800' },
    keep: { type: 'boolean', default: false },
    render: { type: 'boolean', default: false },
    skip: { type: 'string', default: '' },
  },
});
const runs = Number(values.runs);
const pageSample = Number(values.pages);
/** The longest one step of the scale comparison (a PDF, a link check, an end-to-end run) may take, in seconds. */
const stepTimeout = Number(values['step-timeout']);
const skip = new Set(values.skip.split(',').filter(Boolean));
for (const s of skip) {
  if (!(PARTS as readonly string[]).includes(s))
    throw new Error(
      `--skip ${s}: not a part of the benchmark. Fix: use some of ${PARTS.join(', ')}.`,
    );
}
if (values.render) {
  const { budgets: _old, ...measured } = JSON.parse(
    readFileSync(join(benchDir, 'results.json'), 'utf8'),
  ) as BenchResults & { budgets: unknown };
  const checks = checkBudgets(measured);
  writeFileSync(
    join(benchDir, 'results.json'),
    `${JSON.stringify({ ...measured, budgets: checks }, null, 2)}\n`,
  );
  writeFileSync(join(benchDir, 'README.md'), renderReport(measured, checks));
  console.log(
    `rewrote bench/README.md from bench/results.json: ${checks.filter((c) => c.met === false).length} budgets missed`,
  );
  process.exit(0);
}
const port = Number(process.env['BENCH_PORT'] ?? process.env['PREVIEW_PORT'] ?? 4321);
const origin = `http://localhost:${port}`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: origin };
const started = performance.now();
const say = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const skipped = (part: string): NotRun => ({ notRun: `skipped with --skip ${part}` });
const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
const notes: string[] = [];
mkdirSync(logs, { recursive: true });

// 1. Builds of the site; the warm build leaves dist/ for the measurements below.
let build: BenchResults['build'] = skipped('build');
if (!skip.has('build')) {
  say('building the site from cold');
  clearBuildCaches(root);
  const cold = await timedBuild(root, env, join(logs, 'build-cold.log'));
  say(`  ${cold.seconds} s, ${cold.pages} pages, peak ${cold.peakMemoryMiB} MiB`);
  // One run (--runs 1) is the quick form: the warm build is left out.
  if (runs > 1) {
    say('  building again, warm');
    const warm = await timedBuild(root, env, join(logs, 'build-warm.log'));
    say(`  ${warm.seconds} s`);
    build = { cold, warm };
  } else build = { cold };
} else if (!existsSync(join(dist, 'index.html'))) {
  throw new Error(
    '--skip build needs a build in dist/. Fix: run `npm run build` first, or drop --skip build.',
  );
} else {
  notes.push(
    `The build was skipped; dist/ is measured as it was${process.env['SITE_URL'] ? '' : ', and its canonical links may name another address than the one served'}.`,
  );
}

// 2. The same site with every entry ten times, and the figures that should grow with the catalog,
// measured on both builds with each project's own scripts.
const tls = selfSignedCertificate(join(tmp, 'tls'));
let synthetic: BenchResults['synthetic'] = skipped('synthetic');
let scale: BenchResults['scale'] = skipped('synthetic');
if (!skip.has('synthetic')) {
  const dir = join(tmp, `x${FACTOR}`);
  const browser = await launchBrowser();
  const options = {
    browser,
    port,
    tls: tls ?? undefined,
    queries: SEARCH_QUERIES,
    runs,
    pageSample,
    samplePath: entryPath('threat', catalog.threats[0]!),
    timeoutSeconds: stepTimeout,
    env,
    say,
  };
  try {
    say('scale figures of the real build');
    const real = await measureScaleFigures(root, dist, options);
    let tenfold: ScaleFigures | NotRun;
    try {
      say(`copying the project with ${FACTOR} times the entries to ${dir}`);
      const copy = makeSyntheticCopy(root, dir, FACTOR);
      say(`  ${copy.entryPages} entry pages; building from cold`);
      const cold = await timedBuild(dir, env, join(logs, `x${FACTOR}-cold.log`));
      say(`  ${cold.seconds} s, ${cold.pages} pages, peak ${cold.peakMemoryMiB} MiB`);
      let warm;
      if (runs > 1) {
        say('  building again, warm');
        warm = await timedBuild(dir, env, join(logs, `x${FACTOR}-warm.log`));
        say(`  ${warm.seconds} s`);
      }
      synthetic = { factor: FACTOR, entryPages: copy.entryPages, cold, ...(warm ? { warm } : {}) };
      say(`scale figures of the build with ${FACTOR} times the entries`);
      tenfold = await measureScaleFigures(dir, join(dir, 'dist'), options);
    } catch (error) {
      synthetic = { notRun: `the build failed: ${firstLine(error)} (log in bench/tmp/logs/)` };
      tenfold = synthetic;
      say(`  ${synthetic.notRun}`);
    }
    scale = { factor: FACTOR, pageSample, real, synthetic: tenfold };
  } finally {
    await browser.close();
    if (values.keep) say(`kept the copy in ${dir} (--keep)`);
    else rmSync(dir, { recursive: true, force: true }); // gigabytes of output
  }
}

// 3. The templates measured: the first entry of each kind, and the pages issue #8 names.
const candidates = [
  { name: 'home', path: '/' },
  { name: 'overview', path: '/overview/' },
  { name: 'a threat', path: entryPath('threat', catalog.threats[0]!) },
  { name: 'a control', path: entryPath('control', catalog.controls[0]!) },
  { name: 'matrix page', path: '/overview/threats/' },
  { name: 'crosswalk page', path: '/standards/iso-iec-27002/' },
  { name: 'threat-model builder', path: BUILDER_PATH },
];
const templates: Template[] = [];
for (const c of candidates) {
  const file = join(dist, c.path, 'index.html');
  if (!existsSync(file)) {
    notes.push(`The ${c.name} (\`${c.path}\`) is not in this build, so it was not measured.`);
    continue;
  }
  templates.push({ ...c, diagram: /<svg\b[^>]*\bclass="dg\b/.test(readFileSync(file, 'utf8')) });
}

// Page weight and search are measured over HTTPS with HTTP/2, as hosts serve: there a header repeated
// on every response (the Content-Security-Policy) costs a few bytes, not a KiB. Lighthouse then loads
// the site over plain HTTP at localhost (a secure context, and the address the build's canonical links
// name). The two servers take turns on one port.
if (!tls)
  notes.push(
    'openssl is missing, so page weight and search were measured over HTTP/1.1, where every response repeats its headers in full.',
  );
const servedOver = tls ? 'HTTP/2 over TLS' : 'HTTP/1.1';
let pageWeight: BenchResults['pageWeight'] = skipped('weight');
let lighthouse: BenchResults['lighthouse'] = skipped('lighthouse');
let search: BenchResults['search'] = skipped('search');
let assess: BenchResults['assess'] = skipped('assess');
if (!skip.has('weight') || !skip.has('search') || !skip.has('assess')) {
  const server = await startServer(root, dist, port, tls ?? undefined);
  const browser = await launchBrowser();
  say(`serving dist/ with brotli at ${server.origin} (${servedOver})`);
  try {
    if (!skip.has('weight')) {
      say('page weight of each template');
      pageWeight = await measurePageWeights(browser, server.origin, templates);
      for (const p of pageWeight)
        say(`  ${p.path}: ${p.requests} requests, ${(p.bytes / 1024).toFixed(1)} KiB`);
    }
    if (!skip.has('search')) {
      const queries = [];
      for (const query of SEARCH_QUERIES) {
        say(`first search for "${query}", ${runs} runs`);
        const queryRuns = [];
        for (let i = 0; i < runs; i++) {
          const run = await measureFirstSearch(browser, server.origin, '/', query);
          say(
            `  ${run.msToFirstResult} ms to the first result, ${(run.bytes / 1024).toFixed(1)} KiB`,
          );
          queryRuns.push(run);
        }
        queries.push({
          query,
          runs: queryRuns,
          medianMs: median(queryRuns.map((r) => r.msToFirstResult)),
          medianBytes: median(queryRuns.map((r) => r.bytes)),
        });
      }
      search = {
        path: '/',
        queries,
        medianMs: median(queries.map((q) => q.medianMs)),
        medianBytes: median(queries.map((q) => q.medianBytes)),
      };
    }
    if (!skip.has('assess')) {
      if (existsSync(join(dist, BUILDER_PATH, 'index.html'))) {
        say(`threat-model builder: recompute after a changed answer, ${RECOMPUTES} changes`);
        assess = await measureRecompute(browser, server.origin, BUILDER_PATH, RECOMPUTES);
        say(`  median ${assess.medianMs} ms, slowest ${assess.maxMs} ms`);
      } else {
        assess = { notRun: `\`${BUILDER_PATH}\` is not in this build` };
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}
if (!skip.has('lighthouse')) {
  const server = await startServer(root, dist, port);
  say(`Lighthouse at ${server.origin}, mobile and desktop, ${runs} runs each`);
  try {
    const measured = await measureLighthouse(
      server.origin,
      templates,
      ['mobile', 'desktop'],
      runs,
      say,
    );
    lighthouse = measured.figures;
    notes.push(...measured.problems);
  } finally {
    await server.stop();
  }
}

// The MCP server on the real build (already measured by the scale comparison when it ran).
let mcp: BenchResults['mcp'] = skipped('mcp');
if (!skip.has('mcp')) {
  if (!notRunPart(scale) && !notRunPart(scale.real.mcp)) mcp = scale.real.mcp;
  else {
    say('MCP server: start-up and search');
    try {
      mcp = await measureMcp(root, dist, SEARCH_QUERIES);
    } catch (error) {
      mcp = { notRun: `the MCP server failed: ${firstLine(error)}` };
    }
  }
  if (!notRunPart(mcp))
    say(`  start ${mcp.startMedianMs} ms, search ${mcp.searchMedianMs} ms (medians)`);
}

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const results: BenchResults = {
  generatedAt: new Date().toISOString(),
  environment: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim(),
    lighthouse: (
      JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as {
        version: string;
      }
    ).version,
    commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' (with uncommitted changes)' : ''}`,
    servedOver,
  },
  build,
  synthetic,
  pageWeight,
  lighthouse,
  search,
  assess,
  mcp,
  scale,
  notes,
};
const checks = checkBudgets(results);
writeFileSync(
  join(benchDir, 'results.json'),
  `${JSON.stringify({ ...results, budgets: checks }, null, 2)}\n`,
);
writeFileSync(join(benchDir, 'README.md'), renderReport(results, checks));
const missed = checks.filter((c) => c.met === false);
say(
  `wrote bench/results.json and bench/README.md: ${checks.filter((c) => c.met).length} budgets met, ${missed.length} missed${missed.length ? `: ${missed.map((c) => c.figure).join('; ')}` : ''}`,
);
