/**
 * Sub-path hosting in CI: builds the site with BASE_PATH into a temporary folder and runs the link
 * check on it as served under that path. Every page link, short link, legacy page, diagram link,
 * data file URL and feed link must stay under the base path and reach a file of the build.
 *
 * Usage: node scripts/check-subpath.ts [/base/path/]     (default /sub/path/)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { basePath } from '../src/site/base-path.ts';
import { checkDataFiles, checkLinks } from './check-links.ts';

const root = resolve(import.meta.dirname, '..');
const base = basePath({ BASE_PATH: process.argv[2] ?? '/sub/path/' });
const out = mkdtempSync(join(tmpdir(), 'subpath-'));
const env = { ...process.env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' };
const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out],
  { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (build.status !== 0) {
  console.error(`The build under ${base} failed (exit ${build.status}); see the messages above.`);
  process.exit(1);
}
// The site links its PDF, which `npm run pdf` prints from a build; print this build's, as a deployment would.
const pdf = spawnSync(process.execPath, [join(root, 'scripts', 'pdf.ts'), out], {
  cwd: root,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (pdf.status !== 0) {
  console.error(
    `Printing the PDF of the build under ${base} failed (exit ${pdf.status}); see the messages above.`,
  );
  process.exit(1);
}
const links = checkLinks(out, base);
const data = checkDataFiles(out, base);
const feed = readFileSync(join(out, 'changes', 'feed.xml'), 'utf8');
const site = (JSON.parse(readFileSync(join(out, 'catalog.json'), 'utf8')) as { site: string }).site;
const feedLinks = [...feed.matchAll(/href="([^"]+)"/g)]
  .map((m) => m[1]!)
  .filter((href) => !href.startsWith(site));
rmSync(out, { recursive: true, force: true });
const broken = [...links.broken, ...data.broken];
for (const b of broken) console.error(`${b.page}: ${b.href}: ${b.reason}. Source: ${b.source}`);
for (const href of feedLinks)
  console.error(
    `/changes/feed.xml: ${href} is not under ${site}. Fix: build feed URLs with siteWithBase() (src/site/base-path.ts).`,
  );
console.log(
  `Built under ${base}: ${links.checked} links on ${links.pages} pages and ${data.checked} URLs in data files checked; ${broken.length + feedLinks.length} broken.`,
);
process.exit(broken.length + feedLinks.length > 0 ? 1 : 0);
