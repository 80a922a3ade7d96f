/**
 * Types of the catalog. Relation fields use the id unions from `ids.ts`, so an unknown id in a
 * relation is a compile error at the line that names it.
 */
import type {
  ArchitectureElementId,
  ConditionKey,
  ControlGroupId,
  ControlId,
  ControlSectionId,
  EssentialGroupId,
  FrameworkId,
  ImpactCode,
  LlmTop10Id,
  LlmTop10_2026Id,
  PartId,
  ThreatClassId,
  ThreatGroupId,
  ThreatId,
} from './ids.ts';

/** Confidentiality, integrity or availability: the property a threat harms. */
export type ImpactProperty = 'confidentiality' | 'integrity' | 'availability';

/** When a threat happens: while the system is built, through normal use, or at runtime by breaking in. */
export type ThreatLifecycle = 'development-time' | 'through-use' | 'runtime';

/** When a control acts. `organisation` is management work that spans the lifecycle. */
export type ControlLifecycle = 'organisation' | 'development-time' | 'runtime' | 'both';

/** The discipline that usually owns a control. */
export type Discipline = 'datascience' | 'infosec' | 'appsec' | 'management';

/** How much of a control an outside reference covers. `unknown` means the source does not say. */
export type Coverage = 'full' | 'partial' | 'minimal' | 'none' | 'unknown';

/** A group of controls a threat section points to instead of listing them one by one. */
export type ControlRef = 'general' | 'through-use' | 'dev-time-protection';

/**
 * Whether a threat concerns generative AI: yes, no, only for large language models, for any generative
 * model (`genai-only`: images and audio too, not only LLMs), or for any model, predictive or generative,
 * that is used to classify (`if-classification`: evasion, since an LLM used as a classifier can be evaded).
 */
export type GenAiApplicability = boolean | 'llm-only' | 'genai-only' | 'if-classification';

/** A reference from an entry to a clause, control or item of an outside framework. */
export interface StandardRef {
  /** The framework, as named in `frameworks.ts`. */
  readonly framework: FrameworkId;
  /** The clause or item id inside the framework (`8.16`, `261-010`); null when the whole framework is meant. */
  readonly ref: string | null;
  /** The referenced item's own title, where known. */
  readonly title?: string;
  /** How much of the entry the reference covers. */
  readonly coverage: Coverage;
  /** A link to the item. OpenCRE links are derived from the id and never stored. */
  readonly url?: string;
  /** The sub-topic of the entry the reference belongs to (e.g. `risk analysis`). */
  readonly aspect?: string;
  /** A short qualifier (a few words) on the mapping. */
  readonly note?: string;
  /** Other frameworks the link reaches through (OpenCRE links through NIST SSDF, SAMM...). */
  readonly via?: readonly string[];
}

/** Where an entry lived on the original site, so old links can be forwarded (see the short-link issue). */
export interface Legacy {
  /** The entry's deep link on the original site when this catalog was seeded. */
  readonly seedUrl: string;
  /** The page and anchor of the entry on the original site today, when it still exists. */
  readonly headPage: string | null;
  /** The anchor (without `#`) on `headPage`. */
  readonly headAnchor: string | null;
  /** What became of the entry on the original site: kept, renamed, merged or removed. */
  readonly status: string;
  /** The name the original site uses today, when it changed. */
  readonly headName?: string;
  /** Anchors of sub-headings inside the entry's section on the original site today; they forward to the same anchor on the entry's page, which must carry them. */
  readonly headSubAnchors?: readonly string[];
}

