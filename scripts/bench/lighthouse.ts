/**
 * Lighthouse (the `lighthouse` package driving Debian's Chromium), mobile and desktop presets: the four
 * category scores and LCP, TBT and CLS, as the median of several runs per template, with the audits
 * that cost points.
 */
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser.ts';
import { median } from './stats.ts';

/** The Lighthouse presets measured. */
export type Preset = 'mobile' | 'desktop';
/** The four Lighthouse categories. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** A Lighthouse category. */
export type Category = (typeof CATEGORIES)[number];

/** The median figures of one template under one preset. */
export interface LighthouseFigures {
  readonly template: string;
  readonly path: string;
  readonly preset: Preset;
  readonly runs: number;
  /** Category scores, 0 to 100. */
  readonly scores: Record<Category, number>;
  /** Largest Contentful Paint, ms. */
  readonly lcpMs: number;
  /** Total Blocking Time, ms. */
  readonly tbtMs: number;
  /** Cumulative Layout Shift. */
  readonly cls: number;
  /** Audits that scored below 1 with weight in a category, in any run: `category: audit id (title)`. */
  readonly losingAudits: readonly string[];
}

/** How many failed runs of one page and preset end its measurement. */
const MAX_FAILURES = 3;

/** Runs Lighthouse `runs` times for each page and preset, in one browser that Lighthouse resets per run. */
export async function measureLighthouse(
  origin: string,
  pages: readonly { readonly name: string; readonly path: string }[],
  presets: readonly Preset[],
  runs: number,
  log: (line: string) => void,
): Promise<{ figures: LighthouseFigures[]; problems: string[] }> {
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  const figures: LighthouseFigures[] = [];
  const problems: string[] = [];
  try {
    for (const page of pages) {
      for (const preset of presets) {
        const lhrs: Result[] = [];
        let failures = 0;
        while (lhrs.length < runs && failures < MAX_FAILURES) {
          const result = await lighthouse(
            `${origin}${page.path}`,
            {
              port: chrome.port,
              logLevel: 'error',
              output: 'json',
              onlyCategories: [...CATEGORIES],
            },
            preset === 'desktop' ? desktopConfig : undefined,
          );
          const error = !result ? 'no result' : result.lhr.runtimeError?.message;
          if (error || !result) {
            // A busy machine now and then spoils the trace (NO_NAVSTART); such a run is repeated.
            failures++;
            log(
              `  ${preset} ${page.path}: run failed (${error}), ${failures < MAX_FAILURES ? 'again' : 'giving up'}`,
            );
            continue;
          }
          lhrs.push(result.lhr);
        }
        if (lhrs.length === 0) {
          problems.push(
            `Lighthouse (${preset}) failed ${failures} times on \`${page.path}\`; not measured.`,
          );
          continue;
        }
        const scores = Object.fromEntries(
          CATEGORIES.map((c) => [
            c,
            median(lhrs.map((l) => Math.round((l.categories[c]?.score ?? 0) * 100))),
          ]),
        ) as Record<Category, number>;
        const losing = new Set<string>();
        for (const lhr of lhrs) {
          for (const c of CATEGORIES) {
            for (const ref of lhr.categories[c]?.auditRefs ?? []) {
              const audit = lhr.audits[ref.id];
              if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
                losing.add(`${c}: ${ref.id} (${audit.title})`);
            }
          }
        }
        const numeric = (id: string) => median(lhrs.map((l) => l.audits[id]?.numericValue ?? NaN));
        const entry: LighthouseFigures = {
          template: page.name,
          path: page.path,
          preset,
          runs: lhrs.length,
          scores,
          lcpMs: Math.round(numeric('largest-contentful-paint')),
          tbtMs: Math.round(numeric('total-blocking-time')),
          cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
          losingAudits: [...losing].sort(),
        };
        log(
          `  ${preset.padEnd(7)} ${page.path}: ${CATEGORIES.map((c) => scores[c]).join(' / ')}, LCP ${entry.lcpMs} ms, TBT ${entry.tbtMs} ms, CLS ${entry.cls}`,
        );
        figures.push(entry);
      }
    }
  } finally {
    chrome.kill();
  }
  return { figures, problems };
}
