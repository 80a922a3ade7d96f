/**
 * Colours and type of the diagrams, as CSS inside each SVG. Colours are custom properties with a light
 * and a dark value: on the site the dark values follow Starlight's theme switch
 * (`:root[data-theme='dark']`); a downloaded file follows the reader's system setting, because only
 * there is the SVG itself the document root (`:root.dg`). Every rule is scoped to `.dg`, so the CSS of
 * an inline diagram cannot restyle the page around it.
 */

import { IMPACT_CODES } from '../catalog/ids.ts';

/** A colour for the light and the dark theme. */
interface Pair {
  readonly light: string;
  readonly dark: string;
}

/** Named colours. Text colours reach WCAG AA contrast on the fills they are used with. */
const palette: Readonly<Record<string, Pair>> = {
  ink: { light: '#1b1d23', dark: '#eceef2' },
  muted: { light: '#4a4f59', dark: '#c3c7cf' },
  bg: { light: '#ffffff', dark: '#17181c' },
  line: { light: '#5f6570', dark: '#a3a9b4' },
  el: { light: '#ffffff', dark: '#23262d' },
  'el-stroke': { light: '#2f3540', dark: '#b8c0cc' },
  'zone-dev': { light: '#eef3fb', dark: '#1b2431' },
  'zone-run': { light: '#f2f7ee', dark: '#1c271d' },
  'zone-stroke': { light: '#8ea5c8', dark: '#4b6183' },
  threat: { light: '#fdeeed', dark: '#3b2023' },
  'threat-stroke': { light: '#b42318', dark: '#f2857c' },
  control: { light: '#e6f4ea', dark: '#15321f' },
  'control-stroke': { light: '#1e7a43', dark: '#62c98f' },
  provider: { light: '#fff5dc', dark: '#372c10' },
  'provider-stroke': { light: '#9a6300', dark: '#e2ad45' },
  band: { light: '#eceff3', dark: '#2a2e36' },
  'badge-ink': { light: '#ffffff', dark: '#111318' },
  'impact-T': { light: '#6b3fa0', dark: '#c8a8ef' },
  'impact-B': { light: '#b42318', dark: '#f49a93' },
  'impact-P': { light: '#1d5fa8', dark: '#93bbf0' },
  // E and I keep the colours of the letters they replace (A for availability, L for input), so a colour
  // keeps its meaning across the legend change; A (augmentation data confidentiality) is new.
  'impact-E': { light: '#805300', dark: '#e6b95f' },
  'impact-I': { light: '#0b6b66', dark: '#72d3cc' },
  'impact-A': { light: '#9b2c6a', dark: '#f29bcb' },
};

/** Fill and border of the control-group tiles, by group position; more groups cycle. */
const groupColours: readonly (readonly [Pair, Pair])[] = [
  [
    { light: '#efe8f8', dark: '#2d2240' },
    { light: '#6b4fa0', dark: '#b9a1e6' },
  ],
  [
    { light: '#e3effb', dark: '#1a2b42' },
    { light: '#2c62a0', dark: '#8cb6ea' },
  ],
  [
    { light: '#dbeaf6', dark: '#173049' },
    { light: '#245a8a', dark: '#7fb2e0' },
  ],
  [
    { light: '#dff4f6', dark: '#123337' },
    { light: '#1b6f78', dark: '#73ccd6' },
  ],
  [
    { light: '#e5f4e7', dark: '#17321c' },
    { light: '#2a7a38', dark: '#7acb88' },
  ],
  [
    { light: '#fff6dc', dark: '#382d10' },
    { light: '#8a6400', dark: '#dfb54e' },
  ],
  [
    { light: '#ffeedd', dark: '#3a2612' },
    { light: '#9a5514', dark: '#e9a463' },
  ],
  [
    { light: '#fbe6ee', dark: '#3b1c28' },
    { light: '#a3345f', dark: '#ee94b6' },
  ],
  [
    { light: '#f2e6f5', dark: '#341f3a' },
    { light: '#86408f', dark: '#d99be2' },
  ],
];

/** Number of distinct group colours before they repeat. */
export const GROUP_COLOURS = groupColours.length;

/** Font stack: DejaVu Sans first because label widths are measured with it (see text.ts). */
export const FONT_FAMILY = "'DejaVu Sans', Verdana, system-ui, sans-serif";

function declarations(theme: 'light' | 'dark'): string {
  const vars = Object.entries(palette).map(([name, pair]) => `--dg-${name}:${pair[theme]};`);
  groupColours.forEach(([fill, stroke], i) =>
    vars.push(`--dg-g${i}:${fill[theme]};--dg-g${i}-stroke:${stroke[theme]};`),
  );
  return vars.join('');
}

const rules = [
  `.dg{${declarations('light')}font-family:${FONT_FAMILY};background:var(--dg-bg);color:var(--dg-ink)}`,
  `:root[data-theme='dark'] .dg{${declarations('dark')}}`,
  `@media (prefers-color-scheme: dark){:root.dg{${declarations('dark')}}}`,
  '.dg text{fill:var(--dg-ink)}',
  '.dg .dg-muted{fill:var(--dg-muted)}',
  '.dg .dg-bold{font-weight:700}',
  '.dg .dg-bg{fill:var(--dg-bg)}',
  '.dg .dg-zone-dev{fill:var(--dg-zone-dev);stroke:var(--dg-zone-stroke)}',
  '.dg .dg-zone-run{fill:var(--dg-zone-run);stroke:var(--dg-zone-stroke)}',
  '.dg .dg-el rect{fill:var(--dg-el);stroke:var(--dg-el-stroke);stroke-width:1.5}',
  '.dg .dg-threat rect{fill:var(--dg-threat);stroke:var(--dg-threat-stroke)}',
  '.dg .dg-control rect{fill:var(--dg-control);stroke:var(--dg-control-stroke);stroke-dasharray:5 3}',
  '.dg .dg-provider rect{fill:var(--dg-provider);stroke:var(--dg-provider-stroke)}',
  '.dg .dg-band rect{fill:var(--dg-band);stroke:none}',
  '.dg .dg-cell rect{fill:var(--dg-el);stroke:var(--dg-band)}',
  '.dg .dg-plain rect{fill:none;stroke:none}',
  '.dg .dg-flow{stroke:var(--dg-el-stroke);stroke-width:2;fill:none}',
  '.dg .dg-arrow{stroke:var(--dg-threat-stroke);stroke-width:1.5;fill:none}',
  '.dg .dg-edge{stroke:var(--dg-line);stroke-width:1;fill:none;opacity:.45}',
  '.dg .dg-head{fill:var(--dg-line)}',
  '.dg .dg-head-threat{fill:var(--dg-threat-stroke)}',
  '.dg .dg-badge text{fill:var(--dg-badge-ink);font-weight:700}',
  '.dg .dg-impact-node text{fill:var(--dg-badge-ink)}',
  ...IMPACT_CODES.map((c) => `.dg .dg-impact-${c} rect{fill:var(--dg-impact-${c});stroke:none}`),
  ...groupColours.map(
    (_, i) => `.dg .dg-g${i} rect{fill:var(--dg-g${i});stroke:var(--dg-g${i}-stroke)}`,
  ),
  '.dg a text{text-decoration:underline;text-decoration-thickness:1px}',
  '.dg a .dg-muted,.dg .dg-badge text{text-decoration:none}',
  '.dg a:hover rect,.dg a:focus-visible rect{stroke-width:3}',
  '.dg a:focus-visible{outline:3px solid var(--dg-ink);outline-offset:2px}',
];

/** The stylesheet embedded in every diagram. */
export const diagramCss: string = rules.join('');
