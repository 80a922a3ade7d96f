/**
 * The risk analysis: its steps, the conditions a system owner answers, and the rules that decide
 * which threats and controls are relevant. `riskSteps` and `riskRules` are the first edition's (the
 * risk-analysis page and the as-is diagram cite them); `threatModelSteps` and `threatModelRules` are
 * the current decision tree that the threat-model builder evaluates.
 */
import type { ConditionKey } from './ids.ts';
import type { ThreatModelRule, ThreatModelStep } from './rule-types.ts';
import type { RiskConditionKey, RiskRule, RiskStep } from './types.ts';

export const riskSteps = [
  { number: 1, label: 'Threat identification' },
  { number: 3, label: 'Arranging responsibility' },
  { number: 4, label: 'Verify external responsibilities' },
  { number: 5, label: 'Control selection' },
  { number: 6, label: 'Use references' },
  { number: 7, label: 'Risk acceptance' },
  { number: 8, label: 'Further management of these controls' },
] as const satisfies readonly RiskStep[];

export const riskConditionKeys = [
  { key: 'uses_rag', label: 'uses Retrieval Augmented Generation' },
  { key: 'rag_data_sensitive', label: 'retrieval or augmentation data is sensitive' },
  { key: 'trains_or_finetunes', label: 'organisation trains or finetunes the model' },
  { key: 'sensitive_train_data', label: 'training data is sensitive' },
  { key: 'individuals_in_train_data', label: 'training data contains individuals' },
  { key: 'membership_is_harmful', label: 'being in the train set is harmful info' },
  { key: 'genai', label: 'model is generative AI' },
  { key: 'llm', label: 'GenAI model is an LLM' },
  { key: 'sensitive_input_data', label: 'model input is sensitive' },
  { key: 'hosted_components', label: 'some components hosted by others' },
  { key: 'third_party_opaque', label: 'external party unclear on mitigations' },
  { key: 'threat_owned_by_other_org', label: 'threat is another org responsibility' },
  { key: 'attacker_can_input', label: 'an attacker can provide model input' },
  { key: 'output_can_harm', label: 'output could cause harm' },
  { key: 'inserts_untrusted_data', label: 'untrusted data goes into the prompt' },
  { key: 'augments_input', label: 'system augments input (RAG, memory, system prompts)' },
  { key: 'augmentation_data_stored', label: 'augmentation data kept in a store' },
  { key: 'trained_by', label: 'who trains or fine-tunes the model' },
  { key: 'run_by', label: 'who runs the model' },
  { key: 'classification_task', label: 'model classifies' },
  { key: 'can_trigger_actions', label: 'output can trigger actions' },
  { key: 'action_can_send_data', label: 'an action can send data where an adversary sees it' },
  { key: 'sensitive_data_reachable', label: 'a manipulated agent can reach sensitive data' },
  { key: 'text_output', label: 'model produces text' },
  { key: 'model_is_ip', label: 'model is intellectual property' },
  { key: 'model_public', label: 'model is publicly available' },
  { key: 'susceptible_to_evasion', label: 'model is open to evasion' },
  { key: 'data_from_supplier', label: 'training data comes from a supplier' },
  { key: 'output_interpreted_downstream', label: 'output is interpreted downstream' },
] as const satisfies readonly RiskConditionKey[];

