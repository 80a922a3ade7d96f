/**
 * The sections that components render from the catalog below a page's prose. Components take their
 * heading ids and titles from here, and the route middleware adds the same list to the table of
 * contents, so the two cannot drift apart.
 */
import type { Entry, Lookup } from '../catalog/lookup.ts';
import type { Part } from '../catalog/types.ts';

/** A rendered section: heading id and title. */
export interface PageSection {
  readonly id: string;
  readonly title: string;
}

/** The fixed sections of entry and part pages. */
export const SECTIONS = {
  threatControls: { id: 'controls-against-this-threat', title: 'Controls against this threat' },
  relatedThreats: { id: 'related-threats', title: 'Related threats' },
  controlThreats: { id: 'threats-this-control-reduces', title: 'Threats this control reduces' },
  relatedControls: { id: 'related-controls', title: 'Related controls' },
  references: { id: 'references', title: 'Standards and references' },
  cite: { id: 'link-or-cite', title: 'Link or cite this page' },
  partThreats: { id: 'threats', title: 'Threats' },
  partControls: { id: 'controls', title: 'Controls described in this part' },
} as const satisfies Record<string, PageSection>;

/** The section listing the controls shared by all threats of a part. */
export function sharedControlsSection(part: Part): PageSection {
  return { id: 'shared-controls', title: `Controls for all ${part.title.toLowerCase()}` };
}

/** The sections an entry page renders below its prose, in order. */
export function entrySections(lookup: Lookup, entry: Entry): PageSection[] {
  if (lookup.isThreat(entry)) {
    return [
      SECTIONS.threatControls,
      ...(lookup.relatedThreats(entry).length > 0 ? [SECTIONS.relatedThreats] : []),
      SECTIONS.references,
      SECTIONS.cite,
    ];
  }
  return [
    SECTIONS.controlThreats,
    ...(entry.relatedControls.length > 0 ? [SECTIONS.relatedControls] : []),
    SECTIONS.references,
    SECTIONS.cite,
  ];
}

/** The sections a part page renders below its prose, in order. */
export function partSections(lookup: Lookup, part: Part): PageSection[] {
  if (part.id === 'general-controls')
    return lookup.catalog.controlSections.map((s) => ({
      id: s.anchor,
      title: `${s.id} ${s.name}`,
    }));
  const group = lookup.threatGroupOfPart(part);
  return [
    ...(group && group.controls.length > 0 ? [sharedControlsSection(part)] : []),
    SECTIONS.partThreats,
    SECTIONS.partControls,
  ];
}