/** Fields every threat and control has. */
interface EntryBase {
  /** Readable upper-case id; never changes once published. */
  readonly id: ThreatId | ControlId;
  /** Display name. */
  readonly name: string;
  /** Lower-case id used in page URLs and short links. */
  readonly slug: string;
  /** Other short-link slugs that lead to this entry (published by the original site or retired by us). */
  readonly aliases: readonly string[];
  /**
   * Other names practitioners use for the entry (research or everyday terms such as `model extraction`),
   * where the name does not say them. Shown in the facts panel and ranked by search like the name.
   */
  readonly alsoKnownAs?: readonly string[];
  /** One sentence in our own words, at most 160 characters: cards, search and meta descriptions. */
  readonly summary: string;
  /** OWASP Top 10 for LLM applications, 2023 edition, items this entry maps to (kept for the 2023 crosswalk). */
  readonly owaspLlmTop10: readonly LlmTop10Id[];
  /** References into outside standards. */
  readonly standards: readonly StandardRef[];
  /** Where the entry lived on the original site. */
  readonly legacy: Legacy;
}

/** A threat to an AI system. */
export interface Threat extends EntryBase {
  readonly id: ThreatId;
  /** The id the source facts use for this threat (e.g. `DATA_POISONING`). */
  readonly sourceId: string;
  /** A shorter name for diagrams and tight lists. */
  readonly shortName: string;
  /** Section number in the document structure, e.g. `3.1.1`. */
  readonly section: string;
  /** The part of the knowledge base the threat belongs to. */
  readonly part: Exclude<PartId, 'general-controls'>;
  /** The broader threat this one specialises. */
  readonly parent: ThreatId | null;
  /** Narrower threats, in document order; derived from the children's `parent` when the catalog is assembled. */
  readonly children: readonly ThreatId[];
  /** When the threat occurs. */
  readonly lifecycle: ThreatLifecycle;
  /** Where the attacker acts (AI security matrix). */
  readonly attackSurfaces: readonly string[];
  /** What is harmed (AI security matrix). */
  readonly assets: readonly string[];
  /** The properties of the asset that are harmed. */
  readonly impact: readonly ImpactProperty[];
  /** Impact codes of the threat model legend (see `impactLegend`). */
  readonly impactCodes: readonly ImpactCode[];
  /** True when the threat exists only because the system uses AI. */
  readonly aiSpecific: boolean;
  /** Whether the threat concerns generative AI, with a few-word qualifier. */
  readonly genai: { readonly applies: GenAiApplicability; readonly note: string | null };
  /** Controls described for this threat specifically, in reading order. */
  readonly controls: readonly ControlId[];
  /** Groups of controls the threat relies on besides its own (general, through use, development time). */
  readonly controlRefs: readonly ControlRef[];
  /** Controls described under another threat that also reduce this one. */
  readonly mentionedControls: readonly ControlId[];
  /** Whether the general controls (part 1) apply; true for every threat today. */
  readonly generalControlsApply: boolean;
  /** Other threats a reader should look at together with this one. */
  readonly relatedThreats: readonly ThreatId[];
  /** Few-word labels of measures the source names without making them a control. */
  readonly unnamedMeasures: readonly string[];
}

/** A control that reduces one or more threats. */
export interface Control extends EntryBase {
  readonly id: ControlId;
  /** Section number of the place the control is described, e.g. `2.1` or `1.3`. */
  readonly section: string;
  /** The part of the knowledge base that describes the control. */
  readonly part: PartId;
  /**
   * Set when the entry is not a control of its own but the details of another one (the original's
   * appendices, e.g. culture-sensitive alignment for model alignment). Its page is linked from the
   * parent control's page and both share the parent's groups.
   */
  readonly detailsOf?: ControlId;
  /** The control group it is filed under in the overview (the first group that lists it, unless the record names `primaryGroup`). */
  readonly group: ControlGroupId;
  /** Every control group the overview lists it in (includes `group`); derived from the member lists in `groups.ts`. */
  readonly groups: readonly ControlGroupId[];
  /** A few-word category, e.g. `runtime appsec`. */
  readonly category: string;
  /** When the control acts. */
  readonly lifecycle: ControlLifecycle;
  /** Which discipline usually implements it. */
  readonly discipline: Discipline | null;
  /** General controls (part 1) apply to every threat; their `threats` lists the ones they are singled out for. */
  readonly general: boolean;
  /**
   * Threats the control reduces. For a non-general control, derived from the threats that name it (their
   * `controls`, their parent's, their threat groups' or `mentionedControls`), in document order. For a
   * general control, the record's `singledOutFor`.
   */
  readonly threats: readonly ThreatId[];
  /** Controls that work together with this one. */
  readonly relatedControls: readonly ControlId[];
  /** Few-word labels of risks the control reduces that are not threats of the catalog (e.g. overreliance). */
  readonly otherThreats: readonly string[];
  /** Outside reading: papers, tools, articles. */
  readonly readMore: readonly string[];
}

