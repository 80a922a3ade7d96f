/**
 * The framework snapshots with their URL rules: the publisher's page of every item, derived from the
 * item's kind, never typed by hand. A crosswalk, a facts panel or an export that links an item of
 * these frameworks builds the link here.
 */
import { agenticTop10_2026Snapshot } from './agentic-top10-2026.ts';
import { aisvs1_0Snapshot } from './aisvs-1.0.ts';
import { atlasSnapshot } from './atlas.ts';
import { llmTop10_2025Snapshot } from './llm-top10-2025.ts';
import { llmTop10_2026Snapshot } from './llm-top10-2026.ts';
import type { FrameworkItem, FrameworkSnapshot } from './types.ts';

export type { FrameworkItem, FrameworkItemKind, FrameworkSnapshot, SnapshotData } from './types.ts';

const ATLAS_HOST = 'https://atlas.mitre.org';
const atlasIds = new Set<string>(atlasSnapshot.items.map((i) => i.ref));

/** The kind of an ATLAS id, read from its shape; undefined for anything that is not an ATLAS id. */
export function atlasKind(
  id: string,
): 'tactic' | 'technique' | 'sub-technique' | 'mitigation' | undefined {
  if (/^AML\.TA\d{4}$/.test(id)) return 'tactic';
  if (/^AML\.T\d{4}$/.test(id)) return 'technique';
  if (/^AML\.T\d{4}\.\d{3}$/.test(id)) return 'sub-technique';
  if (/^AML\.M\d{4}$/.test(id)) return 'mitigation';
  return undefined;
}

/**
 * The page of an ATLAS tactic, technique, sub-technique or mitigation: tactics live under `/tactics/`,
 * techniques and sub-techniques under `/techniques/`, mitigations under `/mitigations/`. Throws for an
 * id that is no ATLAS id or is not in the ATLAS edition this site maps.
 */
export function atlasUrl(id: string): string {
  const kind = atlasKind(id);
  if (!kind)
    throw new Error(
      `\`${id}\` is not a MITRE ATLAS id. Fix: write AML.TAnnnn (tactic), AML.Tnnnn or AML.Tnnnn.nnn (technique) or AML.Mnnnn (mitigation).`,
    );
  if (!atlasIds.has(id))
    throw new Error(
      `\`${id}\` is not in MITRE ATLAS ${atlasSnapshot.version} (src/catalog/frameworks/atlas.ts). Fix: use an id of that edition, or regenerate the snapshot with scripts/framework-snapshots.ts.`,
    );
  const folder =
    kind === 'tactic' ? 'tactics' : kind === 'mitigation' ? 'mitigations' : 'techniques';
  return `${ATLAS_HOST}/${folder}/${id}`;
}

/**
 * What is wrong with a link to atlas.mitre.org, or undefined when nothing is: a link that names an ATLAS
 * id must be exactly the URL the id's kind gives (`/techniques/AML.M0015` is wrong: mitigations live
 * under `/mitigations/`), and the id must exist.
 */
export function atlasUrlProblem(url: string): string | undefined {
  if (!url.startsWith(`${ATLAS_HOST}/`)) return undefined;
  const id = /\/(AML\.(?:TA|T|M)\d{4}(?:\.\d{3})?)\/?$/.exec(new URL(url).pathname)?.[1];
  if (!id) return undefined; // the home page, a case study (AML.CS…) or a matrix view: no tactic, technique or mitigation to check
  let right: string;
  try {
    right = atlasUrl(id);
  } catch (error) {
    return (error as Error).message;
  }
  return url === right
    ? undefined
    : `${url} is not the page of ${id}. Fix: use ${right} (tactics under /tactics/, techniques and sub-techniques under /techniques/, mitigations under /mitigations/).`;
}

/** The pages of the 2023 (v1.1) items, as the OWASP GenAI Security Project archives them. */
const LLM_2023_PAGES: Readonly<Record<string, string>> = {
  LLM01: 'llm01-24-prompt-injection',
  LLM02: 'llm02-insecure-output-handling',
  LLM03: 'llm03-training-data-poisoning',
  LLM04: 'llm04-model-denial-of-service',
  LLM05: 'llm05-supply-chain-vulnerabilities',
  LLM06: 'llm06-sensitive-information-disclosure',
  LLM07: 'llm07-insecure-plugin-design',
  LLM08: 'llm08-excessive-agency',
  LLM09: 'llm09-overreliance',
  LLM10: 'llm10-model-theft',
};

