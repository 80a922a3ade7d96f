/**
 * Today's grouping of the controls, as the original's overview presents it ("essential categories":
 * manage, have resilient models, watch, limit), with ten groups. It replaces the nine numbered control
 * groups of the seed as the way the overview sorts controls. The numbered groups stay in `groups.ts`:
 * the threat model diagrams still place them, and their ids, short links and anchors were published;
 * each names the groups it became (`becameEssentials`, from the facts' seed_group_mapping).
 *
 * Facts from ../shared/facts/head-facts.yaml (`head_control_groups`); summaries are ours.
 */
import type { EssentialGroup } from './types.ts';

/** The four categories, in the original's order. */
export const ESSENTIAL_CATEGORIES = ['Manage', 'Have resilient models', 'Watch', 'Limit'] as const;

/** The ten groups, in the original's order. A control may sit in more than one group. */
export const essentialGroups = [
  {
    id: 'manage-grc',
    category: 'Manage',
    name: 'Governance, Risk, and Compliance',
    controls: ['AIPROGRAM', 'DEVPROGRAM', 'CHECKCOMPLIANCE', 'SECEDUCATE'],
    summary: 'Make AI a managed activity: inventory, ownership, compliance and training.',
  },
  {
    id: 'manage-supply-chain',
    category: 'Manage',
    name: 'Supply chain management',
    controls: ['SUPPLYCHAINMANAGE'],
    summary: 'Know and vet the data, models, components and hosting the system depends on.',
  },
  {
    id: 'manage-conventional-managing',
    category: 'Manage',
    name: 'Conventional security controls: managing security',
    controls: ['SECPROGRAM', 'SECDEVPROGRAM'],
    summary: 'Bring AI into the information security programme and the secure development process.',
  },
  {
    id: 'manage-conventional-devtime',
    category: 'Manage',
    name: 'Conventional security controls: development time',
    controls: ['DEVSECURITY', 'SEGREGATEDATA', 'DISCRETE'],
    summary: 'Protect the engineering environment and the data, models and code in it.',
  },
  {
    id: 'manage-conventional-runtime',
    category: 'Manage',
    name: 'Conventional security controls: runtime',
    controls: [
      'MODELACCESSCONTROL',
      'RUNTIMEMODELINTEGRITY',
      'RUNTIMEMODELIOINTEGRITY',
      'RUNTIMEMODELCONFIDENTIALITY',
      'MODELINPUTCONFIDENTIALITY',
      'ENCODEMODELOUTPUT',
      'LIMITRESOURCES',
      'AUGMENTATIONDATACONFIDENTIALITY',
      'AUGMENTATIONDATAINTEGRITY',
      'CONFCOMPUTE',
      'MODELOBFUSCATION',
    ],
    summary:
      'Protect the deployed model, its input and output, its augmentation data and its resources.',
  },
  {
    id: 'resilient-models',
    category: 'Have resilient models',
    name: 'Data and model engineering controls',
    controls: [
      'MODELALIGNMENT',
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
    ],
    summary:
      'Engineering choices that leave a model aligned and harder to poison, evade or make leak.',
  },
  {
    id: 'watch-io-handling',
    category: 'Watch',
    name: 'Model input and output handling',
    controls: [
      'DETECTODDINPUT',
      'DETECTADVERSARIALINPUT',
      'UNWANTEDINPUTSERIESHANDLING',
      'PROMPTINPUTVALIDATION',
      'DOSINPUTVALIDATION',
      'INPUTDISTORTION',
      'FILTERSENSITIVEMODELOUTPUT',
      'OBSCURECONFIDENCE',
      'RATELIMIT',
    ],
    summary: 'Inspect, filter and throttle what goes into the model and what comes out.',
  },
  {
    id: 'watch-monitoring',
    category: 'Watch',
    name: 'Monitoring',
    controls: ['MONITORUSE'],
    summary: 'Watch how the system is used and respond to signs of attack.',
  },
  {
    id: 'limit-minimize-data',
    category: 'Limit',
    name: 'Minimize or obfuscate sensitive data',
    controls: ['DATAMINIMIZE', 'ALLOWEDDATA', 'SHORTRETAIN', 'OBFUSCATETRAININGDATA'],
    summary: 'Keep less sensitive data, for less time, in less readable form.',
  },
  {
    id: 'limit-model-behaviour',
    category: 'Limit',
    name: 'Limit model behaviour',
    controls: [
      'OVERSIGHT',
      'LEASTMODELPRIVILEGE',
      'AITRANSPARENCY',
      'EXPLAINABILITY',
      'CONTINUOUSVALIDATION',
      'UNWANTEDBIASTESTING',
    ],
    summary: 'Limit the harm a model can do when it behaves wrongly.',
  },
] as const satisfies readonly EssentialGroup[];
