import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.ts';
import { createLookup, lookup } from '../../src/catalog/lookup.ts';
import { legacyPages, parseLegacyUrl } from '../../src/site/legacy.ts';
import {
  fileRedirects,
  firebaseConfig,
  netlifyRedirects,
  redirectTable,
  shortLinkTargets,
} from '../../src/site/redirects.ts';
import { planRedirects } from '../../src/site/redirect-plan.ts';
import { brokenCopy, tinyCatalog } from '../fixtures/tiny-catalog.ts';

describe('short links from a fixture catalog', () => {
  const rows = redirectTable(shortLinkTargets(createLookup(tinyCatalog)));
  const to = (from: string) => rows.find((r) => r.from === from)?.to;

  it('gives each entry its slug under /goto/ and /go/', () => {
    expect([to('/goto/ratelimit/'), to('/go/ratelimit/')]).toEqual([
      '/controls/ratelimit/',
      '/controls/ratelimit/',
    ]);
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
    expect(() => shortLinkTargets(createLookup(broken))).toThrowErrorMatchingInlineSnapshot(`
      [Error: Short links collide:
      - control RATELIMIT: the short-link slug \`evasion\` already leads to threat EVASION (/threats/evasion/). Fix: a slug has one target; remove it from one of them in src/catalog.]
    `);
  });

  it('rejects a registered page slug that collides with an entry slug', () => {
    const broken = brokenCopy((c) =>
      c.pages.push({
        id: 'x',
        title: 'X',
        path: '/overview/',
        sidebar: null,
        slugs: [{ slug: 'ratelimit', anchor: null }],
        legacyAnchors: [],
        original: null,
      }),
    );
    expect(() => shortLinkTargets(createLookup(broken))).toThrow(
      /already leads to control RATELIMIT/,
    );
  });
});

describe('redirect files', () => {
  const rows = redirectTable(shortLinkTargets(lookup));
  const plan = planRedirects(rows);
  const canonical = rows.filter((r) => r.from.startsWith('/goto/'));

  it('writes each /goto/ short link as one permanent rule, and /go/ as one splat rule after them', () => {
    const lines = netlifyRedirects(plan)
      .split('\n')
      .filter((l) => l.startsWith('/'));
    expect(lines.slice(0, -1).sort()).toEqual(canonical.map((r) => `${r.from} ${r.to} 301`).sort());
    expect(lines.at(-1)).toBe('/go/* /goto/:splat 301');
  });

  it('forces every rule on Netlify and lists each short link with and without its trailing slash', () => {
    const forced = netlifyRedirects(plan, { force: true })
      .split('\n')
      .filter((l) => l.startsWith('/'));
    expect(forced.slice(0, -1).sort()).toEqual(
      canonical
        .flatMap((r) => [`${r.from} ${r.to} 301!`, `${r.from.slice(0, -1)} ${r.to} 301!`])
        .sort(),
    );
    expect(forced.at(-1)).toBe('/go/* /goto/:splat 301!');
  });

  it('writes the /goto/ redirects to firebase.json in both slash forms and /go/ as one capture rule at the end', () => {
    const config = JSON.parse(firebaseConfig(plan)) as {
      hosting: { redirects: { source: string; destination: string; type: number }[] };
    };
    const fromFirebase = new Map(config.hosting.redirects.map((r) => [r.source, r.destination]));
    for (const r of canonical)
      expect([fromFirebase.get(r.from), fromFirebase.get(r.from.slice(0, -1))]).toEqual([
        r.to,
        r.to,
      ]);
    expect(config.hosting.redirects).toHaveLength(canonical.length * 2 + 1);
    expect(config.hosting.redirects.at(-1)).toEqual({
      source: '/go/:rest*',
      destination: '/goto/:rest*',
      type: 301,
    });
  });

  it("forwards the original site's PDF address to the PDF of this site in both hosting files, in one form", () => {
    const all = planRedirects([...rows, ...fileRedirects()]);
    expect(netlifyRedirects(all).split('\n')).toContain(
      '/OWASP-AI-Exchange.pdf /ai-security-exchange.pdf 301',
    );
    expect(
      netlifyRedirects(all, { force: true })
        .split('\n')
        .filter((l) => l.startsWith('/OWASP-AI-Exchange.pdf')),
    ).toEqual(['/OWASP-AI-Exchange.pdf /ai-security-exchange.pdf 301!']);
    const config = JSON.parse(firebaseConfig(all)) as {
      hosting: { redirects: { source: string; destination: string }[] };
    };
    expect(config.hosting.redirects).toContainEqual({
      source: '/OWASP-AI-Exchange.pdf',
      destination: '/ai-security-exchange.pdf',
      type: 301,
    });
  });

  it('gives the PDF and llms.txt short links of their own', () => {
    expect(rows.find((r) => r.from === '/goto/pdf/')?.to).toBe('/ai-security-exchange.pdf');
    expect(rows.find((r) => r.from === '/go/PDF/')?.to).toBe('/ai-security-exchange.pdf');
    expect(rows.find((r) => r.from === '/goto/llms/')?.to).toBe('/llms.txt');
  });
});

