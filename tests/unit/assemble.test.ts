/**
 * Assembling the catalog: records state each relation once, and the resolved catalog carries both
 * sides, the defaults filled in.
 */
import { describe, expect, it } from 'vitest';
import { assembleCatalog } from '../../src/catalog/assemble.ts';
import { catalog } from '../../src/catalog/index.ts';
import type { CatalogSource, ControlRecord, ThreatRecord } from '../../src/catalog/types.ts';

const legacy = {
  seedUrl: 'https://example.org/',
  headPage: null,
  headAnchor: null,
  status: 'same',
};
const threat = (id: ThreatRecord['id'], rest: Partial<ThreatRecord> = {}): ThreatRecord => ({
  id,
  sourceId: id,
  name: id,
  shortName: id,
  section: '2.1',
  part: 'threats-through-use',
  parent: null,
  lifecycle: 'through-use',
  aiSpecific: true,
  genai: { applies: false, note: null },
  generalControlsApply: true,
  legacy,
  summary: 'A threat.',
  ...rest,
});
const control = (id: ControlRecord['id'], rest: Partial<ControlRecord> = {}): ControlRecord =>
  ({
    id,
    name: id,
    section: '2.0',
    part: 'threats-through-use',
    category: 'x',
    lifecycle: 'runtime',
    discipline: null,
    general: false,
    legacy,
    summary: 'A control.',
    ...rest,
  }) as ControlRecord;

const source: CatalogSource = {
  threatIds: ['EVASION', 'CLOSEDBOXEVASION', 'PROMPTINJECTION', 'DATAPOISON'],
  controlIds: [
    'AIPROGRAM',
    'RATELIMIT',
    'DETECTODDINPUT',
    'TRAINDATADISTORTION',
    'DEVSECURITY',
    'MONITORUSE',
  ],
  threats: [
    threat('EVASION', { controls: ['DETECTODDINPUT'], controlRefs: ['general', 'through-use'] }),
    threat('CLOSEDBOXEVASION', { parent: 'EVASION', mentionedControls: ['TRAINDATADISTORTION'] }),
    threat('PROMPTINJECTION', { slug: 'promptinject' }),
    threat('DATAPOISON', {
      part: 'development-time-threats',
      section: '3.1',
      lifecycle: 'development-time',
      controlRefs: ['dev-time-protection'],
    }),
  ],
  controls: [
    control('AIPROGRAM', {
      section: '1.1',
      part: 'general-controls',
      general: true,
      singledOutFor: ['PROMPTINJECTION', 'EVASION'],
    }),
    control('RATELIMIT'),
    control('DETECTODDINPUT'),
    control('TRAINDATADISTORTION', { primaryGroup: 'datascience-devtime' }),
    control('DEVSECURITY'),
    control('MONITORUSE'),
  ],
  controlGroups: [
    {
      id: 'governance',
      number: '1',
      name: 'G',
      subgroup: null,
      parentName: 'G',
      controls: ['AIPROGRAM'],
      slug: 'aigovernance',
      summary: 'G.',
    },
    {
      id: 'it-adapted',
      number: '2b',
      name: 'A',
      subgroup: null,
      parentName: 'C',
      controls: ['RATELIMIT', 'MONITORUSE', 'TRAINDATADISTORTION'],
      slug: 'itadapted',
      summary: 'A.',
    },
    {
      id: 'datascience-devtime',
      number: '3a',
      name: 'D',
      subgroup: 'development-time',
      parentName: 'D',
      controls: ['TRAINDATADISTORTION', 'DEVSECURITY', 'DETECTODDINPUT'],
      slug: 'datasciencedevtime',
      summary: 'D.',
    },
  ],
  essentialGroups: [],
  controlSections: [
    {
      id: '1.1',
      name: 'Governance',
      anchor: 'governance',
      slug: 'governancecontrols',
      seedUrl: 'https://example.org/',
    },
  ],
  threatGroups: [
    {
      id: 'THREATS_THROUGH_USE',
      part: 'threats-through-use',
      section: '2.0',
      name: 'Use',
      lifecycle: 'through-use',
      controls: ['RATELIMIT', 'MONITORUSE'],
      referencedAs: 'through-use',
      slug: 'inputthreats',
      seedUrl: 'https://example.org/',
    },
    {
      id: 'DEVELOPMENT_TIME_THREATS',
      part: 'development-time-threats',
      section: '3.0',
      name: 'Dev',
      lifecycle: 'development-time',
      controls: ['DEVSECURITY'],
      referencedAs: 'dev-time-protection',
      slug: 'developmenttime',
      seedUrl: 'https://example.org/',
    },
  ],
  parts: [
    { id: 'general-controls', number: '1', title: 'General', summary: 'G.', legacyPage: '1' },
    { id: 'threats-through-use', number: '2', title: 'Use', summary: 'U.', legacyPage: '2' },
    { id: 'development-time-threats', number: '3', title: 'Dev', summary: 'D.', legacyPage: '3' },
  ],
  frameworks: [],
  pages: [],
  retired: [],
};
const built = assembleCatalog(source);
const threatOf = (id: string) => built.threats.find((t) => t.id === id)!;
const controlOf = (id: string) => built.controls.find((c) => c.id === id)!;

