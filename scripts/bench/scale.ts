/**
 * The figures of one build that should grow no faster than the catalog: its host rules, the size of
 * its search index, the first search, the PDF, the link check, the end-to-end page-wide checks and the
 * MCP server. The benchmark measures them for the real build and for the synthetic one with ten times
 * the entries (scripts/bench/synthetic.ts), each with the scripts of the project that made the build,
 * so the copy's catalog is the one read.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { PDF_PATH } from '../../src/site/site-files.ts';
import type { NotRun } from './not-run.ts';
import type { HostRules } from './host-rules.ts';
import { measureMcp, type McpFigures } from './mcp.ts';
import { measureFirstSearch } from './search.ts';
import { startServer, type Tls } from './server.ts';
import { median } from './stats.ts';

/** The PDF of the whole site. */
export interface PdfFigures {
  readonly pages: number;
  readonly bytes: number;
  /** Wall time of `node scripts/pdf.ts`, checks included. */
  readonly seconds: number;
}

/** The page-wide end-to-end checks (tests/e2e/every-page.spec.ts) on a sample of the sitemap. */
export interface PageChecksFigures {
  /** Sitemap pages sampled (each checked in both themes, plus the 404 page and the forwarding samples). */
  readonly sampledPages: number;
  /** Pages in the sitemap: what a full run checks. */
  readonly sitemapPages: number;
  /** Wall time of the sample's run, server start included. */
  readonly seconds: number;
  /** Seconds per sampled page (both themes). */
  readonly secondsPerPage: number;
  /** What the full run would take at that rate: secondsPerPage × sitemapPages. */
  readonly projectedSeconds: number;
}

/** The first searches of one build, the median over queries of each query's median. */
export interface ScaleSearch {
  readonly medianMs: number;
  readonly medianBytes: number;
  readonly perQuery: readonly {
    readonly query: string;
    readonly ms: number;
    readonly bytes: number;
  }[];
}

/** The HTML the build wrote, and how much of a page the sidebar takes. */
export interface HtmlFigures {
  /** Bytes of every HTML file. */
  readonly totalBytes: number;
  readonly pages: number;
  /** A sample entry page: its bytes and those of its sidebar (Starlight's `<nav aria-label="Main">`). */
  readonly samplePath: string;
  readonly samplePageBytes: number;
  readonly sampleSidebarBytes: number;
}

/** Everything measured on one build for the scale comparison. */
export interface ScaleFigures {
  readonly hostRules: HostRules | NotRun;
  /** Bytes of dist/pagefind. */
  readonly searchIndexBytes: number;
  /** Absent in results measured before it was added. */
  readonly html?: HtmlFigures;
  readonly search: ScaleSearch | NotRun;
  readonly pdf: PdfFigures | NotRun;
  /** Wall time of `node scripts/check-links.ts`. */
  readonly linkCheckSeconds: number | NotRun;
  readonly pageChecks: PageChecksFigures | NotRun;
  readonly mcp: McpFigures | NotRun;
  /** Checks that finished but failed: their time still counts, and the report says what failed. */
  readonly problems: readonly string[];
}

/** How to measure. */
export interface ScaleOptions {
  readonly browser: Browser;
  /** Port for the search server; the end-to-end run uses `port + 1`. */
  readonly port: number;
  readonly tls?: Tls | undefined;
  readonly queries: readonly string[];
  readonly runs: number;
  /** An entry page both builds have, whose sidebar is measured. */
  readonly samplePath: string;
  /** Sitemap pages the page-wide checks visit. */
  readonly pageSample: number;
  /** The longest any one step may take before it counts as not run, in seconds. */
  readonly timeoutSeconds: number;
  readonly env: NodeJS.ProcessEnv;
  readonly say: (line: string) => void;
}

/** Bytes of the files under a directory. */
export function folderBytes(dir: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);
}

/** Measures the HTML of a build, with the sidebar of `samplePath` (an entry page both builds have). */
export function htmlFigures(dist: string, samplePath: string): HtmlFigures {
  const files = (readdirSync(dist, { recursive: true }) as string[]).filter((f) =>
    f.endsWith('.html'),
  );
  const totalBytes = files.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
  const sample = readFileSync(join(dist, samplePath, 'index.html'), 'utf8');
  const sidebar = /<nav\b[^>]*aria-label="Main"[^>]*>[\s\S]*?<\/nav>/.exec(sample)?.[0] ?? '';
  return {
    totalBytes,
    pages: files.length,
    samplePath,
    samplePageBytes: Buffer.byteLength(sample),
    sampleSidebarBytes: Buffer.byteLength(sidebar),
  };
}

/** Pages the sitemaps of a build list (what the page-wide checks visit in full). */
export function sitemapPageCount(dist: string): number {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    new URL(m[1]!).pathname.split('/').pop()!,
  );
  return files.reduce(
    (n, f) => n + [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>/g)].length,
    0,
  );
}

/** A command's exit code, output and wall time; killed (exit null) after `timeoutSeconds`. */
export function timed(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutSeconds: number,
): Promise<{ code: number | null; output: string; seconds: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    // The whole process group goes: Playwright's server and browsers, the PDF's Chromium.
    const timer = setTimeout(
      () => child.pid && process.kill(-child.pid, 'SIGKILL'),
      timeoutSeconds * 1000,
    );
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code: signal ? null : code,
        output,
        seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      });
    });
  });
}

