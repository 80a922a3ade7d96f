/**
 * Image URLs of the original site that other documents embed or link (the AI security matrix, the
 * threat model and its control variants, the navigator, the decision tree...). This site draws those
 * diagrams from the catalog instead of publishing pictures, so each old image URL forwards to the page
 * that shows the generated diagram.
 *
 * Decision: the forwarding is a host redirect only (`_redirects`, `firebase.json`). A static HTML page
 * cannot answer at a path ending in `.png` on every host (the host picks the content type from the
 * extension), and a page at `/images/<name>.png/` would not be what an old link asks for; so the build
 * writes no HTML for these paths and the permalink lock does not list them. An `<img>` that embeds the
 * old URL gets a redirect to an HTML page, which a browser does not render as an image; a reader who
 * opens the link lands on the diagram.
 */
import type { Redirect } from './redirect-plan.ts';

/** One image URL of the original site and the page of ours that shows its content. */
export interface OriginalImage {
  /** Path on the original site, e.g. `/images/threats.png`. */
  readonly path: string;
  /** Our page (with the anchor of the diagram's section). */
  readonly to: string;
  readonly title: string;
}

/** The original's image URLs named in the facts whose content a page of ours shows. */
export const originalImages: readonly OriginalImage[] = [
  // Both spellings: the original's file name has the typo, its text sometimes corrects it.
  {
    path: '/images/OwaspAIsecuritymatix.png',
    to: '/overview/threats/#ai-security-matrix',
    title: 'AI security matrix',
  },
  {
    path: '/images/OwaspAIsecuritymatrix.png',
    to: '/overview/threats/#ai-security-matrix',
    title: 'AI security matrix',
  },
  { path: '/images/threats.png', to: '/overview/threats/#threat-model', title: 'Threat model' },
  {
    path: '/images/threatscontrols.png',
    to: '/overview/controls/#threat-model-with-controls-general',
    title: 'Threat model with controls',
  },
  {
    path: '/images/threatscontrols-genainotready.png',
    to: '/overview/controls/#threat-model-with-controls-genai-trained-or-fine-tuned',
    title: 'Threat model with controls: GenAI trained or fine-tuned',
  },
  {
    path: '/images/threatscontrols-readymodel.png',
    to: '/overview/controls/#threat-model-with-controls-genai-used-as-is',
    title: 'Threat model with controls: ready-made model',
  },
  {
    path: '/images/threatscontrols-readymodel-hosted.png',
    to: '/overview/controls/#threat-model-with-controls-genai-used-as-is',
    title: 'Threat model with controls: ready-made model, hosted',
  },
  {
    path: '/images/threatscontrols-readymodel-selfhosted.png',
    to: '/overview/controls/#threat-model-with-controls-genai-used-as-is',
    title: 'Threat model with controls: ready-made model, self-hosted',
  },
  { path: '/images/owaspainavigator-thumb.png', to: '/overview/navigator/', title: 'Navigator' },
  { path: '/images/owaspainavigator.pdf', to: '/overview/navigator/', title: 'Navigator' },
  {
    path: '/images/threattree.png',
    to: '/overview/risk-analysis/',
    title: 'Risk analysis decision tree',
  },
  {
    path: '/images/tn_threattree.png',
    to: '/overview/risk-analysis/',
    title: 'Risk analysis decision tree',
  },
  {
    path: '/images/threatmodelonepager.png',
    to: '/overview/risk-analysis/',
    title: 'Threat model one-pager',
  },
  { path: '/images/owaspaioverviewv2.png', to: '/overview/', title: 'AI security overview' },
  { path: '/images/owaspaioverviewpdfv3.pdf', to: '/overview/', title: 'AI security overview' },
  { path: '/images/essentials6.png', to: '/overview/essentials/', title: 'Essentials' },
  {
    path: '/images/sevenlayers.jpeg',
    to: '/overview/prompt-injection-layers/',
    title: 'Layered defence against prompt injection',
  },
  {
    path: '/images/testtoolrating.png',
    to: '/testing/tools/#tool-ratings',
    title: 'AI security testing: tool ratings',
  },
  {
    path: '/images/testtoolstoattacks.png',
    to: '/testing/tools/#tool-ratings',
    title: 'AI security testing: tools and attacks',
  },
  {
    path: '/images/attackstotesttools.jpg',
    to: '/testing/tools/#tool-ratings',
    title: 'AI security testing: attacks and tools',
  },
  {
    path: '/images/inputblack3.png',
    to: '/threats/closedboxevasion/',
    title: 'Zero-knowledge evasion',
  },
  {
    path: '/images/inputwhite3.png',
    to: '/threats/openboxevasion/',
    title: 'Perfect-knowledge evasion',
  },
  {
    path: '/images/inversion3.png',
    to: '/threats/modelinversionandmembership/',
    title: 'Model inversion and membership inference',
  },
  {
    path: '/images/membership3.png',
    to: '/threats/modelinversionandmembership/',
    title: 'Model inversion and membership inference',
  },
  { path: '/images/theft3.png', to: '/threats/modeltheftuse/', title: 'Model exfiltration' },
  {
    path: '/images/poisonthreatmodel2.png',
    to: '/threats/modelpoison/',
    title: 'Broad model poisoning',
  },
];

/** The redirect rows of the original's image URLs (exact path, no trailing slash; case as published). */
export function imageRedirects(images: readonly OriginalImage[] = originalImages): Redirect[] {
  return images.map((i) => ({
    from: i.path,
    to: i.to,
    slug: i.path.slice(i.path.lastIndexOf('/') + 1),
    title: i.title,
  }));
}
