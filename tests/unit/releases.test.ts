/**
 * Catalog releases: version arithmetic, the comparison that sizes a release, the per-entry history
 * derived from snapshots, the notes and feed, and the guard that the catalog cannot change silently.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareReleases,
  sameContent,
  type SnapshotDocument,
  type SnapshotEntry,
} from '../../src/releases/compare.ts';
import { currentCatalog } from '../../src/site/release-state.ts';
import { changesFeed } from '../../src/releases/feed.ts';
import {
  entryHistory,
  readReleases,
  releaseFiles,
  releaseState,
  type Release,
} from '../../src/releases/history.ts';
import { releaseNotes } from '../../src/releases/notes.ts';
import { planRelease } from '../../src/releases/plan.ts';
import sax from 'sax';
import {
  bumpBetween,
  bumpCovers,
  bumpVersion,
  compareVersions,
  parseVersion,
} from '../../src/releases/semver.ts';
import { publishedReleaseFile } from '../../src/releases/site.ts';

const SITE = 'https://example.org/';

function entry(id: string, more: Partial<SnapshotEntry> = {}): SnapshotEntry {
  return {
    id,
    name: `${id} name`,
    slug: id.toLowerCase(),
    standards: [],
    owaspLlmTop10: [],
    mitreAtlas: [],
    summary: `About ${id}.`,
    url: `${SITE}controls/${id.toLowerCase()}/`,
    ...more,
  };
}

function doc(version: string, parts: Partial<SnapshotDocument> = {}): SnapshotDocument {
  return {
    version,
    buildDate: '2026-01-01',
    site: SITE,
    threats: [entry('EVASION')],
    controls: [entry('RATELIMIT', { threats: ['EVASION'] })],
    relations: [{ source: 'RATELIMIT', type: 'reduces', target: 'EVASION' }],
    retired: [],
    ...parts,
  };
}

const release = (d: SnapshotDocument, date = d.buildDate): Release => ({
  version: d.version,
  date,
  catalog: { ...d, buildDate: date },
});

describe('semantic versions', () => {
  it('orders versions numerically and a pre-release before its release', () => {
    expect(['1.10.0', '2.0.0', '1.2.0', '2.0.0-unreleased'].sort(compareVersions)).toEqual([
      '1.2.0',
      '1.10.0',
      '2.0.0-unreleased',
      '2.0.0',
    ]);
  });

  it('bumps major, minor and patch from a release', () => {
    expect([
      bumpVersion('1.4.2', 'major'),
      bumpVersion('1.4.2', 'minor'),
      bumpVersion('1.4.2', 'patch'),
    ]).toEqual(['2.0.0', '1.5.0', '1.4.3']);
  });

  it('sizes the step between two releases and refuses one that goes back', () => {
    expect(bumpBetween('1.4.2', '2.0.0')).toBe('major');
    expect(bumpBetween('1.4.2', '1.5.0')).toBe('minor');
    expect(bumpBetween('1.4.2', '1.4.2')).toBeUndefined();
    expect(bumpCovers('minor', 'major')).toBe(false);
    expect(bumpCovers('major', 'patch')).toBe(true);
  });

  it('rejects a version that is not MAJOR.MINOR.PATCH, naming where it came from', () => {
    expect(() => parseVersion('v2', 'releases/v2')).toThrow(
      'releases/v2: "v2" is not a semantic version',
    );
  });
});

describe('comparing releases', () => {
  it('finds no change when only the build metadata and the site address differ', () => {
    const other = JSON.parse(
      JSON.stringify(doc('1.0.0')).replaceAll(SITE, 'http://localhost:4321/'),
    ) as SnapshotDocument;
    expect(sameContent(doc('1.0.0'), { ...other, version: '9.9.9', buildDate: '2030-01-01' })).toBe(
      true,
    );
    expect(compareReleases(doc('1.0.0'), other).bump).toBeUndefined();
  });

  it('calls a retired entry and a removed relation major', () => {
    const after = doc('2.0.0', { threats: [entry('EVASION')], controls: [], relations: [] });
    const changes = compareReleases(doc('1.0.0'), after);
    expect(changes.bump).toBe('major');
    expect(changes.retired.map((e) => e.id)).toEqual(['RATELIMIT']);
    expect(changes.relationsRemoved).toEqual([
      { source: 'RATELIMIT', type: 'reduces', target: 'EVASION' },
    ]);
  });

  it('calls an id replaced by a new one, merged into it, a renamed id and major', () => {
    const after = doc('2.0.0', {
      controls: [entry('LIMITRATE', { threats: ['EVASION'] })],
      relations: [{ source: 'LIMITRATE', type: 'reduces', target: 'EVASION' }],
      retired: [
        {
          kind: 'control',
          id: 'RATELIMIT',
          name: 'RATELIMIT name',
          slug: 'ratelimit',
          mergedInto: 'LIMITRATE',
        },
      ],
    });
    const changes = compareReleases(doc('1.0.0'), after);
    expect(changes.renamedIds.map((r) => `${r.from.id}>${r.to.id}`)).toEqual([
      'RATELIMIT>LIMITRATE',
    ]);
    expect(changes.added).toEqual([]);
    expect(changes.retired).toEqual([]);
    expect(changes.bump).toBe('major');
  });

  it('calls a new entry with its relation and a new reference minor', () => {
    const after = doc('1.1.0', {
      controls: [
        entry('RATELIMIT', { threats: ['EVASION'], mitreAtlas: ['AML.T0029'] }),
        entry('MONITORUSE', { threats: ['EVASION'] }),
      ],
      relations: [
        { source: 'RATELIMIT', type: 'reduces', target: 'EVASION' },
        { source: 'MONITORUSE', type: 'reduces', target: 'EVASION' },
      ],
    });
    const changes = compareReleases(doc('1.0.0'), after);
    expect(changes.bump).toBe('minor');
    expect(changes.added.map((e) => e.id)).toEqual(['MONITORUSE']);
    expect(changes.referencesAdded.map((r) => `${r.entry.id} ${r.reference}`)).toEqual([
      'RATELIMIT MITRE ATLAS AML.T0029',
    ]);
  });

  it('calls a removed reference major and a text fix patch', () => {
    const withRef = doc('1.0.0', { threats: [entry('EVASION', { owaspLlmTop10: ['LLM01'] })] });
    expect(compareReleases(withRef, doc('2.0.0')).bump).toBe('major');
    const fixed = doc('1.0.1', {
      threats: [entry('EVASION', { summary: 'About evasion, corrected.' })],
    });
    const changes = compareReleases(doc('1.0.0'), fixed);
    expect(changes.bump).toBe('patch');
    expect(changes.edited).toEqual([
      {
        entry: { kind: 'threat', id: 'EVASION', name: 'EVASION name', slug: 'evasion' },
        fields: ['summary'],
      },
    ]);
  });
});

describe('entry history', () => {
  it('dates each entry by the release that added it and the last release that changed it', () => {
    const r1 = release(doc('1.0.0'), '2026-01-01');
    const r2 = release(
      doc('1.1.0', {
        controls: [entry('RATELIMIT', { threats: ['EVASION'] }), entry('MONITORUSE')],
      }),
      '2026-02-01',
    );
    const r3 = release(
      doc('1.1.1', {
        controls: [
          entry('RATELIMIT', { threats: ['EVASION'], summary: 'Fixed.' }),
          entry('MONITORUSE'),
        ],
      }),
      '2026-03-01',
    );
    const history = entryHistory([r1, r2, r3]);
    expect(history.get('EVASION')).toEqual({
      added: { version: '1.0.0', date: '2026-01-01' },
      changed: { version: '1.0.0', date: '2026-01-01' },
    });
    expect(history.get('MONITORUSE')).toEqual({
      added: { version: '1.1.0', date: '2026-02-01' },
      changed: { version: '1.1.0', date: '2026-02-01' },
    });
    expect(history.get('RATELIMIT')).toEqual({
      added: { version: '1.0.0', date: '2026-01-01' },
      changed: { version: '1.1.1', date: '2026-03-01' },
    });
  });

  it('gives a build that differs from the latest release the next version it needs, marked unreleased', () => {
    const state = releaseState(
      [release(doc('1.0.0'))],
      doc('x', { controls: [], relations: [] }),
      '2026-05-05',
    );
    expect(state.version).toBe('2.0.0-unreleased');
    expect(releaseState([release(doc('1.0.0'))], doc('x'), '2026-05-05').version).toBe('1.0.0');
  });
});

describe('planning a release', () => {
  const major = compareReleases(doc('1.0.0'), doc('x', { controls: [], relations: [] }));

  it('accepts any first release and a step at least as large as the changes need', () => {
    expect(planRelease('1.0.0', undefined, undefined)).toEqual({ ok: true });
    expect(planRelease('2.0.0', '1.0.0', major)).toEqual({ ok: true });
    expect(planRelease('3.0.0', '1.0.0', major)).toEqual({ ok: true });
  });

  it('refuses too small a step, giving the reasons and the version to release', () => {
    const plan = planRelease('1.1.0', '1.0.0', major);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.problem).toContain(
      'The changes since 1.0.0 need a major release, and 1.1.0 is a minor one:\n- major: 1 entry retired (RATELIMIT)',
    );
    expect(!plan.ok && plan.problem).toContain('Fix: npm run release -- 2.0.0');
  });

  it('refuses an earlier or equal version, a pre-release, and a release without changes', () => {
    expect(planRelease('0.9.0', '1.0.0', major)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('is not later than the latest release 1.0.0'),
    });
    expect(planRelease('1.0.0', '1.0.0', major)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('already released'),
    });
    expect(planRelease('2.0.0-rc.1', '1.0.0', major)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('is a pre-release'),
    });
    expect(planRelease('1.0.1', '1.0.0', compareReleases(doc('1.0.0'), doc('x')))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('nothing to release'),
    });
  });
});

describe('release notes and feed', () => {
  const notes = releaseNotes(
    [release(doc('1.0.0')), release(doc('2.0.0', { controls: [], relations: [] }), '2026-02-02')],
    ({ id }) => `/x/${id.toLowerCase()}/`,
  );

  it('lists per release, newest first, what it retired and which relations it removed, each linked', () => {
    expect(notes.map((n) => n.version)).toEqual(['2.0.0', '1.0.0']);
    expect(notes[0]!.sections.map((s) => s.title)).toEqual(['Retired', 'Relations removed']);
    expect(notes[0]!.sections[0]!.items[0]![0]).toEqual({
      text: 'RATELIMIT',
      href: '/x/ratelimit/',
    });
    expect(notes[1]!.summary).toBe('First release: 1 threat, 1 control and 1 relation.');
  });

  it('renders an Atom feed with one entry per release that links to its section of the changes page', () => {
    const feed = changesFeed(notes, SITE, 'Site & Co');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed).toContain(
      '<link rel="alternate" type="text/html" href="https://example.org/changes/#v2-0-0"/>',
    );
    expect(feed).toContain('<updated>2026-02-02T00:00:00Z</updated>');
    expect(feed).toContain('Site &amp; Co');
  });

  it('is well-formed XML in the Atom namespace', () => {
    const parser = sax.parser(true, { xmlns: true });
    const roots: string[] = [];
    parser.onopentag = (tag) => {
      if (roots.length === 0) roots.push(`${(tag as sax.QualifiedTag).uri} ${tag.name}`);
    };
    parser.write(changesFeed(notes, SITE, 'A <b> & "c"')).close();
    expect(roots).toEqual(['http://www.w3.org/2005/Atom feed']);
  });
});

describe('published releases', () => {
  const releases = readReleases();

  it('has 1.0.0, whose catalog names its own version and date', () => {
    expect(releases[0]?.version).toBe('1.0.0');
    expect(releases[0]?.catalog.version).toBe('1.0.0');
    expect(releaseFiles('1.0.0')).toEqual(
      expect.arrayContaining(['catalog.json', 'threats.csv', 'controls.csv']),
    );
  });

  it("serves a release file with the release address replaced by the site's", () => {
    const text = readFileSync('releases/1.0.0/catalog.json', 'utf8');
    const served = publishedReleaseFile(text, releases[0]!.catalog.site, 'https://owasp.example/');
    expect(served).not.toContain(releases[0]!.catalog.site);
    expect(JSON.parse(served).site).toBe('https://owasp.example/');
  });

  it('the catalog equals its latest release, so no change ships without a new version', () => {
    const latest = releases.at(-1)!;
    const changes = compareReleases(latest.catalog, currentCatalog(latest.catalog.site));
    const next = changes.bump ? bumpVersion(latest.version, changes.bump) : latest.version;
    expect(
      changes.bump,
      `The catalog changed since release ${latest.version}:\n- ${changes.reasons.join('\n- ')}\nFix: run \`npm run release -- ${next}\` and commit releases/${next}/.`,
    ).toBeUndefined();
  });
});
