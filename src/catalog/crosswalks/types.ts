/**
 * Types of the crosswalk files: for each item of an outside framework, the entries of this knowledge
 * base it maps to, how and on whose authority, or why none does. Each mapping is stored once, here;
 * entry pages, crosswalk pages and exports derive from it.
 */
import type { EntryId, FrameworkId } from '../ids.ts';

/**
 * How an entry relates to a framework item. `addresses`: the entry covers what the item is about (a
 * threat entry describes the same attack; a control entry is a countermeasure the item calls for).
 * `partly-addresses`: it covers a clear part of it. `related`: it is useful context but does not cover it.
 */
export type Relation = 'addresses' | 'partly-addresses' | 'related';

/** Whose mapping it is: the framework's publisher, the original OWASP AI Exchange, OpenCRE, or this project. */
export type MappingSource = 'publisher' | 'ai-exchange' | 'opencre' | 'this-project';

/** One entry an item maps to. */
export interface ItemMapping {
  readonly entry: EntryId;
  readonly relation: Relation;
  readonly source: MappingSource;
  /** Why, in one sentence of our own: required when the source is this project. */
  readonly rationale?: string;
  /** For an OpenCRE mapping: the CRE it came through (`OpenCRE 686-110`). */
  readonly via?: string;
}

/** Why no entry maps to an item: a gap of this knowledge base, or outside what it covers. */
export type ItemStatus = 'not-covered' | 'out-of-scope';

/** One item of a framework in a crosswalk file: mapped to entries, or explained. */
export interface CrosswalkItemSource {
  /** The publisher's id. */
  readonly ref: string;
  /** The publisher's name; when given, it must equal the snapshot's (it keeps the file readable). */
  readonly name?: string;
  readonly entries?: readonly ItemMapping[];
  /** Set when no entry maps to the item. */
  readonly status?: ItemStatus;
  /** Why: required with a status. */
  readonly reason?: string;
  /** A short remark shown with the item (for example what the item adds beyond the entries). */
  readonly note?: string;
}

/** The crosswalk file of one framework. */
export interface CrosswalkFile {
  readonly framework: FrameworkId;
  /** The file, relative to the project root, so every problem names it. */
  readonly file: string;
  readonly items: readonly CrosswalkItemSource[];
}
