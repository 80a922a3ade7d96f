/**
 * The `docs` collection: every MDX page under `content/`. An entry page names its catalog id in the
 * frontmatter (`catalogId: RATELIMIT`); its title and description then come from the catalog, so the
 * name and summary are written once. A part page names its part (`partId: general-controls`).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { CONTROL_IDS, PART_IDS, THREAT_IDS } from './catalog/ids.ts';
import { frontmatterDefaults } from './site/frontmatter.ts';
import { SEARCH_KINDS } from './site/search.ts';

const extend = z.object({
  /** The threat or control this page describes. */
  catalogId: z.enum([...THREAT_IDS, ...CONTROL_IDS]).optional(),
  /** The part of the knowledge base this page introduces. */
  partId: z.enum(PART_IDS).optional(),
  /** The kind of page in the search filters, where it is not derived (see `pageKind` in src/site/search.ts). */
  searchKind: z.enum(SEARCH_KINDS).optional(),
});

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content' }),
    schema: (context) => z.preprocess(frontmatterDefaults, docsSchema({ extend })(context)),
  }),
};