export const riskRules = [
  {
    id: 'R1',
    step: 1,
    if: { uses_rag: true },
    treatAs: { retrieval_repository_incl_embeddings: 'training-data' },
    includeThreatClasses: ['data-poisoning'],
    includeThreats: ['DATAPOISON'],
    labels: [],
  },
  {
    id: 'R2',
    step: 1,
    if: { uses_rag: true, rag_data_sensitive: true },
    includeThreatClasses: ['train-data-confidentiality'],
    includeThreats: [
      'DISCLOSUREUSE',
      'DISCLOSUREINOUTPUT',
      'MODELINVERSIONANDMEMBERSHIP',
      'DEVLEAK',
      'DEVDATALEAK',
    ],
    labels: ['train/test data leak threats'],
  },
  {
    id: 'R3',
    step: 1,
    if: { uses_rag: false, trains_or_finetunes: false },
    ignoreThreatClasses: [
      'development-time',
      'train-data-confidentiality',
      'model-ip-confidentiality',
      'data-poisoning',
    ],
    ignoreThreats: [
      'MODELPOISON',
      'DATAPOISON',
      'DEVMODELPOISON',
      'DEVLEAK',
      'DEVDATALEAK',
      'DEVMODELLEAK',
      'DEVCODELEAK',
      'DISCLOSUREUSE',
      'DISCLOSUREINOUTPUT',
      'MODELINVERSIONANDMEMBERSHIP',
      'MODELTHEFTUSE',
      'RUNTIMEMODELTHEFT',
    ],
    keepThreats: ['TRANSFERLEARNINGATTACK'],
    keepControls: ['SUPPLYCHAINMANAGE'],
    ignoreControls: [
      'OBFUSCATETRAININGDATA',
      'EVASIONROBUSTMODEL',
      'TRAINADVERSARIAL',
      'ADVERSARIALROBUSTDISTILLATION',
      // FILTERSENSITIVETRAINDATA and DEVDATAPROTECT were listed here; both are retired (src/catalog/retired.ts).
      'SMALLMODEL',
      'SEGREGATEDATA',
      'CONFCOMPUTE',
      'FEDERATIVELEARNING',
      'MODELENSEMBLE',
      'MORETRAINDATA',
      'DATAQUALITYCONTROL',
      'TRAINDATADISTORTION',
      'POISONROBUSTMODEL',
    ],
    labels: [
      'else of R1',
      'development-time controls',
      'FILTERSENSITIVETRAINDATA',
      'model maker',
      'user still affected by manipulated behaviour',
    ],
  },
  {
    id: 'R4',
    step: 1,
    if: { sensitive_train_data: false },
    ignoreThreatClasses: ['train-data-confidentiality'],
    ignoreThreats: [
      'DISCLOSUREUSE',
      'DISCLOSUREINOUTPUT',
      'MODELINVERSIONANDMEMBERSHIP',
      'DEVLEAK',
      'DEVDATALEAK',
    ],
    labels: [],
  },
  {
    id: 'R5',
    step: 1,
    if: { membership_is_harmful: false },
    ignoreThreats: ['MODELINVERSIONANDMEMBERSHIP'],
    labels: ['membership inference part only', 'criminal-history training set'],
  },
  {
    id: 'R6',
    step: 1,
    if: { individuals_in_train_data: false },
    ignoreThreats: ['MODELINVERSIONANDMEMBERSHIP'],
    labels: ['impacts on identifying individuals', 'example in threat identification step'],
  },
  {
    id: 'R7',
    step: 1,
    if: { genai: true },
    ignoreThreatClasses: ['evasion'],
    ignoreThreats: [
      'EVASION',
      'CLOSEDBOXEVASION',
      'OPENBOXEVASION',
      'EVASIONAFTERPOISON',
      'MODELINVERSIONANDMEMBERSHIP',
    ],
    labels: ['evasion; model inversion (membership not named)'],
  },
  {
    id: 'R8',
    step: 1,
    if: { genai: true, llm: false },
    ignoreThreats: ['DIRECTPROMPTINJECTION', 'INDIRECTPROMPTINJECTION', 'INSECUREOUTPUT'],
    labels: [],
  },
  {
    id: 'R9',
    step: 1,
    if: { genai: false },
    ignoreThreats: ['DIRECTPROMPTINJECTION', 'INSECUREOUTPUT'],
    labels: ["written as '(direct) prompt injection'"],
  },
  {
    id: 'R10',
    step: 1,
    if: { sensitive_input_data: false },
    ignoreThreats: ['LEAKINPUT'],
    labels: [],
  },
  {
    id: 'R11',
    step: 1,
    if: { uses_rag: true },
    treatAs: { retrieved_data: 'input-data' },
    labels: ['R10'],
  },
  {
    id: 'R12',
    step: 3,
    if: { hosted_components: true },
    labels: [
      'shared with hosting provider',
      'all controls of relevant threats',
      'responsibility matrix',
      'model',
      'model extensions',
      'application',
      'infrastructure',
    ],
  },
  {
    id: 'R13',
    step: 3,
    if: { third_party_opaque: true },
    labels: ['accept risk', 'own mitigations', 'avoid third party'],
  },
  {
    id: 'R14',
    step: 4,
    if: { threat_owned_by_other_org: true },
    labels: ['attain assurance on linked controls'],
  },
  {
    id: 'R15',
    step: 5,
    if: {},
    alwaysIncludeSections: ['1.1', '1.2', '1.3'],
    labels: [
      'general controls',
      'controls listed with threat or its parent section',
      'highest risk first, then low cost',
    ],
  },
  {
    id: 'R16',
    step: null,
    if: { genai: true, trains_or_finetunes: false },
    diagramVariant: 'genai-as-is',
    providerResponsibleThreats: [
      'DISCLOSUREINOUTPUT',
      'DATAPOISON',
      'DEVMODELPOISON',
      'TRANSFERLEARNINGATTACK',
    ],
    labels: [
      'GenAI as-is diagram text',
      'sensitive/copyrighted data',
      'manipulation at the provider',
      'gain assurance from provider',
    ],
  },
  {
    id: 'R17',
    step: null,
    if: { genai: true, trains_or_finetunes: true },
    diagramVariant: 'genai-trained',
    labels: ['GenAI trained/finetuned diagram', 'uncommon (cost, expertise)'],
  },
] as const satisfies readonly RiskRule[];