/** A control group of the overview (1, 2a, 2b, 2c, 3a, 3b, 4, 5). */
export interface ControlGroup {
  readonly id: ControlGroupId;
  /** Number as shown in the overview; 2a has a development-time and a runtime half. */
  readonly number: string;
  readonly name: string;
  /** `development-time` or `runtime` for groups split by lifecycle. */
  readonly subgroup: 'development-time' | 'runtime' | null;
  /** Name of the top-level group (1 to 5) this belongs to. */
  readonly parentName: string;
  /** Member controls in overview order. */
  readonly controls: readonly ControlId[];
  /** Short-link slug. */
  readonly slug: string;
  /** One sentence in our own words. */
  readonly summary: string;
  /** Today's groups (essentials.ts) that took over this group's controls in the overview. */
  readonly becameEssentials?: readonly EssentialGroupId[];
}

/** One of today's control groups of the overview, in one of four categories (essentials.ts). */
export interface EssentialGroup {
  readonly id: EssentialGroupId;
  /** `Manage`, `Have resilient models`, `Watch` or `Limit`. */
  readonly category: string;
  readonly name: string;
  /** Member controls in overview order; a control may be in several groups, or none. */
  readonly controls: readonly ControlId[];
  /** One sentence in our own words. */
  readonly summary: string;
}

/** A section of part 1 (1.1, 1.2, 1.3) that groups general controls. */
export interface ControlSection {
  readonly id: ControlSectionId;
  readonly name: string;
  /** Member controls in reading order; derived from the controls' `section`. */
  readonly controls: readonly ControlId[];
  /** Anchor of the section on the part page. */
  readonly anchor: string;
  /** Short-link slug (the original site's), plus aliases. */
  readonly slug: string;
  readonly aliases: readonly string[];
  /** Deep link on the original site. */
  readonly seedUrl: string;
  /** OWASP LLM Top 10 (2023) items the section answers. */
  readonly owaspLlmTop10: readonly LlmTop10Id[];
  /** OWASP LLM Top 10 (2026) items the section answers. */
  readonly owaspLlmTop10_2026: readonly LlmTop10_2026Id[];
  /** Few-word labels of risks outside the threat list that the section addresses. */
  readonly namedRisks: readonly string[];
}

/** One of the four parts of the knowledge base, each with its own section page. */
export interface Part {
  readonly id: PartId;
  readonly number: string;
  readonly title: string;
  /** Threat group of the part (parts 2 to 4), whose controls apply to all its threats; derived from the threat group's `part`. */
  readonly threatGroup: ThreatGroupId | null;
  /** One sentence in our own words. */
  readonly summary: string;
  /** Short-link slug of the part page, where it has one of its own (parts 2 to 4 use their threat group's). */
  readonly slug?: string;
  /** Page name on the original site, for legacy deep links. */
  readonly legacyPage: string;
  /** Other names of the part that readers search for (its name before the original renamed it). */
  readonly alsoKnownAs?: readonly string[];
}

/** The introduction of parts 2 to 4: controls that apply to all threats of the part. */
export interface ThreatGroup {
  readonly id: ThreatGroupId;
  readonly part: PartId;
  readonly section: string;
  readonly name: string;
  readonly lifecycle: ThreatLifecycle;
  /** Controls that apply to every member threat. */
  readonly controls: readonly ControlId[];
  /** How threat sections refer to this group's controls, if they do. */
  readonly referencedAs: ControlRef | null;
  /** Member threats in document order; derived from the threats' `part`. */
  readonly threats: readonly ThreatId[];
  readonly slug: string;
  readonly aliases: readonly string[];
  readonly seedUrl: string;
  /** The anchor of the group's introduction on the original site today, where it changed since the seed. */
  readonly headAnchor?: string;
  readonly standards: readonly StandardRef[];
}

