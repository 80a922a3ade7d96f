/**
 * How the catalog is organised: the four parts, the control groups of the overview, the sections of
 * the general controls and the threat groups that open parts 2 to 4.
 *
 * These are source records. The control groups' `controls` is the one home of group membership (a
 * control's `group` and `groups` are derived). A threat group's member threats come from the threats'
 * `part`, a part's threat group from the group's `part`, and a section's controls from the controls'
 * `section` (see `assemble.ts`). Empty lists are left out.
 */
import type { ControlGroup, ControlSectionRecord, PartRecord, ThreatGroupRecord } from './types.ts';

/** The four parts of the knowledge base, in reading order. */
export const parts = [
  {
    id: 'general-controls',
    number: '1',
    title: 'General controls',
    summary:
      'Governance, data limitation and behaviour-limiting controls that apply to every AI system, whatever the threat.',
    slug: 'generalcontrols',
    legacyPage: '1_general_controls',
  },
  {
    id: 'threats-through-use',
    number: '2',
    title: 'Input threats',
    alsoKnownAs: ['threats through use'],
    summary:
      'Attacks by anyone who can send input to the model and read its output, without breaking into anything.',
    legacyPage: '2_threats_through_use',
  },
  {
    id: 'development-time-threats',
    number: '3',
    title: 'Development-time threats',
    summary:
      'Attacks on data, code and models while the AI system is engineered, trained or assembled from a supply chain.',
    legacyPage: '3_development_time_threats',
  },
  {
    id: 'runtime-security-threats',
    number: '4',
    title: 'Runtime conventional security threats',
    alsoKnownAs: ['runtime application security threats'],
    summary:
      'Attacks on the running system around the model: its application, infrastructure, input and output handling.',
    legacyPage: '4_runtime_application_security_threats',
  },
] as const satisfies readonly PartRecord[];

/** The control groups of the overview (1, 2a, 2b, 2c, 3a, 3b, 4, 5). */
export const controlGroups = [
  {
    id: 'governance',
    number: '1',
    name: 'AI Governance',
    subgroup: null,
    parentName: 'AI Governance',
    controls: [
      'AIPROGRAM',
      'SECPROGRAM',
      'DEVPROGRAM',
      'SECDEVPROGRAM',
      'CHECKCOMPLIANCE',
      'SECEDUCATE',
    ],
    slug: 'aigovernance',
    summary:
      'Management controls that make AI a governed, risk-managed activity of the organisation.',
    becameEssentials: ['manage-grc', 'manage-conventional-managing'],
  },
  {
    id: 'it-standard-devtime',
    number: '2a',
    name: 'Standard conventional IT security controls',
    subgroup: 'development-time',
    parentName: 'Conventional technical IT security controls',
    controls: ['DEVSECURITY', 'SEGREGATEDATA', 'SUPPLYCHAINMANAGE', 'DISCRETE'],
    slug: 'itstandarddevtime',
    summary:
      'Established IT security controls applied to the development environment, its data and its supply chain.',
    becameEssentials: ['manage-conventional-devtime', 'manage-supply-chain'],
  },
  {
    id: 'it-standard-runtime',
    number: '2a',
    name: 'Standard conventional IT security controls',
    subgroup: 'runtime',
    parentName: 'Conventional technical IT security controls',
    controls: [
      'RUNTIMEMODELINTEGRITY',
      'RUNTIMEMODELIOINTEGRITY',
      'RUNTIMEMODELCONFIDENTIALITY',
      'MODELINPUTCONFIDENTIALITY',
      'ENCODEMODELOUTPUT',
      'LIMITRESOURCES',
      'AUGMENTATIONDATACONFIDENTIALITY',
      'AUGMENTATIONDATAINTEGRITY',
      'AGENTSANDBOXING',
    ],
    slug: 'itstandardruntime',
    summary:
      'Established IT security controls applied to the deployed model, its input, its output and its resources.',
    becameEssentials: ['manage-conventional-runtime'],
  },
  {
    id: 'it-adapted',
    number: '2b',
    name: 'Adapted conventional IT security controls',
    subgroup: null,
    parentName: 'Conventional technical IT security controls',
    controls: ['MONITORUSE', 'MODELACCESSCONTROL', 'RATELIMIT'],
    slug: 'itadapted',
    summary:
      'Familiar controls (monitoring, access control, rate limiting) tuned to how attackers abuse a model through use.',
    becameEssentials: ['watch-monitoring', 'watch-io-handling', 'manage-conventional-runtime'],
  },
  {
    id: 'it-new',
    number: '2c',
    name: 'New IT security controls',
    subgroup: null,
    parentName: 'Conventional technical IT security controls',
    controls: ['CONFCOMPUTE', 'MODELOBFUSCATION', 'PROMPTINPUTVALIDATION', 'INPUTSEGREGATION'],
    slug: 'itnew',
    summary:
      'Technical security controls that exist because of AI, such as prompt input validation and model obfuscation.',
    becameEssentials: ['manage-conventional-runtime', 'watch-io-handling'],
  },
  {
    id: 'datascience-devtime',
    number: '3a',
    name: 'Datascience development-time controls',
    subgroup: 'development-time',
    parentName: 'Datascience security controls',
    controls: [
      'MODELALIGNMENT',
      'CULTURESENSITIVEALIGNMENT',
      'FEDERATIVELEARNING',
      'CONTINUOUSVALIDATION',
      'UNWANTEDBIASTESTING',
      'EVASIONROBUSTMODEL',
      'POISONROBUSTMODEL',
      'TRAINADVERSARIAL',
      'TRAINDATADISTORTION',
      'ADVERSARIALROBUSTDISTILLATION',
      'MODELENSEMBLE',
      'MORETRAINDATA',
      'SMALLMODEL',
      'DATAQUALITYCONTROL',
      'MODELWATERMARKING',
    ],
    slug: 'datasciencedevtime',
    summary:
      'Choices data scientists make while training that leave the model harder to poison, evade or make leak.',
    becameEssentials: ['resilient-models'],
  },
  {
    id: 'datascience-runtime',
    number: '3b',
    name: 'Datascience runtime controls',
    subgroup: 'runtime',
    parentName: 'Datascience security controls',
    controls: [
      'DETECTODDINPUT',
      'DETECTADVERSARIALINPUT',
      'UNWANTEDINPUTSERIESHANDLING',
      'DOSINPUTVALIDATION',
      'INPUTDISTORTION',
      'FILTERSENSITIVEMODELOUTPUT',
      'OBSCURECONFIDENCE',
      'MODELALIGNMENT',
    ],
    slug: 'datascienceruntime',
    summary:
      'Detection and filtering around a deployed model that catch hostile input and keep sensitive output in.',
    becameEssentials: ['watch-io-handling'],
  },
  {
    id: 'minimize-data',
    number: '4',
    name: 'Minimize data',
    subgroup: null,
    parentName: 'Minimize data',
    controls: ['DATAMINIMIZE', 'ALLOWEDDATA', 'SHORTRETAIN', 'OBFUSCATETRAININGDATA'],
    slug: 'minimizedata',
    summary:
      'Keep less sensitive data, for less time, in less readable form, so there is less for an attacker to take.',
    becameEssentials: ['limit-minimize-data'],
  },
  {
    id: 'behaviour-impact',
    number: '5',
    name: 'Control behaviour impact',
    subgroup: null,
    parentName: 'Control behaviour impact',
    controls: [
      'OVERSIGHT',
      'LEASTMODELPRIVILEGE',
      'AITRANSPARENCY',
      'EXPLAINABILITY',
      'CONTINUOUSVALIDATION',
      'UNWANTEDBIASTESTING',
    ],
    slug: 'controlbehaviourimpact',
    summary: 'Limit the harm when a model behaves wrongly, whether through attack, drift or error.',
    becameEssentials: ['limit-model-behaviour'],
  },
] as const satisfies readonly ControlGroup[];

