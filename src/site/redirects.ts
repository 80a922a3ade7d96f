/**
 * The one table of short links. Every threat, control, control group, general-controls section,
 * part and named overview section gets `/goto/<slug>/` and `/go/<slug>/` for its slug and each alias,
 * in lower and upper case. The HTML redirect pages, `_redirects` and `firebase.json` all render from it.
 */
import type { Lookup } from '../catalog/lookup.ts';
import { controlGroupPath, entryPath, pageSlugPath, partPath } from '../catalog/urls.ts';
import type { FirebaseHeaderRule } from './headers.ts';
import type { Redirect, RedirectPlan } from './redirect-plan.ts';
import { FILE_REDIRECTS, SITE_FILE_LINKS } from './site-files.ts';

/** The prefixes under which short links are published. */
export const SHORT_LINK_PREFIXES = ['goto', 'go'] as const;

/** What a slug names and where it leads. */
export interface ShortLinkTarget {
  /** The lower-case slug. */
  readonly slug: string;
  /** Site path, with `#anchor` where the target is a section of a page. */
  readonly to: string;
  /** What the slug names, for humans: `control RATELIMIT`. */
  readonly owner: string;
  /** The display name of the target. */
  readonly title: string;
  /** True for the owner's own slug, false for an alias. */
  readonly canonical: boolean;
}

/**
 * Every slug the catalog and the registered pages publish, with its target; throws on a collision.
 * Two owners may share a slug when it leads to the same place.
 */
export function shortLinkTargets(lookup: Lookup): ShortLinkTarget[] {
  const { catalog } = lookup;
  const targets: ShortLinkTarget[] = [];
  const add = (owner: string, title: string, to: string, slugs: readonly string[]) => {
    slugs.forEach((slug, i) => targets.push({ slug, to, owner, title, canonical: i === 0 }));
  };
  for (const t of catalog.threats)
    add(`threat ${t.id}`, t.name, entryPath('threat', t), [t.slug, ...t.aliases]);
  for (const c of catalog.controls)
    add(`control ${c.id}`, c.name, entryPath('control', c), [c.slug, ...c.aliases]);
  for (const g of catalog.controlGroups)
    add(`control group ${g.id}`, `${g.number}. ${g.name}`, controlGroupPath(g), [g.slug]);
  const general = catalog.parts.find((p) => p.id === 'general-controls');
  for (const s of catalog.controlSections) {
    if (general)
      add(`section ${s.id}`, `${s.id} ${s.name}`, `${partPath(general)}#${s.anchor}`, [
        s.slug,
        ...s.aliases,
      ]);
  }
  for (const p of catalog.parts) {
    const group = lookup.threatGroupOfPart(p);
    const slugs = [...(p.slug ? [p.slug] : []), ...(group ? [group.slug, ...group.aliases] : [])];
    add(`part ${p.id}`, `${p.number}. ${p.title}`, partPath(p), slugs);
  }
  for (const p of catalog.pages) {
    p.slugs.forEach((slug, i) =>
      targets.push({
        slug: slug.slug,
        to: pageSlugPath(p, slug),
        owner: `page ${p.id} (src/catalog/pages.ts)`,
        title: p.title,
        canonical: i === 0,
      }),
    );
  }
  for (const f of SITE_FILE_LINKS) add(`site file ${f.to}`, f.title, f.to, [f.slug]);
  for (const r of catalog.retired) {
    const into = lookup.findEntry(r.mergedInto);
    if (!into)
      throw new Error(
        `retired ${r.kind} ${r.id}: \`mergedInto\` names ${r.mergedInto}, which is not an entry. Fix: name the live entry that holds its content, in src/catalog/retired.ts.`,
      );
    add(`retired ${r.kind} ${r.id}`, into.name, lookup.pathOf(into), [r.slug, ...r.aliases]);
  }

  const seen = new Map<string, ShortLinkTarget>();
  const problems: string[] = [];
  for (const t of targets) {
    if (!/^[a-z0-9]+$/.test(t.slug))
      problems.push(
        `${t.owner}: the short-link slug \`${t.slug}\` is not lower-case letters and digits. Fix: correct it in src/catalog.`,
      );
    const prev = seen.get(t.slug);
    if (prev && prev.to !== t.to) {
      problems.push(
        `${t.owner}: the short-link slug \`${t.slug}\` already leads to ${prev.owner} (${prev.to}). Fix: a slug has one target; remove it from one of them in src/catalog.`,
      );
    }
    if (!prev) seen.set(t.slug, t);
  }
  if (problems.length > 0) throw new Error(`Short links collide:\n- ${problems.join('\n- ')}`);
  return [...seen.values()];
}