/** The page of an OWASP LLM Top 10 (2023, v1.1) item in the GenAI Security Project's archive on genai.owasp.org. */
export function llmTop10Url(id: string): string {
  const page = LLM_2023_PAGES[id];
  return page
    ? `https://genai.owasp.org/llmrisk2023-24/${page}/`
    : 'https://genai.owasp.org/llm-top-10/';
}

/** Lower-case words joined by hyphens, as genai.owasp.org writes its page names. */
const dashed = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The page of an OWASP LLM Top 10 2025 item: `/llmrisk/llm082025-vector-and-embedding-weaknesses/` (LLM01 has no year in its name). */
function llm2025Url(item: FrameworkItem): string {
  const number = item.ref.slice(3, 5);
  return `https://genai.owasp.org/llmrisk/llm${number}${number === '01' ? '' : '2025'}-${dashed(item.name)}/`;
}

/** The page of the OWASP LLM Top 10, 2026 edition: one document, so every item links to it. */
export function llmTop10_2026Url(): string {
  return llmTop10_2026Snapshot.url;
}

/** AISVS 1.0 chapter files, by chapter id, in the publisher's repository. */
const AISVS_FILES: Readonly<Record<string, string>> = {
  C1: '0x10-C01-Training-Data-Integrity-and-Traceability.md',
  C2: '0x10-C02-Input-Validation.md',
  C3: '0x10-C03-Model-Lifecycle-Management.md',
  C4: '0x10-C04-Infrastructure.md',
  C5: '0x10-C05-Access-Control-and-Identity.md',
  C6: '0x10-C06-Supply-Chain.md',
  C7: '0x10-C07-Model-Behavior.md',
  C8: '0x10-C08-Memory-Embeddings-and-Vector-Database.md',
  C9: '0x10-C09-Orchestration-and-Agentic-Action.md',
  C10: '0x10-C10-MCP-Security.md',
  C11: '0x10-C11-Adversarial-Robustness.md',
  C12: '0x10-C12-Monitoring-and-Logging.md',
};

/** A GitHub heading anchor: lower case, punctuation dropped, each space a hyphen (`C8.1 Access … & RAG` → `c81-access-…--rag`). */
const githubAnchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');

/** The chapter file of an AISVS item, with the section's heading anchor for a section. */
function aisvsUrl(item: FrameworkItem): string {
  const chapter = item.kind === 'section' ? item.parent! : item.ref;
  const file = AISVS_FILES[chapter];
  if (!file)
    throw new Error(
      `AISVS chapter ${chapter} has no file in src/catalog/frameworks/index.ts. Fix: add it to AISVS_FILES.`,
    );
  const base = `${aisvs1_0Snapshot.url}${file}`;
  return item.kind === 'section' ? `${base}#${githubAnchor(`${item.ref} ${item.name}`)}` : base;
}

/** Every snapshot, current editions first. */
export const frameworkSnapshots: readonly FrameworkSnapshot[] = [
  {
    ...agenticTop10_2026Snapshot,
    key: 'agentic-top10-2026',
    mappedKinds: ['risk'],
    itemUrl: () => agenticTop10_2026Snapshot.url,
  },
  {
    ...llmTop10_2026Snapshot,
    key: 'llm-top10-2026',
    mappedKinds: ['risk'],
    itemUrl: () => llmTop10_2026Url(),
  },
  { ...llmTop10_2025Snapshot, key: 'llm-top10-2025', mappedKinds: ['risk'], itemUrl: llm2025Url },
  {
    ...atlasSnapshot,
    key: 'atlas',
    mappedKinds: ['technique', 'sub-technique', 'mitigation'],
    itemUrl: (item) => atlasUrl(item.ref),
  },
  { ...aisvs1_0Snapshot, key: 'aisvs-1.0', mappedKinds: ['section'], itemUrl: aisvsUrl },
];

/** The snapshot of a framework, or undefined when the site keeps none for it. */
export function snapshotOf(framework: string): FrameworkSnapshot | undefined {
  return frameworkSnapshots.find((s) => s.framework === framework);
}

/** The item of a framework's snapshot with this id, or undefined. */
export function snapshotItem(framework: string, ref: string): FrameworkItem | undefined {
  return snapshotOf(framework)?.items.find((i) => i.ref === ref);
}
