import { describe, expect, it } from 'vitest';
import {
  absoluteLink,
  llmsFullTxt,
  llmsTxt,
  pageMarkdown,
  type MarkdownSite,
} from '../../src/exports/markdown.ts';
import { pageContent } from '../../src/exports/page-content.ts';
import { markdownTwinPath } from '../../src/catalog/urls.ts';

const site: MarkdownSite = {
  title: 'AI Security Exchange',
  summary: 'Threats and controls.',
  url: 'https://example.org/',
  version: '1.2.3',
  buildDate: '2026-12-01',
};

/** A built entry page, cut down to the parts the exports read. */
const entryHtml = `<!doctype html><html><head><meta name="description" content="Caps queries per caller."></head><body>
<nav class="sidebar"><a href="/overview/">Overview</a></nav>
<main><div class="content-panel"><h1 id="_top">Rate limit</h1></div><div class="content-panel"><div class="sl-markdown-content">
<p class="entry-summary">Caps queries per caller.</p>
<details class="entry-facts-panel"><summary class="entry-facts-panel__digest"><code>RATELIMIT</code> · Control · Runtime<span class="entry-facts-panel__more">All facts</span></summary><dl class="entry-facts" id="facts"><div><dt>Id</dt><dd><code>RATELIMIT</code></dd></div><div><dt>Kind</dt><dd>Control, described in <a href="/threats-through-use/">2. Threats through use</a></dd></div><div><dt>Lifecycle</dt><dd>Runtime</dd></div><div><dt>Permalink</dt><dd><a href="/goto/ratelimit/"><code>/goto/ratelimit/</code></a><button type="button">Copy link</button></dd></div></dl></details>
<div class="sl-heading-wrapper level-h2"><h2 id="objective">Objective</h2><a class="sl-anchor-link" href="#objective"><span>Section titled “Objective”</span></a></div>
<p>See <a href="../../threats/evasion/">Evasion</a>, <a href="#objective">above</a> and <a href="https://owasp.org/">OWASP</a>.</p>
<figure class="diagram"><section class="diagram__scroll"><svg><title>Threat model</title><text>EVASION</text></svg></section><figcaption><a href="/diagrams/threat-model.svg">Threat model as an SVG file</a><details><summary>Text version</summary><ul><li>Evasion</li></ul></details></figcaption></figure>
<h2 id="threats-this-control-reduces">Threats this control reduces</h2>
<ul class="entry-list"><li><a href="/threats/evasion/">Evasion</a> <code>EVASION</code><span class="entry-list__summary">Crafted input.</span></li></ul>
<aside class="cite-box"><h2>Link or cite this page</h2></aside>
<script>alert(1)</script>
</div></div><footer><a href="/edit">Edit page</a></footer></main></body></html>`;

describe('Markdown twin of a page', () => {
  const markdown = pageMarkdown(pageContent('/controls/ratelimit/', entryHtml), site);

  it('opens with the title and the page address, and states the summary once', () => {
    expect(markdown.startsWith('# Rate limit\n')).toBe(true);
    expect(markdown).toContain(
      'Source: <https://example.org/controls/ratelimit/> (AI Security Exchange, version 1.2.3, built 2026-12-01)',
    );
    expect(markdown.match(/Caps queries per caller\./g)).toHaveLength(1);
  });

  it('turns the facts panel into a list of labelled facts with absolute links', () => {
    expect(markdown).toContain('- **Id**: `RATELIMIT`');
    expect(markdown).toContain(
      '- **Kind**: Control, described in [2. Threats through use](https://example.org/threats-through-use/)',
    );
    expect(markdown).toContain('- **Lifecycle**: Runtime');
    expect(markdown).toContain(
      '- **Permalink**: [`/goto/ratelimit/`](https://example.org/goto/ratelimit/)',
    );
  });

  it('makes relative and fragment links absolute and keeps outside links', () => {
    expect(markdown).toContain('[Evasion](https://example.org/threats/evasion/)');
    expect(markdown).toContain('[above](https://example.org/controls/ratelimit/#objective)');
    expect(markdown).toContain('[OWASP](https://owasp.org/)');
  });

  it("separates a listed entry's summary from its id", () => {
    expect(markdown).toContain(
      '[Evasion](https://example.org/threats/evasion/) `EVASION` — Crafted input.',
    );
  });

  it("keeps a diagram's file link and text version and drops the drawing", () => {
    expect(markdown).toContain(
      '[Threat model as an SVG file](https://example.org/diagrams/threat-model.svg)',
    );
    expect(markdown).toContain('- Evasion');
    expect(markdown).not.toContain('<svg');
  });

  it('leaves out the screen-only parts: anchor links, buttons, scripts, footer, navigation, the citation box and the phone digest of the facts', () => {
    for (const text of [
      'Section titled',
      'Copy link',
      'alert(1)',
      'Edit page',
      'Link or cite this page',
      '[Overview]',
      'All facts',
      '· Control ·',
    ])
      expect(markdown).not.toContain(text);
  });
});