/** One impact code of the threat model legend. */
export interface ImpactLegendItem {
  readonly code: ImpactCode;
  readonly meaning: string;
}

/** One row of the AI security matrix. */
export interface MatrixRow {
  readonly row: number;
  readonly aiSpecific: boolean;
  readonly lifecycle: 'Runtime' | 'Development';
  readonly attackSurface: string;
  readonly attackSurfaceQualifier?: string;
  readonly threatLabel: string;
  readonly threatQualifier?: string;
  readonly asset: string;
  readonly impacted: readonly ('Confidentiality' | 'Integrity' | 'Availability')[];
  readonly unwantedResult: string;
  readonly threats: readonly ThreatId[];
}

/** An element of the architecture drawn in the threat model. */
export interface ArchitectureElement {
  readonly id: ArchitectureElementId;
  readonly label: string;
  readonly labelSuffix?: string;
  readonly labelByVariant?: Readonly<Partial<Record<DiagramVariantId, string>>>;
  readonly shape: 'data-store' | 'process' | 'text-callout';
  readonly zone: string;
  readonly inVariants: readonly DiagramVariantId[];
  readonly providerRiskLabels?: readonly string[];
}

/** A flow between two architecture elements. */
export interface ArchitectureFlow {
  readonly from: ArchitectureElementId;
  readonly to: ArchitectureElementId;
  readonly kind?: string;
  readonly variants?: readonly DiagramVariantId[];
}

/** The four variants of the threat model diagram. */
export type DiagramVariantId = 'threats' | 'general' | 'genai-trained' | 'genai-as-is';

/** A threat drawn as an arrow at an architecture element. */
export interface ThreatArrow {
  readonly id: string;
  readonly label: string;
  readonly sublabel?: string;
  readonly impactCode: ImpactCode | null;
  readonly element: ArchitectureElementId;
  readonly direction: 'in' | 'out';
  readonly zone: string;
  readonly threats?: readonly ThreatId[];
  readonly items?: readonly {
    readonly label: string;
    readonly impactCode: ImpactCode;
    readonly threats: readonly ThreatId[];
  }[];
  readonly exampleLabels?: readonly string[];
  readonly providerResponsibility?: boolean;
}

/** A box of control groups placed where the groups act. */
export interface ControlBox {
  readonly id: string;
  readonly label: string;
  readonly groups: readonly ControlGroupId[];
  readonly controlsHint?: readonly ControlId[];
  readonly impactCodes?: readonly ImpactCode[];
  readonly zone: string;
  readonly near: ArchitectureElementId | null;
  readonly position: string;
}

/** One variant of the threat model diagram. */
export interface DiagramVariant {
  readonly id: DiagramVariantId;
  readonly title: string;
  readonly when?: Readonly<Partial<Record<ConditionKey, boolean>>>;
  readonly modelLabel: string;
  readonly zoneSplit: boolean;
  readonly zoneTitles: readonly string[];
  readonly impactLegendCodes: readonly ImpactCode[];
  readonly threatArrows: readonly ThreatArrow[];
  readonly threatsShown: readonly ThreatId[];
  readonly threatsNotShown: readonly ThreatId[];
  readonly controlBoxes: readonly ControlBox[];
  readonly controlGroupsShown: readonly ControlGroupId[];
  readonly providerResponsibilityLabels?: readonly string[];
  readonly providerResponsibleThreats?: readonly ThreatId[];
}

