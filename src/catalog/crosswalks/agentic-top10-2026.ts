/**
 * OWASP Top 10 for Agentic Applications 2026 → this knowledge base. The original OWASP AI Exchange
 * does not map this list; every mapping is this project's. Where an item asks for more than the
 * entries describe, its note names the gap.
 */
import { ours } from './helpers.ts';
import type { CrosswalkFile } from './types.ts';

/** The agentic crosswalk. */
export const agenticTop10_2026Crosswalk: CrosswalkFile = {
  framework: 'OWASP Agentic Top 10 2026',
  file: 'src/catalog/crosswalks/agentic-top10-2026.ts',
  items: [
    {
      ref: 'ASI01',
      name: 'Agent Goal Hijack',
      entries: [
        ours(
          'PROMPTINJECTION',
          'addresses',
          "Redirecting an agent's goal or plan with instructions hidden in its input is prompt injection aimed at an agent.",
        ),
        ours(
          'INDIRECTPROMPTINJECTION',
          'partly-addresses',
          'Instructions in documents, mails or web pages the agent reads are the most common route to a hijacked goal.',
        ),
        ours(
          'DIRECTPROMPTINJECTION',
          'partly-addresses',
          'A user of the agent can also redirect its goal with crafted prompts of their own.',
        ),
        ours(
          'PROMPTINPUTVALIDATION',
          'partly-addresses',
          "Screening content for instructions before it enters the agent's context stops some hijacks.",
        ),
        ours(
          'OVERSIGHT',
          'partly-addresses',
          'Approval of consequential actions stops a hijacked plan before it takes effect.',
        ),
        ours(
          'LEASTMODELPRIVILEGE',
          'partly-addresses',
          'An agent with few rights can do little harm even when its goal is hijacked.',
        ),
      ],
    },
    {
      ref: 'ASI02',
      name: 'Tool Misuse and Exploitation',
      entries: [
        ours(
          'LEASTMODELPRIVILEGE',
          'addresses',
          'Giving each agent only the tools and tool rights its task needs is the main answer to tools used beyond their purpose.',
        ),
        ours(
          'AGENTESCAPE',
          'partly-addresses',
          'An agent using tools or rights outside the scope it was given is the escape this entry describes.',
        ),
        ours(
          'OVERSIGHT',
          'partly-addresses',
          'Approval of high-impact tool calls catches misuse before it takes effect.',
        ),
        ours(
          'AGENTSANDBOXING',
          'partly-addresses',
          'Isolation and quotas bound what a misused tool call can reach and consume.',
        ),
      ],
      note: 'Checking the arguments of each tool call against policy, which the item asks for, is part of least model privilege here rather than an entry of its own.',
    },
    {
      ref: 'ASI03',
      name: 'Identity and Privilege Abuse',
      entries: [
        ours(
          'AGENTESCAPE',
          'partly-addresses',
          "Abusing an agent's over-broad or inherited credentials to act outside its scope is agent escape.",
        ),
        ours(
          'LEASTMODELPRIVILEGE',
          'partly-addresses',
          'Task-scoped, short-lived rights limit what a borrowed or escalated agent identity can do.',
        ),
        ours(
          'AGENTSANDBOXING',
          'partly-addresses',
          "Keeping credentials outside the agent's reach stops it from reusing or leaking them.",
        ),
        ours(
          'MODELACCESSCONTROL',
          'related',
          'Authenticating callers ties each request to an identity, though it does not govern what an agent does with delegated rights.',
        ),
      ],
      note: "Agent identities of their own and the delegation of a user's authority through a chain of agents are not described by an entry.",
    },
    {
      ref: 'ASI04',
      name: 'Agentic Supply Chain Vulnerabilities',
      entries: [
        ours(
          'SUPPLYCHAINMANAGE',
          'partly-addresses',
          'Provenance and integrity checks of third-party components extend to the tools, tool servers and agents an application loads at runtime.',
        ),
        ours(
          'TRANSFERLEARNINGATTACK',
          'related',
          'A poisoned pre-trained model is one supplied component that can compromise an agent.',
        ),
      ],
      note: 'Components an agent discovers and loads while it runs are verified at that moment, which the supply chain entry covers only in outline.',
    },
    {
      ref: 'ASI05',
      name: 'Unexpected Code Execution (RCE)',
      entries: [
        ours(
          'AGENTSANDBOXING',
          'addresses',
          'Running agents in isolated environments with default-deny network access contains code an agent writes or is tricked into running.',
        ),
        ours(
          'INSECUREOUTPUT',
          'partly-addresses',
          'Model output passed to a shell or interpreter without checks is one route to code execution.',
        ),
        ours(
          'ENCODEMODELOUTPUT',
          'partly-addresses',
          'Treating output as untrusted before an interpreter sees it blocks injected commands, though not code the agent is meant to run.',
        ),
        ours(
          'AGENTESCAPE',
          'related',
          'Executed code that breaks out of its sandbox is how an agent escape often ends.',
        ),
      ],
    },
    {
      ref: 'ASI06',
      name: 'Memory and Context Poisoning',
      entries: [
        ours(
          'AUGMENTATIONDATAMANIPULATION',
          'addresses',
          "Altering an agent's memory or retrieval stores so it acts on false context is this threat.",
        ),
        ours(
          'AUGMENTATIONDATAINTEGRITY',
          'addresses',
          'Controlling who writes to memory, tracking provenance and verifying content before it enters the prompt counter it.',
        ),
        ours(
          'INDIRECTPROMPTINJECTION',
          'related',
          'Instructions planted in memory act like indirect prompt injection once retrieved.',
        ),
      ],
    },
    {
      ref: 'ASI07',
      name: 'Insecure Inter-Agent Communication',
      entries: [
        ours(
          'AGENTMESSAGESTRUCTUREMANIPULATION',
          'addresses',
          'Forging or tampering with the messages, envelopes and delegation chains between agents is what this entry describes.',
        ),
        ours(
          'RUNTIMEMODELIOINTEGRITY',
          'partly-addresses',
          'Protecting input and output against tampering on the way covers message integrity, though not the authentication of agents.',
        ),
      ],
    },
    {
      ref: 'ASI08',
      name: 'Cascading Failures',
      entries: [
        ours(
          'OVERSIGHT',
          'partly-addresses',
          "Checks outside the model can stop one agent's faulty output before other agents act on it.",
        ),
        ours(
          'LEASTMODELPRIVILEGE',
          'partly-addresses',
          "Limiting each agent's reach limits how far one failure can spread.",
        ),
        ours(
          'LIMITRESOURCES',
          'related',
          'Bounds on compute, time and spend stop a runaway loop from consuming everything.',
        ),
      ],
      note: 'Circuit breakers and isolation between agents in a workflow, which the item calls for, have no entry of their own.',
    },
    {
      ref: 'ASI09',
      name: 'Human-Agent Trust Exploitation',
      entries: [
        ours(
          'AITRANSPARENCY',
          'partly-addresses',
          'Telling users that an agent is involved and how reliable it is counters the misplaced trust this risk exploits.',
        ),
        ours(
          'EXPLAINABILITY',
          'related',
          'Showing why an agent recommends an action lets a reviewer notice a manipulated recommendation.',
        ),
        ours(
          'SECEDUCATE',
          'related',
          "Users trained to question an agent's advice are harder to mislead through it.",
        ),
        ours(
          'OVERSIGHT',
          'related',
          'Human approval is the step this risk targets, so it helps only when reviewers see the full details of an action.',
        ),
      ],
    },
    {
      ref: 'ASI10',
      name: 'Rogue Agents',
      entries: [
        ours(
          'MODELALIGNMENT',
          'partly-addresses',
          "Alignment training and guardrails reduce an agent's tendency to pursue goals its owner did not set.",
        ),
        ours(
          'OVERSIGHT',
          'partly-addresses',
          'External checks detect and stop an agent acting outside its intended behaviour.',
        ),
        ours(
          'AGENTSANDBOXING',
          'partly-addresses',
          'Isolation and quotas contain an agent that goes rogue.',
        ),
        ours(
          'AGENTESCAPE',
          'related',
          'An agent leaving its granted scope is one way rogue behaviour shows.',
        ),
      ],
      note: 'Behavioural baselines for agents and a way to halt them all at once have no entry of their own.',
    },
  ],
};
