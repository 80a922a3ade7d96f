// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { lookup } from './src/catalog/lookup.ts';
import { buildSidebar } from './src/site/sidebar.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from './src/site/build-info.ts';
import { catalogIntegrity, hostingFiles } from './src/site/integration.ts';
import { smallerSearchChunks } from './src/site/search-index-integration.ts';
import { basePath, subPathLinks } from './src/site/base-path.ts';
import { markdownFiles } from './src/site/markdown-files.ts';
import { SEARCH_RANKING } from './src/site/search.ts';
import { inSitemap } from './src/site/sitemap.ts';

/** Public address of the site, for the sitemap and canonical links; set SITE_URL when deploying. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
/** Where the sources are edited; the edit link of every page points here. */
const repository = process.env.REPOSITORY_URL ?? 'https://github.com/ai-security-exchange/site';

export default defineConfig({
  site,
  // BASE_PATH=/repo/ serves the site under a folder (src/site/base-path.ts).
  base: basePath(),
  trailingSlash: 'always',
  markdown: {
    // GitHub-flavoured tables and task lists; stable heading ids that deep links rely on.
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug] }),
  },
  integrations: [
    catalogIntegrity(),
    subPathLinks(),
    hostingFiles(),
    markdownFiles(),
    starlight({
      title: SITE_TITLE,
      description: SITE_DESCRIPTION,
      sidebar: buildSidebar(lookup),
      editLink: { baseUrl: `${repository}/edit/main/` },
      lastUpdated: false,
      pagination: true,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      markdown: { processedDirs: ['./content/'] },
      // Code blocks wrap long lines instead of scrolling sideways: a region that scrolls must take
      // keyboard focus (axe: scrollable-region-focusable), and whether a block overflows depends on
      // the reader's font and width; wrapped lines also print whole.
      expressiveCode: { defaultProps: { wrap: true } },
      customCss: ['./src/styles/site.css', './src/styles/print.css'],
      // The relevance tests in tests/e2e/search-relevance.spec.ts rank with the same object.
      pagefind: { ranking: SEARCH_RANKING },
      // The table of contents gains the catalog's sections; each page's sidebar is cut to its part.
      routeMiddleware: ['./src/site/route-middleware.ts', './src/site/sidebar-middleware.ts'],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Footer: './src/components/overrides/Footer.astro',
        Search: './src/components/overrides/Search.astro',
      },
    }),
    mdx(),
    // After starlight(): it re-cuts the search index that Starlight's Pagefind step wrote.
    smallerSearchChunks(),
    // Starlight adds the sitemap itself unless it is already here; ours leaves out the forwarding pages.
    sitemap({ filter: (url) => inSitemap(url) }),
  ],
});
