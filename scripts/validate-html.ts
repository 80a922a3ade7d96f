/**
 * Validates every HTML page of the build with html-validate, under the rules of `.htmlvalidate.mjs`
 * (each rule changed there says why). Reports each error with the page, line, column, rule and the
 * element, and exits 1 when there is any. The pages are split over worker threads, one per core.
 *
 * Usage: node scripts/validate-html.ts [dist]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

/** One error html-validate found. */
interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly message: string;
  readonly selector: string | null;
}

const root = resolve(import.meta.dirname, '..');

/** Validates some files of `dist` (paths relative to it); returns the errors. */
async function validateFiles(dist: string, files: readonly string[]): Promise<Finding[]> {
  // The config is looked up from the project root, where .htmlvalidate.mjs lives.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const findings: Finding[] = [];
  for (const file of files) {
    const report = await validator.validateString(
      readFileSync(join(dist, file), 'utf8'),
      join(root, 'dist', file),
    );
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity < 2) continue;
        findings.push({
          file,
          line: m.line,
          column: m.column,
          rule: m.ruleId,
          message: m.message,
          selector: m.selector,
        });
      }
    }
  }
  return findings;
}

if (!isMainThread) {
  const { dist, files } = workerData as { dist: string; files: string[] };
  parentPort?.postMessage(await validateFiles(dist, files));
} else if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? join(root, 'dist'));
  const files = (readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .sort();
  if (files.length === 0) {
    console.error(`${dist} holds no HTML. Fix: run \`npm run build\` first.`);
    process.exit(1);
  }
  const started = performance.now();
  const threads = Math.max(1, Math.min(availableParallelism(), 4));
  // Deal the files out in turn so each thread gets a share of the long content pages.
  const shares = Array.from({ length: threads }, (_, i) =>
    files.filter((_, j) => j % threads === i),
  );
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Finding[]>((done, fail) => {
          const worker = new Worker(new URL(import.meta.url), {
            workerData: { dist, files: share },
          });
          worker.once('message', done);
          worker.once('error', fail);
        }),
    ),
  );
  const findings = results
    .flat()
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  for (const f of findings)
    console.error(
      `${relative(process.cwd(), join(dist, f.file))}:${f.line}:${f.column}: ${f.message} (${f.rule}${f.selector ? `, at ${f.selector}` : ''})`,
    );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `html-validate: ${files.length} pages, ${findings.length} error${findings.length === 1 ? '' : 's'} (${threads} threads, ${seconds} s). Rules changed from the presets are explained in .htmlvalidate.mjs.`,
  );
  process.exit(findings.length > 0 ? 1 : 0);
}
