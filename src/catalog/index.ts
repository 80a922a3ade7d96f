/**
 * The catalog: the single source of truth for every threat, control, group and relation of the site.
 * Pages, the sidebar, short links, diagrams, search metadata and exports all derive from it.
 */
import { controls } from './controls.ts';
import { frameworks } from './frameworks.ts';
import { controlGroups, controlSections, parts, threatGroups } from './groups.ts';
import { CONTROL_IDS, THREAT_IDS } from './ids.ts';
import { threats } from './threats.ts';
import { overviewSections } from './overview-sections.ts';
import { retiredEntries } from './retired.ts';
import { subjects } from './subjects.ts';
import { essentialGroups, ESSENTIAL_CATEGORIES } from './essentials.ts';
import type { Catalog } from './types.ts';

export * from './ids.ts';
export type * from './types.ts';
export { essentialGroups, ESSENTIAL_CATEGORIES };
export { controls, threats, overviewSections, subjects, retiredEntries, controlGroups, controlSections, threatGroups, parts, frameworks };
export { impactLegend, retiredImpactCodes, matrixRows, threatClasses, architectureElements, architectureFlows, diagramVariants } from './overview.ts';
export { llmTop10, llmTop10_2026, genAiParticularities, ncscCisaPhases } from './genai.ts';
export { riskSteps, riskConditionKeys, riskRules } from './risk.ts';
export { references } from './references.ts';

/** The real catalog, as one value. */
export const catalog: Catalog = {
  threatIds: THREAT_IDS,
  controlIds: CONTROL_IDS,
  threats,
  controls,
  controlGroups,
  essentialGroups,
  controlSections,
  threatGroups,
  parts,
  frameworks,
  overviewSections,
  retired: retiredEntries,
};
