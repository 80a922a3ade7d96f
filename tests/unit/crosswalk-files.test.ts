import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { atlasLinkProblems, catalogCrosswalks } from '../../src/catalog/crosswalk.ts';
import {
  crosswalkCounts,
  crosswalkFiles,
  itemsOfEntry,
  refsOfEntry,
  resolvedCrosswalks,
  resolveCrosswalks,
} from '../../src/catalog/crosswalks/index.ts';
import type { CrosswalkFile } from '../../src/catalog/crosswalks/types.ts';
import { crosswalkProblems } from '../../src/catalog/crosswalks/validate.ts';
import {
  atlasKind,
  atlasUrl,
  atlasUrlProblem,
  frameworkSnapshots,
  llmTop10Url,
  snapshotOf,
} from '../../src/catalog/frameworks/index.ts';
import type { FrameworkSnapshot } from '../../src/catalog/frameworks/types.ts';
import { llmTop10_2026 } from '../../src/catalog/genai.ts';
import { catalog, CONTROL_IDS, THREAT_IDS } from '../../src/catalog/index.ts';
import { brokenCopy } from '../fixtures/tiny-catalog.ts';

const ENTRY_IDS = new Set<string>([...THREAT_IDS, ...CONTROL_IDS]);

/** A two-item framework and a sound crosswalk of it, to break one way at a time. */
const snapshot: FrameworkSnapshot = {
  framework: 'OWASP Agentic Top 10 2026',
  title: 'Test list',
  version: '2026',
  published: '2025-12-09',
  publisher: 'Test',
  url: 'https://example.org/',
  source: 'test',
  checked: '2026-12-06',
  key: 'agentic-top10-2026',
  mappedKinds: ['risk'],
  itemUrl: () => 'https://example.org/',
  items: [
    { ref: 'ASI01', name: 'Agent Goal Hijack', kind: 'risk' },
    { ref: 'ASI02', name: 'Tool Misuse and Exploitation', kind: 'risk' },
  ],
};
const file = (
  items: CrosswalkFile['items'],
  framework: CrosswalkFile['framework'] = 'OWASP Agentic Top 10 2026',
): CrosswalkFile => ({ framework, file: 'src/catalog/crosswalks/test.ts', items });
const sound: CrosswalkFile['items'] = [
  {
    ref: 'ASI01',
    name: 'Agent Goal Hijack',
    entries: [
      {
        entry: 'PROMPTINJECTION',
        relation: 'addresses',
        source: 'this-project',
        rationale: 'Goal hijack is prompt injection aimed at an agent.',
      },
    ],
  },
  { ref: 'ASI02', status: 'not-covered', reason: 'No entry covers it yet.' },
];
const problems = (items: CrosswalkFile['items'], framework?: CrosswalkFile['framework']) =>
  crosswalkProblems(file(items, framework), [snapshot], ENTRY_IDS);

