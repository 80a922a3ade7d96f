/**
 * Every short-link slug with its target and title, for the 404 page's "did you mean" suggestions.
 */
import type { APIRoute } from 'astro';
import { catalog } from '../catalog/index.ts';
import { shortLinkTargets } from '../site/redirects.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(shortLinkTargets(catalog).map((t) => ({ slug: t.slug, to: t.to, title: t.title }))), {
    headers: { 'content-type': 'application/json' },
  });
