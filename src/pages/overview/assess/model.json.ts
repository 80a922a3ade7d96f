/**
 * The threat-model builder's rules and catalog slice, fetched by its browser script on the first answer
 * (or at once when the address carries answers), so a first visit loads only the questions.
 */
import type { APIRoute } from 'astro';
import { browserModel } from '../../../catalog/assess-model.ts';
import { siteAssessModel } from '../../../site/assess-version.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(browserModel(siteAssessModel())), {
    headers: { 'content-type': 'application/json' },
  });
