/**
 * Human-readable labels for the catalog's enumerations, used by every view so the same value always
 * reads the same way.
 */
import type { MappingSubject } from './crosswalk.ts';
import type { ItemStatus, MappingSource, Relation } from './crosswalks/types.ts';
import type {
  ControlGroup,
  ControlLifecycle,
  Coverage,
  Discipline,
  Framework,
  GenAiApplicability,
  ImpactProperty,
  ThreatLifecycle,
} from './types.ts';

/** Threat lifecycle labels. */
export const threatLifecycleLabel: Record<ThreatLifecycle, string> = {
  'development-time': 'Development time',
  'through-use': 'Through use (runtime)',
  runtime: 'Runtime (breaking in)',
};

/** Control lifecycle labels. */
export const controlLifecycleLabel: Record<ControlLifecycle, string> = {
  organisation: 'Organisation-wide',
  'development-time': 'Development time',
  runtime: 'Runtime',
  both: 'Development time and runtime',
};

/** Discipline labels. */
export const disciplineLabel: Record<Discipline, string> = {
  datascience: 'Data science',
  infosec: 'Information security',
  appsec: 'Application security',
  management: 'Management',
};

/** Impacted property labels. */
export const impactLabel: Record<ImpactProperty, string> = {
  confidentiality: 'Confidentiality',
  integrity: 'Integrity',
  availability: 'Availability',
};

/** Coverage labels for standards references. */
export const coverageLabel: Record<Coverage, string> = {
  full: 'Full',
  partial: 'Partial',
  minimal: 'Minimal',
  none: 'None',
  unknown: 'Not stated',
};

/** Generative AI applicability labels. */
export function genAiLabel(applies: GenAiApplicability): string {
  if (applies === 'llm-only') return 'Large language models only';
  if (applies === 'genai-only')
    return 'Generative AI only (any generative model, not only language models)';
  if (applies === 'if-classification')
    return 'Yes, wherever a model (generative or not) is used to classify';
  return applies ? 'Yes' : 'Not a priority for generative AI';
}

/** What a crosswalk row maps to, as a label. */
export const subjectKindLabel: Record<MappingSubject['kind'], string> = {
  threat: 'Threat',
  control: 'Control',
  'threat-group': 'Threat group',
  'control-section': 'Section',
};

/** A framework's name with the edition the references use: `OWASP LLM Top 10 (2023)`; an id that names its edition already (`OWASP LLM Top 10 2026`) stays as it is. */
export function frameworkLabel(framework: Pick<Framework, 'id' | 'version'>): string {
  return framework.version && !framework.id.endsWith(framework.version)
    ? `${framework.id} (${framework.version})`
    : framework.id;
}

/** A control group as the facts panel and the search filter name it: `2a Standard … (development-time)`. */
export function controlGroupLabel(group: ControlGroup): string {
  return `${group.number} ${group.name}${group.subgroup ? ` (${group.subgroup})` : ''}`;
}

/** How an entry relates to an item of an outside framework (src/catalog/crosswalks/). */
export const relationLabel: Record<Relation, string> = {
  addresses: 'Addresses',
  'partly-addresses': 'Partly addresses',
  related: 'Related',
};

/** Whose mapping it is. */
export const mappingSourceLabel: Record<MappingSource, string> = {
  publisher: "The framework's publisher",
  'ai-exchange': 'OWASP AI Exchange',
  opencre: 'OpenCRE',
  'this-project': 'This project',
};

/** Why no entry maps to an item. */
export const itemStatusLabel: Record<ItemStatus, string> = {
  'not-covered': 'Not covered (a gap)',
  'out-of-scope': 'Out of scope',
};
