/** The Atom feed of the catalog's releases (src/releases/feed.ts). */
import type { APIRoute } from 'astro';
import { changesFeed } from '../../releases/feed.ts';
import { readReleases } from '../../releases/history.ts';
import { releaseNotes } from '../../releases/notes.ts';
import { entryLinker } from '../../releases/site.ts';
import { siteWithBase } from '../../site/base-path.ts';
import { SITE_TITLE } from '../../site/build-info.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site)
    throw new Error(
      "The changes feed needs the site's public address. Fix: set `site` in astro.config.mjs (or the SITE_URL environment variable).",
    );
  return new Response(
    changesFeed(releaseNotes(readReleases(), entryLinker), siteWithBase(site), SITE_TITLE),
    { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } },
  );
};
