/**
 * The risks of the OWASP Top 10 for LLM applications that its 2025 and 2026 editions share (renumbered
 * between them), each with the entries that address it and why. Both edition files take their
 * mappings from here, so one risk is mapped the same way in both; where the original OWASP AI Exchange
 * made the mapping for an edition, that file marks it as the original's.
 */
import type { EntryId } from '../ids.ts';
import type { ItemMapping, Relation } from './types.ts';

/** One entry of a topic: how it relates and why, in our words. */
interface TopicEntry {
  readonly entry: EntryId;
  readonly relation: Relation;
  readonly rationale: string;
}

const t = (entry: EntryId, relation: Relation, rationale: string): TopicEntry => ({
  entry,
  relation,
  rationale,
});

/** The shared topics, by a key of our own. */
export const llmTopics = {
  promptInjection: [
    t(
      'PROMPTINJECTION',
      'addresses',
      'The risk and this entry are the same: instructions in input that take over what the model does.',
    ),
    t(
      'DIRECTPROMPTINJECTION',
      'addresses',
      "Prompts typed by a user to override the owner's instructions are the direct form of the risk.",
    ),
    t(
      'INDIRECTPROMPTINJECTION',
      'addresses',
      'Instructions hidden in content the model reads are the indirect form of the risk.',
    ),
    t(
      'PROMPTINPUTVALIDATION',
      'partly-addresses',
      'Detecting instructions in content before it reaches the prompt stops some injections, never all.',
    ),
    t(
      'INPUTSEGREGATION',
      'partly-addresses',
      'Marking untrusted content apart from instructions makes injected text less likely to be obeyed.',
    ),
    t(
      'LEASTMODELPRIVILEGE',
      'partly-addresses',
      'Limiting what the model may do limits what a successful injection achieves.',
    ),
    t(
      'OVERSIGHT',
      'partly-addresses',
      'Checks outside the model stop some harmful actions an injection triggers.',
    ),
  ],
  sensitiveDisclosure: [
    t(
      'DISCLOSUREINOUTPUT',
      'addresses',
      'A model repeating sensitive training data in its answers is the core case of the risk.',
    ),
    t(
      'MODELINVERSIONANDMEMBERSHIP',
      'partly-addresses',
      'Reconstructing training data or testing membership through outputs is disclosure by analysis.',
    ),
    t(
      'DISCLOSUREUSE',
      'partly-addresses',
      'Learning confidential facts about training data through use is the group these threats belong to.',
    ),
    t(
      'FILTERSENSITIVEMODELOUTPUT',
      'partly-addresses',
      'Screening responses for personal data and secrets before delivery blocks part of the disclosure.',
    ),
    t(
      'DATAMINIMIZE',
      'partly-addresses',
      'Data that was never given to the model cannot be disclosed by it.',
    ),
    t(
      'LEAKINPUT',
      'related',
      "Leaks of prompts and retrieved context through logs or providers disclose sensitive data outside the model's answers.",
    ),
  ],
  supplyChain: [
    t(
      'TRANSFERLEARNINGATTACK',
      'partly-addresses',
      'A poisoned pre-trained model is the model part of a compromised supply chain.',
    ),
    t(
      'SUPPLYCHAINMANAGE',
      'addresses',
      'Tracking provenance and integrity of third-party models, data and libraries is the countermeasure the risk calls for.',
    ),
    t(
      'DATAPOISON',
      'related',
      'Poisoned third-party datasets reach a model through the supply chain.',
    ),
  ],
  poisoning: [
    t(
      'MODELPOISON',
      'addresses',
      "Manipulating a model's behaviour through its data, process or base model is the risk as a whole.",
    ),
    t(
      'DATAPOISON',
      'addresses',
      'Poisoning training or fine-tuning data is the data half of the risk.',
    ),
    t(
      'DEVMODELPOISON',
      'partly-addresses',
      'Tampering with training code or stored parameters is the model half of data and model poisoning.',
    ),
    t(
      'EVASIONAFTERPOISON',
      'related',
      'A backdoor planted by poisoning is used by presenting its trigger later.',
    ),
    t(
      'DATAQUALITYCONTROL',
      'partly-addresses',
      'Screening training data for tampered samples catches part of the poison.',
    ),
    t(
      'POISONROBUSTMODEL',
      'partly-addresses',
      'Repairing a trained model, for example by pruning, disables some planted backdoors.',
    ),
  ],
  outputHandling: [
    t(
      'INSECUREOUTPUT',
      'addresses',
      'Model output passed unencoded to browsers, databases or shells is this risk.',
    ),
    t(
      'ENCODEMODELOUTPUT',
      'addresses',
      'Treating output as untrusted and encoding it for its destination is the countermeasure.',
    ),
  ],
  excessiveAgency: [
    t(
      'LEASTMODELPRIVILEGE',
      'addresses',
      'Giving a model or agent only the functions and rights its task needs is the remedy for excessive agency.',
    ),
    t(
      'OVERSIGHT',
      'partly-addresses',
      'Human or automated approval of consequential actions limits what excess agency can do.',
    ),
    t(
      'AGENTESCAPE',
      'partly-addresses',
      'An agent reaching tools or data beyond its scope is excess agency being exploited.',
    ),
    t(
      'AGENTSANDBOXING',
      'partly-addresses',
      'Isolation and enforced quotas bound what an over-empowered agent can reach.',
    ),
  ],
  hiddenContext: [
    t(
      'DIRECTPROMPTINJECTION',
      'partly-addresses',
      'Prompts that make a model reveal its system prompt are the usual extraction route.',
    ),
    t(
      'AUGMENTATIONDATALEAK',
      'partly-addresses',
      'Stealing system prompts or other added context from where they are stored exposes them without any prompting.',
    ),
    t(
      'DISCRETE',
      'partly-addresses',
      'Keeping secrets and decision logic out of prompts, and their details private, is the design advice the risk gives.',
    ),
    t(
      'AUGMENTATIONDATACONFIDENTIALITY',
      'partly-addresses',
      'Protecting stored prompts and context with access control limits who can read them.',
    ),
  ],
  vectorEmbedding: [
    t(
      'AUGMENTATIONDATAMANIPULATION',
      'partly-addresses',
      'Poisoning the content a retrieval system indexes is one of the weaknesses the risk names.',
    ),
    t(
      'AUGMENTATIONDATALEAK',
      'partly-addresses',
      'Reading or reconstructing the documents and embeddings of a retrieval store is the leakage side of the risk.',
    ),
    t(
      'AUGMENTATIONDATACONFIDENTIALITY',
      'partly-addresses',
      'Access control and tenant separation on vector stores counter leakage across users and tenants.',
    ),
    t(
      'AUGMENTATIONDATAINTEGRITY',
      'partly-addresses',
      'Controlling writes and verifying content before indexing counters poisoning of the store.',
    ),
  ],
  misinformation: [
    t(
      'AITRANSPARENCY',
      'partly-addresses',
      'Telling users how reliable output is counters the overreliance through which misinformation does harm.',
    ),
    t(
      'EXPLAINABILITY',
      'related',
      'Showing sources and reasons helps people spot a wrong or invented answer.',
    ),
  ],
  unboundedConsumption: [
    t(
      'DENIALMODELSERVICE',
      'addresses',
      "Exhausting a model's compute, memory or budget is the risk.",
    ),
    t(
      'MODELTHEFTUSE',
      'partly-addresses',
      'Copying a model through mass querying is the extraction case the risk includes.',
    ),
    t(
      'RATELIMIT',
      'partly-addresses',
      'Capping queries or tokens per caller bounds consumption by any one of them.',
    ),
    t(
      'LIMITRESOURCES',
      'partly-addresses',
      'Bounding compute, time and spend per request stops single costly requests.',
    ),
    t(
      'DOSINPUTVALIDATION',
      'partly-addresses',
      'Rejecting oversized or cost-heavy inputs before inference stops part of the abuse.',
    ),
  ],
} as const satisfies Record<string, readonly TopicEntry[]>;

/**
 * The mappings of a topic for one edition: entries the original OWASP AI Exchange maps to that item
 * are marked as its mappings, the others as this project's.
 */
export function topicMappings(
  topic: readonly TopicEntry[],
  fromExchange: readonly EntryId[] = [],
): ItemMapping[] {
  return topic.map(({ entry, relation, rationale }) =>
    fromExchange.includes(entry)
      ? { entry, relation, source: 'ai-exchange', rationale }
      : { entry, relation, source: 'this-project', rationale },
  );
}
