/**
 * Generative AI particularities with their OWASP LLM Top 10 references, and the mapping of the
 * NCSC/CISA guidelines for secure AI system development to our controls.
 */
import type { GenAiParticularity, LlmTop10Item, LlmTop10_2026Item, NcscPhase } from './types.ts';

export const llmTop10 = [
  { id: 'LLM01', name: 'Prompt Injection' },
  { id: 'LLM02', name: 'Insecure Output Handling' },
  { id: 'LLM03', name: 'Training Data Poisoning' },
  { id: 'LLM04', name: 'Model Denial of Service' },
  { id: 'LLM05', name: 'Supply Chain Vulnerabilities' },
  { id: 'LLM06', name: 'Sensitive Information Disclosure' },
  { id: 'LLM07', name: 'Insecure Plugin Design' },
  { id: 'LLM08', name: 'Excessive Agency' },
  { id: 'LLM09', name: 'Overreliance' },
  { id: 'LLM10', name: 'Model Theft' },
] as const satisfies readonly LlmTop10Item[];

/**
 * The 2026 edition, the current one, with the 2023 items each continues (facts: owasp_llm_top10_2026,
 * llm_top10_seed_to_head). Names as OWASP publishes them (src/catalog/frameworks/llm-top10-2026.ts,
 * which a unit test holds this list to); the mappings live in src/catalog/crosswalks/llm-top10-2026.ts.
 * Insecure plugin design (LLM07) and model theft (LLM10) of 2023 have no 2026 counterpart.
 */
export const llmTop10_2026 = [
  { id: 'LLM01:2026', name: 'Prompt Injection', from2023: ['LLM01'] },
  { id: 'LLM02:2026', name: 'Sensitive Information Disclosure', from2023: ['LLM06'] },
  { id: 'LLM03:2026', name: 'Excessive Agency', from2023: ['LLM08'] },
  { id: 'LLM04:2026', name: 'Supply Chain', from2023: ['LLM05'] },
  { id: 'LLM05:2026', name: 'Data and Model Poisoning', from2023: ['LLM03'] },
  { id: 'LLM06:2026', name: 'Unbounded Consumption', from2023: ['LLM04'] },
  { id: 'LLM07:2026', name: 'Misinformation', from2023: ['LLM09'] },
  { id: 'LLM08:2026', name: 'Hidden Context Exposure', from2023: [] },
  { id: 'LLM09:2026', name: 'Vector and Embedding Weaknesses', from2023: [] },
  { id: 'LLM10:2026', name: 'Improper Output Handling', from2023: ['LLM02'] },
] as const satisfies readonly LlmTop10_2026Item[];

/**
 * The generative AI particularities as the original's table gives them today (nine rows, 2026 edition
 * of the LLM Top 10; facts: overview_changes.genai). Against the seed's twelve rows, jailbreaking is no
 * longer a row of its own (it is direct prompt injection; evasion concerns a model used to classify),
 * plug-in privileges went with the 2023 item LLM07, and the two rows on sensitive training data became one.
 * Labels are ours.
 */
export const genAiParticularities = [
  {
    number: 1,
    label: 'Prompt injection',
    riskVsGeneralAi: 'genai-specific',
    threats: ['PROMPTINJECTION', 'DIRECTPROMPTINJECTION', 'INDIRECTPROMPTINJECTION'],
    otherThreats: [],
    llmTop10: ['LLM01'],
    llmTop10_2026: ['LLM01:2026'],
  },
  {
    number: 2,
    label: 'Sensitive or copyrighted data in rich output',
    riskVsGeneralAi: 'higher',
    threats: ['DISCLOSUREINOUTPUT'],
    otherThreats: ['copyright infringement'],
    llmTop10: ['LLM06'],
    llmTop10_2026: ['LLM02:2026'],
  },
  {
    number: 3,
    label: 'Poisoning of web-scale training data',
    riskVsGeneralAi: 'higher',
    threats: ['MODELPOISON', 'DATAPOISON'],
    otherThreats: [],
    llmTop10: ['LLM03'],
    llmTop10_2026: ['LLM05:2026'],
  },
  {
    number: 4,
    label: 'Hallucination and overreliance; too much agency',
    riskVsGeneralAi: 'higher',
    threats: [],
    otherThreats: ['overreliance', 'excessive agency'],
    llmTop10: ['LLM08', 'LLM09'],
    llmTop10_2026: ['LLM03:2026', 'LLM07:2026'],
    relatedSection: '1.3',
    relatedControls: ['LEASTMODELPRIVILEGE'],
  },
  {
    number: 5,
    label: 'Leaking input data (prompts, retrieved context)',
    riskVsGeneralAi: 'higher',
    threats: ['LEAKINPUT'],
    otherThreats: [],
    llmTop10: [],
    llmTop10_2026: [],
  },
  {
    number: 6,
    label: 'Manipulated pre-trained models',
    riskVsGeneralAi: 'higher',
    threats: ['TRANSFERLEARNINGATTACK'],
    otherThreats: [],
    llmTop10: ['LLM05'],
    llmTop10_2026: ['LLM04:2026'],
  },
  {
    number: 7,
    label: 'Model inversion and membership inference',
    riskVsGeneralAi: 'lower (low to zero)',
    threats: ['MODELINVERSIONANDMEMBERSHIP'],
    otherThreats: [],
    llmTop10: [],
    llmTop10_2026: [],
    closestLlmTop10_2026: 'LLM02:2026',
  },
  {
    number: 8,
    label: 'Injection payload in output (e.g. XSS)',
    riskVsGeneralAi: 'genai-particular',
    threats: ['INSECUREOUTPUT'],
    otherThreats: [],
    llmTop10: ['LLM02'],
    llmTop10_2026: ['LLM10:2026'],
  },
  {
    number: 9,
    label: 'Resource exhaustion by costly prompts',
    riskVsGeneralAi: 'higher',
    threats: ['DENIALMODELSERVICE'],
    otherThreats: [],
    llmTop10: ['LLM04'],
    llmTop10_2026: ['LLM06:2026'],
  },
] as const satisfies readonly GenAiParticularity[];