/** The sections of part 1. */
export const controlSections = [
  {
    id: '1.1',
    name: 'General governance controls',
    anchor: 'governance-controls',
    slug: 'governancecontrols',
    seedUrl: 'https://owaspai.org/docs/1_general_controls/#11-general-governance-controls',
  },
  {
    id: '1.2',
    name: 'General controls for sensitive data limitation',
    anchor: 'sensitive-data-limitation',
    slug: 'datalimit',
    seedUrl:
      'https://owaspai.org/docs/1_general_controls/#12-general-controls-for-sensitive-data-limitation',
  },
  {
    id: '1.3',
    name: 'Controls to limit the effects of unwanted behaviour',
    anchor: 'limit-unwanted-behaviour',
    slug: 'limitunwanted',
    seedUrl:
      'https://owaspai.org/docs/1_general_controls/#13-controls-to-limit-the-effects-of-unwanted-behaviour',
    owaspLlmTop10: ['LLM07', 'LLM08', 'LLM09'],
    owaspLlmTop10_2026: ['LLM03:2026', 'LLM07:2026'],
    namedRisks: ['overreliance', 'excessive agency'],
  },
] as const satisfies readonly ControlSectionRecord[];

/** The introductions of parts 2 to 4, with the controls that apply to all their threats. */
export const threatGroups = [
  {
    id: 'THREATS_THROUGH_USE',
    part: 'threats-through-use',
    section: '2.0',
    name: 'Input threats - introduction',
    lifecycle: 'through-use',
    controls: [
      'MONITORUSE',
      'RATELIMIT',
      'MODELACCESSCONTROL',
      'DETECTODDINPUT',
      'UNWANTEDINPUTSERIESHANDLING',
      'OBSCURECONFIDENCE',
    ],
    referencedAs: 'through-use',
    slug: 'inputthreats',
    aliases: ['threatsuse'],
    seedUrl:
      'https://owaspai.org/docs/2_threats_through_use/#20-threats-through-use---introduction',
    headAnchor: '20-input-threats---introduction',
  },
  {
    id: 'DEVELOPMENT_TIME_THREATS',
    part: 'development-time-threats',
    section: '3.0',
    name: 'Development-time threats - Introduction',
    lifecycle: 'development-time',
    controls: [
      'DEVSECURITY',
      'SEGREGATEDATA',
      'CONFCOMPUTE',
      'FEDERATIVELEARNING',
      'SUPPLYCHAINMANAGE',
    ],
    referencedAs: 'dev-time-protection',
    slug: 'developmenttime',
    aliases: ['developmenttimeintro'],
    seedUrl:
      'https://owaspai.org/docs/3_development_time_threats/#30-development-time-threats---introduction',
    standards: [
      {
        framework: 'ISO/IEC 42001',
        ref: 'B.7.2',
        title: 'Data for development and enhancement of AI system',
        coverage: 'unknown',
        note: 'guidance for control A.7.2; brief mention of development-time data security',
      },
    ],
  },
  {
    id: 'RUNTIME_APPSEC_THREATS',
    part: 'runtime-security-threats',
    section: '4',
    name: 'Runtime conventional security threats',
    lifecycle: 'runtime',
    referencedAs: null,
    slug: 'runtimeappsec',
    aliases: ['runtimeconventionalsec'],
    seedUrl: 'https://owaspai.org/docs/4_runtime_application_security_threats/',
  },
] as const satisfies readonly ThreatGroupRecord[];
