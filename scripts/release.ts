/**
 * Publishes a release of the catalog: renders every data file of the current catalog for the given
 * version and writes them to `releases/<version>/`, where they stay unchanged for good. Refuses a
 * version that is not later than the latest release, or too small a step for what changed (a removed
 * or renamed id, relation or reference needs a major release; a new entry, relation or reference a
 * minor one; anything else a patch).
 *
 * Usage: npm run release -- <version>     e.g. npm run release -- 2.0.0
 * The release date is today (UTC), or BUILD_DATE=YYYY-MM-DD; URLs use SITE_URL like the build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { renderAll } from '../src/site/data-files.ts';
import { compareReleases } from '../src/releases/compare.ts';
import { currentCatalog } from '../src/site/release-state.ts';
import { entryHistory, readReleases, releasesDir, RELEASES_DIR } from '../src/releases/history.ts';
import { planRelease } from '../src/releases/plan.ts';
import { buildDate } from '../src/site/build-info.ts';

const root = resolve(import.meta.dirname, '..');
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const version = process.argv[2];
if (!version) fail('Usage: npm run release -- <version>, e.g. npm run release -- 2.0.0');

const releases = readReleases(root);
if (releases.some((r) => r.version === version))
  fail(`${RELEASES_DIR}/${version} exists; a release never changes. Fix: choose the next version.`);
const site = `${(process.env['SITE_URL'] ?? 'http://localhost:4321').replace(/\/$/, '')}/`;
const date = buildDate();
const current = currentCatalog(site, date);
const latest = releases.at(-1);
const changes = latest ? compareReleases(latest.catalog, current) : undefined;
const plan = planRelease(version!, latest?.version, changes);
if (!plan.ok) fail(plan.problem);
if (latest && changes)
  console.log(`Changes since ${latest.version}:\n- ${changes.reasons.join('\n- ')}`);

const history = entryHistory([...releases, { version: version!, date, catalog: current }]);
const dir = join(releasesDir(root), version!);
mkdirSync(dir, { recursive: true });
for (const file of renderAll({ site, version: version!, buildDate: date, history })) {
  writeFileSync(join(dir, basename(file.path)), file.body);
  console.log(`wrote ${RELEASES_DIR}/${version}/${basename(file.path)}`);
}
console.log(
  `Release ${version} (${date}) is ready. Commit ${RELEASES_DIR}/${version}/; the build publishes it under /releases/${version}/ and lists it on /changes/.`,
);