describe('a crosswalk file is checked against its snapshot and the catalog', () => {
  it('accepts a file that maps or explains every item', () => {
    expect(problems(sound)).toEqual([]);
  });

  it('rejects a framework without a snapshot, naming the file and the frameworks it may use', () => {
    expect(problems(sound, 'ISO/IEC 27002')).toEqual([
      'src/catalog/crosswalks/test.ts: framework `ISO/IEC 27002` has no snapshot. Fix: use one of `OWASP Agentic Top 10 2026`, or add its snapshot to src/catalog/frameworks/ with scripts/framework-snapshots.ts.',
    ]);
  });

  it('rejects an item id the publisher does not list, naming file, item and the snapshot to take ids from', () => {
    expect(problems([...sound, { ref: 'ASI11', status: 'not-covered', reason: 'x' }])).toEqual([
      "src/catalog/crosswalks/test.ts, item ASI11: unknown id, not an item of OWASP Agentic Top 10 2026 2026. Fix: use the publisher's id as listed in src/catalog/frameworks/agentic-top10-2026.ts.",
    ]);
  });

  it("rejects a name that differs from the publisher's", () => {
    const renamed = [{ ...sound[0]!, name: 'Agent Goal Hijacking' }, sound[1]!];
    expect(problems(renamed)).toEqual([
      'src/catalog/crosswalks/test.ts, item ASI01: the name "Agent Goal Hijacking" differs from the publisher\'s "Agent Goal Hijack". Fix: write the publisher\'s name exactly, or leave the name out.',
    ]);
  });

  it('rejects a mapping of this project without a rationale', () => {
    const bare = [
      {
        ref: 'ASI01',
        entries: [
          {
            entry: 'PROMPTINJECTION' as const,
            relation: 'addresses' as const,
            source: 'this-project' as const,
          },
        ],
      },
      sound[1]!,
    ];
    expect(problems(bare)).toEqual([
      'src/catalog/crosswalks/test.ts, item ASI01, entry PROMPTINJECTION: a mapping of this project needs a rationale. Fix: add one sentence, in our own words, on why the entry relates to the item.',
    ]);
  });

  it('accepts a mapping of the original or of OpenCRE without a rationale, as their sources give none', () => {
    expect(
      problems([
        {
          ref: 'ASI01',
          entries: [{ entry: 'PROMPTINJECTION', relation: 'addresses', source: 'ai-exchange' }],
        },
        sound[1]!,
      ]),
    ).toEqual([]);
  });

  it('rejects a rationale of more than one sentence', () => {
    const long = [
      {
        ref: 'ASI01',
        entries: [
          {
            entry: 'PROMPTINJECTION' as const,
            relation: 'addresses' as const,
            source: 'this-project' as const,
            rationale: 'One. Two.',
          },
        ],
      },
      sound[1]!,
    ];
    expect(problems(long)[0]).toMatch(
      /item ASI01, entry PROMPTINJECTION: the rationale must be one sentence/,
    );
  });

  it('rejects an item with neither entries nor a reason, and a status without a reason', () => {
    expect(problems([sound[0]!, { ref: 'ASI02', entries: [] }])).toEqual([
      "src/catalog/crosswalks/test.ts, item ASI02: neither entries nor a reason. Fix: map it to at least one threat or control, or set `status: 'not-covered'` or `'out-of-scope'` with a `reason`.",
    ]);
    expect(problems([sound[0]!, { ref: 'ASI02', status: 'out-of-scope' }])).toEqual([
      'src/catalog/crosswalks/test.ts, item ASI02: the status `out-of-scope` needs a reason. Fix: say in one sentence why no entry covers it.',
    ]);
  });

  it('rejects an entry id that does not exist', () => {
    const ghost = [
      {
        ...sound[0]!,
        entries: [
          {
            entry: 'GOALHIJACK' as 'PROMPTINJECTION',
            relation: 'addresses' as const,
            source: 'ai-exchange' as const,
          },
        ],
      },
      sound[1]!,
    ];
    expect(problems(ghost)).toEqual([
      'src/catalog/crosswalks/test.ts, item ASI01, entry GOALHIJACK: no such threat or control. Fix: use an id of src/catalog/ids.ts (THREAT_IDS or CONTROL_IDS).',
    ]);
  });

  it('rejects a file that leaves an item of the framework out', () => {
    expect(problems([sound[0]!])).toEqual([
      'src/catalog/crosswalks/test.ts, item ASI02 (Tool Misuse and Exploitation): neither mapped nor explained. Fix: add it with its entries, or with `status` and `reason`.',
    ]);
  });

  it('stops the whole build with every problem listed', () => {
    expect(() => resolveCrosswalks([file([sound[0]!])], [snapshot], ENTRY_IDS)).toThrow(
      /The crosswalk files are not sound:\n- src\/catalog\/crosswalks\/test\.ts, item ASI02/,
    );
  });
});

