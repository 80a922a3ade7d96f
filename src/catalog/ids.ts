/**
 * Every id of the catalog, in one place. The unions derived here type every relation field, so a
 * typo in a relation fails the type check at its line. Ids never change once published: retire an
 * entry by keeping its id and adding a redirect, never by reusing the id.
 */

/** Threat ids, in document order. */
export const THREAT_IDS = [
  'EVASION',
  'CLOSEDBOXEVASION',
  'OPENBOXEVASION',
  'TRANSFERATTACK',
  'PARTIALKNOWLEDGEEVASION',
  'EVASIONAFTERPOISON',
  'PROMPTINJECTION',
  'DIRECTPROMPTINJECTION',
  'INDIRECTPROMPTINJECTION',
  'AGENTMESSAGESTRUCTUREMANIPULATION',
  'DISCLOSUREUSE',
  'DISCLOSUREINOUTPUT',
  'MODELINVERSIONANDMEMBERSHIP',
  'MODELTHEFTUSE',
  'DENIALMODELSERVICE',
  'MODELPOISON',
  'DATAPOISON',
  'DEVMODELPOISON',
  'TRANSFERLEARNINGATTACK',
  'DEVLEAK',
  'DEVDATALEAK',
  'DEVMODELLEAK',
  'DEVCODELEAK',
  'GENERALAPPSECTHREATS',
  'RUNTIMEMODELPOISON',
  'RUNTIMEMODELTHEFT',
  'INSECUREOUTPUT',
  'LEAKINPUT',
  'AUGMENTATIONDATALEAK',
  'AUGMENTATIONDATAMANIPULATION',
  'AGENTESCAPE',
] as const;
/** A threat id, e.g. `DATAPOISON`. */
export type ThreatId = (typeof THREAT_IDS)[number];

/** Control ids, in document order. */
export const CONTROL_IDS = [
  'AIPROGRAM',
  'SECPROGRAM',
  'SECDEVPROGRAM',
  'DEVPROGRAM',
  'CHECKCOMPLIANCE',
  'SECEDUCATE',
  'DATAMINIMIZE',
  'ALLOWEDDATA',
  'SHORTRETAIN',
  'OBFUSCATETRAININGDATA',
  'DISCRETE',
  'OVERSIGHT',
  'LEASTMODELPRIVILEGE',
  'MODELALIGNMENT',
  'AITRANSPARENCY',
  'CONTINUOUSVALIDATION',
  'EXPLAINABILITY',
  'UNWANTEDBIASTESTING',
  'MONITORUSE',
  'RATELIMIT',
  'MODELACCESSCONTROL',
  'DETECTODDINPUT',
  'UNWANTEDINPUTSERIESHANDLING',
  'DETECTADVERSARIALINPUT',
  'EVASIONROBUSTMODEL',
  'TRAINADVERSARIAL',
  'INPUTDISTORTION',
  'ADVERSARIALROBUSTDISTILLATION',
  'FILTERSENSITIVEMODELOUTPUT',
  'OBSCURECONFIDENCE',
  'SMALLMODEL',
  'MODELWATERMARKING',
  'DOSINPUTVALIDATION',
  'LIMITRESOURCES',
  'DEVSECURITY',
  'SEGREGATEDATA',
  'CONFCOMPUTE',
  'FEDERATIVELEARNING',
  'SUPPLYCHAINMANAGE',
  'MODELENSEMBLE',
  'MORETRAINDATA',
  'DATAQUALITYCONTROL',
  'TRAINDATADISTORTION',
  'POISONROBUSTMODEL',
  'RUNTIMEMODELINTEGRITY',
  'RUNTIMEMODELIOINTEGRITY',
  'RUNTIMEMODELCONFIDENTIALITY',
  'MODELOBFUSCATION',
  'ENCODEMODELOUTPUT',
  'PROMPTINPUTVALIDATION',
  'INPUTSEGREGATION',
  'CULTURESENSITIVEALIGNMENT',
  'MODELINPUTCONFIDENTIALITY',
  'AUGMENTATIONDATACONFIDENTIALITY',
  'AUGMENTATIONDATAINTEGRITY',
  'AGENTSANDBOXING',
] as const;
/** A control id, e.g. `RATELIMIT`. */
export type ControlId = (typeof CONTROL_IDS)[number];