/**
 * The ten steps of the current risk analysis, each with the heading the original gives it and the
 * anchor of the section of /overview/risk-analysis/ that explains it.
 */
export const threatModelSteps = [
  {
    number: 1,
    heading: '1. Identifying Risks - decision tree to threat model',
    label: 'Identify the threats',
    anchor: 'threat-identification',
  },
  {
    number: 2,
    heading: '2. Evaluating Risks by Estimating Likelihood and Impact',
    label: 'Estimate likelihood and impact',
    anchor: 'evaluating-risks',
  },
  {
    number: 3,
    heading: '3. Risk Treatment',
    label: 'Choose a treatment',
    anchor: 'risk-treatment',
  },
  {
    number: 4,
    heading: '4. Risk Communication & Monitoring',
    label: 'Record, report and monitor',
    anchor: 'communicating-and-monitoring-risks',
  },
  {
    number: 5,
    heading: '5. Arrange responsibility',
    label: 'Arrange responsibility',
    anchor: 'arranging-responsibility',
  },
  {
    number: 6,
    heading: '6. Verify external responsibilities',
    label: 'Verify what others do',
    anchor: 'verify-external-responsibilities',
  },
  {
    number: 7,
    heading: '7. Select controls',
    label: 'Select controls',
    anchor: 'control-selection',
  },
  {
    number: 8,
    heading: '8. Residual risk acceptance',
    label: 'Accept the residual risk',
    anchor: 'risk-acceptance',
  },
  {
    number: 9,
    heading: '9. Further management of the selected controls',
    label: 'Keep the controls working',
    anchor: 'further-management-of-these-controls',
  },
  {
    number: 10,
    heading: '10. Continuous risk assessment',
    label: 'Reassess when things change',
    anchor: 'continuous-risk-assessment',
  },
] as const satisfies readonly ThreatModelStep[];

/**
 * Condition keys of the first edition that the current decision tree no longer asks, and the key that
 * took over their question (null when the question was dropped).
 */
export const supersededConditionKeys = [
  { key: 'uses_rag', replacedBy: 'augments_input' },
  { key: 'trains_or_finetunes', replacedBy: 'trained_by' },
  { key: 'llm', replacedBy: null },
  { key: 'individuals_in_train_data', replacedBy: null },
] as const satisfies readonly {
  readonly key: ConditionKey;
  readonly replacedBy: ConditionKey | null;
}[];

