/**
 * The Atom feed of the release notes: one entry per release, newest first, so that a standard body
 * or tool that cites the catalog hears of a new version without polling the data files.
 */
import { noteText, type ReleaseNote } from './notes.ts';

/** The site path of the changes page and of its feed. */
export const CHANGES_PATH = '/changes/';
export const CHANGES_FEED_PATH = '/changes/feed.xml';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The Atom document for the notes (newest first) of a site at `site` (absolute, ending in `/`). */
export function changesFeed(notes: readonly ReleaseNote[], site: string, title: string): string {
  // Relative to `site`, so a base path in it (`https://x.org/repo/`) is kept.
  const page = new URL(CHANGES_PATH.slice(1), site).href;
  const self = new URL(CHANGES_FEED_PATH.slice(1), site).href;
  const updated = notes[0] ? `${notes[0].date}T00:00:00Z` : '1970-01-01T00:00:00Z';
  const entries = notes.map((n) => [
    '  <entry>',
    `    <title>${escape(`${title} catalog ${n.version}`)}</title>`,
    `    <id>${escape(`${page}#${n.anchor}`)}</id>`,
    `    <link rel="alternate" type="text/html" href="${escape(`${page}#${n.anchor}`)}"/>`,
    `    <updated>${n.date}T00:00:00Z</updated>`,
    `    <summary>${escape(n.summary)}</summary>`,
    `    <content type="text">${escape(noteText(n))}</content>`,
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escape(`${title}: catalog releases`)}</title>`,
    `  <id>${escape(self)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(page)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escape(title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