/** Any entry that has a page of its own. */
export type EntryId = ThreatId | ControlId;

/** The control groups of the overview, in overview order. */
export const CONTROL_GROUP_IDS = [
  'governance',
  'it-standard-devtime',
  'it-standard-runtime',
  'it-adapted',
  'it-new',
  'datascience-devtime',
  'datascience-runtime',
  'minimize-data',
  'behaviour-impact',
] as const;
/** A control group id. */
export type ControlGroupId = (typeof CONTROL_GROUP_IDS)[number];

/** Today's control groups of the overview (essential categories), in overview order. */
export const ESSENTIAL_GROUP_IDS = [
  'manage-grc',
  'manage-supply-chain',
  'manage-conventional-managing',
  'manage-conventional-devtime',
  'manage-conventional-runtime',
  'resilient-models',
  'watch-io-handling',
  'watch-monitoring',
  'limit-minimize-data',
  'limit-model-behaviour',
] as const;
/** An essential control group id. */
export type EssentialGroupId = (typeof ESSENTIAL_GROUP_IDS)[number];

/** The sections of part 1 that group the general controls. */
export const CONTROL_SECTION_IDS = ['1.1', '1.2', '1.3'] as const;
/** A general-controls section number. */
export type ControlSectionId = (typeof CONTROL_SECTION_IDS)[number];

/** The four parts of the knowledge base, each with a page. */
export const PART_IDS = [
  'general-controls',
  'threats-through-use',
  'development-time-threats',
  'runtime-security-threats',
] as const;
/** A part id. */
export type PartId = (typeof PART_IDS)[number];

/** Threat groups: the introductions of parts 2 to 4. */
export const THREAT_GROUP_IDS = [
  'THREATS_THROUGH_USE',
  'DEVELOPMENT_TIME_THREATS',
  'RUNTIME_APPSEC_THREATS',
] as const;
/** A threat group id. */
export type ThreatGroupId = (typeof THREAT_GROUP_IDS)[number];

/**
 * Impact codes of today's threat model legend. The letters changed on the original site: `A` used to
 * mean availability and now means augmentation data confidentiality; availability is `E` (exhaustion)
 * and input confidentiality moved from `L` to `I`. `RETIRED_IMPACT_CODES` keeps the old meanings.
 */
export const IMPACT_CODES = ['T', 'B', 'P', 'E', 'I', 'A'] as const;
/** An impact code. */
export type ImpactCode = (typeof IMPACT_CODES)[number];

/** Items of the OWASP Top 10 for LLM applications, 2023 edition (v1.1); kept for its published crosswalk. */
export const LLM_TOP10_IDS = [
  'LLM01',
  'LLM02',
  'LLM03',
  'LLM04',
  'LLM05',
  'LLM06',
  'LLM07',
  'LLM08',
  'LLM09',
  'LLM10',
] as const;
/** An OWASP LLM Top 10 (2023) id. */
export type LlmTop10Id = (typeof LLM_TOP10_IDS)[number];

/**
 * Items of the current edition of the OWASP Top 10 for LLM applications (2026). Names and mappings live
 * in src/catalog/frameworks/llm-top10-2026.ts and src/catalog/crosswalks/llm-top10-2026.ts.
 */
export const LLM_TOP10_2026_IDS = [
  'LLM01:2026',
  'LLM02:2026',
  'LLM03:2026',
  'LLM04:2026',
  'LLM05:2026',
  'LLM06:2026',
  'LLM07:2026',
  'LLM08:2026',
  'LLM09:2026',
  'LLM10:2026',
] as const;
/** An OWASP LLM Top 10 (2026) id, e.g. `LLM01:2026`. */
export type LlmTop10_2026Id = (typeof LLM_TOP10_2026_IDS)[number];