/**
 * The edition of `threatModelRules`: exports and saved systems carry it, so a reader can tell which
 * rules produced a list. Change it whenever a rule changes what a set of answers gives.
 */
export const THREAT_MODEL_RULES_VERSION = '2026-12';

/**
 * The rules of the current decision tree (`H…`, ids as the facts give them), rows of the one-page
 * threat model that the tree leaves implicit (`P…`), and the rules of the RAG and agentic overviews,
 * which describe themselves as extending the tree (`X…`). Threat ids are this catalog's. Rules with a
 * suffix (`H1s`, `H10o`) split a rule whose note or threat holds only under an extra condition.
 *
 * Readings of the facts:
 * - H3 covers a supplied model used as delivered and a supplied base model that you fine-tune (the
 *   transfer-learning case), so a fine-tuner gets both H3 and H4. Against it the reader manages the
 *   supply chain; the training-time controls are the supplier's (`restrictControls`).
 * - H7 needs an adversary who can influence the input, as the one-pager says; H13's evasion branch
 *   reuses that answer ("open to evasion, see above") besides the older explicit question.
 * - H9 concerns manipulated behaviour from any cause; the way out can be an action or output that
 *   other software renders (image links, HTML), and retrieved sensitive data counts as reachable.
 * - H10 includes model inversion and membership inference; its membership part only counts when
 *   membership itself is sensitive, which H10m notes. Disclosure in output needs output that can
 *   contain the data (H10o): a score or label cannot repeat a training record.
 * - H11 treats augmentation data as training data and applies H10 to it: when that data is
 *   sensitive, sensitive data can come out in the output. Inversion and membership concern trained
 *   data only, and a leak of stored augmentation data is H5b.
 * - H12 names poisoned, confidential and copyrighted training data as the supplier's; a threat can be
 *   both the supplier's (its training data) and yours (your augmentation data or fine-tune).
 * - H13 keeps "unless the model is published": published weights cannot be stolen, whichever branch
 *   made the model worth stealing.
 * - X1 poisons a corpus, not a training run: against it the reader checks and guards the added data
 *   (`restrictControls`); the training-time controls return when the reader also trains (H4).
 * - H18 shares the runtime threats with the host; development-time threats stay with whoever trains.
 */
