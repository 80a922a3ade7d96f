/**
 * The A-Z index: everyday terms a reader looks up ("Bias", "GDPR", "Red teaming") and where each is
 * treated on this site. The terms are those of the original's index page; each points at a catalog
 * entry, a general-controls section, an overview section or a discussion subject of this site, never
 * at a URL, so the link follows the target when its page moves. Terms of the original whose target
 * this site has no page for (its media and sponsoring pages) are left out.
 */
import type { ControlSectionId, EntryId } from './ids.ts';

/** Where an index term leads: something this site has a page or section for. */
export type IndexTarget =
  /** A threat, control or threat group, by catalog id, e.g. `EVASION`. */
  | { readonly kind: 'entry'; readonly id: EntryId }
  /** A general-controls section, by number, e.g. `1.1`. */
  | { readonly kind: 'control-section'; readonly id: ControlSectionId }
  /** A registered page (src/catalog/pages.ts), optionally one heading on its page. */
  | { readonly kind: 'overview'; readonly id: string; readonly anchor?: string }
  /** A page of src/catalog/pages.ts that holds one of the original's subjects, e.g. `ai-privacy`. */
  | { readonly kind: 'subject'; readonly id: string };

/** One term of the index. */
export interface IndexTerm {
  /** The term as a reader would look it up. */
  readonly term: string;
  /** What the term links to on this site. */
  readonly target: IndexTarget;
  /** The link the original's index gives for the term, kept to show where the mapping came from. */
  readonly originalLink: string;
}

const entry = (id: EntryId): IndexTarget => ({ kind: 'entry', id });
const subject = (id: string): IndexTarget => ({ kind: 'subject', id });
const overview = (id: string, anchor?: string): IndexTarget =>
  anchor === undefined ? { kind: 'overview', id } : { kind: 'overview', id, anchor };