describe('links published by the original site', () => {
  interface GotoLink {
    slug: string;
    prefix: string;
    destination: string;
  }
  interface FactsEntry {
    seed_url: string;
    id: string;
  }
  interface SlugTarget {
    slug: string;
    target_kind: string;
    target: string;
    target_anchor?: string | null;
  }
  interface HeadItem {
    id: string;
    page: string;
    head_anchor: string;
  }
  interface HeadSubject {
    id: string;
    page: string;
    head_anchor: string | null;
    heading_tree?: { anchor: string }[];
  }
  const facts = parse(
    readFileSync(new URL('../fixtures/ai-exchange-catalog-facts.yaml', import.meta.url), 'utf8'),
  ) as {
    goto_links_head: GotoLink[];
    threats: FactsEntry[];
    controls: FactsEntry[];
  };
  const head = parse(
    readFileSync(new URL('../fixtures/head-facts.yaml', import.meta.url), 'utf8'),
  ) as {
    slug_targets: SlugTarget[];
    items: HeadItem[];
    subjects: HeadSubject[];
  };
  const targets = new Map(shortLinkTargets(lookup).map((t) => [t.slug, t.to]));
  const pages = legacyPages(lookup);
  const legacyTarget = (url: string) => {
    const parsed = parseLegacyUrl(url);
    const page = pages.find((p) => p.page === parsed?.page);
    return parsed?.anchor ? page?.anchors.find((a) => a.anchor === parsed.anchor)?.to : page?.to;
  };
  /** Slugs of today's original that name no page of this site, and why. */
  const UNRESOLVED: Record<string, string> = {
    media: 'community page of the original (press and talks); this site has no equivalent',
    threatadvisor: 'an outside chat assistant of the original, not a page',
    agent: 'an outside chat assistant of the original, not a page',
  };

  it("resolves every short-link slug of today's original that names an item, subject, section, group or page", () => {
    const slugs = new Set([
      ...facts.goto_links_head.map((g) => g.slug),
      ...head.slug_targets.map((t) => t.slug),
    ]);
    const unresolved = [...slugs].filter((slug) => !targets.has(slug)).sort();
    expect(unresolved).toEqual(Object.keys(UNRESOLVED).sort());
    const named = head.slug_targets.filter((t) =>
      ['item', 'subject', 'overview-section', 'seed-threat-group-page', 'page'].includes(
        t.target_kind,
      ),
    );
    for (const t of named) expect(targets.get(t.slug), t.slug).toBeDefined();
  });

  it("also resolves the misspelt and unregistered slugs today's original links from its own pages", () => {
    interface Quirk {
      slugs?: string[];
    }
    const quirks = (
      parse(readFileSync(new URL('../fixtures/head-facts.yaml', import.meta.url), 'utf8')) as {
        source_quirks_head: Quirk[];
      }
    ).source_quirks_head;
    for (const slug of quirks.flatMap((q) => q.slugs ?? []))
      expect(targets.get(slug.toLowerCase()), slug).toBeDefined();
    expect(targets.get('disclosureuseoutput')).toBe('/threats/disclosureinoutput/');
  });

  it("sends a slug of a new item to that item's page, and a subject's deep slug to the same section of its page", () => {
    for (const t of head.slug_targets.filter((x) => x.target_kind === 'item')) {
      const kind = catalog.threats.some((x) => x.id === t.target) ? 'threats' : 'controls';
      expect(targets.get(t.slug), t.slug).toBe(`/${kind}/${t.target.toLowerCase()}/`);
    }
    expect(targets.get('testingpromptinjection')).toBe(
      '/testing/generative/#testing-against-prompt-injection',
    );
    expect(targets.get('testingtoolsgenai')).toBe(
      '/testing/tools/#open-source-tools-for-generative-ai-red-teaming',
    );
    expect(targets.get('aiprivacy')).toBe('/privacy/');
    expect(targets.get('roadmap')).toBe('/overview/about/#ai-exchange-roadmap');
  });

  it("lands every seed-era deep link of a threat or control on its page, or on its successor's when it was retired", () => {
    const successor = new Map(catalog.retired.map((r) => [r.id, r.mergedInto]));
    const pathOf = (id: string) => {
      const t = catalog.threats.find((x) => x.id === id);
      return t ? `/threats/${t.slug}/` : `/controls/${id.toLowerCase()}/`;
    };
    for (const t of facts.threats) {
      const threat = catalog.threats.find((x) => x.sourceId === t.id);
      const retired = catalog.retired.find(
        (r) => r.kind === 'threat' && r.legacy.seedUrl === t.seed_url,
      );
      expect(legacyTarget(t.seed_url), t.seed_url).toBe(
        threat ? `/threats/${threat.slug}/` : pathOf(retired!.mergedInto),
      );
    }
    // A control described inside a threat's section (FILTERSENSITIVETRAINDATA) shared that section's
    // anchor; the anchor keeps leading to the threat, whose page links the control.
    const threatUrls = new Set(facts.threats.map((t) => t.seed_url));
    for (const c of facts.controls.filter((x) => !threatUrls.has(x.seed_url))) {
      expect(legacyTarget(c.seed_url), c.seed_url).toBe(pathOf(successor.get(c.id) ?? c.id));
    }
  });

  it("lands today's heading anchor of every new item on the item's page", () => {
    for (const i of head.items) {
      const e = [...catalog.threats, ...catalog.controls].find((x) => x.id === i.id)!;
      expect(legacyTarget(`/docs/${i.page}/#${i.head_anchor}`), i.id).toMatch(
        new RegExp(`/${e.slug}/$`),
      );
    }
  });

  it("keeps today's heading anchor of every changed seed entry and threat group on the page that holds it", () => {
    interface Changed {
      id: string;
      head_anchor?: string;
      page?: { head: string };
      merged_into?: string;
    }
    const facts2 = parse(
      readFileSync(new URL('../fixtures/head-facts.yaml', import.meta.url), 'utf8'),
    ) as { changed: Changed[]; changed_groups: Changed[] };
    const pageOf = (id: string) => {
      const t = catalog.threats.find((x) => x.sourceId === id || x.id === id);
      const c = catalog.controls.find((x) => x.id === id);
      return (t ?? c)?.legacy.headPage;
    };
    for (const c of facts2.changed.filter((x) => x.head_anchor && !x.merged_into)) {
      const page = c.page?.head ?? pageOf(c.id);
      expect(page, c.id).toBeTruthy();
      expect(
        legacyTarget(`/docs/${page}/#${c.head_anchor}`),
        `${c.id} #${c.head_anchor}`,
      ).toBeDefined();
    }
    expect(legacyTarget('/docs/2_threats_through_use/#20-input-threats---introduction')).toBe(
      '/threats-through-use/',
    );
  });

  it("lands the sub-heading anchors of an entry's section on the same anchor of the entry's page", () => {
    expect(
      legacyTarget(
        '/docs/2_threats_through_use/#semantic-drift-same-words-may-mean-different-things-in-different-times',
      ),
    ).toBe(
      '/controls/culturesensitivealignment/#semantic-drift-same-words-may-mean-different-things-in-different-times',
    );
  });

  it("keeps every heading anchor of a subject, on the subject's page under the same anchor when it has a page of its own", () => {
    for (const s of head.subjects) {
      const ours = catalog.pages.find((x) => x.id === s.id)!;
      for (const a of [
        ...(s.heading_tree ?? []).map((h) => h.anchor),
        ...(s.head_anchor ? [s.head_anchor] : []),
      ]) {
        const to = legacyTarget(`/docs/${s.page}/#${a}`);
        // An anchor shared with an entry or an overview section (e.g. 'introduction') may already lead elsewhere on the same page.
        expect(to, `${s.page}#${a}`).toBeDefined();
        if (ours.original?.home === 'own' && to?.split('#')[0] === ours.path)
          expect(to).toBe(`${ours.path}#${a}`);
      }
    }
    for (const page of ['5_testing', '6_privacy', 'ai_security_references', 'ai_security_index'])
      expect(pages.map((p) => p.page)).toContain(page);
  });

  it('lands an anchor of a subject that moved to another page of its part on the same anchor of that page', () => {
    expect(legacyTarget('/docs/5_testing/#agentic-ai-security-testing')).toBe(
      '/testing/agents/#agentic-ai-security-testing',
    );
    expect(legacyTarget('/docs/5_testing/#test-procedure')).toBe(
      '/testing/predictive/#test-procedure',
    );
    expect(legacyTarget('/docs/5_testing/#tool-name-pyrit')).toBe(
      '/testing/tools/#tool-name-pyrit',
    );
    expect(legacyTarget('/docs/5_testing/#general-ai-security-testing-approach')).toBe(
      '/testing/#general-ai-security-testing-approach',
    );
  });
});