export const threatModelRules = [
  {
    id: 'H1',
    step: 1,
    source: 'decision-tree',
    seedRules: ['R8', 'R9'],
    when: [{ genai: true, attacker_can_input: true, output_can_harm: true }],
    includeThreats: ['DIRECTPROMPTINJECTION'],
    note: 'anyone who can send input can try to override your instructions',
  },
  {
    id: 'H1s',
    step: 1,
    source: 'decision-tree',
    seedRules: [],
    when: [
      { genai: true, trained_by: 'supplier' },
      { genai: true, trained_by: 'self', base_model_from_supplier: true },
    ],
    noteOn: ['DIRECTPROMPTINJECTION'],
    note: "check the model supplier's test results against your own risk appetite",
  },
  {
    id: 'H2',
    step: 1,
    source: 'decision-tree',
    seedRules: ['R8'],
    when: [{ genai: true, inserts_untrusted_data: true }],
    includeThreats: ['INDIRECTPROMPTINJECTION'],
    note: 'untrusted text in the prompt can carry instructions',
  },
  {
    id: 'H3',
    step: 1,
    source: 'decision-tree',
    seedRules: ['R3', 'R16'],
    when: [{ trained_by: 'supplier' }, { trained_by: 'self', base_model_from_supplier: true }],
    includeThreats: ['TRANSFERLEARNINGATTACK'],
    includeControls: ['SUPPLYCHAINMANAGE'],
    optionalControls: ['POISONROBUSTMODEL', 'ADVERSARIALROBUSTDISTILLATION'],
    restrictControls: [],
    note: "manage the model supply chain; the training-time controls are the supplier's, and a post-training countermeasure needs the weights and the expertise",
  },
  {
    id: 'H4',
    step: 1,
    source: 'decision-tree',
    seedRules: ['R3'],
    when: [{ trained_by: 'self' }],
    includeThreats: ['DATAPOISON', 'DEVMODELPOISON'],
    note: 'your training pipeline can be poisoned',
  },
  {
    id: 'H5',
    step: 1,
    source: 'decision-tree',
    seedRules: ['R1'],
    when: [{ augments_input: true }],
    includeThreats: ['AUGMENTATIONDATAMANIPULATION'],
    note: 'whoever can change the added data steers the answers',
  },
  {
    id: 'H5b',
    step: 1,
    source: 'decision-tree',
    seedRules: [],
    when: [{ augments_input: true, augmentation_data_stored: true }],
    includeThreats: ['AUGMENTATIONDATALEAK'],
    note: 'a store of added data can leak; sensitive system prompts count',
  },
  {
    id: 'H6',
    step: 1,
    source: 'decision-tree',
    seedRules: [],
    when: [{ run_by: 'supplier' }],
    includeControls: ['SUPPLYCHAINMANAGE'],
    supplierThreats: ['RUNTIMEMODELPOISON'],
    note: 'the party that runs the model guards it while it runs; choose one you can trust',
  },
  {
    id: 'H6b',
    step: 1,
    source: 'decision-tree',
    seedRules: [],
    when: [{ run_by: 'self' }],
    includeThreats: ['RUNTIMEMODELPOISON'],
    note: 'you guard the deployed model',
  },
  {
    id: 'H7',
    step: 1,
    source: 'decision-tree',
    seedRules: ['R7'],
    when: [{ classification_task: true, attacker_can_input: true }],
    includeThreats: ['EVASION'],
    note: 'a classifier whose input an adversary can influence, generative or not; the risk may be acceptable',
  },
  {
    id: 'H8',
    step: 1,
    source: 'decision-tree',
    seedRules: [],
    when: [{ can_trigger_actions: true }],
    noteOn: 'behaviour',
    note: 'higher impact: manipulated output can act',
  },
  {
    id: 'H9',
    step: 1,
    source: 'decision-tree',
    seedRules: [],
    when: [
      { can_trigger_actions: true, action_can_send_data: true, sensitive_data_reachable: true },
      {
        can_trigger_actions: true,
        action_can_send_data: true,
        augments_input: true,
        rag_data_sensitive: true,
      },
      { text_output: true, output_interpreted_downstream: true, sensitive_data_reachable: true },
      {
        text_output: true,
        output_interpreted_downstream: true,
        augments_input: true,
        rag_data_sensitive: true,
      },
    ],
    noteOn: 'behaviour',
    systemNote: true,
    note: 'data exfiltration: manipulated behaviour, reachable sensitive data and a way out (an action, or rendered output such as an image link) meet',
  },
  {
    id: 'H10',
    step: 1,
    source: 'decision-tree',
    seedRules: ['R3', 'R4', 'R5'],
    when: [{ trained_by: 'self', sensitive_train_data: true }],
    includeThreats: ['MODELINVERSIONANDMEMBERSHIP', 'DEVDATALEAK'],
    note: 'sensitive training data can leak',
  },
  {
    id: 'H10o',
    step: 1,
    source: 'decision-tree',
    seedRules: ['R3', 'R4'],
    when: [{ trained_by: 'self', sensitive_train_data: true, output_can_reveal_train_data: true }],
    includeThreats: ['DISCLOSUREINOUTPUT'],
    note: 'the output can repeat sensitive training data',
  },
  {
    id: 'H10m',
    step: 1,
    source: 'decision-tree',
    seedRules: ['R5'],
    when: [{ trained_by: 'self', sensitive_train_data: true, membership_is_harmful: false }],
    noteOn: ['MODELINVERSIONANDMEMBERSHIP'],
    note: 'membership inference part does not apply: being in the data reveals nothing',
  },
  {
    id: 'H11',
    step: 1,
    source: 'decision-tree',
    seedRules: ['R1', 'R2'],
    when: [{ augments_input: true, rag_data_sensitive: true }],
    includeThreats: ['DISCLOSUREINOUTPUT'],
    note: 'augmentation data counts as training data',
  },
  {
    id: 'H12',
    step: 1,
    source: 'decision-tree',
    seedRules: ['R3', 'R16'],
    when: [{ trained_by: 'supplier' }],
    supplierThreats: ['DATAPOISON', 'DEVMODELPOISON', 'DISCLOSUREINOUTPUT'],
    note: "poisoned, confidential or copyrighted training data is the supplier's to handle: check licences, warranties and contracts, or accept the risk",
  },
  {
    id: 'H13',
    step: 1,
    source: 'decision-tree',
    seedRules: ['R3'],
    when: [
      { trained_by: 'self', model_is_ip: true },
      { trained_by: 'self', classification_task: true, attacker_can_input: true },
      { trained_by: 'self', susceptible_to_evasion: true },
    ],
    unless: { model_public: true },
    includeThreats: ['MODELTHEFTUSE', 'DEVMODELLEAK', 'DEVCODELEAK', 'RUNTIMEMODELTHEFT'],
    note: 'a stolen model loses its value or helps attackers craft input',
  },
  {
    id: 'H14',
    step: 1,
    source: 'decision-tree',
    seedRules: ['R10', 'R11'],
    when: [{ sensitive_input_data: true }, { augments_input: true, rag_data_sensitive: true }],
    includeThreats: ['LEAKINPUT'],
    note: 'retrieved data counts as input',
  },
  {
    id: 'H14s',
    step: 1,
    source: 'decision-tree',
    seedRules: [],
    when: [{ run_by: 'supplier' }],
    noteOn: ['LEAKINPUT'],
    note: 'input goes to the supplier that runs the model: review its logging, retention (a provider can be obliged by law to keep data) and opt-outs',
  },
  {
    id: 'H15',
    step: 1,
    source: 'decision-tree',
    seedRules: ['R8', 'R9'],
    when: [{ text_output: true }],
    includeThreats: ['INSECUREOUTPUT'],
    note: 'any model that writes text, not only language models',
  },
  {
    id: 'H16',
    step: 1,
    source: 'decision-tree',
    seedRules: [],
    when: [{}],
    includeThreats: ['DENIALMODELSERVICE'],
    note: 'limit what one user or request can consume',
  },
  {
    id: 'H16s',
    step: 1,
    source: 'decision-tree',
    seedRules: [],
    when: [{ run_by: 'supplier' }],
    noteOn: ['DENIALMODELSERVICE'],
    note: 'the supplier that runs the model may already limit this; check what it does',
  },
  {
    id: 'H17',
    step: 1,
    source: 'decision-tree',
    seedRules: [],
    when: [{}],
    includeThreats: ['GENERALAPPSECTHREATS'],
    note: 'conventional application and operations security still apply',
  },
  {
    id: 'H18',
    step: 5,
    source: 'decision-tree',
    seedRules: ['R12'],
    when: [{ hosted_components: true }],
    sharedResponsibility: true,
    note: 'the host shares the runtime threats of what it hosts; agree a responsibility matrix per component',
  },
  {
    id: 'H19',
    step: 5,
    source: 'decision-tree',
    seedRules: ['R13'],
    when: [{ third_party_opaque: true }],
    note: 'accept the risk, add your own mitigations, or avoid the third party',
  },
  {
    id: 'H20',
    step: 6,
    source: 'decision-tree',
    seedRules: ['R14'],
    when: [{ threat_owned_by_other_org: true }],
    note: 'set the owner of those threats to "another party" and get assurance on their controls, for example regular third-party audits',
  },
  {
    id: 'H21',
    step: 7,
    source: 'decision-tree',
    seedRules: ['R15'],
    when: [{}],
    includeGeneralControls: true,
    note: 'general controls always; highest risk first, then cheap quick wins',
  },
  {
    id: 'P1',
    step: 1,
    source: 'one-pager',
    seedRules: [],
    when: [{ trained_by: 'self', data_from_supplier: true }],
    includeControls: ['SUPPLYCHAINMANAGE'],
    noteOn: ['DATAPOISON'],
    note: 'data from a supplier can arrive poisoned: check its provenance and integrity',
  },
  {
    id: 'P2',
    step: 1,
    source: 'one-pager',
    seedRules: [],
    when: [{ text_output: true, output_interpreted_downstream: true }],
    noteOn: ['INSECUREOUTPUT'],
    note: 'output reaches a browser, database or shell that interprets it',
  },
  {
    id: 'P3',
    step: 1,
    source: 'one-pager',
    seedRules: [],
    when: [{ trained_by: 'self' }],
    includeControls: ['DEVSECURITY'],
    noteOn: ['GENERALAPPSECTHREATS'],
    note: 'your development environment and its supply chain (libraries, notebooks, data stores) need conventional protection',
  },
  {
    id: 'X1',
    step: 1,
    source: 'rag-overview',
    seedRules: ['R1'],
    when: [{ augments_input: true, augmentation_editable_by_others: true }],
    includeThreats: ['DATAPOISON'],
    restrictControls: ['DATAQUALITYCONTROL', 'AUGMENTATIONDATAINTEGRITY'],
    note: 'people outside your trusted engineers can plant content in the added data, which poisons it like training data',
  },
  {
    id: 'X2',
    step: 1,
    source: 'rag-overview',
    seedRules: [],
    when: [{ augments_input: true, augmentation_third_party: true }],
    includeControls: ['SUPPLYCHAINMANAGE'],
    noteOn: ['AUGMENTATIONDATAMANIPULATION', 'AUGMENTATIONDATALEAK'],
    note: 'a third-party vector store, embedding model or connector is part of your supply chain',
  },
  {
    id: 'X3',
    step: 1,
    source: 'rag-overview',
    seedRules: [],
    when: [{ augments_input: true, retrieval_ignores_access_rights: true }],
    includeThreats: ['DISCLOSUREINOUTPUT'],
    note: 'retrieval can hand a user documents the source would not let them open',
  },
  {
    id: 'X4',
    step: 1,
    source: 'agentic-overview',
    seedRules: [],
    when: [{ genai: true, can_trigger_actions: true }],
    includeThreats: ['AGENTESCAPE'],
    note: 'an agent can act beyond the tools and scope it was given',
  },
  {
    id: 'X5',
    step: 1,
    source: 'agentic-overview',
    seedRules: [],
    when: [{ genai: true, can_trigger_actions: true, multi_agent: true }],
    includeThreats: ['AGENTMESSAGESTRUCTUREMANIPULATION'],
    note: 'messages between agents can be forged or altered on the way',
  },
] as const satisfies readonly ThreatModelRule[];

/** Factors to weigh when estimating how likely an attack is (step 2), with the sources that name them. */
export const likelihoodFactors = [
  { label: 'attacker opportunity and access', sources: ['OWASP', 'FAIR'] },
  { label: 'risk of getting caught', sources: ['FAIR'] },
  { label: 'capabilities, tools and budget', sources: ['ISO/IEC 27005', 'OWASP', 'FAIR'] },
  { label: 'how susceptible the system is', sources: ['ISO/IEC 27005', 'FAIR'] },
  { label: 'motive', sources: ['OWASP', 'FAIR', 'ISO/IEC 27005'] },
  { label: 'number of potential attackers', sources: ['OWASP'] },
  { label: 'incident and attempt data', sources: ['ISO/IEC 27005'] },
] as const;

/** The four ways to treat a risk (step 3). */
export const treatmentOptions = ['mitigation', 'transfer', 'avoidance', 'acceptance'] as const;

/** Impact questions of the one-page threat model, as few-word labels. */
export const impactQuestions = [
  'cascading actions (code, physical)?',
  'actions that fetch and send sensitive data?',
  'harmful content or misinformation?',
  'untrusted data in the prompt of a privileged model?',
] as const;