/** The terms of the index, in the original's order (alphabetical within a letter is applied on render). */
export const indexTerms: readonly IndexTerm[] = [
  { term: 'Adversarial attacks', target: entry('EVASION'), originalLink: '/go/evasion/' },
  {
    term: 'Agent message structure manipulation',
    target: entry('AGENTMESSAGESTRUCTUREMANIPULATION'),
    originalLink: '/go/agentmessagestructuremanipulation/',
  },
  { term: 'Agentic AI', target: subject('agentic-ai'), originalLink: '/go/agenticaithreats/' },
  {
    term: 'AI engineering',
    target: subject('ai-engineering-primer'),
    originalLink: '/go/aiengineeringprimer/',
  },
  { term: 'Alignment', target: entry('MODELALIGNMENT'), originalLink: '/go/modelalignment/' },
  { term: 'Bias', target: entry('UNWANTEDBIASTESTING'), originalLink: '/go/unwantedbiastesting/' },
  { term: 'Compliance', target: entry('CHECKCOMPLIANCE'), originalLink: '/go/checkcompliance/' },
  {
    term: 'Continuous validation',
    target: entry('CONTINUOUSVALIDATION'),
    originalLink: '/go/continuousvalidation/',
  },
  { term: 'Contribute', target: overview('contribute'), originalLink: '/contribute' },
  {
    term: 'Controls',
    target: overview('controls-overview'),
    originalLink: '/go/controlsoverview/',
  },
  { term: 'Copyright', target: subject('copyright'), originalLink: '/go/copyright/' },
  {
    term: 'Cultural sensitivity',
    target: entry('CULTURESENSITIVEALIGNMENT'),
    originalLink: '/go/culturesensitivealignment/',
  },
  {
    term: 'Data and model governance',
    target: entry('SUPPLYCHAINMANAGE'),
    originalLink: '/go/supplychainmanage/',
  },
  {
    term: 'Data disclosure in model output',
    target: entry('DISCLOSUREINOUTPUT'),
    originalLink: '/go/disclosureuseoutput/',
  },
  {
    term: 'Data poisoning of train/finetune data',
    target: entry('DATAPOISON'),
    originalLink: '/go/datapoison/',
  },
  {
    term: 'Denial of model service',
    target: entry('DENIALMODELSERVICE'),
    originalLink: '/go/denialmodelservice/',
  },
  {
    term: 'Direct prompt injection',
    target: entry('DIRECTPROMPTINJECTION'),
    originalLink: '/go/directpromptinjection/',
  },
  { term: 'EU AI Act', target: entry('CHECKCOMPLIANCE'), originalLink: '/go/checkcompliance/' },
  { term: 'Evasion', target: entry('EVASION'), originalLink: '/go/evasion/' },
  { term: 'Explainability', target: entry('EXPLAINABILITY'), originalLink: '/go/explainability/' },
  {
    term: 'Federated learning',
    target: entry('FEDERATIVELEARNING'),
    originalLink: '/go/federatedlearning/',
  },
  { term: 'GDPR', target: subject('ai-privacy'), originalLink: '/go/aiprivacy/' },
  { term: 'Generative AI', target: overview('generative-ai'), originalLink: '/go/genai/' },
  {
    term: 'Governance',
    target: { kind: 'control-section', id: '1.1' },
    originalLink: '/go/governancecontrols/',
  },
  {
    term: 'Indirect prompt injection',
    target: entry('INDIRECTPROMPTINJECTION'),
    originalLink: '/go/indirectpromptinjection/',
  },
  { term: 'LLMs', target: overview('generative-ai'), originalLink: '/go/genai/' },
  { term: 'Logging', target: entry('MONITORUSE'), originalLink: '/go/monitoruse/' },
  { term: 'MCP', target: subject('agentic-ai'), originalLink: '/go/agenticaithreats/' },
  { term: 'Model alignment', target: entry('MODELALIGNMENT'), originalLink: '/go/modelalignment/' },
  { term: 'Model input leak', target: entry('LEAKINPUT'), originalLink: '/go/leakinput/' },
  {
    term: 'Model inversion / Membership inference',
    target: entry('MODELINVERSIONANDMEMBERSHIP'),
    originalLink: '/go/modelinversionandmembership/',
  },
  {
    term: 'Model output contains injection',
    target: entry('INSECUREOUTPUT'),
    originalLink: '/go/insecureoutput',
  },
  {
    term: 'Model poisoning in development-environment',
    target: entry('DEVMODELPOISON'),
    originalLink: '/go/devmodelpoison/',
  },
  {
    term: 'Model poisoning at runtime',
    target: entry('RUNTIMEMODELPOISON'),
    originalLink: '/go/runtimemodelpoison/',
  },
  {
    term: 'Model poisoning through data poisoning of train/finetune data',
    target: entry('DATAPOISON'),
    originalLink: '/go/datapoison/',
  },
  {
    term: 'Model direct leak in runtime',
    target: entry('RUNTIMEMODELTHEFT'),
    originalLink: '/go/runtimemodelleak/',
  },
  {
    term: 'Model poisoning in supply chain',
    target: entry('TRANSFERLEARNINGATTACK'),
    originalLink: '/go/supplymodelpoison/',
  },
  {
    term: 'Model direct leak development-time',
    target: entry('DEVMODELLEAK'),
    originalLink: '/go/devmodelleak/',
  },
  {
    term: 'Model exfiltration',
    target: entry('MODELTHEFTUSE'),
    originalLink: '/go/modeltheftuse/',
  },
  { term: 'Monitoring', target: entry('MONITORUSE'), originalLink: '/go/monitoruse/' },
  { term: 'Oversight', target: entry('OVERSIGHT'), originalLink: '/go/oversight/' },
  {
    term: 'Periodic table',
    target: overview('periodic-table'),
    originalLink: '/go/periodictable/',
  },
  { term: 'Privacy', target: subject('ai-privacy'), originalLink: '/go/aiprivacy/' },
  {
    term: 'Prompt injection',
    target: entry('PROMPTINJECTION'),
    originalLink: '/go/promptinjection/',
  },
  { term: 'Red teaming', target: subject('ai-security-testing'), originalLink: '/go/testing/' },
  { term: 'References', target: overview('references'), originalLink: '/go/references/' },
  {
    term: 'Responsible AI',
    target: overview('how-about', 'responsible-or-trustworthy-ai'),
    originalLink: '/go/responsibleai/',
  },
  { term: 'Risk analysis', target: overview('risk-analysis'), originalLink: '/go/riskanalysis/' },
  { term: 'Safety training', target: entry('MODELALIGNMENT'), originalLink: '/go/modelalignment/' },
  {
    term: 'Supply chain management',
    target: entry('SUPPLYCHAINMANAGE'),
    originalLink: '/go/supplychainmanage/',
  },
  { term: 'Testing', target: subject('ai-security-testing'), originalLink: '/go/testing/' },
  {
    term: 'Threat modelling',
    target: overview('risk-analysis'),
    originalLink: '/go/riskanalysis/',
  },
  { term: 'Threats', target: overview('threats-overview'), originalLink: '/go/threatsoverview/' },
  { term: 'Training data leaks', target: entry('DEVDATALEAK'), originalLink: '/go/devdataleak/' },
  { term: 'Transparency', target: entry('AITRANSPARENCY'), originalLink: '/go/aitransparency/' },
];

