/**
 * Pagefind's default search UI as Starlight's search dialog loads it, with a shorter input debounce.
 * Starlight passes only its own options to the UI, so astro.config.mjs points the module id
 * `@pagefind/default-ui` here (a Vite alias) and this module hands the real UI one more option.
 *
 * Why 60 ms: the UI waits this long after a keystroke before it searches. Its default, 300 ms, was most
 * of the 405 ms the benchmark measured from the last keystroke to the first result (bench/README.md);
 * 60 ms still merges the keystrokes of a fast typist (about 100 ms apart) into one search, and the UI
 * already preloads the index chunks for the partial word while it waits.
 */
// @ts-expect-error Pagefind's UI ships without type declarations.
import { PagefindUI as DefaultPagefindUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';

/** Milliseconds the search dialog waits after a keystroke before it searches. */
export const SEARCH_DEBOUNCE_MS = 60;

/** The default UI, constructed with the site's debounce. */
export class PagefindUI extends (DefaultPagefindUI as new (options: Record<string, unknown>) => object) {
  constructor(options: Record<string, unknown>) {
    super({ ...options, debounceTimeoutMs: SEARCH_DEBOUNCE_MS });
  }
}
