/**
 * Types of the framework snapshots: the ids and names of an outside framework's items, copied from
 * the publisher's own data once, with the edition they belong to. Crosswalk files map these items.
 */
import type { FrameworkId } from '../ids.ts';

/** What an item of a framework is, which decides its URL and whether it must be mapped. */
export type FrameworkItemKind =
  'tactic' | 'technique' | 'sub-technique' | 'mitigation' | 'risk' | 'chapter' | 'section';

/** One item of a framework, as its publisher lists it. */
export interface FrameworkItem {
  /** The publisher's id (`AML.T0051.001`, `LLM09:2026`, `ASI06`, `C8.1`). */
  readonly ref: string;
  /** The publisher's name, exactly. */
  readonly name: string;
  readonly kind: FrameworkItemKind;
  /** The item this one belongs to: a sub-technique's technique, a section's chapter. */
  readonly parent?: string;
  /** ATLAS: the tactics a technique serves. */
  readonly tactics?: readonly string[];
}

/** The generated part of a snapshot: edition facts and items. */
export interface SnapshotData {
  readonly framework: FrameworkId;
  /** The publisher's title of the list. */
  readonly title: string;
  readonly version: string;
  /** When the edition was published (ISO date or month). */
  readonly published: string;
  readonly publisher: string;
  /** The edition's home page. */
  readonly url: string;
  /** Where the ids and names were copied from. */
  readonly source: string;
  /** The day the copy was checked against the publisher's data. */
  readonly checked: string;
  readonly items: readonly FrameworkItem[];
}

/** A snapshot with its URL rule and the kinds of item a crosswalk must resolve. */
export interface FrameworkSnapshot extends SnapshotData {
  /** The slug-safe key of the snapshot file (`atlas`, `aisvs-1.0`). */
  readonly key: string;
  /** The publisher's page of an item, by the rule of its kind. */
  itemUrl(item: FrameworkItem): string;
  /** Kinds every crosswalk must map or explain (ATLAS tactics and AISVS chapters only group others). */
  readonly mappedKinds: readonly FrameworkItemKind[];
}
