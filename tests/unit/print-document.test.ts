import { describe, expect, it } from 'vitest';
import { pageContent } from '../../src/exports/page-content.ts';
import {
  END_MARKER,
  elementAnchor,
  pageAnchor,
  printDocument,
  printLink,
  type Forwarding,
} from '../../src/exports/print-document.ts';
import { lookup } from '../../src/catalog/lookup.ts';
import { sitePagePath } from '../../src/catalog/urls.ts';
import { forwarding } from '../../src/site/forwarding.ts';
import { pageSections } from '../../src/site/page-order.ts';
import { shortLinkTargets } from '../../src/site/redirects.ts';

const site = 'https://example.org/';
const pages = new Set(['/', '/controls/ratelimit/', '/threats/evasion/']);
const forward: Forwarding = (path, hash) => {
  if (path === '/goto/ratelimit/') return '/controls/ratelimit/';
  if (path === '/goto/inputthreats/') return '/controls/ratelimit/#objective';
  if (path === '/docs/2_threats_through_use/' && hash === '#ratelimit')
    return '/controls/ratelimit/';
  return undefined;
};

describe('anchors of the print document', () => {
  it('names each page after its path and each element after its page and id', () => {
    expect(pageAnchor('/controls/ratelimit/')).toBe('page-controls-ratelimit');
    expect(pageAnchor('/')).toBe('page-home');
    expect(elementAnchor('/controls/ratelimit/', 'objective')).toBe(
      'page-controls-ratelimit--objective',
    );
    expect(elementAnchor('/controls/ratelimit/', '_top')).toBe('page-controls-ratelimit');
  });
});

