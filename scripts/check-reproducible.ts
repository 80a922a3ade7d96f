/**
 * Reproducible builds: builds the site a second time into a temporary folder, with the date and
 * address of the build in `dist/` (read from its catalog.json), and compares the two trees file by
 * file, byte for byte: pages, data files, released files, host files, search index. Any difference
 * means something in the build depends on more than the sources, the date and the address.
 *
 * Usage: node scripts/check-reproducible.ts [dist]     (after `npm run build`)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** The SHA-256 of every file under a folder, by path relative to it. */
export function treeHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, file);
    if (statSync(path).isFile())
      hashes.set(
        relative(dir, path).split('\\').join('/'),
        createHash('sha256').update(readFileSync(path)).digest('hex'),
      );
  }
  return hashes;
}

/** The files that differ between two trees, each with why; empty when they are identical. */
export function treeDifferences(a: string, b: string): string[] {
  const x = treeHashes(a);
  const y = treeHashes(b);
  const out: string[] = [];
  for (const [file, hash] of x) {
    if (!y.has(file)) out.push(`${file}: only in the first build`);
    else if (y.get(file) !== hash) out.push(`${file}: contents differ`);
  }
  for (const file of y.keys()) if (!x.has(file)) out.push(`${file}: only in the second build`);
  return out.sort();
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? join(root, 'dist'));
  const catalogFile = join(dist, 'catalog.json');
  if (!existsSync(catalogFile)) {
    console.error(`${dist} holds no built site. Fix: run \`npm run build\` first.`);
    process.exit(1);
  }
  const { site, buildDate } = JSON.parse(readFileSync(catalogFile, 'utf8')) as {
    site: string;
    buildDate: string;
  };
  const again = mkdtempSync(join(tmpdir(), 'reproducible-'));
  const env = {
    ...process.env,
    BUILD_DATE: buildDate,
    SITE_URL: site.replace(/\/$/, ''),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', again],
    { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (build.status !== 0) {
    console.error(`The second build failed (exit ${build.status}); see the messages above.`);
    process.exit(1);
  }
  const differences = treeDifferences(dist, again);
  rmSync(again, { recursive: true, force: true });
  for (const d of differences)
    console.error(
      `${d}. Fix: find what in the build reads the clock, a random value, the file system order or the environment, and derive it from the sources or BUILD_DATE instead.`,
    );
  console.log(
    `Rebuilt with BUILD_DATE=${buildDate} SITE_URL=${site}: ${differences.length} of ${treeHashes(dist).size} files differ.`,
  );
  process.exit(differences.length > 0 ? 1 : 0);
}
