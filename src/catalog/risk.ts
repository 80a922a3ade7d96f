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
  { number: 1, label: "Threat identification" },
  { number: 3, label: "Arranging responsibility" },
  { number: 4, label: "Verify external responsibilities" },
  { number: 5, label: "Control selection" },
  { number: 6, label: "Use references" },
  { number: 7, label: "Risk acceptance" },
  { number: 8, label: "Further management of these controls" },
] as const satisfies readonly RiskStep[];

export const riskConditionKeys = [
  { key: "uses_rag", label: "uses Retrieval Augmented Generation" },
  { key: "rag_data_sensitive", label: "retrieval or augmentation data is sensitive" },
  { key: "trains_or_finetunes", label: "organisation trains or finetunes the model" },
  { key: "sensitive_train_data", label: "training data is sensitive" },
  { key: "individuals_in_train_data", label: "training data contains individuals" },
  { key: "membership_is_harmful", label: "being in the train set is harmful info" },
  { key: "genai", label: "model is generative AI" },
  { key: "llm", label: "GenAI model is an LLM" },
  { key: "sensitive_input_data", label: "model input is sensitive" },
  { key: "hosted_components", label: "some components hosted by others" },
  { key: "third_party_opaque", label: "external party unclear on mitigations" },
  { key: "threat_owned_by_other_org", label: "threat is another org responsibility" },
  { key: "attacker_can_input", label: "an attacker can provide model input" },
  { key: "output_can_harm", label: "output could cause harm" },
  { key: "inserts_untrusted_data", label: "untrusted data goes into the prompt" },
  { key: "augments_input", label: "system augments input (RAG, memory, system prompts)" },
  { key: "augmentation_data_stored", label: "augmentation data kept in a store" },
  { key: "trained_by", label: "who trains or fine-tunes the model" },
  { key: "run_by", label: "who runs the model" },
  { key: "classification_task", label: "model classifies" },
  { key: "can_trigger_actions", label: "output can trigger actions" },
  { key: "action_can_send_data", label: "an action can send data where an adversary sees it" },
  { key: "sensitive_data_reachable", label: "a manipulated agent can reach sensitive data" },
  { key: "text_output", label: "model produces text" },
  { key: "model_is_ip", label: "model is intellectual property" },
  { key: "model_public", label: "model is publicly available" },
  { key: "susceptible_to_evasion", label: "model is open to evasion" },
  { key: "data_from_supplier", label: "training data comes from a supplier" },
  { key: "output_interpreted_downstream", label: "output is interpreted downstream" },
] as const satisfies readonly RiskConditionKey[];

