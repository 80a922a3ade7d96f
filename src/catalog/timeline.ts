/**
 * The register of time-sensitive facts: every dated legal or regulatory milestone the site states and
 * every edition of an outside standard the site relies on. Pages render these facts with
 * `<Dated id="…" />` (src/components/Dated.astro) and never type the date themselves, so one edit here
 * updates every page, and `catalog.json` publishes the register as `timeline`.
 *
 * Each fact carries the date someone last checked it against its source. The build fails when a review
 * is more than six months older than the build date (src/catalog/timeline-check.ts): laws get amended
 * and standards get new editions, and a stale date here is a wrong sentence on several pages.
 */

/** What kind of fact it is. */
export type TimelineKind =
  /** A date from which a legal duty or ban applies. */
  | 'applies'
  /** A step of a law-making procedure: proposal, agreement, adoption, signature. */
  | 'legislative-step'
  /** A court judgment. */
  | 'judgment'
  /** Guidance or an opinion of a regulator. */
  | 'guidance'
  /** The publication of an edition of a standard, framework or data set. */
  | 'edition';

/** A dated fact of the register. */
export interface TimelineFact {
  /** Stable id, lower-case words joined by hyphens; pages name it in `<Dated id="…" />`. */
  readonly id: string;
  /** The fact in one line, in our own words, without its date (pages put the date beside it). */
  readonly statement: string;
  /**
   * When it happened or applies: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where the source gives no day.
   * A future date is a date from which something will apply.
   */
  readonly date: string;
  /** The source: the official journal, the court, the publisher or the legislature where one exists. */
  readonly source: { readonly title: string; readonly url: string };
  /** The date (`YYYY-MM-DD`) the fact was last checked against its source. */
  readonly lastReviewed: string;
  /** The jurisdiction of a legal fact (`EU`, `US-CO`, `BR`…); absent for standards. */
  readonly jurisdiction?: string;
  /** What kind of fact it is. */
  readonly kind: TimelineKind;
  /** The law, procedure or standard the fact belongs to, for grouping (`EU AI Act`, `OWASP LLM Top 10`). */
  readonly topic: string;
}

const AI_ACT = {
  title: 'Regulation (EU) 2024/1689 (AI Act), EUR-Lex',
  url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
} as const;
const OMNIBUS = {
  title:
    'Digital Omnibus on AI, procedure 2025/0359(COD), European Parliament Legislative Observatory',
  url: 'https://oeil.secure.europarl.europa.eu/oeil/en/procedure-file?reference=2025/0359(COD)',
} as const;
const REVIEWED = '2026-12-06';