export const ncscCisaPhases = [
  {
    number: 1,
    phase: 'Secure design',
    guidelines: [
      {
        title: 'Raise staff awareness of threats and risks',
        controls: ['SECEDUCATE'],
        partialControls: [],
      },
      {
        title: 'Model the threats to your system',
        controls: [],
        partialControls: ['SECPROGRAM'],
        note: 'risk analysis under SECPROGRAM',
      },
      {
        title: 'Design your system for security as well as functionality and performance',
        controls: [
          'AIPROGRAM',
          'SECPROGRAM',
          'DEVPROGRAM',
          'SECDEVPROGRAM',
          'CHECKCOMPLIANCE',
          'LEASTMODELPRIVILEGE',
          'DISCRETE',
          'OBSCURECONFIDENCE',
          'OVERSIGHT',
          'RATELIMIT',
          'DOSINPUTVALIDATION',
          'LIMITRESOURCES',
          'MODELACCESSCONTROL',
          'AITRANSPARENCY',
        ],
        partialControls: [],
      },
      {
        // Missing from the facts file; the seed overview maps it to all development-time data science controls plus EXPLAINABILITY.
        title: 'Consider security benefits and trade-offs when selecting your AI model',
        controls: [
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
          'EXPLAINABILITY',
        ],
        partialControls: [],
        note: 'all development-time data science controls',
      },
    ],
  },
  {
    number: 2,
    phase: 'Secure Development',
    guidelines: [
      { title: 'Secure your supply chain', controls: ['SUPPLYCHAINMANAGE'], partialControls: [] },
      {
        title: 'Identify, track and protect your assets',
        controls: [
          'DEVSECURITY',
          'SEGREGATEDATA',
          'CONFCOMPUTE',
          'MODELINPUTCONFIDENTIALITY',
          'RUNTIMEMODELCONFIDENTIALITY',
          'DATAMINIMIZE',
          'ALLOWEDDATA',
          'SHORTRETAIN',
          'OBFUSCATETRAININGDATA',
        ],
        partialControls: ['SECPROGRAM'],
      },
      {
        title: 'Document your data, models and prompts',
        controls: [],
        partialControls: ['DEVPROGRAM'],
      },
      { title: 'Manage your technical debt', controls: [], partialControls: ['DEVPROGRAM'] },
    ],
  },
  {
    number: 3,
    phase: 'Secure deployment',
    guidelines: [
      {
        title: 'Secure your infrastructure',
        controls: [],
        partialControls: ['SECPROGRAM'],
        seeGuideline: 'Identify, track and protect your assets',
      },
      {
        title: 'Protect your model continuously',
        controls: [
          'INPUTDISTORTION',
          'FILTERSENSITIVEMODELOUTPUT',
          'RUNTIMEMODELIOINTEGRITY',
          'MODELINPUTCONFIDENTIALITY',
          'PROMPTINPUTVALIDATION',
          'INPUTSEGREGATION',
        ],
        partialControls: [],
      },
      {
        title: 'Develop incident management procedures',
        controls: [],
        partialControls: ['SECPROGRAM'],
      },
      { title: 'Release AI responsibly', controls: [], partialControls: ['DEVPROGRAM'] },
      {
        // Today's original adds explainability and oversight here (facts: ncsc_cisa_mapping.guideline_changes).
        title: 'Make it easy for users to do the right things',
        controls: ['EXPLAINABILITY', 'OVERSIGHT'],
        partialControls: ['SECPROGRAM'],
      },
    ],
  },
  {
    number: 4,
    phase: 'Secure operation and maintenance',
    guidelines: [
      {
        title: 'Monitor your system’s behaviour',
        controls: ['CONTINUOUSVALIDATION', 'UNWANTEDBIASTESTING'],
        partialControls: [],
      },
      {
        title: 'Monitor your system’s inputs',
        controls: ['MONITORUSE', 'DETECTODDINPUT', 'DETECTADVERSARIALINPUT'],
        partialControls: [],
      },
      {
        title: 'Follow a secure by design approach to updates',
        controls: [],
        partialControls: ['SECDEVPROGRAM'],
      },
      {
        title: 'Collect and share lessons learned',
        controls: [],
        partialControls: ['SECPROGRAM', 'SECDEVPROGRAM'],
      },
    ],
  },
] as const satisfies readonly NcscPhase[];