export const riskRules = [
  {
    id: "R1",
    step: 1,
    if: { uses_rag: true },
    treatAs: { retrieval_repository_incl_embeddings: "training-data" },
    includeThreatClasses: ["data-poisoning"],
    includeThreats: ["DATAPOISON"],
    labels: [],
  },
  {
    id: "R2",
    step: 1,
    if: { uses_rag: true, rag_data_sensitive: true },
    includeThreatClasses: ["train-data-confidentiality"],
    includeThreats: ["DISCLOSUREUSE", "DISCLOSUREINOUTPUT", "MODELINVERSIONANDMEMBERSHIP", "DEVLEAK", "DEVDATALEAK"],
    labels: ["train/test data leak threats"],
  },
  {
    id: "R3",
    step: 1,
    if: { uses_rag: false, trains_or_finetunes: false },
    ignoreThreatClasses: ["development-time", "train-data-confidentiality", "model-ip-confidentiality", "data-poisoning"],
    ignoreThreats: [
      "MODELPOISON",
      "DATAPOISON",
      "DEVMODELPOISON",
      "DEVLEAK",
      "DEVDATALEAK",
      "DEVMODELLEAK",
      "DEVCODELEAK",
      "DISCLOSUREUSE",
      "DISCLOSUREINOUTPUT",
      "MODELINVERSIONANDMEMBERSHIP",
      "MODELTHEFTUSE",
      "RUNTIMEMODELTHEFT",
    ],
    keepThreats: ["TRANSFERLEARNINGATTACK"],
    keepControls: ["SUPPLYCHAINMANAGE"],
    ignoreControls: [
      "OBFUSCATETRAININGDATA",
      "EVASIONROBUSTMODEL",
      "TRAINADVERSARIAL",
      "ADVERSARIALROBUSTDISTILLATION",
      // FILTERSENSITIVETRAINDATA and DEVDATAPROTECT were listed here; both are retired (src/catalog/retired.ts).
      "SMALLMODEL",
      "SEGREGATEDATA",
      "CONFCOMPUTE",
      "FEDERATIVELEARNING",
      "MODELENSEMBLE",
      "MORETRAINDATA",
      "DATAQUALITYCONTROL",
      "TRAINDATADISTORTION",
      "POISONROBUSTMODEL",
    ],
    labels: [
      "else of R1",
      "development-time controls",
      "FILTERSENSITIVETRAINDATA",
      "model maker",
      "user still affected by manipulated behaviour",
    ],
  },
  {
    id: "R4",
    step: 1,
    if: { sensitive_train_data: false },
    ignoreThreatClasses: ["train-data-confidentiality"],
    ignoreThreats: ["DISCLOSUREUSE", "DISCLOSUREINOUTPUT", "MODELINVERSIONANDMEMBERSHIP", "DEVLEAK", "DEVDATALEAK"],
    labels: [],
  },
  {
    id: "R5",
    step: 1,
    if: { membership_is_harmful: false },
    ignoreThreats: ["MODELINVERSIONANDMEMBERSHIP"],
    labels: ["membership inference part only", "criminal-history training set"],
  },
  {
    id: "R6",
    step: 1,
    if: { individuals_in_train_data: false },
    ignoreThreats: ["MODELINVERSIONANDMEMBERSHIP"],
    labels: ["impacts on identifying individuals", "example in threat identification step"],
  },
  {
    id: "R7",
    step: 1,
    if: { genai: true },
    ignoreThreatClasses: ["evasion"],
    ignoreThreats: ["EVASION", "CLOSEDBOXEVASION", "OPENBOXEVASION", "EVASIONAFTERPOISON", "MODELINVERSIONANDMEMBERSHIP"],
    labels: ["evasion; model inversion (membership not named)"],
  },
  {
    id: "R8",
    step: 1,
    if: { genai: true, llm: false },
    ignoreThreats: ["DIRECTPROMPTINJECTION", "INDIRECTPROMPTINJECTION", "INSECUREOUTPUT"],
    labels: [],
  },
  {
    id: "R9",
    step: 1,
    if: { genai: false },
    ignoreThreats: ["DIRECTPROMPTINJECTION", "INSECUREOUTPUT"],
    labels: ["written as '(direct) prompt injection'"],
  },
  { id: "R10", step: 1, if: { sensitive_input_data: false }, ignoreThreats: ["LEAKINPUT"], labels: [] },
  { id: "R11", step: 1, if: { uses_rag: true }, treatAs: { retrieved_data: "input-data" }, labels: ["R10"] },
  {
    id: "R12",
    step: 3,
    if: { hosted_components: true },
    labels: [
      "shared with hosting provider",
      "all controls of relevant threats",
      "responsibility matrix",
      "model",
      "model extensions",
      "application",
      "infrastructure",
    ],
  },
  {
    id: "R13",
    step: 3,
    if: { third_party_opaque: true },
    labels: ["accept risk", "own mitigations", "avoid third party"],
  },
  {
    id: "R14",
    step: 4,
    if: { threat_owned_by_other_org: true },
    labels: ["attain assurance on linked controls"],
  },
  {
    id: "R15",
    step: 5,
    if: {  },
    alwaysIncludeSections: ["1.1", "1.2", "1.3"],
    labels: [
      "general controls",
      "controls listed with threat or its parent section",
      "highest risk first, then low cost",
    ],
  },
  {
    id: "R16",
    step: null,
    if: { genai: true, trains_or_finetunes: false },
    diagramVariant: "genai-as-is",
    providerResponsibleThreats: ["DISCLOSUREINOUTPUT", "DATAPOISON", "DEVMODELPOISON", "TRANSFERLEARNINGATTACK"],
    labels: [
      "GenAI as-is diagram text",
      "sensitive/copyrighted data",
      "manipulation at the provider",
      "gain assurance from provider",
    ],
  },
  {
    id: "R17",
    step: null,
    if: { genai: true, trains_or_finetunes: true },
    diagramVariant: "genai-trained",
    labels: ["GenAI trained/finetuned diagram", "uncommon (cost, expertise)"],
  },
] as const satisfies readonly RiskRule[];


/**
 * The ten steps of the current risk analysis, each with the heading the original gives it and the
 * anchor of the section of /overview/risk-analysis/ that explains it.
 */