/** The register, grouped by topic and in date order within a topic. */
export const timeline = [
  // EU AI Act as adopted in 2024
  {
    id: 'eu-ai-act-in-force',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'legislative-step',
    date: '2024-08-01',
    statement: 'The EU AI Act, Regulation (EU) 2024/1689, entered into force.',
    source: AI_ACT,
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-ai-act-prohibitions',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'applies',
    date: '2025-02-02',
    statement: 'The prohibited practices of Article 5 and the AI literacy duty of Article 4 apply.',
    source: AI_ACT,
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-ai-act-gpai',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'applies',
    date: '2025-08-02',
    statement: 'Obligations of providers of general-purpose AI models apply (Chapter V).',
    source: AI_ACT,
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-ai-act-gpai-enforcement',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'applies',
    date: '2026-08-02',
    statement:
      'The Commission (AI Office) can enforce the general-purpose AI model obligations, including fines.',
    source: AI_ACT,
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-ai-act-transparency',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'applies',
    date: '2026-08-02',
    statement:
      'The transparency duties of Article 50 apply: telling people they deal with an AI system, marking synthetic content, labelling deepfakes.',
    source: AI_ACT,
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-gpai-code-of-practice',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'guidance',
    date: '2025-07-10',
    statement:
      'The Commission received the General-Purpose AI Code of Practice (transparency, copyright, safety and security), a voluntary way for model providers to show they meet Chapter V.',
    source: {
      title: 'European Commission, The General-Purpose AI Code of Practice',
      url: 'https://digital-strategy.ec.europa.eu/en/policies/contents-code-gpai',
    },
    lastReviewed: REVIEWED,
  },
  // The Digital Omnibus on AI
  {
    id: 'eu-ai-omnibus-proposal',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'legislative-step',
    date: '2025-11-19',
    statement:
      'The Commission proposed the Digital Omnibus on AI, COM(2025) 836, to amend the AI Act.',
    source: {
      title: 'COM(2025) 836, EUR-Lex',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025PC0836',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-ai-omnibus-agreement',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'legislative-step',
    date: '2026-05-07',
    statement:
      'Parliament and Council negotiators reached a provisional agreement on the Digital Omnibus on AI.',
    source: OMNIBUS,
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-ai-omnibus-parliament',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'legislative-step',
    date: '2026-06-16',
    statement: 'The European Parliament adopted the Digital Omnibus on AI.',
    source: OMNIBUS,
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-ai-omnibus-council',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'legislative-step',
    date: '2026-06-29',
    statement:
      'The Council adopted the Digital Omnibus on AI, the last vote of the procedure; the amending regulation enters into force on the third day after its publication in the Official Journal.',
    source: OMNIBUS,
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-ai-act-literacy-amended',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'legislative-step',
    date: '2026-06-29',
    statement:
      'As amended, Article 4 asks providers and deployers to take measures that support the AI literacy of their staff, no longer to ensure a sufficient level; the Commission had proposed moving the duty to the Commission and Member States.',
    source: OMNIBUS,
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-ai-content-marking-code',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'guidance',
    date: '2026-06-10',
    statement:
      'The Commission published the voluntary Code of Practice on marking and labelling AI-generated content: machine-readable marking and detection for providers, labels for deepfakes and public-interest text for deployers.',
    source: {
      title:
        'European Commission, Commission publishes Code of Practice on marking and labelling AI-generated content',
      url: 'https://digital-strategy.ec.europa.eu/en/news/commission-publishes-code-practice-marking-and-labelling-ai-generated-content',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-ai-act-art50-2-transition',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'applies',
    date: '2026-12-02',
    statement:
      'Generative systems placed on the market before 2 August 2026 must mark their output in a machine-readable way (Article 50(2)).',
    source: OMNIBUS,
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-ai-act-intimate-imagery-ban',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'applies',
    date: '2026-12-02',
    statement:
      'A new Article 5 ban applies to AI systems that generate child sexual abuse material or non-consensual intimate images.',
    source: OMNIBUS,
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-ai-act-annex-iii',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'applies',
    date: '2027-12-02',
    statement:
      'The high-risk requirements apply to the stand-alone systems of Annex III (employment, credit, education, biometrics, critical infrastructure and others).',
    source: OMNIBUS,
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-ai-act-gpai-legacy-models',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'applies',
    date: '2027-08-02',
    statement:
      'General-purpose AI models placed on the market before 2 August 2025 must meet the Chapter V obligations (Article 111(3)).',
    source: AI_ACT,
    lastReviewed: REVIEWED,
  },
  {
    id: 'eu-ai-act-annex-i',
    topic: 'EU AI Act',
    jurisdiction: 'EU',
    kind: 'applies',
    date: '2028-08-02',
    statement:
      'The high-risk requirements apply to AI in products regulated under Annex I (medical devices, machinery, toys and others).',
    source: OMNIBUS,
    lastReviewed: REVIEWED,
  },
  // Other EU law
  {
    id: 'nis2-application',
    topic: 'NIS2',
    jurisdiction: 'EU',
    kind: 'applies',
    date: '2024-10-18',
    statement:
      'NIS2 applies: an essential or important entity sends an early warning within 24 hours of becoming aware of a significant incident, a notification within 72 hours and a final report within one month (Article 23).',
    source: {
      title: 'Directive (EU) 2022/2555 (NIS2), EUR-Lex',
      url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'dora-application',
    topic: 'DORA',
    jurisdiction: 'EU',
    kind: 'applies',
    date: '2025-01-17',
    statement:
      'DORA applies to financial entities: ICT risk management, reporting of major ICT-related incidents to their supervisor, and rules on ICT third-party providers.',
    source: {
      title: 'Regulation (EU) 2022/2554 (DORA), EUR-Lex',
      url: 'https://eur-lex.europa.eu/eli/reg/2022/2554/oj',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'cra-reporting',
    topic: 'Cyber Resilience Act',
    jurisdiction: 'EU',
    kind: 'applies',
    date: '2026-09-11',
    statement:
      'Manufacturers must report actively exploited vulnerabilities and severe incidents in products with digital elements (Article 14).',
    source: {
      title: 'Regulation (EU) 2024/2847 (Cyber Resilience Act), EUR-Lex',
      url: 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'pld-application',
    topic: 'Product Liability Directive',
    jurisdiction: 'EU',
    kind: 'applies',
    date: '2026-12-09',
    statement:
      'The revised Product Liability Directive, which counts software and AI systems as products, applies to products placed on the market from this date.',
    source: {
      title: 'Directive (EU) 2024/2853, EUR-Lex',
      url: 'https://eur-lex.europa.eu/eli/dir/2024/2853/oj',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'cjeu-edps-v-srb',
    topic: 'GDPR',
    jurisdiction: 'EU',
    kind: 'judgment',
    date: '2025-09-04',
    statement:
      'The Court of Justice held that pseudonymised data are not personal data for a recipient who has no reasonable means of re-identifying the people behind them (C-413/23 P, EDPS v SRB); whether a recipient has such means is decided case by case.',
    source: {
      title: 'Court of Justice of the EU, case C-413/23 P',
      url: 'https://curia.europa.eu/juris/liste.jsf?num=C-413/23&language=EN',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'edpb-opinion-28-2024',
    topic: 'GDPR',
    jurisdiction: 'EU',
    kind: 'guidance',
    date: '2024-12-17',
    statement:
      "The EDPB's Opinion 28/2024 says whether a model trained on personal data is anonymous must be assessed case by case, by how likely it is that personal data can be extracted from it.",
    source: {
      title:
        'EDPB, Opinion 28/2024 on certain data protection aspects related to the processing of personal data in the context of AI models',
      url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/opinion-board-art-64/opinion-282024-certain-data-protection-aspects_en',
    },
    lastReviewed: REVIEWED,
  },
  // Other jurisdictions
  {
    id: 'california-sb53',
    topic: 'US federal and state AI laws',
    jurisdiction: 'US-CA',
    kind: 'applies',
    date: '2026-01-01',
    statement:
      "California's Transparency in Frontier Artificial Intelligence Act (SB 53, signed 29 September 2025) applies to developers of the largest frontier models: published safety frameworks and reports of critical safety incidents.",
    source: {
      title: 'California Legislative Information, SB 53 (2025-2026)',
      url: 'https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202520260SB53',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'texas-traiga',
    topic: 'US federal and state AI laws',
    jurisdiction: 'US-TX',
    kind: 'applies',
    date: '2026-01-01',
    statement:
      'The Texas Responsible Artificial Intelligence Governance Act (HB 149) applies: bans on some harmful uses, duties for state agencies and a regulatory sandbox, enforced by the Attorney General.',
    source: {
      title: 'Texas Legislature Online, HB 149 (89th Legislature)',
      url: 'https://capitol.texas.gov/BillLookup/History.aspx?LegSess=89R&Bill=HB149',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'us-eo-state-ai-laws',
    topic: 'US federal and state AI laws',
    jurisdiction: 'US',
    kind: 'legislative-step',
    date: '2025-12-11',
    statement:
      'US Executive Order 14365 (Ensuring a National Policy Framework for Artificial Intelligence) set up a Justice Department task force to challenge state AI laws, for example as burdens on interstate commerce; it does not itself repeal any state law.',
    source: {
      title: 'Executive Order 14365, Federal Register, 16 December 2025',
      url: 'https://www.govinfo.gov/content/pkg/FR-2025-12-16/html/2025-23092.htm',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'colorado-sb26-189-signed',
    topic: 'Colorado SB 26-189',
    jurisdiction: 'US-CO',
    kind: 'legislative-step',
    date: '2026-05-14',
    statement:
      "Colorado's SB 26-189 was signed: it repeals the 2024 Colorado AI Act (SB 24-205) and replaces it with narrower rules for automated decision-making technology in consequential decisions.",
    source: {
      title: 'Colorado General Assembly, SB26-189',
      url: 'https://leg.colorado.gov/bills/sb26-189',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'colorado-sb26-189-effective',
    topic: 'Colorado SB 26-189',
    jurisdiction: 'US-CO',
    kind: 'applies',
    date: '2027-01-01',
    statement:
      "Colorado's rules for automated decision-making technology take effect: documentation from developers, notice and explanation by deployers, human review on request.",
    source: {
      title: 'Colorado Attorney General, Artificial intelligence',
      url: 'https://coag.gov/resources/ai/',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'brazil-pl-2338-senate',
    topic: 'Brazil PL 2338/2023',
    jurisdiction: 'BR',
    kind: 'legislative-step',
    date: '2024-12-10',
    statement:
      "Brazil's Senate passed the AI bill PL 2338/2023 and sent it to the Chamber of Deputies.",
    source: {
      title: 'Senado Federal, PL 2338/2023',
      url: 'https://www25.senado.leg.br/web/atividade/materias/-/materia/157233',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'brazil-pl-2338-chamber',
    topic: 'Brazil PL 2338/2023',
    jurisdiction: 'BR',
    kind: 'legislative-step',
    date: '2026-05-27',
    statement:
      'The Chamber of Deputies scheduled its plenary vote on PL 2338/2023 for this date and then postponed it; at our last review the Chamber had not passed the bill, so Brazil has no AI law in force.',
    source: {
      title: 'Senado Federal, PL 2338/2023',
      url: 'https://www25.senado.leg.br/web/atividade/materias/-/materia/157233',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'korea-ai-basic-act',
    topic: 'South Korea AI Basic Act',
    jurisdiction: 'KR',
    kind: 'applies',
    date: '2026-01-22',
    statement: "South Korea's AI Basic Act applies, with duties for high-impact and generative AI.",
    source: {
      title: 'Ministry of Science and ICT, passage of the AI Basic Act',
      url: 'https://www.msit.go.kr/eng/bbs/view.do?sCode=eng&mId=4&mPid=2&pageIndex=&bbsSeqNo=42&nttSeqNo=1071&searchOpt=ALL&searchTxt=',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'china-ai-content-labelling',
    topic: 'China AI content labelling',
    jurisdiction: 'CN',
    kind: 'applies',
    date: '2025-09-01',
    statement:
      "China's measures for labelling AI-generated and synthetic content apply: visible labels and labels embedded in the file.",
    source: {
      title:
        'SESEC, China issued measures and a mandatory standard for labelling AI-generated content',
      url: 'https://sesec.eu/2025/news-events/news/china-issued-new-mandatory-national-standard-and-measures-for-the-labeling-of-content-generated-by-artificial-intelligence',
    },
    lastReviewed: REVIEWED,
  },
  // Editions of the standards the site maps to
  {
    id: 'owasp-llm-top10-2025',
    topic: 'OWASP Top 10 for LLM Applications',
    kind: 'edition',
    date: '2024-11-18',
    statement: 'OWASP published the 2025 edition of the Top 10 for LLM Applications.',
    source: {
      title: 'OWASP GenAI Security Project, LLM Top 10',
      url: 'https://genai.owasp.org/llm-top-10/',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'owasp-llm-top10-2026',
    topic: 'OWASP Top 10 for LLM Applications',
    kind: 'edition',
    date: '2026-08-04',
    statement:
      'OWASP published the 2026 edition of the Top 10 for LLM Applications, the current one.',
    source: {
      title: 'OWASP GenAI Security Project, Top 10 for LLM Applications 2026',
      url: 'https://genai.owasp.org/resource/owasp-genai-llm-top-10-2026/',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'owasp-agentic-top10-2026',
    topic: 'OWASP Top 10 for Agentic Applications',
    kind: 'edition',
    date: '2025-12-09',
    statement: 'OWASP published the Top 10 for Agentic Applications for 2026 (ASI01 to ASI10).',
    source: {
      title: 'OWASP GenAI Security Project, Top 10 for Agentic Applications for 2026',
      url: 'https://genai.owasp.org/resource/owasp-top-10-for-agentic-applications-for-2026/',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'mitre-atlas-5-6',
    topic: 'MITRE ATLAS',
    kind: 'edition',
    date: '2026-05-05',
    statement:
      "MITRE released ATLAS 5.6 (atlas-data v5.6.1), the edition the site's ATLAS ids and names follow.",
    source: {
      title: 'mitre-atlas/atlas-data, release v5.6.1',
      url: 'https://github.com/mitre-atlas/atlas-data/releases/tag/v5.6.1',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'owasp-aisvs-1-0',
    topic: 'OWASP AISVS',
    kind: 'edition',
    date: '2026',
    statement: 'OWASP released version 1.0 of the AI Security Verification Standard (AISVS).',
    source: { title: 'OWASP/AISVS, 1.0', url: 'https://github.com/OWASP/AISVS/tree/main/1.0/en' },
    lastReviewed: REVIEWED,
  },
  {
    id: 'nist-ai-100-2-e2025',
    topic: 'NIST AI 100-2',
    kind: 'edition',
    date: '2025-03-24',
    statement:
      'NIST published AI 100-2 E2025, its taxonomy of adversarial machine learning attacks and mitigations.',
    source: {
      title: 'NIST AI 100-2 E2025',
      url: 'https://csrc.nist.gov/pubs/ai/100/2/e2025/final',
    },
    lastReviewed: REVIEWED,
  },
  {
    id: 'iso-iec-42001-2023',
    topic: 'ISO/IEC 42001',
    kind: 'edition',
    date: '2023-12',
    statement: 'ISO and IEC published ISO/IEC 42001:2023, the management system standard for AI.',
    source: { title: 'ISO/IEC 42001:2023, ISO', url: 'https://www.iso.org/standard/81230.html' },
    lastReviewed: REVIEWED,
  },
  {
    id: 'iso-iec-27090-fdis',
    topic: 'ISO/IEC 27090',
    kind: 'edition',
    date: '2026-03-12',
    statement:
      'ISO/IEC 27090, guidance on security threats to AI systems, was registered as a final draft (FDIS) for formal approval; check the ISO catalogue for its publication.',
    source: {
      title: 'ISO/IEC 27090, ISO catalogue',
      url: 'https://www.iso.org/standard/56581.html',
    },
    lastReviewed: REVIEWED,
  },
] as const satisfies readonly TimelineFact[];

/** The id of a fact of the register. */
export type TimelineId = (typeof timeline)[number]['id'];
