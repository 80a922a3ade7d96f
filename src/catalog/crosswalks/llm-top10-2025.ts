/**
 * OWASP Top 10 for LLM Applications 2025 → this knowledge base. The original OWASP AI Exchange maps
 * the 2023 and 2026 editions, not this one; every mapping here is this project's, taken from the same
 * topic as the corresponding 2026 item (the 2026 edition renumbered the 2025 items and renamed
 * System Prompt Leakage to Hidden Context Exposure).
 */
import { llmTopics, topicMappings } from './llm-topics.ts';
import type { CrosswalkFile } from './types.ts';

/** The 2025 crosswalk. */
export const llmTop10_2025Crosswalk: CrosswalkFile = {
  framework: 'OWASP LLM Top 10 2025',
  file: 'src/catalog/crosswalks/llm-top10-2025.ts',
  items: [
    {
      ref: 'LLM01:2025',
      name: 'Prompt Injection',
      entries: topicMappings(llmTopics.promptInjection),
    },
    {
      ref: 'LLM02:2025',
      name: 'Sensitive Information Disclosure',
      entries: topicMappings(llmTopics.sensitiveDisclosure),
    },
    { ref: 'LLM03:2025', name: 'Supply Chain', entries: topicMappings(llmTopics.supplyChain) },
    {
      ref: 'LLM04:2025',
      name: 'Data and Model Poisoning',
      entries: topicMappings(llmTopics.poisoning),
    },
    {
      ref: 'LLM05:2025',
      name: 'Improper Output Handling',
      entries: topicMappings(llmTopics.outputHandling),
    },
    {
      ref: 'LLM06:2025',
      name: 'Excessive Agency',
      entries: topicMappings(llmTopics.excessiveAgency),
    },
    {
      ref: 'LLM07:2025',
      name: 'System Prompt Leakage',
      entries: topicMappings(llmTopics.hiddenContext),
    },
    {
      ref: 'LLM08:2025',
      name: 'Vector and Embedding Weaknesses',
      entries: topicMappings(llmTopics.vectorEmbedding),
    },
    { ref: 'LLM09:2025', name: 'Misinformation', entries: topicMappings(llmTopics.misinformation) },
    {
      ref: 'LLM10:2025',
      name: 'Unbounded Consumption',
      entries: topicMappings(llmTopics.unboundedConsumption),
    },
  ],
};