export const threatModelSteps = [
  { number: 1, heading: '1. Identifying Risks - decision tree to threat model', label: 'Identify the threats', anchor: 'threat-identification' },
  { number: 2, heading: '2. Evaluating Risks by Estimating Likelihood and Impact', label: 'Estimate likelihood and impact', anchor: 'evaluating-risks' },
  { number: 3, heading: '3. Risk Treatment', label: 'Choose a treatment', anchor: 'risk-treatment' },
  { number: 4, heading: '4. Risk Communication & Monitoring', label: 'Record, report and monitor', anchor: 'communicating-and-monitoring-risks' },
  { number: 5, heading: '5. Arrange responsibility', label: 'Arrange responsibility', anchor: 'arranging-responsibility' },
  { number: 6, heading: '6. Verify external responsibilities', label: 'Verify what others do', anchor: 'verify-external-responsibilities' },
  { number: 7, heading: '7. Select controls', label: 'Select controls', anchor: 'control-selection' },
  { number: 8, heading: '8. Residual risk acceptance', label: 'Accept the residual risk', anchor: 'risk-acceptance' },
  { number: 9, heading: '9. Further management of the selected controls', label: 'Keep the controls working', anchor: 'further-management-of-these-controls' },
  { number: 10, heading: '10. Continuous risk assessment', label: 'Reassess when things change', anchor: 'continuous-risk-assessment' },
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
] as const satisfies readonly { readonly key: ConditionKey; readonly replacedBy: ConditionKey | null }[];

/**
 * The rules of the current decision tree (`H…`, ids as the facts give them) and two rows of the
 * one-page threat model that name a condition no rule uses (`P…`). Threat ids are this catalog's.
 *
 * Readings of the facts:
 * - H10 includes model inversion and membership inference; its membership part only counts when
 *   membership itself is sensitive, which H10m notes.
 * - H11 treats augmentation data as training data and applies H10 to it: when that data is
 *   sensitive, sensitive data can come out in the output. Inversion and membership concern trained
 *   data only, and a leak of stored augmentation data is H5b.
 * - H14 treats retrieved data as input, so sensitive augmentation data brings in the input leak too.
 * - H12 names poisoned and confidential training data as the supplier's: the supplier-held threats are
 *   those of the first edition's as-is diagram (R16) that stay with the model maker.
 */