describe('the crosswalk files of the site', () => {
  const counts = Object.fromEntries(
    resolvedCrosswalks.map((c) => [c.snapshot.framework, crosswalkCounts(c)]),
  );

  it('are sound: every item of every framework mapped or explained, names as published', () => {
    for (const f of crosswalkFiles)
      expect(crosswalkProblems(f, frameworkSnapshots, ENTRY_IDS), f.file).toEqual([]);
  });

  it('map all ten agentic items and all ten items of each LLM Top 10 edition', () => {
    for (const framework of [
      'OWASP Agentic Top 10 2026',
      'OWASP LLM Top 10 2026',
      'OWASP LLM Top 10 2025',
    ]) {
      expect(counts[framework], framework).toEqual({ mapped: 10, explained: 0, total: 10 });
    }
  });

  it('map at least 36 of the 44 AISVS sections and explain the rest', () => {
    const aisvs = counts['OWASP AISVS 1.0']!;
    expect(aisvs.total).toBe(44);
    expect(aisvs.mapped).toBeGreaterThanOrEqual(36);
  });

  it('resolve all 170 ATLAS techniques and sub-techniques and all 35 mitigations', () => {
    const atlas = resolvedCrosswalks.find((c) => c.snapshot.framework === 'MITRE ATLAS')!;
    const required = atlas.items.filter((i) => i.mapped);
    expect(required.filter((i) => i.kind === 'mitigation')).toHaveLength(35);
    expect(required.filter((i) => i.kind !== 'mitigation')).toHaveLength(170);
    for (const item of required)
      expect(item.entries.length > 0 || Boolean(item.reason), item.ref).toBe(true);
  });

  it('name LLM09:2026 Vector and Embedding Weaknesses and map the four augmentation data entries to it', () => {
    const item = resolvedCrosswalks
      .find((c) => c.snapshot.framework === 'OWASP LLM Top 10 2026')!
      .items.find((i) => i.ref === 'LLM09:2026')!;
    expect(item.name).toBe('Vector and Embedding Weaknesses');
    expect(item.entries.map((m) => m.entry).sort()).toEqual([
      'AUGMENTATIONDATACONFIDENTIALITY',
      'AUGMENTATIONDATAINTEGRITY',
      'AUGMENTATIONDATALEAK',
      'AUGMENTATIONDATAMANIPULATION',
    ]);
    expect(llmTop10_2026.find((i) => i.id === 'LLM09:2026')?.name).toBe(
      'Vector and Embedding Weaknesses',
    );
  });

  it('give prompt injection AML.T0051 LLM Prompt Injection, and the ATLAS names of after the 4.9.0 rename', () => {
    expect(refsOfEntry('PROMPTINJECTION', 'MITRE ATLAS')).toContain('AML.T0051');
    const name = (ref: string) => snapshotOf('MITRE ATLAS')!.items.find((i) => i.ref === ref)?.name;
    expect([name('AML.T0051'), name('AML.T0002'), name('AML.T0010')]).toEqual([
      'LLM Prompt Injection',
      'Acquire Public AI Artifacts',
      'AI Supply Chain Compromise',
    ]);
    expect(refsOfEntry('DISCRETE', 'MITRE ATLAS')).toContain('AML.T0002');
    expect(refsOfEntry('SUPPLYCHAINMANAGE', 'MITRE ATLAS')).toContain('AML.T0010');
  });

  it('list the LLM Top 10 2026 names exactly as the genai list of the catalog does', () => {
    const items = snapshotOf('OWASP LLM Top 10 2026')!.items;
    expect(llmTop10_2026.map((i) => [i.id, i.name])).toEqual(items.map((i) => [i.ref, i.name]));
  });

  it('list for an entry its mappings of all frameworks, current editions first', () => {
    const frameworks = [
      ...new Set(
        itemsOfEntry('AUGMENTATIONDATAMANIPULATION').map((m) => m.crosswalk.snapshot.framework),
      ),
    ];
    expect(frameworks).toEqual([
      'OWASP Agentic Top 10 2026',
      'OWASP LLM Top 10 2026',
      'OWASP LLM Top 10 2025',
      'MITRE ATLAS',
      'OWASP AISVS 1.0',
    ]);
  });
});

