import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalog, overviewSections } from '../../src/catalog/index.ts';
import { legacyPages, parseLegacyUrl } from '../../src/site/legacy.ts';
import { firebaseConfig, netlifyRedirects, redirectTable, shortLinkTargets } from '../../src/site/redirects.ts';
import { FILE_REDIRECTS } from '../../src/site/site-files.ts';
import { brokenCopy, tinyCatalog } from '../fixtures/tiny-catalog.ts';

describe('short links from a fixture catalog', () => {
  const rows = redirectTable(shortLinkTargets(tinyCatalog, []));
  const to = (from: string) => rows.find((r) => r.from === from)?.to;

  it('gives each entry its slug under /goto/ and /go/', () => {
    expect([to('/goto/ratelimit/'), to('/go/ratelimit/')]).toEqual(['/controls/ratelimit/', '/controls/ratelimit/']);
  });

  it('sends an alias to the entry it names', () => {
    expect(to('/goto/anomalousinputhandling/')).toBe('/controls/detectoddinput/');
    expect(to('/go/zeroknowledgeevasion/')).toBe('/threats/closedboxevasion/');
  });

  it('answers the upper-case form of every slug', () => {
    expect(to('/goto/RATELIMIT/')).toBe('/controls/ratelimit/');
    expect(to('/go/ANOMALOUSINPUTHANDLING/')).toBe('/controls/detectoddinput/');
  });

  it('lands a section link on the section anchor and a part link on the part page', () => {
    expect(to('/goto/governancecontrols/')).toBe('/general-controls/#governance');
    expect(to('/goto/inputthreats/')).toBe('/threats-through-use/');
  });

  it('rejects an alias that another entry already owns, naming both', () => {
    const broken = brokenCopy((c) => c.controls[1].aliases.push('evasion'));
    expect(() => shortLinkTargets(broken, [])).toThrowErrorMatchingInlineSnapshot(`
      [Error: Short links collide:
      - control RATELIMIT: the short-link slug \`evasion\` already leads to threat EVASION (/threats/evasion/). Fix: a slug has one target; remove it from one of them in src/catalog.]
    `);
  });

  it('rejects an overview slug that collides with an entry slug', () => {
    expect(() => shortLinkTargets(tinyCatalog, [{ id: 'x', title: 'X', path: '/overview/', slugs: ['ratelimit'], legacyAnchors: [] }])).toThrow(/already leads to control RATELIMIT/);
  });
});

describe('redirect files', () => {
  const rows = redirectTable(shortLinkTargets(catalog, overviewSections));

  it('writes the same redirects to _redirects as the table holds', () => {
    const lines = netlifyRedirects(rows).split('\n').filter((l) => l.startsWith('/'));
    const pairs = new Set(lines.map((l) => l.split(' ').slice(0, 2).join(' ')));
    for (const r of rows) {
      expect(pairs.has(`${r.from} ${r.to}`)).toBe(true);
      expect(pairs.has(`${r.from.slice(0, -1)} ${r.to}`)).toBe(true);
    }
    expect(lines).toHaveLength(rows.length * 2 + FILE_REDIRECTS.length);
    expect(lines.every((l) => l.endsWith(' 301'))).toBe(true);
  });

  it('writes the same redirects to firebase.json as the table holds', () => {
    const config = JSON.parse(firebaseConfig(rows)) as { hosting: { redirects: { source: string; destination: string; type: number }[] } };
    const fromFirebase = new Map(config.hosting.redirects.map((r) => [r.source, r.destination]));
    for (const r of rows) expect(fromFirebase.get(r.from)).toBe(r.to);
    expect(config.hosting.redirects).toHaveLength(rows.length * 2 + FILE_REDIRECTS.length);
  });

  it('forwards the original site\'s PDF address to the PDF of this site in both hosting files', () => {
    expect(netlifyRedirects(rows).split('\n')).toContain('/OWASP-AI-Exchange.pdf /ai-security-exchange.pdf 301');
    const config = JSON.parse(firebaseConfig(rows)) as { hosting: { redirects: { source: string; destination: string }[] } };
    expect(config.hosting.redirects).toContainEqual({ source: '/OWASP-AI-Exchange.pdf', destination: '/ai-security-exchange.pdf', type: 301 });
  });

  it('gives the PDF and llms.txt short links of their own', () => {
    expect(rows.find((r) => r.from === '/goto/pdf/')?.to).toBe('/ai-security-exchange.pdf');
    expect(rows.find((r) => r.from === '/go/PDF/')?.to).toBe('/ai-security-exchange.pdf');
    expect(rows.find((r) => r.from === '/goto/llms/')?.to).toBe('/llms.txt');
  });
});

