/**
 * MITRE ATLAS 5.6 → this knowledge base: every technique, sub-technique and mitigation, mapped to the
 * threats and controls that describe or counter it, or explained. Threat entries map to techniques
 * (the same attack), control entries to mitigations and to the techniques they counter directly.
 * Conventional intrusion steps map to the generic security threats entry, which hands them to
 * established security standards; techniques in which attackers use AI against people, or prepare
 * outside the victim's reach, are out of scope with the reason given once below.
 */
import { exchange, explained, ours } from './helpers.ts';
import type { CrosswalkFile, ItemMapping } from './types.ts';

/** A conventional attack step: the generic security threats entry covers it and defers to security standards. */
const conventional = (): ItemMapping =>
  ours(
    'GENERALAPPSECTHREATS',
    'related',
    'A conventional intrusion step that works against AI systems as against any software, so established security controls apply rather than AI-specific ones.',
  );
/** Reconnaissance of what the victim publishes: keeping technical details discreet shrinks what it finds. */
const discreteRecon = (): ItemMapping =>
  ours(
    'DISCRETE',
    'related',
    'Publishing fewer technical details about an AI system leaves less for this kind of reconnaissance to find.',
  );
/** Discovery of an agent's or model's set-up from inside or through the interface. */
const discreteDiscovery = (): ItemMapping =>
  ours(
    'DISCRETE',
    'related',
    'Keeping configuration, prompts and tool details out of what users and outputs can see limits what this discovery step learns.',
  );
/** People deceived with help of AI: awareness is the only answer this knowledge base gives. */
const awareness = (): ItemMapping =>
  ours(
    'SECEDUCATE',
    'related',
    'Staff who know how AI-assisted deception works are harder to fool; no technical entry counters it.',
  );

const PREPARATION =
  "The attacker builds or buys capabilities on their own side, where no control of the victim's system can act; the attacks they prepare are mapped where they reach the system.";
const MISUSE =
  'Here the attacker uses AI against people or other systems; this knowledge base covers attacks on AI systems, not the misuse of AI by attackers.';
const OUTCOME =
  'A harm that follows from other techniques rather than an attack step of its own; the entries mapped to those techniques are what prevents it.';