export const threatModelRules = [
  {
    id: 'H1', step: 1, source: 'decision-tree', seedRules: ['R8', 'R9'],
    when: [{ genai: true, attacker_can_input: true, output_can_harm: true }],
    includeThreats: ['DIRECTPROMPTINJECTION'],
    note: 'check the supplier\'s test results against your own risk appetite',
  },
  {
    id: 'H2', step: 1, source: 'decision-tree', seedRules: ['R8'],
    when: [{ genai: true, inserts_untrusted_data: true }],
    includeThreats: ['INDIRECTPROMPTINJECTION'],
    note: 'untrusted text in the prompt can carry instructions',
  },
  {
    id: 'H3', step: 1, source: 'decision-tree', seedRules: ['R3', 'R16'],
    when: [{ trained_by: 'supplier' }],
    includeThreats: ['TRANSFERLEARNINGATTACK'],
    includeControls: ['SUPPLYCHAINMANAGE'],
    optionalControls: ['POISONROBUSTMODEL'],
    note: 'a post-training countermeasure is possible if you can reach the weights',
  },
  {
    id: 'H4', step: 1, source: 'decision-tree', seedRules: ['R3'],
    when: [{ trained_by: 'self' }],
    includeThreats: ['DATAPOISON', 'DEVMODELPOISON'],
    note: 'your training pipeline can be poisoned',
  },
  {
    id: 'H5', step: 1, source: 'decision-tree', seedRules: ['R1'],
    when: [{ augments_input: true }],
    includeThreats: ['AUGMENTATIONDATAMANIPULATION'],
    note: 'whoever can change the added data steers the answers',
  },
  {
    id: 'H5b', step: 1, source: 'decision-tree', seedRules: [],
    when: [{ augments_input: true, augmentation_data_stored: true }],
    includeThreats: ['AUGMENTATIONDATALEAK'],
    note: 'a store of added data can leak; sensitive system prompts count',
  },
  {
    id: 'H6', step: 1, source: 'decision-tree', seedRules: [],
    when: [{ run_by: 'supplier' }],
    includeControls: ['SUPPLYCHAINMANAGE'],
    supplierThreats: ['RUNTIMEMODELPOISON'],
    note: 'the party that runs the model guards it while it runs',
  },
  {
    id: 'H6b', step: 1, source: 'decision-tree', seedRules: [],
    when: [{ run_by: 'self' }],
    includeThreats: ['RUNTIMEMODELPOISON'],
    note: 'you guard the deployed model',
  },
  {
    id: 'H7', step: 1, source: 'decision-tree', seedRules: ['R7'],
    when: [{ classification_task: true }],
    includeThreats: ['EVASION'],
    note: 'applies to generative models that classify too; the risk may be acceptable',
  },
  {
    id: 'H8', step: 1, source: 'decision-tree', seedRules: [],
    when: [{ can_trigger_actions: true }],
    noteOn: 'behaviour',
    note: 'higher impact: manipulated output can act',
  },
  {
    id: 'H9', step: 1, source: 'decision-tree', seedRules: [],
    when: [{ can_trigger_actions: true, action_can_send_data: true, sensitive_data_reachable: true }],
    noteOn: ['INSECUREOUTPUT', 'DIRECTPROMPTINJECTION', 'INDIRECTPROMPTINJECTION'],
    note: 'data exfiltration impact: access, untrusted input and a way out meet',
  },
  {
    id: 'H10', step: 1, source: 'decision-tree', seedRules: ['R3', 'R4', 'R5'],
    when: [{ trained_by: 'self', sensitive_train_data: true }],
    includeThreats: ['DISCLOSUREINOUTPUT', 'MODELINVERSIONANDMEMBERSHIP', 'DEVDATALEAK'],
    note: 'sensitive training data can leak',
  },
  {
    id: 'H10m', step: 1, source: 'decision-tree', seedRules: ['R5'],
    when: [{ trained_by: 'self', sensitive_train_data: true, membership_is_harmful: false }],
    noteOn: ['MODELINVERSIONANDMEMBERSHIP'],
    note: 'membership inference part does not apply: being in the data reveals nothing',
  },
  {
    id: 'H11', step: 1, source: 'decision-tree', seedRules: ['R1', 'R2'],
    when: [{ augments_input: true, rag_data_sensitive: true }],
    includeThreats: ['DISCLOSUREINOUTPUT'],
    note: 'augmentation data counts as training data',
  },
  {
    id: 'H12', step: 1, source: 'decision-tree', seedRules: ['R3', 'R16'],
    when: [{ trained_by: 'supplier' }],
    supplierThreats: ['DATAPOISON', 'DEVMODELPOISON', 'DISCLOSUREINOUTPUT'],
    note: 'check licences, warranties and contracts, or accept the risk',
  },
  {
    id: 'H13', step: 1, source: 'decision-tree', seedRules: ['R3'],
    when: [{ trained_by: 'self', model_is_ip: true }, { trained_by: 'self', susceptible_to_evasion: true }],
    unless: { model_public: true },
    includeThreats: ['MODELTHEFTUSE', 'DEVMODELLEAK', 'DEVCODELEAK', 'RUNTIMEMODELTHEFT'],
    note: 'a stolen model loses its value or helps attackers craft input',
  },
  {
    id: 'H14', step: 1, source: 'decision-tree', seedRules: ['R10', 'R11'],
    when: [{ sensitive_input_data: true }, { augments_input: true, rag_data_sensitive: true }],
    includeThreats: ['LEAKINPUT'],
    note: 'retrieved data counts as input; review the supplier\'s logging opt-outs',
  },
  {
    id: 'H15', step: 1, source: 'decision-tree', seedRules: ['R8', 'R9'],
    when: [{ text_output: true }],
    includeThreats: ['INSECUREOUTPUT'],
    note: 'any model that writes text, not only language models',
  },
  {
    id: 'H16', step: 1, source: 'decision-tree', seedRules: [],
    when: [{}],
    includeThreats: ['DENIALMODELSERVICE'],
    note: 'a supplier may already mitigate it',
  },
  {
    id: 'H17', step: 1, source: 'decision-tree', seedRules: [],
    when: [{}],
    includeThreats: ['GENERALAPPSECTHREATS'],
    note: 'conventional application and operations security still apply',
  },
  {
    id: 'H18', step: 5, source: 'decision-tree', seedRules: ['R12'],
    when: [{ hosted_components: true }],
    sharedResponsibility: true,
    note: 'agree a responsibility matrix for model, extensions, application and infrastructure',
  },
  {
    id: 'H19', step: 5, source: 'decision-tree', seedRules: ['R13'],
    when: [{ third_party_opaque: true }],
    note: 'accept the risk, add your own mitigations, or avoid the third party',
  },
  {
    id: 'H20', step: 6, source: 'decision-tree', seedRules: ['R14'],
    when: [{ threat_owned_by_other_org: true }],
    note: 'get assurance on the linked controls, for example regular third-party audits',
  },
  {
    id: 'H21', step: 7, source: 'decision-tree', seedRules: ['R15'],
    when: [{}],
    includeGeneralControls: true,
    note: 'general controls always; highest risk first, then cheap quick wins',
  },
  {
    id: 'P1', step: 1, source: 'one-pager', seedRules: [],
    when: [{ trained_by: 'self', data_from_supplier: true }],
    includeThreats: ['DATAPOISON'],
    note: 'data poisoning through the supply chain',
  },
  {
    id: 'P2', step: 1, source: 'one-pager', seedRules: [],
    when: [{ text_output: true, output_interpreted_downstream: true }],
    noteOn: ['INSECUREOUTPUT'],
    note: 'output reaches a browser, database or shell that interprets it',
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