/**
 * Finds the page of each kind of target; returns undefined for an id it does not know. The caller
 * builds it from a catalog, which keeps this module free of the catalog's wiring and testable.
 */
export interface IndexTargetPaths {
  /** The page of a threat, control or threat group. */
  entry(id: string): string | undefined;
  /** The place of a general-controls section, e.g. `/general-controls/#governance-controls`. */
  controlSection(id: string): string | undefined;
  /** The page of an overview section. */
  overview(id: string): string | undefined;
  /** The page or section of a discussion subject. */
  subject(id: string): string | undefined;
}

/** A term resolved to its link. */
export interface ResolvedIndexTerm {
  /** The term as written. */
  readonly term: string;
  /** Its link on this site. */
  readonly href: string;
}

/** The terms under one letter. */
export interface IndexLetter {
  /** Upper-case initial, e.g. `M`. */
  readonly letter: string;
  /** Its terms, alphabetical. */
  readonly terms: readonly ResolvedIndexTerm[];
}

/** Where the ids of each kind of target are listed, for the fix in an error message. */
const TARGET_SOURCES: Record<IndexTarget['kind'], string> = {
  entry: 'a threat or control id from src/catalog/ids.ts',
  'control-section': 'a section number from `controlSections` in src/catalog/groups.ts',
  overview: 'a page id from src/catalog/pages.ts',
  subject: 'the id of a page with `original` in src/catalog/pages.ts',
};

function pathOf(target: IndexTarget, paths: IndexTargetPaths): string | undefined {
  switch (target.kind) {
    case 'entry':
      return paths.entry(target.id);
    case 'control-section':
      return paths.controlSection(target.id);
    case 'subject':
      return paths.subject(target.id);
    case 'overview': {
      const path = paths.overview(target.id);
      return path === undefined || target.anchor === undefined ? path : `${path}#${target.anchor}`;
    }
  }
}

/** The initial under which a term is filed: its first letter, upper case. */
export function initialOf(term: string): string {
  return term.trim().charAt(0).toUpperCase();
}

/** Returns one message per term that cannot be placed or linked; empty when all are sound. */
export function checkIndexTerms(terms: readonly IndexTerm[], paths: IndexTargetPaths): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const t of terms) {
    const where = `src/catalog/index-terms.ts, term "${t.term}"`;
    if (!/^[A-Z]$/.test(initialOf(t.term))) {
      problems.push(
        `${where}: field \`term\` must start with a letter A-Z. Fix: write the term as a reader would look it up, e.g. "Bias".`,
      );
    }
    const key = t.term.trim().toLowerCase();
    if (seen.has(key)) {
      problems.push(`${where}: field \`term\` is listed twice. Fix: keep one entry per term.`);
    }
    seen.add(key);
    if (pathOf(t.target, paths) === undefined) {
      problems.push(
        `${where}: field \`target\` names unknown ${t.target.kind} \`${t.target.id}\`. Fix: use ${TARGET_SOURCES[t.target.kind]}, or remove the term.`,
      );
    }
  }
  return problems;
}

/**
 * The index by letter, letters and terms in alphabetical order, each term with its link. Throws with
 * every problem of `checkIndexTerms` when a term cannot be linked, so a bad entry fails the build.
 */
export function indexByLetter(terms: readonly IndexTerm[], paths: IndexTargetPaths): IndexLetter[] {
  const problems = checkIndexTerms(terms, paths);
  if (problems.length > 0)
    throw new Error(`The A-Z index has ${problems.length} problem(s):\n${problems.join('\n')}`);
  const letters = new Map<string, ResolvedIndexTerm[]>();
  for (const t of terms) {
    const letter = initialOf(t.term);
    letters.set(letter, [
      ...(letters.get(letter) ?? []),
      { term: t.term, href: pathOf(t.target, paths) as string },
    ]);
  }
  const byTerm = (a: ResolvedIndexTerm, b: ResolvedIndexTerm) =>
    a.term.localeCompare(b.term, 'en', { sensitivity: 'base' });
  return [...letters.keys()]
    .sort()
    .map((letter) => ({ letter, terms: [...(letters.get(letter) ?? [])].sort(byTerm) }));
}