/** The ATLAS crosswalk. */
export const atlasCrosswalk: CrosswalkFile = {
  framework: 'MITRE ATLAS',
  file: 'src/catalog/crosswalks/atlas.ts',
  items: [
    // Reconnaissance (AML.TA0002)
    { ref: 'AML.T0000', name: 'Search Open Technical Databases', entries: [discreteRecon()] },
    {
      ref: 'AML.T0000.000',
      name: 'Journals and Conference Proceedings',
      entries: [discreteRecon()],
    },
    { ref: 'AML.T0000.001', name: 'Pre-Print Repositories', entries: [discreteRecon()] },
    { ref: 'AML.T0000.002', name: 'Technical Blogs', entries: [discreteRecon()] },
    ...explained(
      ['AML.T0001'],
      'out-of-scope',
      "Studying published vulnerability research on model types happens entirely outside the victim's systems; the attacks it informs are mapped.",
    ),
    { ref: 'AML.T0003', name: 'Search Victim-Owned Websites', entries: [discreteRecon()] },
    { ref: 'AML.T0004', name: 'Search Application Repositories', entries: [discreteRecon()] },
    { ref: 'AML.T0095', name: 'Search Open Websites/Domains', entries: [discreteRecon()] },
    { ref: 'AML.T0095.000', name: 'Code Repositories', entries: [discreteRecon()] },
    { ref: 'AML.T0006', name: 'Active Scanning', entries: [conventional()] },
    {
      ref: 'AML.T0064',
      name: 'Gather RAG-Indexed Targets',
      entries: [
        ours(
          'AUGMENTATIONDATAMANIPULATION',
          'related',
          'Finding which sources a retrieval system indexes is how an attacker picks where to plant manipulated content.',
        ),
      ],
    },
    ...explained(
      ['AML.T0087'],
      'out-of-scope',
      'Collecting names, roles and e-mail addresses of staff prepares social engineering of people, not an attack on the AI system.',
    ),

    // Resource Development (AML.TA0003)
    {
      ref: 'AML.T0002',
      name: 'Acquire Public AI Artifacts',
      entries: [exchange('DISCRETE', 'partly-addresses')],
    },
    {
      ref: 'AML.T0002.000',
      name: 'Datasets',
      entries: [
        ours(
          'DISCRETE',
          'related',
          'Not releasing the datasets a model was built with leaves attackers only public stand-ins to work from.',
        ),
      ],
    },
    {
      ref: 'AML.T0002.001',
      name: 'Models',
      entries: [
        ours(
          'DISCRETE',
          'related',
          'Not releasing model weights or close variants denies attackers a copy on which to plan evasion offline.',
        ),
      ],
    },
    {
      ref: 'AML.T0002.002',
      name: 'AI Agent Configuration',
      entries: [
        ours(
          'DISCRETE',
          'related',
          'Keeping agent prompts, tool lists and settings private denies attackers a template of the target.',
        ),
      ],
    },
    ...explained(
      [
        'AML.T0016',
        'AML.T0016.000',
        'AML.T0016.001',
        'AML.T0016.002',
        'AML.T0017',
        'AML.T0017.000',
        'AML.T0008',
        'AML.T0008.000',
        'AML.T0008.001',
        'AML.T0008.002',
        'AML.T0008.003',
        'AML.T0008.004',
        'AML.T0008.005',
        'AML.T0021',
        'AML.T0079',
      ],
      'out-of-scope',
      PREPARATION,
    ),
    {
      ref: 'AML.T0019',
      name: 'Publish Poisoned Datasets',
      entries: [
        exchange('DATAPOISON', 'addresses'),
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Checking the provenance of every third-party dataset keeps a poisoned public dataset out of training.',
        ),
      ],
    },
    {
      ref: 'AML.T0020',
      name: 'Poison Training Data',
      entries: [
        exchange('DATAPOISON', 'addresses'),
        ours(
          'DATAQUALITYCONTROL',
          'partly-addresses',
          'Screening training data for tampered and anomalous samples catches part of the poison before training.',
        ),
      ],
    },
    {
      ref: 'AML.T0058',
      name: 'Publish Poisoned Models',
      entries: [
        ours(
          'TRANSFERLEARNINGATTACK',
          'addresses',
          'A model published with hidden behaviour for others to adopt and fine-tune is the supply-chain model poisoning this entry describes.',
        ),
      ],
    },
    {
      ref: 'AML.T0060',
      name: 'Publish Hallucinated Entities',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'related',
          'Checking the provenance of every package before use defeats look-alike packages registered under names a model invented.',
        ),
      ],
    },
    {
      ref: 'AML.T0065',
      name: 'LLM Prompt Crafting',
      entries: [
        ours(
          'PROMPTINJECTION',
          'related',
          'Writing and testing injection prompts offline is the preparation of the prompt injection this entry describes.',
        ),
      ],
    },
    {
      ref: 'AML.T0066',
      name: 'Retrieval Content Crafting',
      entries: [
        ours(
          'INDIRECTPROMPTINJECTION',
          'partly-addresses',
          "Content written to be retrieved into someone else's prompt is the carrier of indirect prompt injection.",
        ),
        ours(
          'AUGMENTATIONDATAMANIPULATION',
          'related',
          'Content crafted for retrieval becomes manipulated augmentation data once a retrieval store indexes it.',
        ),
      ],
    },
    {
      ref: 'AML.T0104',
      name: 'Publish Poisoned AI Agent Tool',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Vetting third-party tools and their publishers before an agent may use them keeps a poisoned tool out.',
        ),
      ],
    },

    // Initial Access (AML.TA0004)
    {
      ref: 'AML.T0010',
      name: 'AI Supply Chain Compromise',
      entries: [
        exchange('SUPPLYCHAINMANAGE', 'addresses'),
        ours(
          'TRANSFERLEARNINGATTACK',
          'partly-addresses',
          'A poisoned pre-trained model is the model part of a compromised AI supply chain.',
        ),
      ],
    },
    ...explained(
      ['AML.T0010.000'],
      'not-covered',
      'Tampered accelerators or other hardware are a gap: supply chain management here covers models, data, software and services, not hardware.',
    ),
    {
      ref: 'AML.T0010.001',
      name: 'AI Software',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'addresses',
          'Tracking the provenance and integrity of AI libraries and frameworks is what this control does for software.',
        ),
      ],
    },
    {
      ref: 'AML.T0010.002',
      name: 'Data',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Provenance checks of supplied datasets catch part of the data compromise.',
        ),
        ours(
          'DATAPOISON',
          'partly-addresses',
          'Poisoning training data through a supplier is one route of data poisoning.',
        ),
      ],
    },
    {
      ref: 'AML.T0010.003',
      name: 'Model',
      entries: [
        ours(
          'TRANSFERLEARNINGATTACK',
          'addresses',
          'A compromised pre-trained model adopted from a supplier is this threat.',
        ),
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Verifying the origin and integrity of a supplied model counters tampering between its publisher and its user.',
        ),
      ],
    },
    {
      ref: 'AML.T0010.004',
      name: 'Container Registry',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Pinning and verifying the images an AI service is built from keeps a tampered container out.',
        ),
      ],
    },
    {
      ref: 'AML.T0010.005',
      name: 'AI Agent Tool',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Checking the source and integrity of tools and tool servers before an agent uses them counters a compromised tool.',
        ),
      ],
    },
    { ref: 'AML.T0012', name: 'Valid Accounts', entries: [conventional()] },
    { ref: 'AML.T0015', name: 'Evade AI Model', entries: [exchange('EVASION', 'addresses')] },
    { ref: 'AML.T0049', name: 'Exploit Public-Facing Application', entries: [conventional()] },
    { ref: 'AML.T0052', name: 'Phishing', entries: [awareness()] },
    {
      ref: 'AML.T0052.000',
      name: 'Spearphishing via Social Engineering LLM',
      entries: [awareness()],
    },
    { ref: 'AML.T0052.001', name: 'Deepfake-Assisted Phishing', entries: [awareness()] },
    { ref: 'AML.T0078', name: 'Drive-by Compromise', entries: [conventional()] },
    {
      ref: 'AML.T0093',
      name: 'Prompt Infiltration via Public-Facing Application',
      entries: [
        ours(
          'INDIRECTPROMPTINJECTION',
          'addresses',
          'Submitting instructions through a public form or channel so that a model reads them later is indirect prompt injection.',
        ),
      ],
    },

    // AI Model Access (AML.TA0000)
    {
      ref: 'AML.T0040',
      name: 'AI Model Inference API Access',
      entries: [
        ours(
          'MODELACCESSCONTROL',
          'partly-addresses',
          'Allowing only authenticated, authorised callers closes this access path to all others.',
        ),
        ours(
          'RATELIMIT',
          'related',
          'Capping queries per caller limits how much an attacker can do through the API.',
        ),
      ],
    },
    {
      ref: 'AML.T0047',
      name: 'AI-Enabled Product or Service',
      entries: [
        ours(
          'OBSCURECONFIDENCE',
          'related',
          'Returning no more detail than the product needs limits what its responses reveal about the model inside.',
        ),
      ],
    },
    {
      ref: 'AML.T0041',
      name: 'Physical Environment Access',
      entries: [
        ours(
          'EVASION',
          'related',
          'Altering objects or scenes that a camera or sensor sees is how evasion reaches a model in the physical world.',
        ),
      ],
    },
    {
      ref: 'AML.T0044',
      name: 'Full AI Model Access',
      entries: [
        ours(
          'OPENBOXEVASION',
          'related',
          'Full access to the model is the attacker position that perfect-knowledge evasion assumes.',
        ),
        ours(
          'DEVMODELLEAK',
          'related',
          'A model leaked from development is one way an attacker gains this access.',
        ),
        ours(
          'RUNTIMEMODELTHEFT',
          'related',
          'Copying a model from its runtime environment is another way an attacker gains full access to it.',
        ),
      ],
    },

    // Execution (AML.TA0005)
    { ref: 'AML.T0011', name: 'User Execution', entries: [awareness()] },
    {
      ref: 'AML.T0011.000',
      name: 'Unsafe AI Artifacts',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Accepting model files only from verified sources and in formats that cannot run code counters artifacts that execute when loaded.',
        ),
      ],
    },
    {
      ref: 'AML.T0011.001',
      name: 'Malicious Package',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Vetting packages before installation keeps a malicious dependency out of an AI project.',
        ),
      ],
    },
    {
      ref: 'AML.T0011.002',
      name: 'Poisoned AI Agent Tool',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Vetting the tools an agent may install or call counters a poisoned tool that a user is lured into adding.',
        ),
      ],
    },
    { ref: 'AML.T0011.003', name: 'Malicious Link', entries: [awareness()] },
    { ref: 'AML.T0050', name: 'Command and Scripting Interpreter', entries: [conventional()] },
    {
      ref: 'AML.T0051',
      name: 'LLM Prompt Injection',
      entries: [
        exchange('PROMPTINJECTION', 'addresses'),
        exchange('DIRECTPROMPTINJECTION', 'partly-addresses'),
        exchange('INDIRECTPROMPTINJECTION', 'partly-addresses'),
        exchange('INSECUREOUTPUT', 'related', 'OpenCRE 780-757'),
      ],
    },
    {
      ref: 'AML.T0051.000',
      name: 'Direct',
      entries: [exchange('DIRECTPROMPTINJECTION', 'addresses', 'OpenCRE 686-110')],
    },
    {
      ref: 'AML.T0051.001',
      name: 'Indirect',
      entries: [exchange('INDIRECTPROMPTINJECTION', 'addresses', 'OpenCRE 012-625')],
    },
    {
      ref: 'AML.T0051.002',
      name: 'Triggered',
      entries: [
        ours(
          'INDIRECTPROMPTINJECTION',
          'partly-addresses',
          'Instructions planted to fire on a later event or user action are indirect prompt injection with a delay.',
        ),
      ],
    },
    {
      ref: 'AML.T0053',
      name: 'AI Agent Tool Invocation',
      entries: [
        ours(
          'LEASTMODELPRIVILEGE',
          'partly-addresses',
          'Limiting which tools an agent may call, and with which rights, limits what an attacker can make it invoke.',
        ),
        ours(
          'OVERSIGHT',
          'related',
          'Approval of consequential tool calls stops some invocations before they take effect.',
        ),
      ],
    },
    {
      ref: 'AML.T0100',
      name: 'AI Agent Clickbait',
      entries: [
        ours(
          'INDIRECTPROMPTINJECTION',
          'related',
          'Web content that baits a browsing agent into acting works like instructions hidden in the content it reads.',
        ),
      ],
    },
    ...explained(
      ['AML.T0103'],
      'not-covered',
      'An attacker who launches agents of their own inside a breached environment is a gap: no entry describes controls on who may start agents there.',
    ),

    // Persistence (AML.TA0006)
    {
      ref: 'AML.T0018',
      name: 'Manipulate AI Model',
      entries: [
        ours(
          'DEVMODELPOISON',
          'partly-addresses',
          "Changing a model's parameters or code during development is the development-time place where the manipulation happens.",
        ),
        ours(
          'RUNTIMEMODELPOISON',
          'partly-addresses',
          'Changing the deployed model in production is the runtime place where the manipulation happens.',
        ),
      ],
    },
    {
      ref: 'AML.T0018.000',
      name: 'Poison AI Model',
      entries: [
        ours(
          'MODELPOISON',
          'addresses',
          'Planting behaviour in a model by tampering with its training or parameters is what this entry covers.',
        ),
      ],
    },
    {
      ref: 'AML.T0018.001',
      name: 'Modify AI Model Architecture',
      entries: [
        ours(
          'DEVMODELPOISON',
          'partly-addresses',
          "Altering the model's structure in the engineering environment is direct development-time poisoning.",
        ),
        ours(
          'RUNTIMEMODELPOISON',
          'partly-addresses',
          "Altering the model's structure where it runs is direct runtime poisoning.",
        ),
      ],
    },
    {
      ref: 'AML.T0018.002',
      name: 'Embed Malware',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Verifying model files from outside and loading them only in safe formats counters malware hidden in them.',
        ),
        ours(
          'RUNTIMEMODELINTEGRITY',
          'related',
          'Protecting deployed model files against modification keeps malware from being added after deployment.',
        ),
      ],
    },
    {
      ref: 'AML.T0061',
      name: 'LLM Prompt Self-Replication',
      entries: [
        ours(
          'INDIRECTPROMPTINJECTION',
          'partly-addresses',
          'A prompt that copies itself into outputs spreads as injected instructions through every system that reads them.',
        ),
      ],
    },
    {
      ref: 'AML.T0070',
      name: 'RAG Poisoning',
      entries: [
        exchange('AUGMENTATIONDATAMANIPULATION', 'addresses', 'OpenCRE 217-163'),
        ours(
          'AUGMENTATIONDATAINTEGRITY',
          'addresses',
          'Controlling who writes to retrieval stores and verifying content before use is the countermeasure to this technique.',
        ),
      ],
    },
    {
      ref: 'AML.T0080',
      name: 'AI Agent Context Poisoning',
      entries: [
        ours(
          'AUGMENTATIONDATAMANIPULATION',
          'addresses',
          "Altering an agent's memory or context so it acts on false information is augmentation data manipulation.",
        ),
        ours(
          'AUGMENTATIONDATAINTEGRITY',
          'partly-addresses',
          'Checking what is written to agent memory counters the persistent part of the attack.',
        ),
      ],
    },
    {
      ref: 'AML.T0080.000',
      name: 'Memory',
      entries: [
        ours(
          'AUGMENTATIONDATAMANIPULATION',
          'addresses',
          "Planting false entries in an agent's long-term memory is manipulation of its augmentation data.",
        ),
        ours(
          'AUGMENTATIONDATAINTEGRITY',
          'addresses',
          'Write control, provenance and verification of memory entries are what this control provides.',
        ),
      ],
    },
    {
      ref: 'AML.T0080.001',
      name: 'Thread',
      entries: [
        ours(
          'AUGMENTATIONDATAMANIPULATION',
          'partly-addresses',
          'Injecting content into a conversation thread alters the context a model is given, though not a stored source.',
        ),
        ours(
          'INDIRECTPROMPTINJECTION',
          'related',
          'The planted content usually carries instructions like an indirect injection.',
        ),
      ],
    },
    {
      ref: 'AML.T0081',
      name: 'Modify AI Agent Configuration',
      entries: [
        ours(
          'RUNTIMEMODELPOISON',
          'partly-addresses',
          'Changing the prompts or settings of a deployed agent is direct runtime poisoning of its behaviour.',
        ),
        ours(
          'RUNTIMEMODELINTEGRITY',
          'partly-addresses',
          'Protecting deployed configuration against unauthorised change counters it.',
        ),
      ],
    },
    {
      ref: 'AML.T0099',
      name: 'AI Agent Tool Data Poisoning',
      entries: [
        ours(
          'INDIRECTPROMPTINJECTION',
          'partly-addresses',
          "Content placed where an agent's tools will fetch it reaches the model as indirect injection.",
        ),
        ours(
          'AUGMENTATIONDATAMANIPULATION',
          'related',
          'When the fetched content is stored for later use it becomes manipulated augmentation data.',
        ),
      ],
    },
    {
      ref: 'AML.T0110',
      name: 'AI Agent Tool Poisoning',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'related',
          'Re-verifying tool definitions after adoption detects a tool whose behaviour or description was changed.',
        ),
        ours(
          'LEASTMODELPRIVILEGE',
          'related',
          "Narrow tool permissions limit what a poisoned tool can do on the agent's behalf.",
        ),
      ],
    },

    // Privilege Escalation (AML.TA0012)
    {
      ref: 'AML.T0054',
      name: 'LLM Jailbreak',
      entries: [
        ours(
          'DIRECTPROMPTINJECTION',
          'addresses',
          "Jailbreaking is direct prompt injection aimed at a model's safety rules.",
        ),
        ours(
          'MODELALIGNMENT',
          'partly-addresses',
          'Alignment training and guardrails raise the effort a jailbreak needs but do not stop adaptive attacks.',
        ),
      ],
    },
    {
      ref: 'AML.T0105',
      name: 'Escape to Host',
      entries: [
        ours(
          'AGENTESCAPE',
          'partly-addresses',
          "Breaking out of an agent's sandbox onto the host is one form of agent escape.",
        ),
        ours(
          'AGENTSANDBOXING',
          'partly-addresses',
          'Strong isolation and default-deny access are the control against it.',
        ),
      ],
    },

    // Defense Evasion (AML.TA0007)
    {
      ref: 'AML.T0067',
      name: 'LLM Trusted Output Components Manipulation',
      entries: [
        ours(
          'EXPLAINABILITY',
          'related',
          'Showing sources and reasons that the application, not the model, derives helps users notice a response dressed up to look trustworthy.',
        ),
      ],
    },
    {
      ref: 'AML.T0067.000',
      name: 'Citations',
      entries: [
        ours(
          'EXPLAINABILITY',
          'related',
          'Citations built from retrieval records rather than written by the model expose fabricated ones.',
        ),
      ],
    },
    {
      ref: 'AML.T0068',
      name: 'LLM Prompt Obfuscation',
      entries: [
        ours(
          'PROMPTINPUTVALIDATION',
          'related',
          'Encoded or disguised instructions are what injection detection must see through, and often fails to.',
        ),
      ],
    },
    {
      ref: 'AML.T0071',
      name: 'False RAG Entry Injection',
      entries: [
        ours(
          'AUGMENTATIONDATAMANIPULATION',
          'partly-addresses',
          'Making a model believe false content came from its retrieval store is manipulation of the context it is given.',
        ),
      ],
    },
    { ref: 'AML.T0073', name: 'Impersonation', entries: [awareness()] },
    { ref: 'AML.T0074', name: 'Masquerading', entries: [conventional()] },
    {
      ref: 'AML.T0076',
      name: 'Corrupt AI Model',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'related',
          'Rejecting model files that fail verification or cannot be loaded safely defeats a file corrupted to slip past scanners.',
        ),
      ],
    },
    {
      ref: 'AML.T0092',
      name: 'Manipulate User LLM Chat History',
      entries: [
        ours(
          'AUGMENTATIONDATAMANIPULATION',
          'related',
          'Editing stored conversations changes the context that later answers build on.',
        ),
      ],
    },
    {
      ref: 'AML.T0094',
      name: 'Delay Execution of LLM Instructions',
      entries: [
        ours(
          'INDIRECTPROMPTINJECTION',
          'related',
          'Injected instructions that wait for a later turn are still indirect prompt injection.',
        ),
      ],
    },
    {
      ref: 'AML.T0097',
      name: 'Virtualization/Sandbox Evasion',
      entries: [
        ours(
          'AGENTSANDBOXING',
          'related',
          'Code that detects a sandbox and behaves differently there tests the isolation this control relies on.',
        ),
      ],
    },
    { ref: 'AML.T0107', name: 'Exploitation for Defense Evasion', entries: [conventional()] },
    {
      ref: 'AML.T0109',
      name: 'AI Supply Chain Rug Pull',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Pinning versions and re-verifying components catches one that turns malicious after it was adopted.',
        ),
      ],
    },
    {
      ref: 'AML.T0111',
      name: 'AI Supply Chain Reputation Inflation',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'related',
          'Judging a supplier by verified provenance rather than by stars or downloads resists inflated reputation.',
        ),
      ],
    },

    // Credential Access (AML.TA0013)
    { ref: 'AML.T0055', name: 'Unsecured Credentials', entries: [conventional()] },
    {
      ref: 'AML.T0082',
      name: 'RAG Credential Harvesting',
      entries: [
        ours(
          'DATAMINIMIZE',
          'related',
          'Keeping secrets out of the documents a retrieval store indexes leaves nothing for this search to find.',
        ),
        ours(
          'AUGMENTATIONDATALEAK',
          'related',
          'Reading retrieval content the attacker should not see is the leak this entry describes.',
        ),
      ],
    },
    {
      ref: 'AML.T0083',
      name: 'Credentials from AI Agent Configuration',
      entries: [
        ours(
          'AGENTSANDBOXING',
          'partly-addresses',
          "Keeping credentials outside the agent's own environment and prompts removes them from its configuration.",
        ),
      ],
    },
    { ref: 'AML.T0090', name: 'OS Credential Dumping', entries: [conventional()] },
    {
      ref: 'AML.T0098',
      name: 'AI Agent Tool Credential Harvesting',
      entries: [
        ours(
          'AGENTSANDBOXING',
          'partly-addresses',
          'Credentials injected by a broker outside the agent cannot be read back through its tools.',
        ),
        ours(
          'LEASTMODELPRIVILEGE',
          'related',
          'Narrowly scoped tool credentials limit what a harvested one is worth.',
        ),
      ],
    },
    { ref: 'AML.T0106', name: 'Exploitation for Credential Access', entries: [conventional()] },

    // Discovery (AML.TA0008)
    {
      ref: 'AML.T0007',
      name: 'Discover AI Artifacts',
      entries: [
        ours(
          'DEVLEAK',
          'related',
          'Locating models and datasets inside a breached environment precedes their theft from development.',
        ),
      ],
    },
    {
      ref: 'AML.T0013',
      name: 'Discover AI Model Ontology',
      entries: [
        ours(
          'OBSCURECONFIDENCE',
          'related',
          "Returning fewer labels and scores makes the model's set of outputs harder to map.",
        ),
      ],
    },
    { ref: 'AML.T0014', name: 'Discover AI Model Family', entries: [discreteDiscovery()] },
    ...explained(
      ['AML.T0062'],
      'out-of-scope',
      "Collecting a public model's invented package names happens outside the victim's systems; the attack it prepares (AML.T0060) is mapped.",
    ),
    {
      ref: 'AML.T0063',
      name: 'Discover AI Model Outputs',
      entries: [
        ours(
          'OBSCURECONFIDENCE',
          'partly-addresses',
          'Returning only the outputs the application needs removes the extra scores this technique looks for.',
        ),
      ],
    },
    { ref: 'AML.T0069', name: 'Discover LLM System Information', entries: [discreteDiscovery()] },
    {
      ref: 'AML.T0069.000',
      name: 'Special Character Sets',
      entries: [
        ours(
          'DIRECTPROMPTINJECTION',
          'related',
          'Learning which delimiters a system prompt uses prepares a direct injection that imitates them.',
        ),
      ],
    },
    {
      ref: 'AML.T0069.001',
      name: 'System Instruction Keywords',
      entries: [
        ours(
          'DIRECTPROMPTINJECTION',
          'related',
          'Learning the keywords of the system instructions prepares a direct injection that overrides them.',
        ),
      ],
    },
    {
      ref: 'AML.T0069.002',
      name: 'System Prompt',
      entries: [
        ours(
          'DIRECTPROMPTINJECTION',
          'partly-addresses',
          'Prompts that make a model reveal its system prompt are a goal of direct prompt injection.',
        ),
        discreteDiscovery(),
      ],
    },
    { ref: 'AML.T0075', name: 'Cloud Service Discovery', entries: [conventional()] },
    { ref: 'AML.T0084', name: 'Discover AI Agent Configuration', entries: [discreteDiscovery()] },
    { ref: 'AML.T0084.000', name: 'Embedded Knowledge', entries: [discreteDiscovery()] },
    { ref: 'AML.T0084.001', name: 'Tool Definitions', entries: [discreteDiscovery()] },
    { ref: 'AML.T0084.002', name: 'Activation Triggers', entries: [discreteDiscovery()] },
    { ref: 'AML.T0084.003', name: 'Call Chains', entries: [discreteDiscovery()] },
    { ref: 'AML.T0089', name: 'Process Discovery', entries: [conventional()] },

    // Lateral Movement (AML.TA0015)
    { ref: 'AML.T0091', name: 'Use Alternate Authentication Material', entries: [conventional()] },
    { ref: 'AML.T0091.000', name: 'Application Access Token', entries: [conventional()] },

    // Collection (AML.TA0009)
    {
      ref: 'AML.T0035',
      name: 'AI Artifact Collection',
      entries: [
        ours(
          'DEVLEAK',
          'partly-addresses',
          'Gathering models, datasets and configuration from development systems is the development-time leak.',
        ),
        ours(
          'RUNTIMEMODELTHEFT',
          'related',
          'Collecting model files from where they run is the runtime counterpart of this collection.',
        ),
      ],
    },
    {
      ref: 'AML.T0036',
      name: 'Data from Information Repositories',
      entries: [
        exchange('AUGMENTATIONDATALEAK', 'partly-addresses'),
        ours(
          'DEVDATALEAK',
          'related',
          'Data stores used to build models are among the repositories this technique reads.',
        ),
      ],
    },
    { ref: 'AML.T0037', name: 'Data from Local System', entries: [conventional()] },
    {
      ref: 'AML.T0085',
      name: 'Data from AI Services',
      entries: [
        ours(
          'AUGMENTATIONDATALEAK',
          'partly-addresses',
          'Pulling the documents an AI service can retrieve is a leak of its augmentation data.',
        ),
      ],
    },
    {
      ref: 'AML.T0085.000',
      name: 'RAG Databases',
      entries: [
        ours(
          'AUGMENTATIONDATALEAK',
          'addresses',
          "Extracting a retrieval store's content is the augmentation data leak.",
        ),
        ours(
          'AUGMENTATIONDATACONFIDENTIALITY',
          'partly-addresses',
          "Access control on retrieval in the user's name limits what such prompts can pull.",
        ),
      ],
    },
    {
      ref: 'AML.T0085.001',
      name: 'AI Agent Tools',
      entries: [
        ours(
          'LEASTMODELPRIVILEGE',
          'partly-addresses',
          "What an agent's tools may read bounds what an attacker can collect through them.",
        ),
      ],
    },

    // AI Attack Staging (AML.TA0001)
    {
      ref: 'AML.T0005',
      name: 'Create Proxy AI Model',
      entries: [
        ours(
          'TRANSFERATTACK',
          'partly-addresses',
          'A proxy model is the stand-in on which transferability-based evasion is planned.',
        ),
      ],
    },
    {
      ref: 'AML.T0005.000',
      name: 'Train Proxy via Gathered AI Artifacts',
      entries: [
        ours(
          'TRANSFERATTACK',
          'related',
          'A proxy built from gathered artifacts serves transfer attacks.',
        ),
        ours(
          'DISCRETE',
          'related',
          'Releasing fewer artifacts makes a proxy built from them less faithful to the target.',
        ),
      ],
    },
    {
      ref: 'AML.T0005.001',
      name: 'Train Proxy via Replication',
      entries: [
        ours(
          'MODELTHEFTUSE',
          'addresses',
          "Training a copy on the target's answers to many queries is model exfiltration through use.",
        ),
      ],
    },
    {
      ref: 'AML.T0005.002',
      name: 'Use Pre-Trained Model',
      entries: [
        ours(
          'TRANSFERATTACK',
          'related',
          'An off-the-shelf model close to the target is a common stand-in for planning transfer attacks.',
        ),
      ],
    },
    {
      ref: 'AML.T0042',
      name: 'Verify Attack',
      entries: [
        ours(
          'UNWANTEDINPUTSERIESHANDLING',
          'related',
          'Repeated trial queries against the target can show up as a suspicious series.',
        ),
      ],
    },
    {
      ref: 'AML.T0043',
      name: 'Craft Adversarial Data',
      entries: [
        ours(
          'EVASION',
          'partly-addresses',
          'Crafting inputs that fool a model is the core of evasion; the same technique also serves poisoning.',
        ),
      ],
    },
    {
      ref: 'AML.T0043.000',
      name: 'White-Box Optimization',
      entries: [
        ours(
          'OPENBOXEVASION',
          'addresses',
          "Computing fooling inputs from the model's own gradients is perfect-knowledge evasion.",
        ),
      ],
    },
    {
      ref: 'AML.T0043.001',
      name: 'Black-Box Optimization',
      entries: [
        ours(
          'CLOSEDBOXEVASION',
          'addresses',
          'Finding fooling inputs by probing inputs and outputs only is zero-knowledge evasion.',
        ),
      ],
    },
    {
      ref: 'AML.T0043.002',
      name: 'Black-Box Transfer',
      entries: [
        ours(
          'TRANSFERATTACK',
          'addresses',
          'Crafting inputs on a stand-in model and sending them to the target is transferability-based evasion.',
        ),
      ],
    },
    {
      ref: 'AML.T0043.003',
      name: 'Manual Modification',
      entries: [
        ours(
          'EVASION',
          'related',
          'Hand-made changes to an input that fool a model are evasion without optimisation.',
        ),
      ],
    },
    {
      ref: 'AML.T0043.004',
      name: 'Insert Backdoor Trigger',
      entries: [
        ours(
          'EVASIONAFTERPOISON',
          'addresses',
          'Presenting the trigger of a planted backdoor is evasion after data poisoning.',
        ),
      ],
    },
    ...explained(['AML.T0088', 'AML.T0102'], 'out-of-scope', MISUSE),

    // Command and Control (AML.TA0014)
    { ref: 'AML.T0072', name: 'Reverse Shell', entries: [conventional()] },
    {
      ref: 'AML.T0096',
      name: 'AI Service API',
      entries: [
        ours(
          'MONITORUSE',
          'related',
          'Watching how an AI service is called can reveal commands hidden in otherwise normal traffic.',
        ),
      ],
    },
    {
      ref: 'AML.T0108',
      name: 'AI Agent',
      entries: [
        ours(
          'AGENTSANDBOXING',
          'related',
          'Default-deny network access and isolation take away the reach that makes an agent a useful relay.',
        ),
      ],
    },

    // Exfiltration (AML.TA0010)
    {
      ref: 'AML.T0024',
      name: 'Exfiltration via AI Inference API',
      entries: [
        ours(
          'MODELINVERSIONANDMEMBERSHIP',
          'partly-addresses',
          'Reconstructing or testing training data through the API is one kind of this exfiltration.',
        ),
        ours(
          'MODELTHEFTUSE',
          'partly-addresses',
          "Copying the model's behaviour through the inference API is another kind of this exfiltration.",
        ),
      ],
    },
    {
      ref: 'AML.T0024.000',
      name: 'Infer Training Data Membership',
      entries: [exchange('MODELINVERSIONANDMEMBERSHIP', 'addresses', 'OpenCRE 034-540')],
    },
    {
      ref: 'AML.T0024.001',
      name: 'Invert AI Model',
      entries: [exchange('MODELINVERSIONANDMEMBERSHIP', 'addresses', 'OpenCRE 034-540')],
    },
    {
      ref: 'AML.T0024.002',
      name: 'Extract AI Model',
      entries: [exchange('MODELTHEFTUSE', 'addresses', 'OpenCRE 141-385')],
    },
    {
      ref: 'AML.T0025',
      name: 'Exfiltration via Cyber Means',
      entries: [
        conventional(),
        ours(
          'DEVLEAK',
          'related',
          'Theft of models and data from development systems by ordinary intrusion is the development-time leak.',
        ),
      ],
    },
    {
      ref: 'AML.T0056',
      name: 'Extract LLM System Prompt',
      entries: [
        ours(
          'DIRECTPROMPTINJECTION',
          'partly-addresses',
          'Making a model reveal its system prompt is a common goal of direct prompt injection.',
        ),
        ours(
          'DISCRETE',
          'related',
          'A system prompt that holds no secrets loses little when extracted.',
        ),
      ],
    },
    {
      ref: 'AML.T0057',
      name: 'LLM Data Leakage',
      entries: [
        exchange('DISCLOSUREINOUTPUT', 'addresses'),
        ours(
          'FILTERSENSITIVEMODELOUTPUT',
          'partly-addresses',
          'Inspecting responses for sensitive data before delivery blocks part of the leakage.',
        ),
      ],
    },
    {
      ref: 'AML.T0077',
      name: 'LLM Response Rendering',
      entries: [
        ours(
          'INSECUREOUTPUT',
          'partly-addresses',
          'Markup in a response that the client renders, such as an image link carrying data, is output passed on without encoding.',
        ),
        ours(
          'ENCODEMODELOUTPUT',
          'partly-addresses',
          'Encoding output for its destination stops the client from rendering injected markup.',
        ),
      ],
    },
    {
      ref: 'AML.T0086',
      name: 'Exfiltration via AI Agent Tool Invocation',
      entries: [
        ours(
          'LEASTMODELPRIVILEGE',
          'partly-addresses',
          'An agent without tools that send data out cannot be made to exfiltrate through them.',
        ),
        ours(
          'INDIRECTPROMPTINJECTION',
          'related',
          'Injected instructions are the usual trigger for tool calls that send data out.',
        ),
      ],
    },

    // Impact (AML.TA0011)
    {
      ref: 'AML.T0029',
      name: 'Denial of AI Service',
      entries: [exchange('DENIALMODELSERVICE', 'addresses')],
    },
    {
      ref: 'AML.T0031',
      name: 'Erode AI Model Integrity',
      entries: [
        ours(
          'CONTINUOUSVALIDATION',
          'partly-addresses',
          'Repeated tests against a protected evaluation set reveal a model whose performance is being worn down.',
        ),
        ours(
          'EVASION',
          'related',
          'The inputs that wear a model down are adversarial inputs sent over time.',
        ),
      ],
    },
    {
      ref: 'AML.T0034',
      name: 'Cost Harvesting',
      entries: [
        ours(
          'DENIALMODELSERVICE',
          'addresses',
          "Running up a victim's compute or token bill is the budget side of AI resource exhaustion.",
        ),
      ],
    },
    {
      ref: 'AML.T0034.000',
      name: 'Excessive Queries',
      entries: [
        ours(
          'RATELIMIT',
          'partly-addresses',
          "Capping queries per caller limits how many an attacker can send on the victim's account.",
        ),
      ],
    },
    {
      ref: 'AML.T0034.001',
      name: 'Resource-Intensive Queries',
      entries: [
        ours(
          'DOSINPUTVALIDATION',
          'partly-addresses',
          'Rejecting inputs that are oversized or costly to process stops single expensive requests.',
        ),
        ours(
          'LIMITRESOURCES',
          'partly-addresses',
          'Bounding compute and time per request caps the cost of those that get through.',
        ),
      ],
    },
    {
      ref: 'AML.T0034.002',
      name: 'Agentic Resource Consumption',
      entries: [
        ours(
          'AGENTSANDBOXING',
          'partly-addresses',
          "Enforced quotas on an agent's runtime bound the work an attacker can make it do.",
        ),
        ours(
          'LIMITRESOURCES',
          'partly-addresses',
          'Limits on compute, time and spend per request apply to each step an agent takes.',
        ),
      ],
    },
    {
      ref: 'AML.T0046',
      name: 'Spamming AI System with Chaff Data',
      entries: [
        ours(
          'OVERSIGHT',
          'related',
          'Flooding reviewers with false detections or approval requests wears down the human checks this control relies on.',
        ),
      ],
    },
    ...explained(
      ['AML.T0048', 'AML.T0048.000', 'AML.T0048.001', 'AML.T0048.002', 'AML.T0048.003'],
      'out-of-scope',
      OUTCOME,
    ),
    {
      ref: 'AML.T0048.004',
      name: 'AI Intellectual Property Theft',
      entries: [
        ours(
          'MODELTHEFTUSE',
          'related',
          'Copying a model through its interface is one way its intellectual property is taken.',
        ),
        ours(
          'DEVMODELLEAK',
          'related',
          "Stealing a model's parameters from development is another way its intellectual property is taken.",
        ),
        ours(
          'RUNTIMEMODELTHEFT',
          'related',
          "Copying a model's parameters from where it runs is a third way its intellectual property is taken.",
        ),
      ],
    },
    {
      ref: 'AML.T0059',
      name: 'Erode Dataset Integrity',
      entries: [
        ours(
          'DATAPOISON',
          'partly-addresses',
          'Corrupting a dataset so that models built on it perform worse is untargeted data poisoning.',
        ),
        ours(
          'DATAQUALITYCONTROL',
          'partly-addresses',
          'Checking data for tampering and mislabelling catches part of the corruption.',
        ),
      ],
    },
    {
      ref: 'AML.T0101',
      name: 'Data Destruction via AI Agent Tool Invocation',
      entries: [
        ours(
          'LEASTMODELPRIVILEGE',
          'partly-addresses',
          'An agent without delete rights cannot be made to destroy data.',
        ),
        ours(
          'OVERSIGHT',
          'partly-addresses',
          'Approval of irreversible actions stops destruction before it happens.',
        ),
      ],
    },
    {
      ref: 'AML.T0112',
      name: 'Machine Compromise',
      entries: [
        ours(
          'AGENTESCAPE',
          'related',
          'An agent that reaches beyond its granted scope onto the machine is how several of these compromises happen.',
        ),
      ],
    },
    {
      ref: 'AML.T0112.000',
      name: 'Local AI Agent',
      entries: [
        ours(
          'AGENTSANDBOXING',
          'partly-addresses',
          "Isolating a local agent with default-deny access keeps its compromise from becoming the host's.",
        ),
        ours(
          'AGENTESCAPE',
          'partly-addresses',
          "Abusing a local agent's broad permissions to control the host is agent escape.",
        ),
      ],
    },
    {
      ref: 'AML.T0112.001',
      name: 'AI Artifacts',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Verifying models and data before they are loaded keeps artifacts with embedded commands out.',
        ),
      ],
    },

    // Mitigations
    {
      ref: 'AML.M0000',
      name: 'Limit Public Release of Information',
      entries: [exchange('DISCRETE', 'addresses', 'OpenCRE 818-434')],
    },
    {
      ref: 'AML.M0001',
      name: 'Limit Model Artifact Release',
      entries: [exchange('DISCRETE', 'addresses', 'OpenCRE 818-434')],
    },
    {
      ref: 'AML.M0002',
      name: 'Passive AI Output Obfuscation',
      entries: [exchange('OBSCURECONFIDENCE', 'addresses', 'OpenCRE 010-108')],
    },
    {
      ref: 'AML.M0003',
      name: 'Model Hardening',
      entries: [
        exchange('EVASIONROBUSTMODEL', 'addresses', 'OpenCRE 384-015'),
        ours(
          'TRAINADVERSARIAL',
          'partly-addresses',
          'Adversarial training is one of the hardening methods the mitigation names.',
        ),
        ours(
          'ADVERSARIALROBUSTDISTILLATION',
          'partly-addresses',
          'Robust distillation is another way to harden a model against adversarial inputs.',
        ),
      ],
    },
    {
      ref: 'AML.M0004',
      name: 'Restrict Number of AI Model Queries',
      entries: [exchange('RATELIMIT', 'addresses', 'OpenCRE 187-083')],
    },
    {
      ref: 'AML.M0005',
      name: 'Control Access to AI Models and Data at Rest',
      entries: [
        ours(
          'DEVSECURITY',
          'partly-addresses',
          'Access control on stored models and datasets in development environments is part of development security.',
        ),
        ours(
          'AUGMENTATIONDATACONFIDENTIALITY',
          'partly-addresses',
          'Access control on stored retrieval data and memory is the same measure for augmentation data.',
        ),
      ],
    },
    {
      ref: 'AML.M0006',
      name: 'Use Ensemble Methods',
      entries: [exchange('MODELENSEMBLE', 'addresses', 'OpenCRE 146-871')],
    },
    {
      ref: 'AML.M0007',
      name: 'Sanitize Training Data',
      entries: [exchange('DATAQUALITYCONTROL', 'addresses', 'OpenCRE 041-188')],
    },
    {
      ref: 'AML.M0008',
      name: 'Validate AI Model',
      entries: [exchange('CONTINUOUSVALIDATION', 'addresses', 'OpenCRE 547-824')],
    },
    {
      ref: 'AML.M0009',
      name: 'Use Multi-Modal Sensors',
      entries: [exchange('DETECTADVERSARIALINPUT', 'partly-addresses', 'OpenCRE 761-417')],
    },
    {
      ref: 'AML.M0010',
      name: 'Input Restoration',
      entries: [
        exchange('INPUTDISTORTION', 'addresses', 'OpenCRE 641-760'),
        exchange('DETECTADVERSARIALINPUT', 'partly-addresses', 'OpenCRE 761-417'),
      ],
    },
    {
      ref: 'AML.M0011',
      name: 'Restrict Library Loading',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'related',
          'Loading only vetted libraries and model formats is part of controlling what third-party code runs.',
        ),
      ],
    },
    {
      ref: 'AML.M0012',
      name: 'Encrypt Sensitive Information',
      entries: [
        ours(
          'MODELINPUTCONFIDENTIALITY',
          'partly-addresses',
          'Encrypting prompts in transit and at rest is part of protecting model input.',
        ),
        ours(
          'AUGMENTATIONDATACONFIDENTIALITY',
          'partly-addresses',
          'Encrypting retrieval stores and memory is part of protecting augmentation data.',
        ),
      ],
    },
    {
      ref: 'AML.M0013',
      name: 'Code Signing',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Checking signatures of supplied code and models proves their origin and integrity.',
        ),
        ours(
          'RUNTIMEMODELINTEGRITY',
          'partly-addresses',
          'Verifying signatures when a model is loaded detects files changed after release.',
        ),
      ],
    },
    {
      ref: 'AML.M0014',
      name: 'Verify AI Artifacts',
      entries: [exchange('SUPPLYCHAINMANAGE', 'addresses', 'OpenCRE 881-234')],
    },
    {
      ref: 'AML.M0015',
      name: 'Adversarial Input Detection',
      entries: [
        ours(
          'DETECTADVERSARIALINPUT',
          'addresses',
          'Dedicated detectors for crafted inputs are what this mitigation describes.',
        ),
        exchange('DETECTODDINPUT', 'partly-addresses', 'OpenCRE 342-641'),
        exchange('UNWANTEDINPUTSERIESHANDLING', 'partly-addresses', 'OpenCRE 576-262'),
        exchange('PROMPTINPUTVALIDATION', 'partly-addresses', 'OpenCRE 843-475'),
      ],
    },
    {
      ref: 'AML.M0016',
      name: 'Vulnerability Scanning',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Scanning model files and dependencies for malicious code before use is part of supply chain management.',
        ),
      ],
    },
    {
      ref: 'AML.M0017',
      name: 'AI Model Distribution Methods',
      entries: [
        ours(
          'RUNTIMEMODELCONFIDENTIALITY',
          'related',
          "Serving a model from a controlled environment instead of shipping it to devices keeps its parameters out of attackers' hands.",
        ),
        ours(
          'MODELOBFUSCATION',
          'related',
          'Where a model must ship to devices, obfuscation makes the copy harder to reuse.',
        ),
      ],
    },
    {
      ref: 'AML.M0018',
      name: 'User Training',
      entries: [exchange('SECEDUCATE', 'addresses', 'OpenCRE 533-635')],
    },
    {
      ref: 'AML.M0019',
      name: 'Control Access to AI Models and Data in Production',
      entries: [
        exchange('MODELACCESSCONTROL', 'addresses', 'OpenCRE 715-644'),
        ours(
          'AUGMENTATIONDATACONFIDENTIALITY',
          'partly-addresses',
          'Access control on production retrieval stores and memory is the data half of this mitigation.',
        ),
      ],
    },
    {
      ref: 'AML.M0020',
      name: 'Generative AI Guardrails',
      entries: [
        exchange('OVERSIGHT', 'addresses', 'OpenCRE 205-522'),
        exchange('FILTERSENSITIVEMODELOUTPUT', 'partly-addresses', 'OpenCRE 204-272'),
        ours(
          'PROMPTINPUTVALIDATION',
          'partly-addresses',
          'Guardrails that screen input for injected instructions are input-side guardrails.',
        ),
      ],
    },
    {
      ref: 'AML.M0021',
      name: 'Generative AI Guidelines',
      entries: [
        ours(
          'MODELALIGNMENT',
          'partly-addresses',
          'System-prompt instructions that steer a model away from unwanted behaviour are deployment-time alignment.',
        ),
        ours(
          'INPUTSEGREGATION',
          'related',
          'Guidelines that mark untrusted content as data support keeping it apart from instructions.',
        ),
      ],
    },
    {
      ref: 'AML.M0022',
      name: 'Generative AI Model Alignment',
      entries: [
        ours(
          'MODELALIGNMENT',
          'addresses',
          'Fine-tuning and preference training that make a model refuse unwanted behaviour are this mitigation.',
        ),
      ],
    },
    {
      ref: 'AML.M0023',
      name: 'AI Bill of Materials',
      entries: [exchange('SUPPLYCHAINMANAGE', 'addresses', 'OpenCRE 881-234')],
    },
    {
      ref: 'AML.M0024',
      name: 'AI Telemetry Logging',
      entries: [exchange('MONITORUSE', 'addresses', 'OpenCRE 703-813')],
    },
    {
      ref: 'AML.M0025',
      name: 'Maintain AI Dataset Provenance',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Recording where each dataset comes from is the data part of provenance tracking.',
        ),
        ours(
          'DEVPROGRAM',
          'related',
          'Versioning data alongside code and models keeps its history traceable.',
        ),
      ],
    },
    {
      ref: 'AML.M0026',
      name: 'Privileged AI Agent Permissions Configuration',
      entries: [exchange('LEASTMODELPRIVILEGE', 'partly-addresses', 'OpenCRE 220-442')],
    },
    {
      ref: 'AML.M0027',
      name: 'Single-User AI Agent Permissions Configuration',
      entries: [exchange('LEASTMODELPRIVILEGE', 'partly-addresses', 'OpenCRE 220-442')],
    },
    {
      ref: 'AML.M0028',
      name: 'AI Agent Tools Permissions Configuration',
      entries: [exchange('LEASTMODELPRIVILEGE', 'partly-addresses', 'OpenCRE 220-442')],
    },
    {
      ref: 'AML.M0029',
      name: 'Human In-the-Loop for AI Agent Actions',
      entries: [exchange('OVERSIGHT', 'addresses', 'OpenCRE 202-604')],
    },
    {
      ref: 'AML.M0030',
      name: 'Restrict AI Agent Tool Invocation on Untrusted Data',
      entries: [
        exchange('OVERSIGHT', 'partly-addresses', 'OpenCRE 202-604'),
        ours(
          'LEASTMODELPRIVILEGE',
          'partly-addresses',
          'Withdrawing tool rights once untrusted data is in the context is a dynamic form of least privilege.',
        ),
      ],
    },
    {
      ref: 'AML.M0031',
      name: 'Memory Hardening',
      entries: [
        ours(
          'AUGMENTATIONDATAINTEGRITY',
          'addresses',
          'Controlling writes to agent memory and verifying entries before use is this mitigation.',
        ),
      ],
    },
    {
      ref: 'AML.M0032',
      name: 'Segmentation of AI Agent Components',
      entries: [
        ours(
          'AGENTSANDBOXING',
          'partly-addresses',
          'Running agent components in separate isolated environments is the segmentation this mitigation asks for.',
        ),
      ],
    },
    {
      ref: 'AML.M0033',
      name: 'Input and Output Validation for AI Agent Components',
      entries: [
        ours(
          'PROMPTINPUTVALIDATION',
          'partly-addresses',
          "Checking content that enters an agent's prompt for injected instructions is the input half.",
        ),
        ours(
          'ENCODEMODELOUTPUT',
          'partly-addresses',
          'Treating agent output as untrusted before passing it on is the output half.',
        ),
      ],
    },
    ...explained(
      ['AML.M0034'],
      'out-of-scope',
      'Detecting synthetic media aimed at people defends against misuse of AI, which this knowledge base does not cover.',
    ),
  ],
};