describe('assembleCatalog', () => {
  it('gives each threat the threats that name it as parent as its children, in document order', () => {
    expect(threatOf('EVASION').children).toEqual(['CLOSEDBOXEVASION']);
    expect(threatOf('CLOSEDBOXEVASION').children).toEqual([]);
  });

  it('gives a specific control every threat that names it by any route: own, parent, threat group, mentioned', () => {
    expect(controlOf('DETECTODDINPUT').threats).toEqual(['EVASION', 'CLOSEDBOXEVASION']); // own, then inherited by the child
    expect(controlOf('TRAINDATADISTORTION').threats).toEqual(['CLOSEDBOXEVASION']); // mentioned
    expect(controlOf('RATELIMIT').threats).toEqual(['EVASION']); // through the threat group EVASION refers to; the child does not refer to it
    expect(controlOf('DEVSECURITY').threats).toEqual(['DATAPOISON']);
  });

  it("gives a general control the threats its record singles it out for, in the record's order", () => {
    expect(controlOf('AIPROGRAM').threats).toEqual(['PROMPTINJECTION', 'EVASION']);
    expect(controlOf('AIPROGRAM')).not.toHaveProperty('singledOutFor');
  });

  it("derives a control's groups from the member lists, primary first unless the record names another", () => {
    expect([controlOf('RATELIMIT').group, controlOf('RATELIMIT').groups]).toEqual([
      'it-adapted',
      ['it-adapted'],
    ]);
    expect([
      controlOf('TRAINDATADISTORTION').group,
      controlOf('TRAINDATADISTORTION').groups,
    ]).toEqual(['datascience-devtime', ['it-adapted', 'datascience-devtime']]);
    expect(controlOf('TRAINDATADISTORTION')).not.toHaveProperty('primaryGroup');
  });

  it("derives threat group members from the threats' part, a part's threat group, and a section's members", () => {
    expect(built.threatGroups.map((g) => [g.id, g.threats])).toEqual([
      ['THREATS_THROUGH_USE', ['EVASION', 'CLOSEDBOXEVASION', 'PROMPTINJECTION']],
      ['DEVELOPMENT_TIME_THREATS', ['DATAPOISON']],
    ]);
    expect(built.parts.map((p) => p.threatGroup)).toEqual([
      null,
      'THREATS_THROUGH_USE',
      'DEVELOPMENT_TIME_THREATS',
    ]);
    expect(built.controlSections[0]!.controls).toEqual(['AIPROGRAM']);
  });

  it('takes the lower-case id as slug unless the record names one, and fills every left-out list with an empty one', () => {
    expect([
      threatOf('EVASION').slug,
      threatOf('PROMPTINJECTION').slug,
      controlOf('RATELIMIT').slug,
    ]).toEqual(['evasion', 'promptinject', 'ratelimit']);
    const t = threatOf('PROMPTINJECTION');
    expect([
      t.aliases,
      t.controls,
      t.mentionedControls,
      t.standards,
      t.owaspLlmTop10,
      t.relatedThreats,
    ]).toEqual([[], [], [], [], [], []]);
    const c = controlOf('RATELIMIT');
    expect([c.aliases, c.relatedControls, c.otherThreats, c.readMore, c.standards]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(built.controlSections[0]!.namedRisks).toEqual([]);
  });

  it('derives nothing from an unknown id, leaving it for validation to report', () => {
    const broken = assembleCatalog({
      ...source,
      threats: [
        ...source.threats,
        threat('DATAPOISON', { id: 'NOPE' as never, parent: 'MISSING' as never }),
      ],
    });
    expect(broken.threats.flatMap((t) => t.children)).toEqual(['CLOSEDBOXEVASION']);
  });

  it("keeps the real catalog's mirrors consistent: every control a threat names lists the threat back", () => {
    for (const t of catalog.threats) {
      for (const id of [...t.controls, ...t.mentionedControls]) {
        const c = catalog.controls.find((x) => x.id === id)!;
        if (!c.general) expect(c.threats, `${id} → ${t.id}`).toContain(t.id);
      }
    }
  });
});
