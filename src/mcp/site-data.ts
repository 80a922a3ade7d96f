/**
 * What the MCP server answers from: the built site in `dist/`, read once at start. The catalog
 * (`catalog.json`), the index of Markdown twins (`llms.txt`), the twins themselves and the threat-model
 * builder's model (`overview/assess/model.json`). Nothing here reaches the network, and nothing is
 * read from the sources: the server answers with exactly what the site publishes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AssessModel } from '../catalog/assess.ts';

/** A framework mapping as `catalog.json` publishes it. */
export interface SiteMapping {
  readonly framework: string;
  readonly ref: string | null;
  readonly title?: string;
  readonly coverage?: string;
  readonly relation?: string;
  readonly source?: string;
  readonly rationale?: string;
  readonly url?: string;
  readonly subject: { readonly kind: string; readonly id: string };
  readonly crosswalkUrl?: string;
}

/** A threat or control as `catalog.json` publishes it (the fields the server reads). */
export interface SiteEntry {
  readonly kind: 'threat' | 'control';
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly aliases: readonly string[];
  readonly alsoKnownAs?: readonly string[];
  readonly summary: string;
  readonly url: string;
  readonly shortLink: string;
  readonly [field: string]: unknown;
}

/** A retired entry and the entry that took it over. */
export interface SiteRetired {
  readonly kind: string;
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly aliases: readonly string[];
  readonly mergedInto: string;
  readonly reason: string;
  readonly retiredOn: string;
}

/** A page of the site with its Markdown twin. */
export interface SitePage {
  /** Absolute URL of the Markdown twin (the resource URI). */
  readonly markdownUrl: string;
  /** Absolute URL of the HTML page. */
  readonly url: string;
  readonly title: string;
  readonly description: string;
  /** The section of llms.txt that lists it (Overview, Threats, ...). */
  readonly section: string;
  /** The twin's Markdown. */
  readonly markdown: string;
}

/** Everything the server knows. */
export interface SiteData {
  readonly title: string;
  /** The catalog's release version. */
  readonly version: string;
  readonly buildDate: string;
  /** The site's address, ending in `/`. */
  readonly site: string;
  readonly licence: string;
  readonly entries: readonly SiteEntry[];
  readonly retired: readonly SiteRetired[];
  readonly mappings: readonly SiteMapping[];
  readonly frameworks: readonly {
    readonly id: string;
    readonly slug: string;
    readonly publisher?: string;
    readonly url?: string;
    readonly version?: string;
    readonly crosswalkUrl?: string;
  }[];
  readonly pages: readonly SitePage[];
  readonly model: AssessModel;
}

/** Raised when `dist/` lacks what the server needs; the message tells the user what to run. */
export class MissingBuildError extends Error {}

const LLMS_ITEM = /^- \[(.+?)\]\((\S+?)\)(?:: (.*))?$/;

/** Reads the built site in `dir` (normally `dist/`). Throws {@link MissingBuildError} when it is not there. */
export function loadSiteData(dir: string): SiteData {
  const need = ['catalog.json', 'llms.txt', join('overview', 'assess', 'model.json')];
  const missing = need.filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0) {
    throw new MissingBuildError(
      `The built site in ${dir} lacks ${missing.join(', ')}. Fix: run \`npm run build\` first, then start the server again.`,
    );
  }
  const catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as Record<
    string,
    unknown
  > & {
    title: string;
    version: string;
    buildDate: string;
    site: string;
    licence: string;
    threats: SiteEntry[];
    controls: SiteEntry[];
    retired: SiteRetired[];
    mappings: SiteMapping[];
    frameworks: SiteData['frameworks'];
  };
  const site = catalog.site.endsWith('/') ? catalog.site : `${catalog.site}/`;
  const pages: SitePage[] = [];
  let section = '';
  for (const line of readFileSync(join(dir, 'llms.txt'), 'utf8').split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).trim();
    const item = LLMS_ITEM.exec(line);
    if (!item || !item[2]!.startsWith(site) || !item[2]!.endsWith('.md')) continue;
    const markdownUrl = item[2]!;
    const local = join(dir, decodeURIComponent(markdownUrl.slice(site.length)));
    if (!existsSync(local))
      throw new MissingBuildError(
        `llms.txt lists ${markdownUrl}, but ${local} is missing. Fix: run \`npm run build\` again.`,
      );
    const path = markdownUrl.slice(site.length);
    const url = path === 'index.md' ? site : `${site}${path.slice(0, -'.md'.length)}/`;
    pages.push({
      markdownUrl,
      url,
      title: item[1]!,
      description: item[3] ?? '',
      section,
      markdown: readFileSync(local, 'utf8'),
    });
  }
  return {
    title: catalog.title,
    version: catalog.version,
    buildDate: catalog.buildDate,
    site,
    licence: catalog.licence,
    entries: [
      ...catalog.threats.map((t) => ({ ...t, kind: 'threat' as const })),
      ...catalog.controls.map((c) => ({ ...c, kind: 'control' as const })),
    ],
    retired: catalog.retired,
    mappings: catalog.mappings,
    frameworks: catalog.frameworks,
    pages,
    model: JSON.parse(
      readFileSync(join(dir, 'overview', 'assess', 'model.json'), 'utf8'),
    ) as AssessModel,
  };
}
