/**
 * The data files the site publishes, in one table: their paths, media types, what they hold and how
 * each is rendered. The endpoints in src/pages, the manifest, the "Data and reuse" page and the link
 * check all read this table, so a file cannot be published without being listed and documented.
 */
import { catalogCrosswalks } from '../catalog/crosswalk.ts';
import { frameworkSnapshots } from '../catalog/frameworks/index.ts';
import { timeline } from '../catalog/timeline.ts';
import { lookup } from '../catalog/lookup.ts';
import { currentReleaseState } from './release-state.ts';
import { siteWithBase } from './base-path.ts';
import { BUILD_DATE } from './build-info.ts';
import { catalogJson, catalogSchemaJson } from '../exports/catalog-document.ts';
import type { ExportContext } from '../exports/context.ts';
import { controlsCsv } from '../exports/controls-csv.ts';
import { manifestJson, type RenderedFile } from '../exports/manifest.ts';
import { openCreCsv } from '../exports/opencre-csv.ts';
import {
  crosswalkDataPath,
  crosswalkJson,
  crosswalkSchemaJson,
  CROSSWALK_SCHEMA_PATH,
} from '../exports/standards-json.ts';
import { threatsCsv } from '../exports/threats-csv.ts';

/** A published data file. */
export interface DataFile {
  /** Site path; permanent once published. */
  readonly path: string;
  /** Media type it is served as. */
  readonly mediaType: string;
  /** What it holds, in one sentence. */
  readonly description: string;
  /** Renders its exact content for a build. */
  readonly render: (context: ExportContext) => string;
}

const JSON_TYPE = 'application/json';

/** Position of a framework among the snapshots (current editions first), for a stable file order. */
function order(framework: string): number {
  return frameworkSnapshots.findIndex((s) => s.framework === framework);
}
const CSV_TYPE = 'text/csv; charset=utf-8; header=present';

/** The data files, in the order the manifest and the documentation list them. */
export const DATA_FILES: readonly DataFile[] = [
  {
    path: '/catalog.json',
    mediaType: JSON_TYPE,
    description:
      'Every threat, control, group, relation and standards mapping, with slugs, aliases, page URLs and short links.',
    render: (context) => catalogJson({ lookup, crosswalks: catalogCrosswalks, timeline }, context),
  },
  {
    path: '/catalog.schema.json',
    mediaType: 'application/schema+json',
    description: 'The JSON Schema (draft 2020-12) that catalog.json validates against.',
    render: (context) => catalogSchemaJson(context),
  },
  {
    path: '/threats.csv',
    mediaType: CSV_TYPE,
    description: 'One row per threat.',
    render: (context) => threatsCsv(lookup, context),
  },
  {
    path: '/controls.csv',
    mediaType: CSV_TYPE,
    description: 'One row per control.',
    render: (context) => controlsCsv(lookup, context),
  },
  {
    path: '/opencre.csv',
    mediaType: CSV_TYPE,
    description:
      "An OpenCRE import file in the format of OpenCRE's AI Exchange importer: one row per OpenCRE id, with the threats and controls that reference it and their MITRE ATLAS techniques.",
    render: (context) => openCreCsv(lookup, context),
  },
  // One file per framework the site maps item by item (src/catalog/crosswalks/), current editions first.
  ...catalogCrosswalks.crosswalks
    .filter((c) => c.snapshot)
    .sort((a, b) => order(a.framework.id) - order(b.framework.id))
    .map((c): DataFile => ({
      path: crosswalkDataPath(c.slug),
      mediaType: JSON_TYPE,
      description: `${c.snapshot!.title} ${c.snapshot!.version}, item by item: the threats and controls each item maps to, with relation, source and rationale, or why none does.`,
      render: (context) => crosswalkJson(c, lookup, context),
    })),
  {
    path: CROSSWALK_SCHEMA_PATH,
    mediaType: 'application/schema+json',
    description:
      'The JSON Schema (draft 2020-12) that each /standards/<framework>.json file validates against.',
    render: (context) => crosswalkSchemaJson(context),
  },
];

/** The manifest's own entry; it lists every other file with its checksum. */
export const MANIFEST_FILE: DataFile = {
  path: '/data-manifest.json',
  mediaType: JSON_TYPE,
  description:
    'The size and SHA-256 checksum of each file above, with the version and date of the build.',
  render: (context) => manifestJson(renderAll(context), context),
};

/** Every data file rendered for one build, manifest excluded. */
export function renderAll(context: ExportContext): RenderedFile[] {
  return DATA_FILES.map((f) => ({ path: f.path, mediaType: f.mediaType, body: f.render(context) }));
}

/** The context of the current build, for a site address taken from Astro. */
export function buildContext(site: URL | undefined): ExportContext {
  if (!site)
    throw new Error(
      "The data files need the site's public address. Fix: set `site` in astro.config.mjs (or the SITE_URL environment variable).",
    );
  const address = siteWithBase(site);
  const state = currentReleaseState(address);
  return { site: address, version: state.version, buildDate: BUILD_DATE, history: state.entries };
}

/** The response of a data file's endpoint. */
export function dataFileResponse(file: DataFile, site: URL | undefined): Response {
  return new Response(file.render(buildContext(site)), {
    headers: { 'content-type': file.mediaType },
  });
}

/** The data file at a path; throws when there is none, so an endpoint cannot name a file the table lacks. */
export function dataFile(path: string): DataFile {
  const found = [...DATA_FILES, MANIFEST_FILE].find((f) => f.path === path);
  if (!found)
    throw new Error(
      `No data file is published at ${path}. Fix: add it to DATA_FILES in src/site/data-files.ts.`,
    );
  return found;
}
