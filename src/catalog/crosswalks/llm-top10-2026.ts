/**
 * OWASP Top 10 for LLM Applications 2026 → this knowledge base. The original OWASP AI Exchange maps
 * LLM01, LLM02, LLM04, LLM05, LLM06, LLM07 and LLM10 to some entries; this project adds the rest,
 * including LLM08:2026 and LLM09:2026, which it leaves unmapped.
 */
import { llmTopics, topicMappings } from './llm-topics.ts';
import type { CrosswalkFile } from './types.ts';

/** The 2026 crosswalk. */
export const llmTop10_2026Crosswalk: CrosswalkFile = {
  framework: 'OWASP LLM Top 10 2026',
  file: 'src/catalog/crosswalks/llm-top10-2026.ts',
  items: [
    {
      ref: 'LLM01:2026',
      name: 'Prompt Injection',
      entries: topicMappings(llmTopics.promptInjection, [
        'PROMPTINJECTION',
        'DIRECTPROMPTINJECTION',
        'INDIRECTPROMPTINJECTION',
      ]),
    },
    {
      ref: 'LLM02:2026',
      name: 'Sensitive Information Disclosure',
      entries: topicMappings(llmTopics.sensitiveDisclosure, [
        'DISCLOSUREINOUTPUT',
        'MODELINVERSIONANDMEMBERSHIP',
      ]),
    },
    {
      ref: 'LLM03:2026',
      name: 'Excessive Agency',
      entries: topicMappings(llmTopics.excessiveAgency),
    },
    {
      ref: 'LLM04:2026',
      name: 'Supply Chain',
      entries: topicMappings(llmTopics.supplyChain, ['TRANSFERLEARNINGATTACK']),
    },
    {
      ref: 'LLM05:2026',
      name: 'Data and Model Poisoning',
      entries: topicMappings(llmTopics.poisoning, ['MODELPOISON', 'DATAPOISON']),
    },
    {
      ref: 'LLM06:2026',
      name: 'Unbounded Consumption',
      entries: topicMappings(llmTopics.unboundedConsumption, ['DENIALMODELSERVICE']),
    },
    {
      ref: 'LLM07:2026',
      name: 'Misinformation',
      entries: topicMappings(llmTopics.misinformation, ['AITRANSPARENCY']),
    },
    {
      ref: 'LLM08:2026',
      name: 'Hidden Context Exposure',
      entries: topicMappings(llmTopics.hiddenContext),
      note: 'The item treats hidden context as discoverable by design; the entries cover how it is extracted and how to keep secrets out of it.',
    },
    {
      ref: 'LLM09:2026',
      name: 'Vector and Embedding Weaknesses',
      entries: topicMappings(llmTopics.vectorEmbedding),
      note: 'Attacks that rely on the geometry of the embedding space, such as embedding inversion and retrieval jamming, have no entry of their own; the augmentation data entries cover the store and its content.',
    },
    {
      ref: 'LLM10:2026',
      name: 'Improper Output Handling',
      entries: topicMappings(llmTopics.outputHandling, ['INSECUREOUTPUT']),
    },
  ],
};
