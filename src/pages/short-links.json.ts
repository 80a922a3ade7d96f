/**
 * Every short-link slug with its target and title, for the 404 page's "did you mean" suggestions.
 */
import type { APIRoute } from 'astro';
import { lookup } from '../catalog/lookup.ts';
import { shortLinkTargets } from '../site/redirects.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      shortLinkTargets(lookup).map((t) => ({ slug: t.slug, to: t.to, title: t.title })),
    ),
    {
      headers: { 'content-type': 'application/json' },
    },
  );
