/**
 * OWASP AISVS 1.0 → this knowledge base, section by section. AISVS sections are verification
 * requirements, so most map to control entries: `addresses` where the control is what the section
 * verifies, `partly-addresses` where it covers some of its requirements. The original OWASP AI
 * Exchange does not map AISVS; every mapping is this project's. Chapters only group sections.
 */
import { explained, ours } from './helpers.ts';
import type { CrosswalkFile } from './types.ts';

/** The AISVS crosswalk. */
export const aisvs1_0Crosswalk: CrosswalkFile = {
  framework: 'OWASP AISVS 1.0',
  file: 'src/catalog/crosswalks/aisvs-1.0.ts',
  items: [
    {
      ref: 'C1.1',
      name: 'Training Data Origin & Data Security',
      entries: [
        ours(
          'DATAMINIMIZE',
          'partly-addresses',
          "Keeping only the fields a model's purpose needs is the section's first requirement.",
        ),
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'An inventory of every data source with its origin and licence is provenance tracking of data.',
        ),
        ours(
          'DEVSECURITY',
          'partly-addresses',
          'Integrity of training data in storage and transfer is part of securing the development environment.',
        ),
        ours(
          'ALLOWEDDATA',
          'related',
          "Recording each source's licence and permitted use supports checking that the data may be used.",
        ),
      ],
    },
    {
      ref: 'C1.2',
      name: 'Data Labeling and Annotation Security',
      entries: [
        ours(
          'DATAQUALITYCONTROL',
          'partly-addresses',
          'Protecting labels against unauthorised change keeps mislabelling attacks out of training data.',
        ),
        ours(
          'DEVSECURITY',
          'partly-addresses',
          'Access control on labelling platforms is development security applied to annotation.',
        ),
        ours(
          'OBFUSCATETRAININGDATA',
          'related',
          'Redacting sensitive values in labels applies the same protection to annotation artifacts.',
        ),
      ],
    },
    {
      ref: 'C1.3',
      name: 'Training Data Quality and Security Assurance',
      entries: [
        ours(
          'DATAQUALITYCONTROL',
          'addresses',
          'Detecting poisoned, mislabelled and disallowed samples before training is this control.',
        ),
        ours(
          'UNWANTEDBIASTESTING',
          'partly-addresses',
          "Evaluating security-relevant models for bias is one of the section's requirements.",
        ),
        ours(
          'POISONROBUSTMODEL',
          'related',
          'Defences against clean-label poisoning include repairing the trained model.',
        ),
      ],
    },
    {
      ref: 'C2.1',
      name: 'Prompt Injection Defenses',
      entries: [
        ours(
          'PROMPTINPUTVALIDATION',
          'addresses',
          'Screening every input that can steer the model for injected instructions is this control.',
        ),
        ours(
          'INPUTSEGREGATION',
          'partly-addresses',
          'An enforced hierarchy of system over user instructions, and literal encoding of special tokens, keep untrusted text apart from instructions.',
        ),
        ours(
          'DOSINPUTVALIDATION',
          'related',
          'Rejecting inputs over the token limit is also a requirement here.',
        ),
      ],
    },
    {
      ref: 'C2.2',
      name: 'Content & Policy Screening',
      entries: [
        ours(
          'DETECTADVERSARIALINPUT',
          'partly-addresses',
          'Checking images, audio and video for adversarial perturbations is dedicated adversarial input detection.',
        ),
        ours(
          'PROMPTINPUTVALIDATION',
          'partly-addresses',
          'Detecting injections that combine several input types extends prompt injection screening.',
        ),
      ],
      note: 'Screening prompts for violent or sexual content is a safety requirement without a security entry here.',
    },
    {
      ref: 'C3.1',
      name: 'Model Authorization & Integrity',
      entries: [
        ours(
          'RUNTIMEMODELINTEGRITY',
          'partly-addresses',
          'Verifying model signatures at deployment and load detects tampered model files.',
        ),
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'A registry of every deployed artifact and its origin is provenance tracking.',
        ),
      ],
    },
    {
      ref: 'C3.2',
      name: 'Model Validation & Testing',
      entries: [
        ours(
          'CONTINUOUSVALIDATION',
          'partly-addresses',
          'Re-testing after quantisation and after provider or version changes is validation repeated on every change.',
        ),
        ours(
          'DEVPROGRAM',
          'related',
          'Testing before every release is part of mature engineering practice.',
        ),
      ],
    },
    {
      ref: 'C3.3',
      name: 'Controlled Deployment & Rollback',
      entries: [
        ours(
          'DEVPROGRAM',
          'partly-addresses',
          'Repeatable, versioned releases that can be rolled back are the engineering practice this section verifies.',
        ),
      ],
    },
    {
      ref: 'C3.4',
      name: 'Secure Development Practices',
      entries: [
        ours(
          'SEGREGATEDATA',
          'partly-addresses',
          'Separating training environments from production is compartmentalisation of environments.',
        ),
        ours(
          'DEVSECURITY',
          'partly-addresses',
          'Keeping development, staging and production apart is part of securing the development environment.',
        ),
      ],
    },
    {
      ref: 'C3.5',
      name: 'Pipeline Fine-Tuning',
      entries: [
        ours(
          'DEVSECURITY',
          'partly-addresses',
          "Verifying the integrity of each stage's output protects fine-tuning pipelines against tampering.",
        ),
        ours(
          'DEVMODELPOISON',
          'related',
          'Tampering between pipeline stages is direct development-time poisoning.',
        ),
      ],
    },
    {
      ref: 'C4.1',
      name: 'AI Workload Sandboxing & Validation',
      entries: [
        ours(
          'RUNTIMEMODELINTEGRITY',
          'partly-addresses',
          'Attesting the environment before a model is loaded protects the deployed model against tampering.',
        ),
        ours(
          'RUNTIMEMODELCONFIDENTIALITY',
          'partly-addresses',
          'Confidential inference protects model weights while they run.',
        ),
        ours(
          'SUPPLYCHAINMANAGE',
          'related',
          'Loading only model formats that cannot run code defends against malicious supplied artifacts.',
        ),
      ],
    },
    {
      ref: 'C4.2',
      name: 'AI Hardware Security',
      entries: [
        ours(
          'CONFCOMPUTE',
          'partly-addresses',
          'Execution inside a trusted execution environment with memory encryption is confidential compute.',
        ),
      ],
      note: 'Firmware pinning and attestation of accelerators go beyond what the confidential compute entry describes.',
    },
    {
      ref: 'C4.3',
      name: 'Edge & Distributed AI Security',
      entries: [
        ours(
          'MODELOBFUSCATION',
          'partly-addresses',
          'Protecting models shipped to devices against extraction is where obfuscation applies.',
        ),
        ours(
          'RUNTIMEMODELCONFIDENTIALITY',
          'partly-addresses',
          'Encrypting weights on the device keeps them from being copied where they run.',
        ),
        ours(
          'RUNTIMEMODELINTEGRITY',
          'partly-addresses',
          'Checking the signature of a model before an edge runtime loads it detects tampering.',
        ),
      ],
    },
    {
      ref: 'C5.1',
      name: 'Authentication',
      entries: [
        ours(
          'DEVSECURITY',
          'partly-addresses',
          'Step-up authentication before model export or training-data access protects development assets.',
        ),
        ours(
          'LEASTMODELPRIVILEGE',
          'related',
          'Short-lived, narrowly scoped tokens for agents limit what a stolen one can do.',
        ),
      ],
    },
    {
      ref: 'C5.2',
      name: 'AI Resource Authorization & Classification',
      entries: [
        ours(
          'MODELACCESSCONTROL',
          'partly-addresses',
          'Default-deny access control on endpoints and other AI resources includes access to the model.',
        ),
        ours(
          'AUGMENTATIONDATACONFIDENTIALITY',
          'partly-addresses',
          "Enforcing the end user's rights at every retrieval step protects retrieval stores.",
        ),
        ours(
          'FILTERSENSITIVEMODELOUTPUT',
          'partly-addresses',
          'Filtering responses for data the requester may not receive is sensitive output handling.',
        ),
        ours(
          'LEASTMODELPRIVILEGE',
          'partly-addresses',
          'Authorising agents outside their own runtime and granting privileged access just in time limit what they can do.',
        ),
      ],
    },
    {
      ref: 'C5.3',
      name: 'Multi-Tenant Isolation',
      entries: [
        ours(
          'AUGMENTATIONDATACONFIDENTIALITY',
          'related',
          'Separating tenants in retrieval stores is one part of multi-tenant isolation.',
        ),
      ],
      note: 'Isolating tenants on shared serving hardware and fine-tuning infrastructure is not described by an entry.',
    },
    {
      ref: 'C6.1',
      name: 'Model Artifact Integrity',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'addresses',
          'Scanning, sourcing and verifying third-party models before use is what this control does.',
        ),
        ours(
          'TRANSFERLEARNINGATTACK',
          'related',
          'A behavioural acceptance test before promotion can reveal a poisoned pre-trained model.',
        ),
      ],
    },
    {
      ref: 'C6.2',
      name: 'AI BOM & Supply Chain Monitoring',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'addresses',
          'A signed, complete AI bill of materials is the record this control keeps.',
        ),
      ],
    },
    {
      ref: 'C7.1',
      name: 'Output Format Enforcement',
      entries: [
        ours(
          'ENCODEMODELOUTPUT',
          'partly-addresses',
          'Validating output against a schema before use treats it as untrusted, as this control does.',
        ),
        ours(
          'INSECUREOUTPUT',
          'related',
          'Output that does not match its expected format is how injected content reaches downstream systems.',
        ),
      ],
    },
    {
      ref: 'C7.2',
      name: 'Hallucination Detection & Mitigation',
      entries: [
        ours(
          'AITRANSPARENCY',
          'related',
          'Telling users how reliable an answer is complements blocking answers of low confidence.',
        ),
      ],
      note: 'Confidence estimation and fallbacks for hallucinated answers are not described by an entry.',
    },
    {
      ref: 'C7.3',
      name: 'Output Safety',
      entries: [
        ours(
          'FILTERSENSITIVEMODELOUTPUT',
          'partly-addresses',
          'Blocking responses that disclose the system prompt or back-end data is sensitive output handling.',
        ),
        ours(
          'OVERSIGHT',
          'partly-addresses',
          'Automated checks outside the model that block harmful responses are guardrails.',
        ),
        ours(
          'MODELALIGNMENT',
          'related',
          'Alignment reduces harmful output at the source; this section checks it after generation.',
        ),
      ],
    },
    {
      ref: 'C7.4',
      name: 'Source Attribution & Citation Integrity',
      entries: [
        ours(
          'EXPLAINABILITY',
          'partly-addresses',
          'Attributing answers to the retrieved sources, from retrieval records rather than from the model, shows why the model answered as it did.',
        ),
      ],
    },
    {
      ref: 'C8.1',
      name: 'Access Controls on Memory & RAG Indices',
      entries: [
        ours(
          'AUGMENTATIONDATACONFIDENTIALITY',
          'addresses',
          'Access control and tenant separation on retrieval indices and memory are this control.',
        ),
        ours(
          'AUGMENTATIONDATAINTEGRITY',
          'partly-addresses',
          'Metadata that cannot be changed after writing protects the integrity of stored context.',
        ),
        ours(
          'AUGMENTATIONDATALEAK',
          'related',
          'Access controls on retrieval indices and memory are what stands between an attacker and a leak of the store.',
        ),
      ],
    },
    {
      ref: 'C8.2',
      name: 'Embedding Sanitization & Validation',
      entries: [
        ours(
          'AUGMENTATIONDATAINTEGRITY',
          'addresses',
          'Validating sources and screening content before it is embedded or written to memory keeps the store trustworthy.',
        ),
        ours(
          'DATAMINIMIZE',
          'partly-addresses',
          'Masking or dropping sensitive fields before embedding keeps them out of the store.',
        ),
        ours(
          'AUGMENTATIONDATAMANIPULATION',
          'related',
          'Content crafted to manipulate retrieval is what this section screens for.',
        ),
      ],
    },
    {
      ref: 'C8.3',
      name: 'Memory Expiry & Revocation',
      entries: [
        ours(
          'SHORTRETAIN',
          'partly-addresses',
          'Excluding expired vectors from retrieval applies retention limits to augmentation data.',
        ),
        ours(
          'AUGMENTATIONDATACONFIDENTIALITY',
          'partly-addresses',
          'Short retention and reset of memory are among the protections of augmentation data.',
        ),
      ],
    },
    {
      ref: 'C9.1',
      name: 'Execution Budgets, Loop Control, and Circuit Breakers',
      entries: [
        ours(
          'AGENTSANDBOXING',
          'partly-addresses',
          "Enforced quotas and timeouts per tool are part of isolating an agent's runtime.",
        ),
        ours(
          'LIMITRESOURCES',
          'partly-addresses',
          'Budgets on recursion, tokens and spend bound the resources any run can use.',
        ),
      ],
    },
    {
      ref: 'C9.2',
      name: 'High-Impact Action Approval and Irreversibility Controls',
      entries: [
        ours(
          'OVERSIGHT',
          'addresses',
          'Human approval of high-impact and irreversible actions before they run is this control.',
        ),
        ours(
          'LEASTMODELPRIVILEGE',
          'related',
          'Bounding what an agent may change about itself keeps its privileges from growing.',
        ),
      ],
    },
    {
      ref: 'C9.3',
      name: 'Component Isolation and Tool Authorization',
      entries: [
        ours(
          'AGENTSANDBOXING',
          'partly-addresses',
          'Running each tool in a least-privilege sandbox is agent isolation.',
        ),
        ours(
          'LEASTMODELPRIVILEGE',
          'partly-addresses',
          'Declared and enforced tool privileges limit what each tool call may do.',
        ),
        ours(
          'INPUTSEGREGATION',
          'partly-addresses',
          'Keeping components that handle untrusted data away from tool calling separates data from instructions in the architecture.',
        ),
      ],
    },
    ...explained(
      ['C9.4'],
      'not-covered',
      'Unique cryptographic identities for agents, signed action chains and credential rotation are a gap: no entry describes how an agent proves who it is.',
    ),
    {
      ref: 'C9.5',
      name: 'Agent Authorization, Delegation, and Continuous Enforcement',
      entries: [
        ours(
          'LEASTMODELPRIVILEGE',
          'partly-addresses',
          'Fine-grained policies on which tools and arguments an agent may use, enforced outside the model, are least privilege for agents.',
        ),
        ours(
          'AGENTSANDBOXING',
          'partly-addresses',
          "Keeping secrets out of the model's context is one of this section's requirements.",
        ),
        ours(
          'AGENTESCAPE',
          'related',
          'Enforcing authorisation outside the model is what keeps an agent inside the scope it was given.',
        ),
      ],
    },
    ...explained(
      ['C9.6'],
      'not-covered',
      'Kill switches and the safe halt of agents and inference are a gap: no entry describes them.',
    ),
    {
      ref: 'C10.1',
      name: 'Component Integrity',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Obtaining tool servers only from trusted sources and verifying them is supply chain management for agent tools.',
        ),
        ours(
          'AGENTSANDBOXING',
          'partly-addresses',
          'Running local tool servers in a least-privilege sandbox is agent isolation.',
        ),
      ],
    },
    {
      ref: 'C10.2',
      name: 'Authentication & Authorization',
      entries: [
        ours(
          'LEASTMODELPRIVILEGE',
          'partly-addresses',
          "Listing and allowing only the tools and arguments a user's token permits limits what an agent can do through them.",
        ),
      ],
      note: 'Token validation and handling on tool servers follow OAuth 2.1 practice, which belongs to application security rather than to an entry here.',
    },
    ...explained(
      ['C10.3'],
      'out-of-scope',
      'Transport security of tool-server connections (authenticated HTTP, DNS-rebinding checks, sender-constrained tokens) is conventional application security, left to established standards.',
    ),
    {
      ref: 'C10.4',
      name: 'Schema, Message, and Input Validation',
      entries: [
        ours(
          'PROMPTINPUTVALIDATION',
          'partly-addresses',
          "Screening tool responses for indirect prompt injection before they enter the model's context is this control applied to tools.",
        ),
        ours(
          'RUNTIMEMODELIOINTEGRITY',
          'partly-addresses',
          "Signed, replay-protected tool responses protect the model's input against tampering on the way.",
        ),
        ours(
          'AGENTMESSAGESTRUCTUREMANIPULATION',
          'related',
          'Strict schemas and re-approval of changed tool definitions counter forged or altered messages.',
        ),
      ],
    },
    {
      ref: 'C11.1',
      name: 'Model Alignment, Safety, and Robustness Testing and Training',
      entries: [
        ours(
          'MODELALIGNMENT',
          'partly-addresses',
          'Alignment and safety training with a test suite run on every update is this control.',
        ),
        ours(
          'EVASIONROBUSTMODEL',
          'partly-addresses',
          "Hardening models against adversarial inputs is one of the section's requirements.",
        ),
        ours(
          'TRAINADVERSARIAL',
          'related',
          'Adversarial training is a common way to meet the hardening requirement.',
        ),
      ],
    },
    {
      ref: 'C11.2',
      name: 'Membership-Inference and Model-Inversion Mitigation',
      entries: [
        ours(
          'OBSCURECONFIDENCE',
          'partly-addresses',
          'Calibrated, less precise outputs starve membership inference and inversion.',
        ),
        ours(
          'OBFUSCATETRAININGDATA',
          'partly-addresses',
          'Differentially private training is one of the obfuscation techniques this control names.',
        ),
        ours(
          'RATELIMIT',
          'partly-addresses',
          'Rate limits sized to the extraction threat are a requirement here.',
        ),
        ours(
          'SMALLMODEL',
          'related',
          'A model that memorises less is less exposed to these attacks.',
        ),
        ours(
          'MODELINVERSIONANDMEMBERSHIP',
          'related',
          'The section verifies defences against membership inference and model inversion.',
        ),
      ],
    },
    {
      ref: 'C11.3',
      name: 'Model-Extraction Defense',
      entries: [
        ours(
          'UNWANTEDINPUTSERIESHANDLING',
          'partly-addresses',
          'Analysing query patterns to detect and respond to extraction is this control.',
        ),
        ours(
          'MODELWATERMARKING',
          'partly-addresses',
          'Watermarking or fingerprinting a model to identify copies is a requirement here.',
        ),
        ours(
          'OBSCURECONFIDENCE',
          'partly-addresses',
          'Not exposing raw model outputs beyond the back end makes extraction slower.',
        ),
        ours(
          'MODELTHEFTUSE',
          'related',
          'The section verifies defences against model extraction through use.',
        ),
      ],
    },
    {
      ref: 'C11.4',
      name: 'Model Runtime Anomaly Detection',
      entries: [
        ours(
          'DETECTODDINPUT',
          'addresses',
          'Detecting anomalous inputs before inference and gating them is this control.',
        ),
        ours(
          'DATAQUALITYCONTROL',
          'related',
          'Checking feedback data for poisoning before it is reused protects later training.',
        ),
      ],
    },
    {
      ref: 'C12.1',
      name: 'Request & Response Logging',
      entries: [
        ours(
          'MONITORUSE',
          'partly-addresses',
          'Logging model interactions with their context is the basis of monitoring use.',
        ),
      ],
    },
    {
      ref: 'C12.2',
      name: 'Detection and Alerting',
      entries: [
        ours(
          'MONITORUSE',
          'partly-addresses',
          'Alerting on unusual conversation patterns and token use is monitoring of use.',
        ),
        ours(
          'UNWANTEDINPUTSERIESHANDLING',
          'partly-addresses',
          'Detecting probing, retries and extraction attempts across queries is this control.',
        ),
        ours(
          'PROMPTINPUTVALIDATION',
          'related',
          'Alerting on prompt injection attempts draws on the same detection this control performs.',
        ),
      ],
    },
    {
      ref: 'C12.3',
      name: 'Model, Data, and Performance Drift Detection',
      entries: [
        ours(
          'CONTINUOUSVALIDATION',
          'partly-addresses',
          'Tracking model behaviour over time to tell attacks from expected drift is continuous validation.',
        ),
        ours(
          'DETECTODDINPUT',
          'related',
          'Shifts in the input distribution are what anomalous input handling watches per input.',
        ),
      ],
    },
    ...explained(
      ['C12.4'],
      'not-covered',
      'Monitoring of actions that agents start themselves, with logs of approvals and kill-switch use, is a gap: monitoring here covers queries to a model.',
    ),
    {
      ref: 'C12.5',
      name: 'Training Data & Model Lifecycle Audit',
      entries: [
        ours(
          'DEVPROGRAM',
          'partly-addresses',
          'Versioned data and models with recorded changes give the lineage this section audits.',
        ),
        ours(
          'AUGMENTATIONDATAINTEGRITY',
          'partly-addresses',
          'Tagging every ingested document with source, writer and time is provenance for augmentation data.',
        ),
        ours(
          'SUPPLYCHAINMANAGE',
          'related',
          'Lineage of supplied datasets extends provenance tracking into the organisation.',
        ),
      ],
    },
  ],
};
