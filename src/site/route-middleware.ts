/**
 * Adds the sections that components render from the catalog (relations, references, part contents)
 * to the table of contents, which Starlight otherwise builds from the MDX headings only.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lookup } from '../catalog/lookup.ts';
import { entrySections, partSections } from './page-sections.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const data = route.entry.data as { catalogId?: string; partId?: string };
  if (!route.toc) return;
  const sections = data.catalogId
    ? entrySections(lookup, lookup.entry(data.catalogId))
    : data.partId
      ? partSections(lookup, lookup.part(data.partId))
      : [];
  for (const s of sections)
    route.toc.items.push({ depth: 2, slug: s.id, text: s.title, children: [] });
});
