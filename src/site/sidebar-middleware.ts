/**
 * Gives each page a sidebar whose size does not grow with the catalog (src/site/prune-sidebar.ts).
 * Starlight computes the page's previous and next links from the full sidebar before route
 * middleware runs, so pagination keeps the whole reading order; only the rendered sidebar is cut.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { type PruneOptions, pruneSidebar } from './prune-sidebar.ts';
import { ABOUT_THREAT_LABEL, INTRODUCTION_LABEL } from './sidebar.ts';

/**
 * How far each page's sidebar is cut. 40 links per open group: the largest part today (2, input
 * threats) has 34, so every part shows its whole structure as before; with ten times the entries a
 * part keeps 40 links, about what the largest part has today, instead of several hundred.
 */
export const PAGE_SIDEBAR: PruneOptions = {
  cap: 40,
  leadLabels: [INTRODUCTION_LABEL, ABOUT_THREAT_LABEL],
  moreLabel: (count, groupLabel) => `All ${count} pages of ${groupLabel}`,
};

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = pruneSidebar(route.sidebar, PAGE_SIDEBAR);
});