describe('the framework snapshots', () => {
  const facts = parse(readFileSync('tests/fixtures/frameworks-2026.yaml', 'utf8')) as {
    mitre_atlas: {
      techniques: { id: string; name: string }[];
      mitigations: { id: string; name: string }[];
      tactics: { id: string; name: string }[];
    };
    owasp_llm_top10_2025: { items: { id: string; name: string }[] };
    owasp_llm_top10_2026: { items: { id: string; name: string }[] };
    owasp_top10_agentic_2026: { items: { id: string; name: string }[] };
    owasp_aisvs: {
      chapters: { id: string; name: string; sections: { id: string; name: string }[] }[];
    };
  };
  const pairs = (framework: string) =>
    snapshotOf(framework)!.items.map((i) => `${i.ref} ${i.name}`);
  const ids = (list: { id: string; name: string }[]) => list.map((i) => `${i.id} ${i.name}`);

  it("hold every id and name of the publishers' lists, and nothing else", () => {
    const atlas = facts.mitre_atlas;
    expect(pairs('MITRE ATLAS')).toEqual([
      ...ids(atlas.tactics),
      ...ids(atlas.techniques),
      ...ids(atlas.mitigations),
    ]);
    expect(pairs('OWASP LLM Top 10 2025')).toEqual(ids(facts.owasp_llm_top10_2025.items));
    expect(pairs('OWASP LLM Top 10 2026')).toEqual(ids(facts.owasp_llm_top10_2026.items));
    expect(pairs('OWASP Agentic Top 10 2026')).toEqual(ids(facts.owasp_top10_agentic_2026.items));
    expect(pairs('OWASP AISVS 1.0')).toEqual(
      facts.owasp_aisvs.chapters.flatMap((c) => [`${c.id} ${c.name}`, ...ids(c.sections)]),
    );
  });
});

describe('outside links by the kind of item', () => {
  it("builds ATLAS URLs from the id's kind: tactics, techniques and sub-techniques, mitigations", () => {
    expect([
      atlasKind('AML.TA0002'),
      atlasKind('AML.T0051'),
      atlasKind('AML.T0051.001'),
      atlasKind('AML.M0015'),
      atlasKind('T0051'),
    ]).toEqual(['tactic', 'technique', 'sub-technique', 'mitigation', undefined]);
    expect(atlasUrl('AML.TA0002')).toBe('https://atlas.mitre.org/tactics/AML.TA0002');
    expect(atlasUrl('AML.T0051.001')).toBe('https://atlas.mitre.org/techniques/AML.T0051.001');
    expect(atlasUrl('AML.M0015')).toBe('https://atlas.mitre.org/mitigations/AML.M0015');
  });

  it('refuses an ATLAS id that the edition does not have', () => {
    expect(() => atlasUrl('AML.T0999')).toThrow(
      '`AML.T0999` is not in MITRE ATLAS 5.6.0 (src/catalog/frameworks/atlas.ts). Fix: use an id of that edition, or regenerate the snapshot with scripts/framework-snapshots.ts.',
    );
  });

  it('fails the catalog on a mitigation linked under /techniques/, naming file, entry, field and the right URL', () => {
    const c = brokenCopy((x) => {
      x.controls[0].standards.push({
        framework: 'MITRE ATLAS',
        ref: 'AML.M0015',
        coverage: 'unknown',
        url: 'https://atlas.mitre.org/techniques/AML.M0015',
      });
    });
    const id = c.controls[0]!.id;
    expect(atlasLinkProblems(c)).toEqual([
      `src/catalog/controls.ts, ${id}, field \`standards\`: https://atlas.mitre.org/techniques/AML.M0015 is not the page of AML.M0015. Fix: use https://atlas.mitre.org/mitigations/AML.M0015 (tactics under /tactics/, techniques and sub-techniques under /techniques/, mitigations under /mitigations/).`,
    ]);
  });

  it('fails the catalog on a link to an ATLAS id that does not exist, naming file, entry and field', () => {
    const c = brokenCopy((x) => {
      x.controls[0].readMore = ['https://atlas.mitre.org/techniques/AML.T0999'];
    });
    expect(atlasLinkProblems(c)).toEqual([
      `src/catalog/controls.ts, ${c.controls[0]!.id}, field \`readMore\`: \`AML.T0999\` is not in MITRE ATLAS 5.6.0 (src/catalog/frameworks/atlas.ts). Fix: use an id of that edition, or regenerate the snapshot with scripts/framework-snapshots.ts.`,
    ]);
  });

  it('leaves links to ATLAS pages that name no id alone, and finds none broken in the catalog', () => {
    expect(atlasUrlProblem('https://atlas.mitre.org/')).toBeUndefined();
    expect(atlasUrlProblem('https://atlas.mitre.org/studies/AML.CS0009/')).toBeUndefined();
    expect(atlasLinkProblems(catalog)).toEqual([]);
  });

  it("links the 2023 OWASP LLM Top 10 items to the GenAI Security Project's archive, not llmtop10.com", () => {
    expect(llmTop10Url('LLM08')).toBe(
      'https://genai.owasp.org/llmrisk2023-24/llm08-excessive-agency/',
    );
    const rows = catalogCrosswalks.mappings.filter((m) => m.framework === 'OWASP LLM Top 10');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows)
      expect(r.url).toMatch(/^https:\/\/genai\.owasp\.org\/llmrisk2023-24\/llm\d\d-[a-z0-9-]+\/$/);
  });

  it('links each 2025 item to its own page and each AISVS section to its heading in the chapter file', () => {
    const llm2025 = resolvedCrosswalks.find(
      (c) => c.snapshot.framework === 'OWASP LLM Top 10 2025',
    )!.items;
    expect(llm2025.find((i) => i.ref === 'LLM08:2025')!.url).toBe(
      'https://genai.owasp.org/llmrisk/llm082025-vector-and-embedding-weaknesses/',
    );
    expect(llm2025.find((i) => i.ref === 'LLM01:2025')!.url).toBe(
      'https://genai.owasp.org/llmrisk/llm01-prompt-injection/',
    );
    const aisvs = resolvedCrosswalks.find((c) => c.snapshot.framework === 'OWASP AISVS 1.0')!.items;
    expect(aisvs.find((i) => i.ref === 'C8.1')!.url).toBe(
      'https://github.com/OWASP/AISVS/blob/main/1.0/en/0x10-C08-Memory-Embeddings-and-Vector-Database.md#c81-access-controls-on-memory--rag-indices',
    );
  });
});

