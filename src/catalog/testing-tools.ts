/**
 * Open-source tools for testing AI systems: who maintains each and where, what it tests today in our
 * own dated assessment, and, for the ten tools the AI Exchange rated in September 2024, that historical
 * rating kept as given. The two never mix: the current columns are ours and carry their review date;
 * the 2024 columns describe the tools as they were then.
 */
import type { ThreatId } from './ids.ts';

/** A rating level of the 2024 assessment. */
export type ToolRating = 'high' | 'medium' | 'low';

/** How alive a project is on the review date. */
export type ToolStatus = 'active' | 'slow' | 'dormant' | 'archived';

/** What the AI Exchange's assessment of September 2024 said about a tool, kept as given. */
export interface HistoricalToolRating {
  /** The threats that assessment credited the tool with covering (several of these are wrong today). */
  readonly covers: readonly ThreatId[];
  /** Whether that assessment credited it with preventing attacks, as well as detecting weaknesses. */
  readonly prevents: boolean;
  /** That assessment's four ratings. */
  readonly rating: {
    readonly popularity: ToolRating;
    readonly communitySupport: ToolRating;
    readonly scalability: ToolRating;
    readonly integration: ToolRating;
  };
}

/** An open-source tool for testing AI systems. */
export interface TestingTool {
  /** The tool's name as its project writes it. */
  readonly name: string;
  /** The element id of its description on the tools page (`/testing/tools/`); null when it has none. */
  readonly anchor: string | null;
  /** The kind of AI system it tests. */
  readonly paradigm: 'predictive' | 'generative' | 'agentic';
  /** What sort of tool it is: an attack library, an evaluation harness, a scanner, a red-team framework, a benchmark, or a runtime defence that tests put under attack. */
  readonly kind: 'library' | 'harness' | 'scanner' | 'framework' | 'benchmark' | 'defence';
  /** The project's repository today (after any move). */
  readonly url: string;
  /** Who maintains it on the review date. */
  readonly maintainer: string;
  /** SPDX identifier of the licence. */
  readonly license: string;
  /** Languages it is written in or can be driven from. */
  readonly language: string;
  /** The inputs and targets it handles, in our words. */
  readonly modalities: string;
  /** How alive the project is on the review date. */
  readonly status: ToolStatus;
  /** The threats it helps test today, in our assessment; empty for a defence, which is what gets tested. */
  readonly covers: readonly ThreatId[];
  /** Our assessment in one or two sentences: what to use it for, and its limits. */
  readonly assessment: string;
  /** When we last checked the project (ISO date). */
  readonly reviewed: string;
  /** The AI Exchange's September 2024 rating, for the tools it rated; null for tools added since. */
  readonly historical: HistoricalToolRating | null;
}

/** When the historical ratings were given. */
export const TOOL_ASSESSMENT_DATE = 'September 2024';

/** The review date of our current assessment of every tool. */
export const TOOL_REVIEW_DATE = '2026-12-06';