describe('links published by the original site', () => {
  interface GotoLink { slug: string; prefix: string; destination: string }
  interface FactsEntry { seed_url: string; id: string }
  const facts = parse(readFileSync(new URL('../fixtures/ai-exchange-catalog-facts.yaml', import.meta.url), 'utf8')) as {
    goto_links_head: GotoLink[]; threats: FactsEntry[]; controls: FactsEntry[];
  };
  const targets = new Map(shortLinkTargets(catalog, overviewSections).map((t) => [t.slug, t.to]));
  const pages = legacyPages(catalog, overviewSections);
  const legacyTarget = (url: string) => {
    const parsed = parseLegacyUrl(url);
    const page = pages.find((p) => p.page === parsed?.page);
    return parsed?.anchor ? page?.anchors.find((a) => a.anchor === parsed.anchor)?.to : page?.to;
  };

  it('resolves every short link of the original site whose target we have, to the same content', () => {
    const ours = facts.goto_links_head.filter((g) => legacyTarget(g.destination) !== undefined || targets.has(g.slug));
    for (const g of ours) {
      expect(targets.get(g.slug), `/${g.prefix}/${g.slug}/`).toBeDefined();
    }
    const unresolved = [...new Set(facts.goto_links_head.filter((g) => !targets.has(g.slug)).map((g) => g.slug))].sort();
    expect(unresolved).toMatchInlineSnapshot(`
      [
        "agent",
        "agentescape",
        "agenticaioverview",
        "agenticaithreats",
        "agentmessagestructuremanipulation",
        "agentsandboxing",
        "aiatowasp",
        "aiengineeringprimer",
        "aiprivacy",
        "augmentationdataconfidentiality",
        "augmentationdataintegrity",
        "augmentationdataleak",
        "augmentationdatamanipulation",
        "copyright",
        "culturesensitivealignment",
        "essentials",
        "index",
        "leakaugmentation",
        "manipulateaugmentation",
        "media",
        "modelalignment",
        "modelwatermarking",
        "partialknowledgeevasion",
        "promptinjection",
        "promptinjectionsevenlayers",
        "ragoverview",
        "ragtesting",
        "roadmap",
        "testing",
        "testingevasion",
        "testingpromptinjection",
        "testingtoolsgenai",
        "testingtoolspredictiveai",
        "threatadvisor",
        "threattree",
        "transferattack",
        "unwantedinputserieshandling",
      ]
    `);
  });

  it('lands every seed-era deep link of a threat or control on its page', () => {
    for (const t of facts.threats) {
      const threat = catalog.threats.find((x) => x.sourceId === t.id)!;
      expect(legacyTarget(t.seed_url), t.seed_url).toBe(`/threats/${threat.slug}/`);
    }
    // A control described inside a threat's section (FILTERSENSITIVETRAINDATA) shared that section's
    // anchor; the anchor keeps leading to the threat, whose page links the control.
    const threatUrls = new Set(facts.threats.map((t) => t.seed_url));
    for (const c of facts.controls.filter((x) => !threatUrls.has(x.seed_url))) {
      expect(legacyTarget(c.seed_url), c.seed_url).toBe(`/controls/${c.id.toLowerCase()}/`);
    }
  });
});

describe('retired entries', () => {
  it('keep their short links, leading to the entry they were merged into', () => {
    const retired = brokenCopy((c) => c.retired.push({ kind: 'control', id: 'OLDLIMIT', name: 'Old limit', slug: 'oldlimit', aliases: ['throttle'], mergedInto: 'RATELIMIT', retiredOn: '2026-11-21' }));
    const rows = redirectTable(shortLinkTargets(retired, []));
    expect(rows.filter((r) => r.slug === 'oldlimit' || r.slug === 'throttle').map((r) => `${r.from} -> ${r.to}`)).toContain('/goto/oldlimit/ -> /controls/ratelimit/');
    expect(rows.find((r) => r.from === '/go/THROTTLE/')?.to).toBe('/controls/ratelimit/');
  });

  it('must name a live entry to merge into', () => {
    const broken = brokenCopy((c) => c.retired.push({ kind: 'control', id: 'OLDLIMIT', name: 'Old limit', slug: 'oldlimit', aliases: [], mergedInto: 'MONITORUSE', retiredOn: '2026-11-21' }));
    expect(() => shortLinkTargets(broken, [])).toThrow('retired control OLDLIMIT: `mergedInto` names MONITORUSE, which is not an entry.');
  });
});