describe('the crosswalk rows of the mapped frameworks', () => {
  it('carry relation and source on every row, a rationale on every row of this project, and one row per mapping', () => {
    const rows = catalogCrosswalks.mappings.filter(
      (m) =>
        frameworkSnapshots.some((s) => s.framework === m.framework) &&
        m.subject.kind !== 'control-section' &&
        m.ref !== null,
    );
    const mappings = resolvedCrosswalks.reduce(
      (n, c) => n + c.items.reduce((m, i) => m + i.entries.length, 0),
      0,
    );
    expect(rows).toHaveLength(mappings);
    for (const r of rows) {
      expect(r.relation, `${r.framework} ${r.ref}`).toBeDefined();
      if (r.source === 'this-project')
        expect(r.rationale, `${r.framework} ${r.ref} ${r.subject.id}`).toBeTruthy();
    }
  });

  it('show each ATLAS id once per entry: no second row from a standards reference', () => {
    const atlas = catalogCrosswalks.mappings.filter(
      (m) => m.framework === 'MITRE ATLAS' && m.ref !== null,
    );
    const keys = atlas.map((m) => `${m.subject.id} ${m.ref}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(
      atlas.filter((m) => m.subject.id === 'AUGMENTATIONDATALEAK' && m.ref === 'AML.T0036'),
    ).toHaveLength(1);
    for (const m of atlas) expect(m.url, m.ref!).toBe(atlasUrl(m.ref!));
  });
});

describe('ATLAS links written in the prose', () => {
  it("follow the URL rule of their id's kind and name ids ATLAS has, each problem with file and line", async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync('content', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `content/${f}`);
    const problems: string[] = [];
    let links = 0;
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const [url] of line.matchAll(/https:\/\/atlas\.mitre\.org\/[^\s)"'>\]]*/g)) {
            links += 1;
            const problem = atlasUrlProblem(url);
            if (problem) problems.push(`${file}:${i + 1}: ${problem}`);
          }
        });
    }
    expect(links).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});
