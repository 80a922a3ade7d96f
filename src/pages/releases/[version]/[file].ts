/** Every file of every release under `/releases/<version>/`, as released (src/releases/site.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readReleaseFile, readReleases, releaseFiles } from '../../../releases/history.ts';
import { publishedReleaseFile, releaseMediaType } from '../../../releases/site.ts';
import { siteWithBase } from '../../../site/base-path.ts';

export const getStaticPaths = (() =>
  readReleases().flatMap((release) => releaseFiles(release.version).map((file) => ({ params: { version: release.version, file }, props: { releasedOn: release.catalog.site } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  if (!site) throw new Error('The release files need the site\'s public address. Fix: set `site` in astro.config.mjs (or the SITE_URL environment variable).');
  const file = params['file']!;
  const text = readReleaseFile(params['version']!, file);
  return new Response(publishedReleaseFile(text, (props as { releasedOn: string }).releasedOn, siteWithBase(site)), { headers: { 'content-type': releaseMediaType(file) } });
};