/** A row of the generative AI particularities table. */
export interface GenAiParticularity {
  readonly number: number;
  readonly label: string;
  /** How the risk compares with other AI. */
  readonly riskVsGeneralAi: string;
  readonly threats: readonly ThreatId[];
  readonly otherThreats: readonly string[];
  /** OWASP LLM Top 10 (2023) items, where a 2023 item covers the row. */
  readonly llmTop10: readonly LlmTop10Id[];
  /** OWASP LLM Top 10 (2026) items, as the original's table gives them today. */
  readonly llmTop10_2026: readonly LlmTop10_2026Id[];
  /** The nearest 2026 item where none covers the row (model inversion: sensitive information disclosure). */
  readonly closestLlmTop10_2026?: LlmTop10_2026Id;
  readonly relatedSection?: ControlSectionId;
  readonly relatedControls?: readonly ControlId[];
}

/** An item of the OWASP Top 10 for LLM applications, 2023 edition. */
export interface LlmTop10Item {
  readonly id: LlmTop10Id;
  readonly name: string;
}

/** An item of the OWASP Top 10 for LLM applications, 2026 edition, with the 2023 items it continues. */
export interface LlmTop10_2026Item {
  readonly id: LlmTop10_2026Id;
  /** Name as OWASP publishes it (src/catalog/frameworks/llm-top10-2026.ts). */
  readonly name: string;
  /** 2023 items whose topic this item continues. */
  readonly from2023: readonly LlmTop10Id[];
}

/** One guideline of the NCSC/CISA guidelines for secure AI system development, mapped to controls. */
export interface NcscGuideline {
  readonly title: string;
  /** Controls that implement the guideline. */
  readonly controls: readonly ControlId[];
  /** Controls that cover part of it. */
  readonly partialControls: readonly ControlId[];
  readonly note?: string;
  readonly seeGuideline?: string;
}

/** A phase of the NCSC/CISA guidelines. */
export interface NcscPhase {
  readonly number: number;
  readonly phase: string;
  readonly guidelines: readonly NcscGuideline[];
}

/** A step of the risk analysis. */
export interface RiskStep {
  readonly number: number;
  readonly label: string;
}

/** A condition a system owner answers during risk analysis. */
export interface RiskConditionKey {
  readonly key: ConditionKey;
  readonly label: string;
}

/** A decision rule of the risk analysis: when the conditions hold, include or ignore threats and controls. */
export interface RiskRule {
  readonly id: string;
  readonly step: number | null;
  /** Conditions that must all hold; empty means always. */
  readonly if: Readonly<Partial<Record<ConditionKey, boolean>>>;
  readonly includeThreatClasses?: readonly ThreatClassId[];
  readonly includeThreats?: readonly ThreatId[];
  readonly ignoreThreatClasses?: readonly ThreatClassId[];
  readonly ignoreThreats?: readonly ThreatId[];
  readonly keepThreats?: readonly ThreatId[];
  readonly keepControls?: readonly ControlId[];
  readonly ignoreControls?: readonly ControlId[];
  readonly alwaysIncludeSections?: readonly ControlSectionId[];
  readonly treatAs?: Readonly<Record<string, string>>;
  readonly diagramVariant?: DiagramVariantId;
  readonly providerResponsibleThreats?: readonly ThreatId[];
  /** Few-word labels of what the rule decides, for display. */
  readonly labels: readonly string[];
}

/** An outside framework the catalog references. */
export interface Framework {
  readonly id: FrameworkId;
  /** Who publishes it. */
  readonly publisher: string;
  /** Link to the framework itself. */
  readonly url?: string;
  /** The edition the references use, where the catalog pins one. */
  readonly version?: string;
  /** Other editions of the same list that have crosswalks of their own (the 2023 and 2026 OWASP LLM Top 10). */
  readonly otherEditions?: readonly FrameworkId[];
  /** True for an edition that a newer one replaced; its crosswalk stays because its URLs were published. */
  readonly superseded?: boolean;
}