describe('reading a built page', () => {
  it('fails naming the page when it lacks the content area', () => {
    expect(() =>
      pageContent('/odd/', '<html><body><p>no main</p></body></html>'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: /odd/: the built page has no <main> with an <h1> and a .sl-markdown-content. Fix: render the page with Starlight's layout (a content file or <StarlightPage>), or leave it out of the exports.]`,
    );
  });
});

describe('llms.txt and llms-full.txt', () => {
  const page = pageContent('/controls/ratelimit/', entryHtml);
  const sections = [{ title: '2. Threats through use', pages: [page] }];

  it('follows the llms.txt layout: title, summary, then sections of linked pages with one line each', () => {
    const text = llmsTxt(sections, site, {
      full: '/llms-full.txt',
      pdf: '/ai-security-exchange.pdf',
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('# AI Security Exchange');
    expect(lines[2]).toBe('> Threats and controls.');
    expect(text).toContain(
      '\n## 2. Threats through use\n\n- [Rate limit](https://example.org/controls/ratelimit.md): Caps queries per caller.\n',
    );
    expect(text).toContain('https://example.org/llms-full.txt');
  });

  it('puts every twin into llms-full.txt and fails when one is missing', () => {
    const twin = pageMarkdown(page, site);
    expect(llmsFullTxt(sections, new Map([[page.path, twin]]), site)).toContain(twin);
    expect(() => llmsFullTxt(sections, new Map(), site)).toThrow(
      '/controls/ratelimit/: no Markdown twin was made for this page.',
    );
  });

  it('keeps every address under the base path of a site served from a folder', () => {
    const sub = { ...site, url: 'https://org.example.io/repo/' };
    const twin = pageMarkdown(
      pageContent(
        '/controls/ratelimit/',
        entryHtml.replace('href="/threats-through-use/"', 'href="/repo/threats-through-use/"'),
      ),
      sub,
    );
    expect(twin).toContain('Source: <https://org.example.io/repo/controls/ratelimit/>');
    expect(twin).toContain(
      '[2. Threats through use](https://org.example.io/repo/threats-through-use/)',
    );
    expect(twin).toContain('[above](https://org.example.io/repo/controls/ratelimit/#objective)');
    expect(
      llmsTxt(sections, sub, { full: '/llms-full.txt', pdf: '/ai-security-exchange.pdf' }),
    ).toContain('(https://org.example.io/repo/controls/ratelimit.md)');
  });

  it('resolves links against the page, keeping other sites', () => {
    expect(absoluteLink('#a', '/x/', 'https://example.org/')).toBe('https://example.org/x/#a');
    expect(absoluteLink('../y/', '/x/z/', 'https://example.org/')).toBe('https://example.org/x/y/');
    expect(absoluteLink('mailto:a@example.com', '/x/', 'https://example.org/')).toBe(
      'mailto:a@example.com',
    );
  });
});

describe('Markdown twin addresses', () => {
  it('puts the twin beside the page with .md in place of the closing slash', () => {
    expect(markdownTwinPath('/controls/ratelimit/')).toBe('/controls/ratelimit.md');
    expect(markdownTwinPath('/overview/')).toBe('/overview.md');
    expect(markdownTwinPath('/')).toBe('/index.md');
  });

  it('rejects a path that is not a page path', () => {
    expect(() => markdownTwinPath('/controls/ratelimit')).toThrow(
      '`/controls/ratelimit` is not a page path.',
    );
  });
});

describe('tables in the Markdown twins', () => {
  it('repeats a cell that spans rows in each row it spans, so no row loses its first column', () => {
    const html = `<html><body><main><h1>ISO/IEC 27002</h1><div class="sl-markdown-content"><table><thead><tr><th>Reference</th><th>Maps to</th></tr></thead>
<tbody><tr><th rowspan="2">5.3</th><td>Model access control</td></tr><tr><td>Development data protect</td></tr></tbody>
<tbody><tr><th>5.9</th><td>Discrete</td></tr></tbody></table></div></main></body></html>`;
    const markdown = pageMarkdown(pageContent('/standards/iso-iec-27002/', html), site);
    expect(markdown).toContain(
      '| 5.3 | Model access control |\n| 5.3 | Development data protect |\n| 5.9 | Discrete |',
    );
  });

  it("sets a link card's description after its title", () => {
    const html = `<html><body><main><h1>Home</h1><div class="sl-markdown-content"><div class="sl-link-card"><span class="sl-flex stack"><a href="/overview/"><span class="title">Overview</span></a><span class="description">How it is organised.</span></span></div></div></main></body></html>`;
    expect(pageMarkdown(pageContent('/', html), site)).toContain(
      '[Overview](https://example.org/overview/) — How it is organised.',
    );
  });
});