/** Outside frameworks referenced by entries; each has a crosswalk page. */
export const FRAMEWORK_IDS = [
  'ENISA',
  'ETSI',
  'ISO/IEC',
  'ISO/IEC 15408',
  'ISO/IEC 18045',
  'ISO/IEC 23894',
  'ISO/IEC 27000',
  'ISO/IEC 27001',
  'ISO/IEC 27002',
  'ISO/IEC 27003',
  'ISO/IEC 27004',
  'ISO/IEC 27005',
  'ISO/IEC 27115',
  'ISO/IEC 27563',
  'ISO/IEC 42001',
  'ISO/IEC 5259',
  'ISO/IEC 5338',
  'ISO/IEC AWI 5181',
  'ISO/IEC TR 24029',
  'MITRE ATLAS',
  'NIST AI RMF',
  'NIST CSF',
  'NIST SP 800-53',
  'OWASP ASVS',
  'OpenCRE',
  'OWASP ML Top 10',
  'BIML',
  'NIST AI 100-2',
  'ISO/IEC 24027',
  'ISO/IEC 24029-2',
  'ISO/IEC 24030',
  'ISO/IEC TR 24030',
  'ISO/IEC 24368',
  'ISO/IEC 25012',
  'ISO/IEC 25059',
  'ISO/IEC 27090',
  'ISO/IEC 27091',
  'CEN/CENELEC prEN 18282',
  'US Federal Reserve',
  // Referenced through their own field (`owaspLlmTop10`), table (`ncscCisaPhases`) or crosswalk file
  // (src/catalog/crosswalks/), never in `standards`.
  'OWASP LLM Top 10',
  'OWASP LLM Top 10 2026',
  'NCSC/CISA guidelines',
  'OWASP LLM Top 10 2025',
  'OWASP Agentic Top 10 2026',
  'OWASP AISVS 1.0',
] as const;
/** A framework id: its usual name. */
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/** Elements of the architecture drawn in the threat model. */
export const ARCHITECTURE_ELEMENT_IDS = [
  'training-data',
  'machine-learning',
  'ai-model',
  'input',
  'application-infrastructure',
  'output',
  'external-model',
] as const;
/** An architecture element id. */
export type ArchitectureElementId = (typeof ARCHITECTURE_ELEMENT_IDS)[number];

/** Named sets of threats used by the risk-analysis rules. */
export const THREAT_CLASS_IDS = [
  'development-time',
  'train-data-confidentiality',
  'model-ip-confidentiality',
  'data-poisoning',
  'evasion',
  'prompt-injection',
] as const;
/** A threat class id. */
export type ThreatClassId = (typeof THREAT_CLASS_IDS)[number];

/**
 * Conditions a system owner answers in the risk analysis: the keys of the original's first rules
 * (some now superseded, see `supersededConditionKeys` in risk.ts) and the keys its current decision
 * tree added. Published in the threat-model builder's query string, so a key never changes.
 */
export const CONDITION_KEYS = [
  'uses_rag',
  'rag_data_sensitive',
  'trains_or_finetunes',
  'sensitive_train_data',
  'individuals_in_train_data',
  'membership_is_harmful',
  'genai',
  'llm',
  'sensitive_input_data',
  'hosted_components',
  'third_party_opaque',
  'threat_owned_by_other_org',
  'attacker_can_input',
  'output_can_harm',
  'inserts_untrusted_data',
  'augments_input',
  'augmentation_data_stored',
  'trained_by',
  'run_by',
  'classification_task',
  'can_trigger_actions',
  'action_can_send_data',
  'sensitive_data_reachable',
  'text_output',
  'model_is_ip',
  'model_public',
  'susceptible_to_evasion',
  'data_from_supplier',
  'output_interpreted_downstream',
  // Added in December 2026 for the fine-tune case, the RAG and agentic overviews and the output sub-condition.
  'base_model_from_supplier',
  'output_can_reveal_train_data',
  'augmentation_editable_by_others',
  'augmentation_third_party',
  'retrieval_ignores_access_rights',
  'multi_agent',
] as const;
/** Condition keys answered with who does it rather than yes or no. */
export const PARTY_CONDITION_KEYS = ['trained_by', 'run_by'] as const;
/** Who does something: the organisation itself or a supplier. */
export const PARTIES = ['self', 'supplier'] as const;
/** `self` or `supplier`. */
export type Party = (typeof PARTIES)[number];
/** A condition key answered with a party. */
export type PartyConditionKey = (typeof PARTY_CONDITION_KEYS)[number];
/** A risk-analysis condition key. */
export type ConditionKey = (typeof CONDITION_KEYS)[number];