/** The tools: predictive AI first, then generative AI, then agents; within each, most useful first. */
export const testingTools = [
  {
    name: 'ART',
    anchor: 'tool-name-the-adversarial-robustness-toolbox-art',
    paradigm: 'predictive',
    kind: 'library',
    url: 'https://github.com/Trusted-AI/adversarial-robustness-toolbox',
    maintainer: 'LF AI & Data Foundation (started at IBM Research, which still leads it)',
    license: 'MIT',
    language: 'Python',
    modalities:
      'images, tabular data, audio, video; classifiers, detectors and tree ensembles in the main frameworks',
    status: 'active',
    covers: [
      'EVASION',
      'DATAPOISON',
      'DEVMODELPOISON',
      'MODELTHEFTUSE',
      'MODELINVERSIONANDMEMBERSHIP',
    ],
    assessment:
      'The broadest attack library for predictive models (release 1.20.1 in July 2025). Use it to script evasion, poisoning, extraction and membership tests into a training pipeline; it does not test language-model applications.',
    reviewed: TOOL_REVIEW_DATE,
    historical: {
      covers: ['DEVMODELPOISON', 'MODELTHEFTUSE', 'EVASION', 'MODELINVERSIONANDMEMBERSHIP'],
      prevents: false,
      rating: {
        popularity: 'high',
        communitySupport: 'high',
        scalability: 'high',
        integration: 'high',
      },
    },
  },
  {
    name: 'Armory',
    anchor: 'tool-name-armory',
    paradigm: 'predictive',
    kind: 'harness',
    url: 'https://github.com/twosixlabs/armory-library',
    maintainer: 'Two Six Technologies',
    license: 'MIT',
    language: 'Python',
    modalities: 'image classification and object detection (PyTorch, Hugging Face)',
    status: 'slow',
    covers: ['EVASION'],
    assessment:
      'A harness that runs reproducible robustness evaluations of predictive models, built for DARPA GARD. The original repository (twosixlabs/armory) was archived in 2024; its successor armory-library covers evasion only, with poisoning announced. It does not test prompt injection.',
    reviewed: TOOL_REVIEW_DATE,
    historical: {
      covers: ['DEVMODELPOISON', 'EVASION', 'DIRECTPROMPTINJECTION'],
      prevents: false,
      rating: {
        popularity: 'low',
        communitySupport: 'medium',
        scalability: 'medium',
        integration: 'high',
      },
    },
  },
  {
    name: 'Foolbox',
    anchor: 'tool-name-foolbox',
    paradigm: 'predictive',
    kind: 'library',
    url: 'https://github.com/bethgelab/foolbox',
    maintainer: 'Bethge lab, University of Tübingen',
    license: 'MIT',
    language: 'Python',
    modalities: 'differentiable models in PyTorch, TensorFlow and JAX',
    status: 'dormant',
    covers: ['EVASION'],
    assessment:
      'A compact, well-documented set of gradient and decision-based evasion attacks. Good for a quick robustness curve; little development in recent years, so pin versions.',
    reviewed: TOOL_REVIEW_DATE,
    historical: {
      covers: ['EVASION'],
      prevents: false,
      rating: {
        popularity: 'medium',
        communitySupport: 'medium',
        scalability: 'low',
        integration: 'medium',
      },
    },
  },
  {
    name: 'TextAttack',
    anchor: 'tool-name-textattack',
    paradigm: 'predictive',
    kind: 'library',
    url: 'https://github.com/QData/TextAttack',
    maintainer: 'QData lab, University of Virginia',
    license: 'MIT',
    language: 'Python',
    modalities: 'text classifiers and entailment models',
    status: 'dormant',
    covers: ['EVASION'],
    assessment:
      'Word- and character-level attacks on text classifiers (spam, toxicity, intent), plus augmentation for adversarial training. Rarely updated; it predates instruction-following models and does not test them.',
    reviewed: TOOL_REVIEW_DATE,
    historical: {
      covers: ['DEVMODELPOISON', 'EVASION'],
      prevents: false,
      rating: {
        popularity: 'high',
        communitySupport: 'high',
        scalability: 'medium',
        integration: 'high',
      },
    },
  },
  {
    name: 'Counterfit',
    anchor: null,
    paradigm: 'predictive',
    kind: 'framework',
    url: 'https://github.com/Azure/counterfit',
    maintainer: 'Microsoft',
    license: 'MIT',
    language: 'Python',
    modalities: 'image, tabular and text models behind an API',
    status: 'dormant',
    covers: ['EVASION', 'MODELTHEFTUSE'],
    assessment:
      "A command-line wrapper that drives ART and TextAttack attacks against a model endpoint. Its last release (1.1.0) is from 2022; Microsoft's red-team tooling has moved to PyRIT.",
    reviewed: TOOL_REVIEW_DATE,
    historical: null,
  },
  {
    name: 'DeepSec',
    anchor: null,
    paradigm: 'predictive',
    kind: 'harness',
    url: 'https://github.com/ryderling/DEEPSEC',
    maintainer: 'its academic authors (no longer maintained)',
    license: 'Apache-2.0',
    language: 'Python',
    modalities: 'image classifiers',
    status: 'dormant',
    covers: ['EVASION'],
    assessment:
      'A 2019 research platform that compared evasion attacks and defences side by side. Read it as a reference, not as a tool to adopt.',
    reviewed: TOOL_REVIEW_DATE,
    historical: {
      covers: ['EVASION'],
      prevents: false,
      rating: {
        popularity: 'low',
        communitySupport: 'low',
        scalability: 'low',
        integration: 'low',
      },
    },
  },
  {
    name: 'PyRIT',
    anchor: 'tool-name-pyrit',
    paradigm: 'generative',
    kind: 'framework',
    url: 'https://github.com/microsoft/PyRIT',
    maintainer: 'Microsoft AI Red Team',
    license: 'MIT',
    language: 'Python',
    modalities: 'text, image and audio models and applications behind any HTTP or SDK target',
    status: 'active',
    covers: ['DIRECTPROMPTINJECTION', 'INDIRECTPROMPTINJECTION', 'DISCLOSUREINOUTPUT'],
    assessment:
      'A framework for scripted campaigns: prompt converters, multi-turn attacks (Crescendo, tree-of-attacks), cross-domain injection through content the target reads, and scorers. It suits teams who write their own attacks; it moved from Azure/PyRIT to microsoft/PyRIT.',
    reviewed: TOOL_REVIEW_DATE,
    historical: {
      covers: ['EVASION', 'DIRECTPROMPTINJECTION'],
      prevents: false,
      rating: {
        popularity: 'medium',
        communitySupport: 'high',
        scalability: 'high',
        integration: 'medium',
      },
    },
  },
  {
    name: 'garak',
    anchor: 'tool-name-garak',
    paradigm: 'generative',
    kind: 'scanner',
    url: 'https://github.com/NVIDIA/garak',
    maintainer: 'NVIDIA',
    license: 'Apache-2.0',
    language: 'Python',
    modalities: 'language-model endpoints (hosted APIs, Hugging Face, local runtimes, REST)',
    status: 'active',
    covers: [
      'DIRECTPROMPTINJECTION',
      'INDIRECTPROMPTINJECTION',
      'DISCLOSUREINOUTPUT',
      'INSECUREOUTPUT',
    ],
    assessment:
      'A scanner with probes and detectors: jailbreaks, encoded payloads, injections hidden in documents, training-data replay, markdown exfiltration and hallucinated packages. The quickest first picture of a model; it tests the model, not your tools or data.',
    reviewed: TOOL_REVIEW_DATE,
    historical: {
      covers: ['EVASION', 'DIRECTPROMPTINJECTION'],
      prevents: false,
      rating: {
        popularity: 'high',
        communitySupport: 'medium',
        scalability: 'medium',
        integration: 'medium',
      },
    },
  },
  {
    name: 'Promptfoo',
    anchor: 'tool-name-promptfoo',
    paradigm: 'generative',
    kind: 'framework',
    url: 'https://github.com/promptfoo/promptfoo',
    maintainer: 'Promptfoo, part of OpenAI since March 2026 (the open-source project continues)',
    license: 'MIT',
    language: 'TypeScript (CLI), configuration in YAML; Python hooks',
    status: 'active',
    modalities: 'prompts, models, RAG pipelines and agents behind HTTP, SDK or MCP',
    covers: [
      'DIRECTPROMPTINJECTION',
      'INDIRECTPROMPTINJECTION',
      'DISCLOSUREINOUTPUT',
      'INSECUREOUTPUT',
      'AGENTESCAPE',
    ],
    assessment:
      'Evaluation and red-team generation from a configuration file, with plug-ins for direct and indirect injection, prompt extraction, personal data, excessive agency and access-control flaws, and multi-turn strategies. Fits continuous integration. OpenAI announced the purchase of the company on 9 March 2026 and said the open-source project continues.',
    reviewed: TOOL_REVIEW_DATE,
    historical: {
      covers: ['EVASION', 'INDIRECTPROMPTINJECTION'],
      prevents: true,
      rating: {
        popularity: 'high',
        communitySupport: 'high',
        scalability: 'medium',
        integration: 'medium',
      },
    },
  },
  {
    name: 'Prompt Fuzzer',
    anchor: 'tool-name-prompt-fuzzer',
    paradigm: 'generative',
    kind: 'scanner',
    url: 'https://github.com/prompt-security/ps-fuzz',
    maintainer: 'Prompt Security',
    license: 'MIT',
    language: 'Python',
    modalities: 'a system prompt against a chat model',
    status: 'dormant',
    covers: ['DIRECTPROMPTINJECTION', 'DISCLOSUREINOUTPUT'],
    assessment:
      'Runs a fixed set of jailbreak and prompt-extraction attacks against one system prompt. Useful for a quick hardening loop on a chatbot prompt; little development since 2024.',
    reviewed: TOOL_REVIEW_DATE,
    historical: {
      covers: ['EVASION', 'DIRECTPROMPTINJECTION'],
      prevents: false,
      rating: {
        popularity: 'low',
        communitySupport: 'low',
        scalability: 'medium',
        integration: 'medium',
      },
    },
  },
  {
    name: 'Guardrails',
    anchor: 'tool-name-guardrail',
    paradigm: 'generative',
    kind: 'defence',
    url: 'https://github.com/guardrails-ai/guardrails',
    maintainer: 'Guardrails AI',
    license: 'Apache-2.0',
    language: 'Python',
    modalities: 'validation of model input and output at runtime',
    status: 'active',
    covers: [],
    assessment:
      'Not a test tool: a runtime validation framework with validators from its hub. In testing it is the defence under attack, and its false-alarm rate on harmless traffic must be measured like any detector.',
    reviewed: TOOL_REVIEW_DATE,
    historical: {
      covers: ['EVASION', 'DIRECTPROMPTINJECTION'],
      prevents: true,
      rating: {
        popularity: 'high',
        communitySupport: 'high',
        scalability: 'medium',
        integration: 'high',
      },
    },
  },
  {
    name: 'AgentDojo',
    anchor: 'tool-name-agentdojo',
    paradigm: 'agentic',
    kind: 'benchmark',
    url: 'https://github.com/ethz-spylab/agentdojo',
    maintainer: 'SPY Lab, ETH Zurich (with Invariant Labs)',
    license: 'MIT',
    language: 'Python',
    modalities:
      'tool-using agents in simulated workspace, banking, travel and messaging environments',
    status: 'active',
    covers: ['INDIRECTPROMPTINJECTION'],
    assessment:
      'An extensible environment that measures both task success and injection success of an agent with a given defence. Use it to compare models and defences, or to build your own tasks; it does not test your production tools.',
    reviewed: TOOL_REVIEW_DATE,
    historical: null,
  },
  {
    name: 'InjecAgent',
    anchor: 'tool-name-injecagent',
    paradigm: 'agentic',
    kind: 'benchmark',
    url: 'https://github.com/uiuc-kang-lab/InjecAgent',
    maintainer: 'Kang lab, University of Illinois Urbana-Champaign',
    license: 'MIT',
    language: 'Python',
    modalities: 'tool-using agents, single injected tool response',
    status: 'dormant',
    covers: ['INDIRECTPROMPTINJECTION'],
    assessment:
      'A fixed benchmark of injected tool responses that ask an agent to harm its user or leak data. A cheap baseline for a model choice; static, so a model can be tuned to it.',
    reviewed: TOOL_REVIEW_DATE,
    historical: null,
  },
  {
    name: 'Snyk Agent Scan',
    anchor: 'tool-name-agent-scan',
    paradigm: 'agentic',
    kind: 'scanner',
    url: 'https://github.com/snyk/agent-scan',
    maintainer: 'Snyk (formerly mcp-scan by Invariant Labs)',
    license: 'Apache-2.0',
    language: 'Python',
    modalities: 'MCP server configurations and agent skills on a machine',
    status: 'active',
    covers: ['INDIRECTPROMPTINJECTION', 'AGENTMESSAGESTRUCTUREMANIPULATION'],
    assessment:
      'Inspects the tool descriptions an agent will read for hidden instructions, shadowed tools and later changes to approved tools. A supply-chain check before an agent connects; it does not exercise the agent.',
    reviewed: TOOL_REVIEW_DATE,
    historical: null,
  },
  {
    name: 'MCP Scanner',
    anchor: 'tool-name-mcp-scanner',
    paradigm: 'agentic',
    kind: 'scanner',
    url: 'https://github.com/cisco-ai-defense/mcp-scanner',
    maintainer: 'Cisco AI Defense',
    license: 'Apache-2.0',
    language: 'Python',
    modalities: 'MCP servers, their tools, prompts and resources',
    status: 'active',
    covers: ['INDIRECTPROMPTINJECTION', 'AGENTMESSAGESTRUCTUREMANIPULATION'],
    assessment:
      'Scans MCP servers with rules, a language-model judge and optional vendor analysis for poisoned descriptions and risky tools. Same place in a test plan as Agent Scan; treat its verdicts as leads for a human, not as a pass.',
    reviewed: TOOL_REVIEW_DATE,
    historical: null,
  },
] as const satisfies readonly TestingTool[];
