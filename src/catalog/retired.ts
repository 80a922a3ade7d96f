/**
 * Entries that were removed or merged. Their ids, slugs and page URLs were published, so they stay
 * alive: the old page becomes a tombstone that names the entry that took over, its short links lead
 * there, and its old deep links on the original site's pages keep forwarding. Add an entry here when
 * you delete one from threats.ts or controls.ts (and drop its id from ids.ts).
 */
import type { RetiredEntry } from './types.ts';

/** Retired entries, oldest first. */
export const retiredEntries = [
  {
    kind: 'threat',
    id: 'SPONGEEXAMPLE',
    name: 'Denial of model service due to inconsistent data or a sponge example',
    slug: 'spongeexample',
    aliases: [],
    how: 'merged',
    mergedInto: 'DENIALMODELSERVICE',
    reason:
      'The original now treats sponge inputs and malformed data as examples of AI resource exhaustion rather than as a threat of their own.',
    retiredOn: '2026-12-01',
    legacy: {
      seedUrl:
        'https://owaspai.org/docs/2_threats_through_use/#241-denial-of-model-service-due-to-inconsistent-data-or-a-sponge-example',
      headPage: null,
      headAnchor: null,
      status: 'merged',
    },
  },
  {
    kind: 'control',
    id: 'DEVDATAPROTECT',
    name: 'Development data protect',
    slug: 'devdataprotect',
    aliases: [],
    how: 'merged',
    mergedInto: 'DEVSECURITY',
    reason:
      'Protecting data, models and code in the development environment is now part of development security, which took over its measures and standards references.',
    retiredOn: '2026-12-01',
    legacy: {
      seedUrl: 'https://owaspai.org/docs/3_development_time_threats/#devdataprotect',
      headPage: '3_development_time_threats',
      headAnchor: 'dev-security',
      status: 'merged',
      headName: 'DEV SECURITY',
    },
  },
  {
    kind: 'control',
    id: 'FILTERSENSITIVETRAINDATA',
    name: 'Filter sensitive train data',
    slug: 'filtersensitivetraindata',
    aliases: [],
    how: 'removed',
    // The original dropped the control in March 2024 without naming a replacement. Its aim, keeping
    // sensitive records out of what a model learns, is what data minimisation (1.2) asks for, and the
    // threat it served (sensitive data in model output) now refers to the 1.2 data-limitation controls.
    // Sensitive output handling (FILTERSENSITIVEMODELOUTPUT) is the runtime counterpart, not the successor.
    mergedInto: 'DATAMINIMIZE',
    reason:
      'The original removed this control; removing or masking sensitive data before training is now covered by data minimisation and the other sensitive-data limitation controls.',
    retiredOn: '2026-12-01',
    legacy: {
      seedUrl:
        'https://owaspai.org/docs/2_threats_through_use/#221-sensitive-data-output-from-model',
      headPage: null,
      headAnchor: null,
      status: 'removed',
    },
  },
] as const satisfies readonly RetiredEntry[];

/** A crosswalk page whose framework no entry references any more. */
export interface RetiredFramework {
  /** The slug of its published page, `/standards/<slug>/`. */
  readonly slug: string;
  /** The framework's name as the page showed it. */
  readonly name: string;
  /** The framework that holds what the page was meant for. */
  readonly replacedBy: string;
  /** Why nothing maps to it any more, in one sentence of our own. */
  readonly reason: string;
  /** `YYYY-MM-DD`. */
  readonly retiredOn: string;
}

/**
 * Crosswalk pages of frameworks dropped from the catalog. Their URLs were published, so each keeps a
 * page that says why and links the framework that took over.
 */
export const retiredFrameworks: readonly RetiredFramework[] = [
  {
    slug: 'iso-iec-tr-27562',
    name: 'ISO/IEC TR 27562',
    replacedBy: 'ISO/IEC 27563',
    reason:
      'The security program cited TR 27562, a privacy guideline for fintech services, where it meant TR 27563 on security and privacy in AI use cases; the December 2026 review corrected the citation.',
    retiredOn: '2026-12-06',
  },
];
