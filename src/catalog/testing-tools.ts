/**
 * The open-source AI red-teaming tools the AI Exchange assessed, with the threats its assessment
 * credited to each and its ratings. The ratings date from the assessment of September 2024 and are
 * kept as given; they describe the tools then, not now.
 */
import type { ThreatId } from './ids.ts';

/** A rating level of the assessment. */
export type ToolRating = 'high' | 'medium' | 'low';

/** An open-source tool for testing AI systems. */
export interface TestingTool {
  /** The tool's name as its project writes it. */
  readonly name: string;
  /** The element id of its description on the testing page; null when it has no section there. */
  readonly anchor: string | null;
  /** The kind of AI it tests. */
  readonly paradigm: 'predictive' | 'generative';
  /** The project's repository. */
  readonly url: string;
  /** SPDX identifier of the licence. */
  readonly license: string;
  /** Languages it is written in or can be driven from. */
  readonly language: string;
  /** Whether the assessment credited it with preventing attacks, as well as detecting weaknesses. */
  readonly prevents: boolean;
  /** The threats the assessment credited the tool with covering. */
  readonly covers: readonly ThreatId[];
  /** The assessment's ratings. */
  readonly rating: {
    readonly popularity: ToolRating;
    readonly communitySupport: ToolRating;
    readonly scalability: ToolRating;
    readonly integration: ToolRating;
  };
}

/** When the ratings were given. */
export const TOOL_ASSESSMENT_DATE = 'September 2024';

/** The assessed tools: predictive AI first, then generative AI, in the assessment's order. */
export const testingTools = [
  {
    name: 'ART', anchor: 'tool-name-the-adversarial-robustness-toolbox-art', paradigm: 'predictive',
    url: 'https://github.com/Trusted-AI/adversarial-robustness-toolbox', license: 'MIT', language: 'Python', prevents: false,
    covers: ['DEVMODELPOISON', 'MODELTHEFTUSE', 'EVASION', 'MODELINVERSIONANDMEMBERSHIP'],
    rating: { popularity: 'high', communitySupport: 'high', scalability: 'high', integration: 'high' },
  },
  {
    name: 'Armory', anchor: 'tool-name-armory', paradigm: 'predictive',
    url: 'https://github.com/twosixlabs/armory', license: 'MIT', language: 'Python', prevents: false,
    covers: ['DEVMODELPOISON', 'EVASION', 'DIRECTPROMPTINJECTION'],
    rating: { popularity: 'low', communitySupport: 'medium', scalability: 'medium', integration: 'high' },
  },
  {
    name: 'Foolbox', anchor: 'tool-name-foolbox', paradigm: 'predictive',
    url: 'https://github.com/bethgelab/foolbox', license: 'MIT', language: 'Python', prevents: false,
    covers: ['EVASION'],
    rating: { popularity: 'medium', communitySupport: 'medium', scalability: 'low', integration: 'medium' },
  },
  {
    name: 'DeepSec', anchor: null, paradigm: 'predictive',
    url: 'https://github.com/ryderling/DEEPSEC', license: 'Apache-2.0', language: 'Python', prevents: false,
    covers: ['EVASION'],
    rating: { popularity: 'low', communitySupport: 'low', scalability: 'low', integration: 'low' },
  },
  {
    name: 'TextAttack', anchor: 'tool-name-textattack', paradigm: 'predictive',
    url: 'https://github.com/QData/TextAttack', license: 'MIT', language: 'Python', prevents: false,
    covers: ['DEVMODELPOISON', 'EVASION'],
    rating: { popularity: 'high', communitySupport: 'high', scalability: 'medium', integration: 'high' },
  },
  {
    name: 'PyRIT', anchor: 'tool-name-pyrit', paradigm: 'generative',
    url: 'https://github.com/microsoft/PyRIT', license: 'MIT', language: 'Python', prevents: false,
    covers: ['EVASION', 'DIRECTPROMPTINJECTION'],
    rating: { popularity: 'medium', communitySupport: 'high', scalability: 'high', integration: 'medium' },
  },
  {
    name: 'garak', anchor: 'tool-name-garak', paradigm: 'generative',
    url: 'https://github.com/NVIDIA/garak', license: 'Apache-2.0', language: 'Python', prevents: false,
    covers: ['EVASION', 'DIRECTPROMPTINJECTION'],
    rating: { popularity: 'high', communitySupport: 'medium', scalability: 'medium', integration: 'medium' },
  },
  {
    name: 'Prompt Fuzzer', anchor: 'tool-name-prompt-fuzzer', paradigm: 'generative',
    url: 'https://github.com/prompt-security/ps-fuzz', license: 'MIT', language: 'Python', prevents: false,
    covers: ['EVASION', 'DIRECTPROMPTINJECTION'],
    rating: { popularity: 'low', communitySupport: 'low', scalability: 'medium', integration: 'medium' },
  },
  {
    name: 'Guardrails', anchor: 'tool-name-guardrail', paradigm: 'generative',
    url: 'https://github.com/guardrails-ai/guardrails', license: 'Apache-2.0', language: 'Python', prevents: true,
    covers: ['EVASION', 'DIRECTPROMPTINJECTION'],
    rating: { popularity: 'high', communitySupport: 'high', scalability: 'medium', integration: 'high' },
  },
  {
    name: 'Promptfoo', anchor: 'tool-name-promptfoo', paradigm: 'generative',
    url: 'https://github.com/promptfoo/promptfoo', license: 'MIT', language: 'Node.js, Python', prevents: true,
    covers: ['EVASION', 'INDIRECTPROMPTINJECTION'],
    rating: { popularity: 'high', communitySupport: 'high', scalability: 'medium', integration: 'medium' },
  },
] as const satisfies readonly TestingTool[];