/**
 * Old addresses of files (the original site's PDF) as redirect rows, for the host files beside the
 * short links; a file path has one form, without a trailing slash.
 */
export function fileRedirects(): Redirect[] {
  return FILE_REDIRECTS.map((r) => ({
    from: r.from,
    to: r.to,
    slug: r.from.slice(r.from.lastIndexOf('/') + 1),
    title: r.to,
  }));
}

/** The redirect table: both prefixes, lower and upper case, sorted by path. */
export function redirectTable(targets: readonly ShortLinkTarget[]): Redirect[] {
  const rows: Redirect[] = [];
  for (const t of targets) {
    for (const prefix of SHORT_LINK_PREFIXES) {
      for (const form of new Set([t.slug, t.slug.toUpperCase()])) {
        rows.push({ from: `/${prefix}/${form}/`, to: t.to, slug: t.slug, title: t.title });
      }
    }
  }
  return rows.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The forms of a redirect's source: with and without the trailing slash (a file path such as an image has one form). */
function sourceForms(from: string): string[] {
  return from.endsWith('/') ? [from, from.slice(0, -1)] : [from];
}

/**
 * A Netlify / Cloudflare Pages `_redirects` file of permanent redirects from a plan
 * (src/site/redirect-plan.ts says which rules it holds; src/site/hosts.ts which form each host gets).
 * `force` writes Netlify's `301!`, which Netlify needs because a forwarding page exists at every
 * short link, and lists each short link with and without its trailing slash. The plain form lists
 * only the path as the table gives it: Cloudflare Pages first redirects `/goto/x` to `/goto/x/` (the
 * folder exists). Splat rules for alias prefixes come after every exact rule.
 */
export function netlifyRedirects(
  plan: RedirectPlan,
  options: { readonly force?: boolean } = {},
): string {
  const lines = ['# Generated by src/site/redirects.ts from the catalog; do not edit.'];
  for (const r of plan.rules) {
    if (options.force) for (const from of sourceForms(r.from)) lines.push(`${from} ${r.to} 301!`);
    else lines.push(`${r.from} ${r.to} 301`);
  }
  for (const a of plan.aliases)
    lines.push(`${a.from}* ${a.to}:splat ${options.force ? '301!' : '301'}`);
  return `${lines.join('\n')}\n`;
}

/** Files in the build that are host configuration, not content, and so are not deployed to Firebase. */
const FIREBASE_IGNORE = ['firebase.json', '_redirects', '_headers', '**/.*', '**/node_modules/**'];

/**
 * A Firebase `firebase.json` for the built site, written into `dist/`: Firebase reads `public`
 * relative to the file, so `"public": "."` deploys the folder it sits in. Exact redirects are matched
 * exactly, so each short link is listed with and without its trailing slash; an alias prefix is one
 * capture rule (`/go/:rest*`).
 */
export function firebaseConfig(
  plan: RedirectPlan,
  headers: readonly FirebaseHeaderRule[] = [],
): string {
  const redirects = [
    ...plan.rules.flatMap((r) =>
      sourceForms(r.from).map((source) => ({ source, destination: r.to, type: 301 })),
    ),
    // Firebase applies the first matching rule, so the prefix rules follow every exact one.
    ...plan.aliases.map((a) => ({
      source: `${a.from}:rest*`,
      destination: `${a.to}:rest*`,
      type: 301,
    })),
  ];
  return `${JSON.stringify({ hosting: { public: '.', ignore: FIREBASE_IGNORE, cleanUrls: false, trailingSlash: true, headers, redirects } }, null, 2)}\n`;
}
