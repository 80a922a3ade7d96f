/**
 * The catalog: the single source of truth for every threat, control, group and relation of the site.
 * Pages, the sidebar, short links, diagrams, search metadata and exports all derive from it.
 *
 * The record files state each relation once; `assembleCatalog` derives the mirrors, so everything this
 * module exports is the resolved catalog.
 */
import { assembleCatalog } from './assemble.ts';
import { controls as controlRecords } from './controls.ts';
import { frameworks } from './frameworks.ts';
import {
  controlGroups,
  controlSections as sectionRecords,
  parts as partRecords,
  threatGroups as threatGroupRecords,
} from './groups.ts';
import { CONTROL_IDS, THREAT_IDS } from './ids.ts';
import { threats as threatRecords } from './threats.ts';
import { sitePages } from './pages.ts';
import { retiredEntries } from './retired.ts';
import { essentialGroups, ESSENTIAL_CATEGORIES } from './essentials.ts';
import type { Catalog } from './types.ts';

export * from './ids.ts';
export type * from './types.ts';
export { essentialGroups, ESSENTIAL_CATEGORIES };
export { sitePages, retiredEntries, controlGroups, frameworks };
export {
  impactLegend,
  retiredImpactCodes,
  matrixRows,
  threatClasses,
  architectureElements,
  architectureFlows,
  diagramVariants,
} from './overview.ts';
export { llmTop10, llmTop10_2026, genAiParticularities, ncscCisaPhases } from './genai.ts';
export { riskSteps, riskConditionKeys, riskRules } from './risk.ts';
export { references } from './references.ts';

/** The real catalog, as one value, assembled from the records. */
export const catalog: Catalog = assembleCatalog({
  threatIds: THREAT_IDS,
  controlIds: CONTROL_IDS,
  threats: threatRecords,
  controls: controlRecords,
  controlGroups,
  essentialGroups,
  controlSections: sectionRecords,
  threatGroups: threatGroupRecords,
  parts: partRecords,
  frameworks,
  pages: sitePages,
  retired: retiredEntries,
});

/** Every threat, resolved, in document order. */
export const threats = catalog.threats;
/** Every control, resolved, in document order. */
export const controls = catalog.controls;
/** The sections of part 1, with their members. */
export const controlSections = catalog.controlSections;
/** The threat groups that open parts 2 to 4, with their member threats. */
export const threatGroups = catalog.threatGroups;
/** The four parts, with their threat groups. */
export const parts = catalog.parts;