const tail = (output: string) => output.trim().split('\n').slice(-3).join(' / ').slice(0, 400);
const failed = (
  what: string,
  r: { code: number | null; output: string },
  timeout: number,
): NotRun => ({
  notRun:
    r.code === null
      ? `${what} took longer than ${timeout} s and was stopped`
      : `${what} failed (exit ${r.code}): ${tail(r.output)}`,
});

/** The PDF figures from the summary line of scripts/pdf.ts. */
export function parsePdfSummary(output: string, bytes: number, seconds: number): PdfFigures | null {
  const m = /site pages on (\d+) PDF pages/.exec(output);
  return m ? { pages: Number(m[1]), bytes, seconds } : null;
}

/** Measures one build (`dist` of `project`) for the scale comparison; a step that fails is recorded as not run. */
export async function measureScaleFigures(
  project: string,
  dist: string,
  o: ScaleOptions,
): Promise<ScaleFigures> {
  const node = process.execPath;
  const env = { ...o.env, PATH: `${join(project, 'node_modules/.bin')}:${o.env['PATH'] ?? ''}` };

  o.say('  host rules');
  const rules = await timed(
    node,
    [join(project, 'scripts/bench/host-rules.ts'), dist],
    project,
    env,
    o.timeoutSeconds,
  );
  const hostRules: HostRules | NotRun =
    rules.code === 0
      ? (JSON.parse(rules.output.trim().split('\n').at(-1)!) as HostRules)
      : failed('counting the host rules', rules, o.timeoutSeconds);

  const searchIndexBytes = folderBytes(join(dist, 'pagefind'));
  const html = htmlFigures(dist, o.samplePath);

  o.say(`  first search, ${o.queries.length} queries × ${o.runs}`);
  let search: ScaleSearch | NotRun;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    server = await startServer(project, dist, o.port, o.tls);
    const perQuery = [];
    for (const query of o.queries) {
      const runs = [];
      for (let i = 0; i < o.runs; i++)
        runs.push(await measureFirstSearch(o.browser, server.origin, '/', query));
      perQuery.push({
        query,
        ms: median(runs.map((r) => r.msToFirstResult)),
        bytes: median(runs.map((r) => r.bytes)),
      });
    }
    search = {
      medianMs: median(perQuery.map((q) => q.ms)),
      medianBytes: median(perQuery.map((q) => q.bytes)),
      perQuery,
    };
  } catch (error) {
    search = {
      notRun: `the first search failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`,
    };
  } finally {
    await server?.stop();
  }

  o.say('  MCP server');
  let mcp: McpFigures | NotRun;
  try {
    mcp = await measureMcp(project, dist, o.queries);
  } catch (error) {
    mcp = {
      notRun: `the MCP server failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`,
    };
  }

  // The PDF first: the link check expects it in the build, as `npm test` orders them.
  o.say('  PDF');
  const pdfRun = await timed(
    node,
    [join(project, 'scripts/pdf.ts'), dist],
    project,
    env,
    o.timeoutSeconds,
  );
  const pdfFile = join(dist, PDF_PATH);
  const pdf: PdfFigures | NotRun =
    pdfRun.code === 0 && existsSync(pdfFile)
      ? (parsePdfSummary(pdfRun.output, statSync(pdfFile).size, pdfRun.seconds) ?? {
          notRun: `scripts/pdf.ts printed no summary: ${tail(pdfRun.output)}`,
        })
      : failed('the PDF', pdfRun, o.timeoutSeconds);

  o.say('  link check');
  const links = await timed(
    node,
    [join(project, 'scripts/check-links.ts'), dist],
    project,
    env,
    o.timeoutSeconds,
  );
  // A check that ran to the end took its full time even when it found something broken.
  const problems: string[] = [];
  const linksRan =
    links.code === 0 || (links.code === 1 && /Checked \d+ internal links/.test(links.output));
  const linkCheckSeconds = linksRan
    ? links.seconds
    : failed('the link check', links, o.timeoutSeconds);
  if (linksRan && links.code === 1)
    problems.push(`the link check found broken links: ${tail(links.output)}`);

  o.say(`  page-wide end-to-end checks on ${o.pageSample} pages`);
  const sitemapPages = sitemapPageCount(dist);
  const e2e = await timed(
    join(project, 'node_modules/.bin/playwright'),
    ['test', 'tests/e2e/every-page.spec.ts', '--reporter=line'],
    project,
    { ...env, E2E_PAGE_SAMPLE: String(o.pageSample), PREVIEW_PORT: String(o.port + 1), CI: '1' },
    o.timeoutSeconds,
  );
  const sampled = Math.min(o.pageSample, sitemapPages);
  // Exit 1 is also what Playwright returns when its server cannot start: only a run that reports
  // failed tests ran to the end.
  const e2eRan = e2e.code === 0 || (e2e.code === 1 && /\b\d+ failed\b/.test(e2e.output));
  const pageChecks: PageChecksFigures | NotRun = e2eRan
    ? {
        sampledPages: sampled,
        sitemapPages,
        seconds: e2e.seconds,
        secondsPerPage: Number((e2e.seconds / sampled).toFixed(2)),
        projectedSeconds: Math.round((e2e.seconds / sampled) * sitemapPages),
      }
    : failed('the page-wide checks', e2e, o.timeoutSeconds);

  if (e2eRan && e2e.code === 1)
    problems.push(`the page-wide checks failed on the sample: ${tail(e2e.output)}`);
  return {
    hostRules,
    searchIndexBytes,
    html,
    search,
    pdf,
    linkCheckSeconds,
    pageChecks,
    mcp,
    problems,
  };
}
