/**
 * Adds the sections that components render from the catalog (relations, references, part contents)
 * to the table of contents, which Starlight otherwise builds from the MDX headings only.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lookup } from '../catalog/lookup.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const data = route.entry.data as { catalogId?: string; partId?: string };
  if (!route.toc) return;
  const item = (slug: string, text: string) => ({ depth: 2, slug, text, children: [] });
  if (data.catalogId) {
    const entry = lookup.entry(data.catalogId);
    if (lookup.isThreat(entry)) {
      route.toc.items.push(item('controls-against-this-threat', 'Controls against this threat'));
      if (entry.parent || entry.children.length > 0 || entry.relatedThreats.length > 0) route.toc.items.push(item('related-threats', 'Related threats'));
    } else {
      route.toc.items.push(item('threats-this-control-reduces', 'Threats this control reduces'));
      if (entry.relatedControls.length > 0) route.toc.items.push(item('related-controls', 'Related controls'));
    }
    route.toc.items.push(item('references', 'Standards and references'));
  } else if (data.partId === 'general-controls') {
    for (const s of lookup.catalog.controlSections) route.toc.items.push(item(s.anchor, `${s.id} ${s.name}`));
  } else if (data.partId) {
    const part = lookup.part(data.partId);
    const group = lookup.catalog.threatGroups.find((g) => g.id === part.threatGroup);
    if (group && group.controls.length > 0) route.toc.items.push(item('shared-controls', `Controls for all ${part.title.toLowerCase()}`));
    route.toc.items.push(item('threats', 'Threats'), item('controls', 'Controls described in this part'));
  }
});