describe('retired entries', () => {
  const oldLimit = {
    kind: 'control',
    id: 'OLDLIMIT',
    name: 'Old limit',
    slug: 'oldlimit',
    aliases: [],
    how: 'merged',
    mergedInto: 'RATELIMIT',
    reason: 'Folded into rate limiting.',
    retiredOn: '2026-11-21',
    legacy: {
      seedUrl: 'https://owaspai.org/docs/2_threats_through_use/#oldlimit',
      headPage: null,
      headAnchor: null,
      status: 'merged',
    },
  } as const;
  it('keep their short links, leading to the entry they were merged into', () => {
    const retired = brokenCopy((c) =>
      c.retired.push({ ...oldLimit, aliases: ['throttle'], mergedInto: 'RATELIMIT' }),
    );
    const rows = redirectTable(shortLinkTargets(createLookup(retired)));
    expect(
      rows
        .filter((r) => r.slug === 'oldlimit' || r.slug === 'throttle')
        .map((r) => `${r.from} -> ${r.to}`),
    ).toContain('/goto/oldlimit/ -> /controls/ratelimit/');
    expect(rows.find((r) => r.from === '/go/THROTTLE/')?.to).toBe('/controls/ratelimit/');
  });

  it('must name a live entry to merge into', () => {
    const broken = brokenCopy((c) => c.retired.push({ ...oldLimit, mergedInto: 'MONITORUSE' }));
    expect(() => shortLinkTargets(createLookup(broken))).toThrow(
      'retired control OLDLIMIT: `mergedInto` names MONITORUSE, which is not an entry.',
    );
  });
});