/** The whole catalog as one value, so validation and renderers can run on small fixture catalogs too. */
export interface Catalog {
  readonly threatIds: readonly string[];
  readonly controlIds: readonly string[];
  readonly threats: readonly Threat[];
  readonly controls: readonly Control[];
  readonly controlGroups: readonly ControlGroup[];
  /** Today's control groups of the overview, in four categories. */
  readonly essentialGroups: readonly EssentialGroup[];
  readonly controlSections: readonly ControlSection[];
  readonly threatGroups: readonly ThreatGroup[];
  readonly parts: readonly Part[];
  readonly frameworks: readonly Framework[];
  /** The pages that are not entries or parts (src/catalog/pages.ts), resolved. */
  readonly pages: readonly SitePage[];
  readonly retired: readonly RetiredEntry[];
}

/** A themed list of outside sources. */
export interface ReferenceGroup {
  readonly id: string;
  readonly title: string;
  readonly items: readonly { readonly title: string; readonly url: string }[];
}

/** A removed or merged entry whose published URLs must keep working. */
export interface RetiredEntry {
  readonly kind: 'threat' | 'control';
  /** The old id; never reused. */
  readonly id: string;
  readonly name: string;
  /** The old slug and aliases; their pages and short links stay alive. */
  readonly slug: string;
  readonly aliases: readonly string[];
  /**
   * `merged`: its content now lives in `mergedInto`. `removed`: the original dropped it; `mergedInto`
   * names the closest live entry, and `reason` says why that one.
   */
  readonly how: 'merged' | 'removed';
  /** The entry that now holds its content, or the closest successor of a removed one. */
  readonly mergedInto: ThreatId | ControlId;
  /** One sentence in our own words: what happened and why the successor is the place to go. */
  readonly reason: string;
  /** When it was retired (ISO date). */
  readonly retiredOn: string;
  /** Where it lived on the original site, so its old deep links keep forwarding. */
  readonly legacy: Legacy;
}

/** A short-link slug of a registered page, with the section of the page it lands on. */
export interface PageSlug {
  readonly slug: string;
  /** Element id on the page; null for the record's own path. */
  readonly anchor: string | null;
}

/** Where the original site keeps a subject that a registered page (or section) now holds. */
export interface OriginalSubject {
  /** The main heading the original gives it. */
  readonly name: string;
  /** The original's page, e.g. `5_testing` or `ai_security_overview`. */
  readonly page: string;
  /** The heading anchor on that page; null (or left out) for a whole page. */
  readonly anchor?: string | null;
  /**
   * `own`: our page carries every anchor of `anchors`, so old deep links land on the same heading (and
   * search files the page as a subject). `shared`: old anchors land on the record's `path`.
   */
  readonly home: 'own' | 'shared';
  /** Heading anchors of the original's page or section today. */
  readonly anchors: readonly string[];
}

/**
 * A registered page or section as src/catalog/pages.ts states it. Only `id`, `title` and `path` are
 * required: a page of our own needs nothing else; the original's subjects add `original`.
 */
export interface SitePageRecord {
  /** Unique id; for the original's subjects, its id in the facts (`ai-security-testing`). */
  readonly id: string;
  /** Our title: the sidebar label, link text and the title short links report. */
  readonly title: string;
  /** The page (`/testing/`, content file `content/testing.mdx`) or a section of one (`/overview/about/#ai-exchange-roadmap`). */
  readonly path: string;
  /** Where the sidebar lists it: in the overview group, or as a numbered part after the four parts. Left out: not listed. */
  readonly sidebar?:
    { readonly group: 'overview' } | { readonly group: 'part'; readonly number: string };
  /** Short-link slugs: a plain slug leads to `path`, `{ slug, anchor }` to a section of the page. */
  readonly slugs?: readonly (string | PageSlug)[];
  /** Anchors of the original's overview page (`/docs/ai_security_overview/`, seed era or today) that lead to `path`. */
  readonly legacyAnchors?: readonly string[];
  /** Where the original keeps the subject this record holds; left out for pages of our own. */
  readonly original?: OriginalSubject;
}

