/**
 * Reading a built page for the exports (Markdown twins, llms-full.txt, PDF) looks only at its `<main>`
 * and its description, so a sidebar that grows with the catalog changes neither the result nor the work.
 */
import { describe, expect, it } from 'vitest';
import { pageContent } from '../../src/exports/page-content.ts';

const page = (
  sidebarLinks: number,
) => `<!doctype html><html><head><meta name="description" content="Caps queries per caller."></head><body>
<nav aria-label="Main">${Array.from({ length: sidebarLinks }, (_, i) => `<a href="/controls/c${i}/">Control ${i}</a>`).join('')}</nav>
<main data-pagefind-body><h1 id="_top">Rate limit</h1><div class="sl-markdown-content"><p>Caps queries <a href="/threats/evasion/">per caller</a>.</p><button>Copy</button></div></main></body></html>`;
/** The content without source positions, which shift with the sidebar's length. */
const plain = (x: unknown) =>
  JSON.stringify(x, (key, value) => (key === 'position' ? undefined : value));

describe('reading a built page for the exports', () => {
  it('reads the same title, description and content whatever the size of the sidebar', () => {
    const small = pageContent('/controls/ratelimit/', page(3));
    expect(small).toMatchObject({ title: 'Rate limit', description: 'Caps queries per caller.' });
    expect(plain(pageContent('/controls/ratelimit/', page(5000)))).toBe(plain(small));
  });

  it('still reads a page whose description comes without a head, and drops screen-only parts', () => {
    const content = pageContent(
      '/x/',
      '<main><h1>X</h1><div class="sl-markdown-content"><p>Body</p><button>Copy</button></div></main>',
    );
    expect(content.description).toBe('');
    expect(plain(content.body)).not.toContain('button');
  });
});
