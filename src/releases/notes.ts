/**
 * Release notes: what each release changed against the one before, as plain data that the changes
 * page renders as HTML and the Atom feed as text. Pure: the links come from the caller.
 */
import { compareReleases, entriesOf, type EntryRef, type ReleaseChanges, type SnapshotRelation } from './compare.ts';
import type { Release } from './history.ts';
import type { Bump } from './semver.ts';

/** One piece of a line of a note: text, or text linked to a site path. */
export type NotePart = string | { readonly text: string; readonly href: string };

/** A titled list of changes of one kind. */
export interface NoteSection {
  readonly title: string;
  readonly items: readonly (readonly NotePart[])[];
}

/** The notes of one release. */
export interface ReleaseNote {
  readonly version: string;
  readonly date: string;
  /** The element id on the changes page: `v1-0-0`. */
  readonly anchor: string;
  /** Undefined for the first release. */
  readonly bump: Bump | undefined;
  /** One sentence that sums the release up. */
  readonly summary: string;
  readonly sections: readonly NoteSection[];
}

/** Where an entry id leads today: its page, or for an entry no longer live, its permanent short link. */
export type EntryLinker = (ref: { readonly id: string; readonly slug?: string }) => string | undefined;

/** The element id of a release on the changes page. */
export function releaseAnchor(version: string): string {
  return `v${version.replace(/[^0-9A-Za-z]+/g, '-')}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The notes of every release, newest first. */
export function releaseNotes(releases: readonly Release[], link: EntryLinker): ReleaseNote[] {
  const notes: ReleaseNote[] = [];
  releases.forEach((release, i) => {
    const previous = releases[i - 1];
    if (!previous) {
      const { threats, controls, relations } = release.catalog;
      notes.push({
        version: release.version, date: release.date, anchor: releaseAnchor(release.version), bump: undefined, sections: [],
        summary: `First release: ${plural(threats.length, 'threat', 'threats')}, ${plural(controls.length, 'control', 'controls')} and ${plural(relations.length, 'relation', 'relations')}.`,
      });
      return;
    }
    notes.push(noteOf(release.version, release.date, compareReleases(previous.catalog, release.catalog), link, previous));
  });
  return notes.reverse();
}

/** The note of one comparison; exported so the changes page can show what is not yet released. */
export function noteOf(version: string, date: string, changes: ReleaseChanges, link: EntryLinker, previous: Release): ReleaseNote {
  const names = new Map([...entriesOf(previous.catalog)].map(([id, { entry }]) => [id, entry.slug]));
  const entry = (e: EntryRef): NotePart => {
    const href = link(e);
    return href ? { text: e.id, href } : e.id;
  };
  const id = (value: string): NotePart => {
    const href = link({ id: value, ...(names.has(value) && { slug: names.get(value)! }) });
    return href ? { text: value, href } : value;
  };
  const relation = (r: SnapshotRelation): NotePart[] => [id(r.source), ` ${r.type} `, id(r.target)];
  const sections: NoteSection[] = [
    { title: 'Added', items: changes.added.map((e) => [entry(e), ` (${e.kind}): ${e.name}`]) },
    { title: 'Retired', items: changes.retired.map((e) => [entry(e), ` (${e.kind}): ${e.name}`, ...(e.mergedInto ? [', merged into ', id(e.mergedInto)] : [])]) },
    { title: 'Renamed ids', items: changes.renamedIds.map((r) => [entry(r.from), ' is now ', entry(r.to)]) },
    { title: 'Renamed', items: changes.renamed.map((r) => [entry(r.entry), `: “${r.from}” is now “${r.to}”`]) },
    { title: 'Relations added', items: changes.relationsAdded.map(relation) },
    { title: 'Relations removed', items: changes.relationsRemoved.map(relation) },
    { title: 'References added', items: changes.referencesAdded.map((r) => [entry(r.entry), `: ${r.reference}`]) },
    { title: 'References removed', items: changes.referencesRemoved.map((r) => [entry(r.entry), `: ${r.reference}`]) },
    { title: 'Edited', items: changes.edited.map((e) => [entry(e.entry), `: ${e.fields.join(', ')}`]) },
  ].filter((s) => s.items.length > 0);
  const counts = sections.map((s) => `${s.title.toLowerCase()} ${s.items.length}`).join('; ');
  const summary = `${changes.bump ? `${changes.bump[0]!.toUpperCase()}${changes.bump.slice(1)} release` : 'No change'} since ${previous.version}${counts ? `: ${counts}` : ''}${changes.otherContentChanged ? '; groups, parts or frameworks edited' : ''}.`;
  return { version, date, anchor: releaseAnchor(version), bump: changes.bump, summary, sections };
}

/** A note as plain text lines, for the feed. */
export function noteText(note: ReleaseNote): string {
  const part = (p: NotePart) => (typeof p === 'string' ? p : p.text);
  return [note.summary, ...note.sections.flatMap((s) => [`${s.title}:`, ...s.items.map((item) => `- ${item.map(part).join('')}`)])].join('\n');
}
