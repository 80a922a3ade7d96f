/**
 * The threat-model builder's rules and catalog slice, fetched by its browser script on the first answer
 * (or at once when the address carries answers), so a first visit loads only the questions.
 */
import type { APIRoute } from 'astro';
import { browserModel, buildAssessModel } from '../../../catalog/assess-model.ts';
import { lookup } from '../../../catalog/lookup.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(browserModel(buildAssessModel(lookup))), { headers: { 'content-type': 'application/json' } });
