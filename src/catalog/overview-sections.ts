/**
 * Named sections of the overview that other documents link to. Each keeps the short-link slugs the
 * original site published for it and the anchors it had on the original overview page, so both kinds
 * of old link still land on the right page. Pages this site added carry slugs of our own.
 */
import type { OverviewSection } from './types.ts';

/** Overview sections with their pages, short-link slugs and legacy anchors. */
export const overviewSections = [
  {
    id: 'summary',
    title: 'Summary: how to address AI security',
    path: '/overview/',
    slugs: ['summary', 'organize', 'organise', 'toc'],
    legacyAnchors: ['summary---how-to-address-ai-security', 'how-to-organize-ai-security', 'table-of-contents', 'introduction', 'high-level-view'],
  },
  {
    id: 'threats-overview',
    title: 'Threats overview',
    path: '/overview/threats/',
    slugs: ['threatsoverview', 'aisecuritymatrix'],
    legacyAnchors: ['threats-overview', 'threat-model', 'ai-security-matrix'],
  },
  {
    id: 'controls-overview',
    title: 'Controls overview',
    path: '/overview/controls/',
    slugs: ['controlsoverview', 'readymademodel'],
    legacyAnchors: [
      'controls-overview',
      'threat-model-with-controls---general',
      'threat-model-with-controls---genai-trainedfinetuned',
      'threat-model-with-controls---genai-as-is',
      'threat-map-with-controls---ready-made-model',
    ],
  },
  {
    id: 'periodic-table',
    title: 'Periodic table',
    path: '/overview/periodic-table/',
    slugs: ['periodictable'],
    legacyAnchors: [],
  },
  {
    id: 'navigator',
    title: 'Navigator',
    path: '/overview/navigator/',
    slugs: ['navigator'],
    legacyAnchors: ['navigator-diagram'],
  },
  {
    id: 'about',
    title: 'About this knowledge base',
    path: '/overview/about/',
    slugs: ['about', 'document'],
    legacyAnchors: ['about-this-document', 'sources', 'how-we-organized-threats-and-controls', 'about-the-ai-exchange', 'how-to-use-this-document'],
  },
  {
    id: 'risk-analysis',
    title: 'Risk analysis',
    path: '/overview/risk-analysis/',
    slugs: ['riskanalysis', 'threattree'],
    legacyAnchors: ['how-to-select-relevant-threats-and-controls-risk-analysis', '1-identifying-risks---decision-tree-to-threat-model'],
  },
  {
    // The original's `threatmodel` short link leads to its decision tree; here that tree is the builder.
    id: 'assess',
    title: 'Threat-model builder',
    path: '/overview/assess/',
    slugs: ['assess', 'threatmodel'],
    legacyAnchors: [],
  },
  {
    id: 'how-about',
    title: 'How about ...',
    path: '/overview/how-about/',
    slugs: ['responsibleai'],
    legacyAnchors: ['how-about-', 'how-about-ai-outside-of-machine-learning', 'how-about-responsible-or-trustworthy-ai', 'how-about-privacy'],
  },
  {
    id: 'generative-ai',
    title: 'Generative AI',
    path: '/overview/generative-ai/',
    slugs: ['genai'],
    legacyAnchors: ['how-about-generative-ai-eg-llm'],
  },
  {
    id: 'ncsc-cisa',
    title: 'NCSC/CISA guidelines',
    path: '/overview/ncsc-cisa/',
    slugs: ['jointguidelines'],
    legacyAnchors: ['how-about-the-ncsccisa-guidelines'],
  },
  {
    id: 'references',
    title: 'References',
    path: '/overview/references/',
    slugs: ['references'],
    legacyAnchors: ['references'],
  },
  {
    id: 'contribute',
    title: 'Contribute',
    path: '/contribute/',
    slugs: ['contribute'],
    legacyAnchors: [],
  },
  {
    id: 'data',
    title: 'Data and reuse',
    path: '/data/',
    slugs: ['data'],
    legacyAnchors: [],
  },
  {
    id: 'assistants',
    title: 'Use it from an AI assistant',
    path: '/assistants/',
    slugs: ['assistants', 'mcp'],
    legacyAnchors: [],
  },
] as const satisfies readonly OverviewSection[];