/** A registered page, resolved: lists present, slugs in one form. */
export interface SitePage {
  readonly id: string;
  readonly title: string;
  readonly path: string;
  readonly sidebar: SitePageRecord['sidebar'] | null;
  readonly slugs: readonly PageSlug[];
  readonly legacyAnchors: readonly string[];
  readonly original: (OriginalSubject & { readonly anchor: string | null }) | null;
}

/*
 * Source records: what the files under src/catalog state. Each relation is stored on one side only and
 * its mirror is derived when the catalog is assembled (`assemble.ts`); empty lists and a slug equal to
 * the lower-case id may be left out. Consumers read the resolved types above, never these.
 */

/** Makes the listed keys optional: a record may leave out a list when it is empty, or a value that has a default. */
type Optional<T, K extends keyof T> = Omit<T, K> & { readonly [P in K]?: T[P] };

/** Fields of every entry that a record may leave out: empty lists, and `slug` when it is the lower-case id. */
type EntryDefaults = 'slug' | 'aliases' | 'owaspLlmTop10' | 'standards';

/**
 * A threat as `threats.ts` states it. The threat is the home of the threat ↔ control relation
 * (`controls`, `mentionedControls`, `controlRefs`), of the parent relation (`parent`; `children` is
 * derived) and of its threat group (through `part`).
 */
export type ThreatRecord = Optional<
  Omit<Threat, 'children'>,
  | EntryDefaults
  | 'attackSurfaces'
  | 'assets'
  | 'impact'
  | 'impactCodes'
  | 'controls'
  | 'controlRefs'
  | 'mentionedControls'
  | 'relatedThreats'
  | 'unnamedMeasures'
>;

/** Fields of a control record shared by general and specific controls. */
type ControlRecordBase = Optional<
  Omit<Control, 'threats' | 'group' | 'groups' | 'general'>,
  EntryDefaults | 'relatedControls' | 'otherThreats' | 'readMore'
> & {
  /**
   * The group the control is filed under, only when it sits in more than one group and that is not the
   * first group that lists it. Membership itself lives in the groups' `controls` in `groups.ts`.
   */
  readonly primaryGroup?: ControlGroupId;
};

/**
 * A control as `controls.ts` states it. A specific control's threats are derived from the threats that
 * name it. A general control applies to every threat; the threats its own section singles it out for
 * are a statement of the control, not of the threats, so they live here (`singledOutFor`), in the order
 * the control's section names them, and nothing else states them.
 */
export type ControlRecord = ControlRecordBase &
  (
    | {
        readonly general: true;
        /** Threats the general control is singled out for. */ readonly singledOutFor?: readonly ThreatId[];
      }
    | { readonly general: false; readonly singledOutFor?: never }
  );

/** A threat group as `groups.ts` states it: its member threats come from the threats' `part`. */
export type ThreatGroupRecord = Optional<
  Omit<ThreatGroup, 'threats'>,
  'controls' | 'aliases' | 'standards'
>;

/** A part as `groups.ts` states it: its threat group comes from the threat group's `part`. */
export type PartRecord = Omit<Part, 'threatGroup'>;

/** A section of part 1 as `groups.ts` states it: its members come from the controls' `section`. */
export type ControlSectionRecord = Optional<
  Omit<ControlSection, 'controls'>,
  'aliases' | 'owaspLlmTop10' | 'owaspLlmTop10_2026' | 'namedRisks'
>;

/** Everything the catalog is assembled from. */
export interface CatalogSource {
  readonly threatIds: readonly string[];
  readonly controlIds: readonly string[];
  readonly threats: readonly ThreatRecord[];
  readonly controls: readonly ControlRecord[];
  /** The numbered control groups; their `controls` is the home of control group membership. */
  readonly controlGroups: readonly ControlGroup[];
  readonly essentialGroups: readonly EssentialGroup[];
  readonly controlSections: readonly ControlSectionRecord[];
  readonly threatGroups: readonly ThreatGroupRecord[];
  readonly parts: readonly PartRecord[];
  readonly frameworks: readonly Framework[];
  readonly pages: readonly SitePageRecord[];
  readonly retired: readonly RetiredEntry[];
}
