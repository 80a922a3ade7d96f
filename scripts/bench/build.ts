/**
 * Times `npm run build` in a project directory: wall time, peak memory and pages per second, from a
 * cold start (no build output, no Astro or Vite caches) or warm (everything left from the last build).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What one build took. */
export interface BuildTiming {
  /** Wall time of `npm run build`, in seconds. */
  readonly seconds: number;
  /** Peak resident memory in MiB (see `memoryMethod`), or null when it could not be measured. */
  readonly peakMemoryMiB: number | null;
  /** How the peak was measured. */
  readonly memoryMethod: string;
  /** HTML pages in the build output. */
  readonly pages: number;
  /** Pages per second of wall time. */
  readonly pagesPerSecond: number;
}

const GNU_TIME = '/usr/bin/time';

/** Removes what a previous build left, so the next one starts cold. */
export function clearBuildCaches(project: string): void {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(project, dir), { recursive: true, force: true });
}

/** Counts the HTML pages under a directory. */
export function countPages(dist: string): number {
  return (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'))
    .length;
}

/**
 * Runs `npm run build` in `project` and measures it. The build's output goes to `log`; a failed build
 * throws with the end of that log.
 */
export async function timedBuild(
  project: string,
  env: NodeJS.ProcessEnv,
  log: string,
): Promise<BuildTiming> {
  mkdirSync(dirname(log), { recursive: true });
  const memoryFile = `${log}.time`;
  // GNU time reports the kernel's peak resident set of the largest process the build ran (the Astro
  // build itself), which sampling could miss. Debian ships it as the `time` package.
  const useGnuTime = existsSync(GNU_TIME);
  const [command, args] = useGnuTime
    ? [GNU_TIME, ['-v', '-o', memoryFile, 'npm', 'run', 'build']]
    : ['npm', ['run', 'build']];
  const started = performance.now();
  const { code, output, sampledPeak } = await run(command, args, project, env, !useGnuTime);
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(log, output);
  if (code !== 0)
    throw new Error(
      `npm run build failed in ${project} (exit ${code}):\n${output.split('\n').slice(-25).join('\n')}`,
    );

  let peakMemoryMiB: number | null = null;
  let memoryMethod = 'unavailable';
  if (useGnuTime && existsSync(memoryFile)) {
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(
      readFileSync(memoryFile, 'utf8'),
    )?.[1];
    if (kb) {
      peakMemoryMiB = Math.round(Number(kb) / 1024);
      memoryMethod = 'GNU time: peak resident set of the largest process';
    }
  } else if (sampledPeak > 0) {
    peakMemoryMiB = Math.round(sampledPeak / 1024);
    memoryMethod =
      'sampled /proc every 100 ms: peak of the summed resident sets of the build processes (install `time` for an exact figure)';
  }
  const pages = countPages(join(project, 'dist'));
  return {
    seconds: round(seconds, 1),
    peakMemoryMiB,
    memoryMethod,
    pages,
    pagesPerSecond: round(pages / seconds, 1),
  };
}

function round(n: number, digits: number): number {
  return Number(n.toFixed(digits));
}

/** Runs a command, collecting its output and, if asked, sampling the memory of its process tree. */
function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  sample: boolean,
): Promise<{ code: number; output: string; sampledPeak: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let sampledPeak = 0;
    const timer =
      sample && child.pid
        ? setInterval(() => (sampledPeak = Math.max(sampledPeak, treeRssKb(child.pid!))), 100)
        : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      resolve({ code: code ?? 1, output, sampledPeak });
    });
  });
}

/** The summed resident memory (KiB) of a process and its descendants, from /proc. */
function treeRssKb(pid: number): number {
  try {
    const rss = Number(
      /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0,
    );
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
        .split(' ')
        .filter(Boolean)
        .map(Number),
    );
    return rss + children.reduce((sum, child) => sum + treeRssKb(child), 0);
  } catch {
    return 0; // the process ended between two reads
  }
}
