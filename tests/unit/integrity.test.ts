import { describe, expect, it } from 'vitest';
import { checkPages, type PageInfo } from '../../src/site/integrity.ts';
import { tinyCatalog } from '../fixtures/tiny-catalog.ts';

const soundPages: PageInfo[] = [
  { file: 'content/threats/evasion.mdx', catalogId: 'EVASION' },
  { file: 'content/threats/closedboxevasion.mdx', catalogId: 'CLOSEDBOXEVASION' },
  { file: 'content/controls/aiprogram.mdx', catalogId: 'AIPROGRAM' },
  { file: 'content/controls/ratelimit.mdx', catalogId: 'RATELIMIT' },
  { file: 'content/controls/detectoddinput.mdx', catalogId: 'DETECTODDINPUT' },
  { file: 'content/general-controls.mdx', partId: 'general-controls' },
  { file: 'content/threats-through-use.mdx', partId: 'threats-through-use' },
  { file: 'content/index.mdx' },
];
const without = (file: string) => soundPages.filter((p) => p.file !== file);

describe('checkPages', () => {
  it('accepts pages that match the catalog', () => {
    expect(checkPages(tinyCatalog, soundPages)).toEqual([]);
  });

  it('names the missing page of an entry and how to create it', () => {
    expect(checkPages(tinyCatalog, without('content/controls/ratelimit.mdx')))
      .toMatchInlineSnapshot(`
      [
        "content/controls/ratelimit.mdx: control RATELIMIT has no page. Fix: create content/controls/ratelimit.mdx with \`catalogId: RATELIMIT\` in its frontmatter.",
      ]
    `);
  });

  it('rejects a page that names an unknown id, suggesting the upper-case form', () => {
    expect(
      checkPages(tinyCatalog, [
        ...without('content/controls/ratelimit.mdx'),
        { file: 'content/controls/ratelimit.mdx', catalogId: 'ratelimit' },
      ]),
    ).toMatchInlineSnapshot(`
      [
        "content/controls/ratelimit.mdx: \`catalogId: ratelimit\` is not an id of the catalog. Fix: use the id of an existing threat or control. Did you mean \`RATELIMIT\`?",
        "content/controls/ratelimit.mdx: control RATELIMIT has no page. Fix: create content/controls/ratelimit.mdx with \`catalogId: RATELIMIT\` in its frontmatter.",
      ]
    `);
  });

  it('rejects two pages that claim the same id', () => {
    expect(
      checkPages(tinyCatalog, [
        ...soundPages,
        { file: 'content/controls/rate-limiting.mdx', catalogId: 'RATELIMIT' },
      ]),
    ).toMatchInlineSnapshot(`
      [
        "content/controls/rate-limiting.mdx: the page claims control RATELIMIT, whose page must be content/controls/ratelimit.mdx. Fix: move the file to content/controls/ratelimit.mdx.",
        "content/controls/ratelimit.mdx and content/controls/rate-limiting.mdx: these pages all claim RATELIMIT. Fix: keep one page per entry and point the others at their own id.",
      ]
    `);
  });

  it('rejects an entry page without a catalog id', () => {
    expect(checkPages(tinyCatalog, [...soundPages, { file: 'content/threats/notes.mdx' }]))
      .toMatchInlineSnapshot(`
      [
        "content/threats/notes.mdx: the page names no catalog entry. Fix: add \`catalogId: <ID>\` to its frontmatter, with the id of the threat or control it describes.",
      ]
    `);
  });

  it('requires a page for every part', () => {
    expect(checkPages(tinyCatalog, without('content/general-controls.mdx'))).toMatchInlineSnapshot(`
      [
        "content/general-controls.mdx: part general-controls has no page. Fix: create it with \`partId: general-controls\` in its frontmatter.",
      ]
    `);
  });

  it('names a page under content/ that the registry does not list, with the record to add', () => {
    expect(checkPages(tinyCatalog, [...soundPages, { file: 'content/overview/fresh.mdx' }]))
      .toMatchInlineSnapshot(`
      [
        "content/overview/fresh.mdx: the page is not registered. Fix: add \`{ id: '<id>', title: '<title>', path: '/overview/fresh/' }\` to src/catalog/pages.ts (with \`sidebar: { group: 'overview' }\` to list it in the sidebar, \`slugs\` for short links).",
      ]
    `);
  });

  it('names a registered page whose content file is missing', () => {
    expect(checkPages(tinyCatalog, without('content/index.mdx'))).toMatchInlineSnapshot(`
      [
        "content/index.mdx: page home (/) is registered in src/catalog/pages.ts but has no content file. Fix: create content/index.mdx, or correct or remove its record in src/catalog/pages.ts.",
      ]
    `);
  });
});
