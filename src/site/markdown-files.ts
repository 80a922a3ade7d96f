/**
 * Writes the Markdown exports next to the built site: a twin of every content page
 * (`/controls/ratelimit.md`), `/llms.txt` and `/llms-full.txt`. They are made from the finished pages,
 * once every page is written, so they hold what the pages show, in the reading order of the sidebar.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  llmsFullTxt,
  llmsTxt,
  pageMarkdown,
  type MarkdownSite,
  type PageSection,
} from '../exports/markdown.ts';
import { BUILD_DATE, SITE_DESCRIPTION, SITE_TITLE, SITE_VERSION } from './build-info.ts';
import { readSections } from './content-pages.ts';
import { markdownTwinPath } from '../catalog/urls.ts';
import { LLMS_FULL_PATH, LLMS_PATH, PDF_PATH } from './site-files.ts';

/** The integration; add it to `integrations` in astro.config.mjs. */
export function markdownFiles(): AstroIntegration {
  let siteUrl = '';
  return {
    name: 'markdown-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site)
          throw new Error(
            "The Markdown files need the site's public address. Fix: set `site` in astro.config.mjs (or the SITE_URL environment variable).",
          );
        // Under a base path (Astro's `base`) every address of the Markdown files is under it too.
        siteUrl = new URL(config.base.replace(/^\//, ''), config.site.replace(/\/?$/, '/')).href;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const site: MarkdownSite = {
          title: SITE_TITLE,
          summary: SITE_DESCRIPTION,
          url: siteUrl,
          version: SITE_VERSION,
          buildDate: BUILD_DATE,
        };
        const sections: PageSection[] = readSections(dist);
        const twins = new Map<string, string>();
        for (const page of sections.flatMap((s) => s.pages)) {
          const markdown = pageMarkdown(page, site);
          twins.set(page.path, markdown);
          const file = join(dist, markdownTwinPath(page.path));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, markdown);
        }
        writeFileSync(
          join(dist, LLMS_PATH),
          llmsTxt(sections, site, { full: LLMS_FULL_PATH, pdf: PDF_PATH }),
        );
        writeFileSync(join(dist, LLMS_FULL_PATH), llmsFullTxt(sections, twins, site));
        logger.info(
          `${twins.size} Markdown twins, ${relative(dist, join(dist, LLMS_PATH))} and ${relative(dist, join(dist, LLMS_FULL_PATH))} written`,
        );
      },
    },
  };
}