describe('links in the print document', () => {
  it('turns a link to a printed page, with or without a fragment, into a link inside the document', () => {
    expect(printLink('/threats/evasion/', '/controls/ratelimit/', pages, site, forward)).toBe(
      '#page-threats-evasion',
    );
    expect(
      printLink('../../threats/evasion/#how', '/controls/ratelimit/', pages, site, forward),
    ).toBe('#page-threats-evasion--how');
    expect(printLink('https://example.org/threats/evasion/', '/', pages, site, forward)).toBe(
      '#page-threats-evasion',
    );
  });

  it("follows short links and the original site's deep links to the page they lead to", () => {
    expect(printLink('/goto/ratelimit/', '/', pages, site, forward)).toBe(
      '#page-controls-ratelimit',
    );
    expect(printLink('/goto/inputthreats/', '/', pages, site, forward)).toBe(
      '#page-controls-ratelimit--objective',
    );
    expect(printLink('/docs/2_threats_through_use/#ratelimit', '/', pages, site, forward)).toBe(
      '#page-controls-ratelimit',
    );
  });

  it('turns every short link of the site, those of registered pages and subjects included, into a link inside the document', () => {
    const real = forwarding(lookup);
    const targets = shortLinkTargets(lookup);
    const all = new Set(targets.map((t) => sitePagePath({ path: t.to })));
    expect(printLink('/goto/testing/', '/', all, site, real)).toBe('#page-testing');
    expect(printLink('/docs/5_testing/', '/', all, site, real)).toBe('#page-testing');
    for (const t of targets)
      expect(printLink(`/goto/${t.slug}/`, '/', all, site, real), t.slug).toMatch(/^#page-/);
  });

  it('recognises links that carry the base path of a site served from a folder', () => {
    const sub = 'https://org.example.io/repo/';
    expect(
      printLink('/repo/threats/evasion/#how', '/controls/ratelimit/', pages, sub, forward),
    ).toBe('#page-threats-evasion--how');
    expect(printLink('/repo/goto/ratelimit/', '/', pages, sub, forward)).toBe(
      '#page-controls-ratelimit',
    );
    expect(printLink('/repo/catalog.json', '/', pages, sub, forward)).toBe(
      'https://org.example.io/repo/catalog.json',
    );
  });

  it('sends a link to another file of the site to the site, and leaves other sites alone', () => {
    expect(printLink('/catalog.json', '/', pages, site, forward)).toBe(
      'https://example.org/catalog.json',
    );
    expect(printLink('/standards/nist/', '/', pages, site, forward)).toBe(
      'https://example.org/standards/nist/',
    );
    expect(printLink('https://owasp.org/x', '/', pages, site, forward)).toBe('https://owasp.org/x');
  });
});

describe('the print document', () => {
  const page = (path: string, title: string, body: string) =>
    pageContent(
      path,
      `<html><head><meta name="description" content="d"></head><body><main><h1 id="_top">${title}</h1><div class="sl-markdown-content">${body}</div></main></body></html>`,
    );
  const html = printDocument(
    [
      {
        title: 'Start',
        pages: [
          page(
            '/',
            'Home',
            '<h2 id="about">About</h2><p><a href="/controls/ratelimit/#objective">limit</a></p>',
          ),
        ],
      },
      {
        title: 'Controls',
        pages: [
          page(
            '/controls/ratelimit/',
            'Rate limit',
            '<h2 id="objective">Objective</h2><figure class="diagram"><svg aria-labelledby="t"><title id="t">Map</title><path marker-end="url(#arrow)"/></svg><details><summary>Text</summary><p>x</p></details></figure><p><a href="#objective">up</a></p>',
          ),
        ],
      },
    ],
    {
      title: 'AI Security Exchange',
      summary: 'Threats and controls.',
      url: site,
      version: '1.2.3',
      buildDate: '2026-12-01',
    },
    { stylesheets: ['/_astro/site.css'], printCss: '.print-page{}', forward },
  );

  it('has a cover with the title, version and build date, and a contents list linking every page', () => {
    expect(html).toContain('<p class="print-cover__title">AI Security Exchange</p>');
    expect(html).toContain('<dd>1.2.3</dd>');
    expect(html).toContain('<time datetime="2026-12-01">2026-12-01</time>');
    expect(html).toContain('<a href="#page-controls-ratelimit">Rate limit</a>');
    expect(html).toContain('<p class="print-toc__section">Controls</p>');
  });

  it('heads each section of the reading order with an h1 and each page with an h2, its own headings one level down', () => {
    expect(html).toContain(
      '<section class="print-part"><h1 class="print-part__title">Controls</h1><section class="print-page" id="page-controls-ratelimit" data-path="/controls/ratelimit/"><h2 class="print-page__title">Rate limit</h2>',
    );
    expect(html).toContain(
      '<h1 class="print-part__title">Start</h1><section class="print-page" id="page-home" data-path="/"><h2 class="print-page__title">Home</h2>',
    );
    expect(html).toContain('<h3 id="page-controls-ratelimit--objective">Objective</h3>');
  });

  it('keeps ids unique across pages and every reference to them intact', () => {
    expect(html).toContain('id="page-controls-ratelimit--objective"');
    expect(html).toContain('href="#page-controls-ratelimit--objective">limit</a>');
    expect(html).toContain('href="#page-controls-ratelimit--objective">up</a>');
    expect(html).toContain('aria-labelledby="page-controls-ratelimit--t"');
    expect(html).toContain('marker-end="url(#page-controls-ratelimit--arrow)"');
  });

  it("unfolds the text versions of diagrams and loads the site's stylesheets in light mode", () => {
    expect(html).toContain('<details open>');
    expect(html).toContain('<link rel="stylesheet" href="/_astro/site.css">');
    expect(html).toContain('data-theme="light"');
  });

  it('blocks rendering until the whole document is parsed, with the end marker after every page', () => {
    expect(html).toContain(`<link rel="expect" href="#${END_MARKER}" blocking="render">`);
    expect(html.indexOf('<link rel="expect"')).toBeLessThan(html.indexOf('rel="stylesheet"'));
    expect(html).toMatch(new RegExp(`</main><div id="${END_MARKER}" hidden></div></body>`));
  });
});

describe('sheet numbers in the contents', () => {
  const one = pageContent(
    '/controls/ratelimit/',
    '<html><body><main><h1>Rate limit</h1><div class="sl-markdown-content"><p>x</p></div></main></body></html>',
  );
  const site2 = { title: 'T', summary: 'S', url: site, version: '1', buildDate: '2026-12-01' };
  const options = { stylesheets: [], printCss: '', forward };

  it('shows the sheet a page starts on once an earlier printing gave it, and none before', () => {
    const numbered = printDocument([{ title: 'Controls', pages: [one] }], site2, {
      ...options,
      pageNumbers: new Map([['/controls/ratelimit/', 42]]),
    });
    expect(numbered).toContain(
      '<li><a href="#page-controls-ratelimit">Rate limit</a><span class="print-toc__page">42</span></li>',
    );
    expect(printDocument([{ title: 'Controls', pages: [one] }], site2, options)).not.toContain(
      'print-toc__page',
    );
  });
});

describe('reading order of the whole site', () => {
  const sidebar = [
    {
      label: 'Overview',
      items: [
        { label: 'Summary', link: '/overview/' },
        { label: 'Group', link: '/overview/controls/#group-x' },
      ],
    },
    {
      label: '2. Threats through use',
      items: [
        { label: 'Introduction', link: '/threats-through-use/' },
        {
          label: 'Evasion',
          items: [
            { label: 'About', link: '/threats/evasion/' },
            { label: 'Rate limit', link: '/controls/ratelimit/' },
          ],
        },
      ],
    },
    { label: 'Standards crosswalks', link: '/standards/' },
  ];

  it('puts the home page first, follows the sidebar, groups pages under a top-level link, and keeps every other page', () => {
    const sections = pageSections(
      [
        '/',
        '/data/',
        '/overview/',
        '/standards/',
        '/standards/nist/',
        '/threats-through-use/',
        '/threats/evasion/',
        '/controls/ratelimit/',
        '/subjects/agents/',
      ],
      sidebar,
    );
    expect(sections).toEqual([
      { title: 'Start', paths: ['/'] },
      { title: 'Overview', paths: ['/overview/'] },
      {
        title: '2. Threats through use',
        paths: ['/threats-through-use/', '/threats/evasion/', '/controls/ratelimit/'],
      },
      { title: 'Standards crosswalks', paths: ['/standards/', '/standards/nist/'] },
      { title: 'More pages', paths: ['/data/', '/subjects/agents/'] },
    ]);
  });

  it('lists a page once, in its first place, and drops sidebar links to pages the build lacks', () => {
    const twice = [
      {
        label: 'A',
        items: [
          { label: 'x', link: '/x/' },
          { label: 'gone', link: '/gone/' },
        ],
      },
      { label: 'B', items: [{ label: 'x again', link: '/x/' }] },
    ];
    expect(pageSections(['/x/'], twice)).toEqual([{ title: 'A', paths: ['/x/'] }]);
  });
});
