/**
 * How long the threat-model builder takes to recompute its result: from a changed answer to the
 * rendered result (evaluation, DOM update and the new address), measured in the page itself from the
 * change event to the mutation of the result list.
 */
import type { Browser } from '@playwright/test';
import { freshContext } from './browser.ts';

/** The builder's recompute times for one profile. */
export interface RecomputeFigures {
  readonly path: string;
  /** The profile the page opens with, as its query string. */
  readonly query: string;
  /** Milliseconds per changed answer. */
  readonly runs: readonly number[];
  readonly medianMs: number;
  readonly maxMs: number;
}

/** A profile that lists most threats and controls, so the result is about as large as it gets. */
export const RICH_PROFILE =
  '?genai=yes&classification_task=yes&text_output=yes&trained_by=self&data_from_supplier=yes&sensitive_train_data=yes&membership_is_harmful=yes&model_is_ip=yes&run_by=self&hosted_components=yes&attacker_can_input=yes&inserts_untrusted_data=yes&augments_input=yes&augmentation_data_stored=yes&rag_data_sensitive=yes&sensitive_input_data=yes&output_can_harm=yes&output_interpreted_downstream=yes&can_trigger_actions=yes&action_can_send_data=yes&sensitive_data_reachable=yes&base_model_from_supplier=yes&output_can_reveal_train_data=yes&augmentation_editable_by_others=yes&augmentation_third_party=yes&retrieval_ignores_access_rights=yes&multi_agent=yes&system=Rich+profile';

/** Opens the builder with a rich profile and flips answers `count` times, timing each recompute. */
export async function measureRecompute(
  browser: Browser,
  origin: string,
  path: string,
  count: number,
): Promise<RecomputeFigures> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto(`${origin}${path}${RICH_PROFILE}`, { waitUntil: 'networkidle' });
  await page.locator('#assess-threats > li').first().waitFor();
  const runs = await page.evaluate(
    async (n) => {
      const times: number[] = [];
      const output = document.getElementById('assess-output')!;
      // The result is rendered into #assess-output; its mutation marks the end of a recompute.
      const rendered = () =>
        new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve();
          });
          observer.observe(output, { childList: true });
        });
      // Alternate answers that switch several rules each, so every run changes the result.
      const flips = [
        ['text_output', 'no'],
        ['text_output', 'yes'],
        ['trained_by', 'supplier'],
        ['trained_by', 'self'],
        ['can_trigger_actions', 'no'],
        ['can_trigger_actions', 'yes'],
      ] as const;
      for (let i = 0; i < n; i++) {
        const [key, value] = flips[i % flips.length]!;
        const radio = document.querySelector<HTMLInputElement>(
          `input[name="${key}"][value="${value}"]`,
        )!;
        const done = rendered();
        const start = performance.now();
        radio.checked = true;
        radio.dispatchEvent(new Event('change', { bubbles: true }));
        await done;
        times.push(performance.now() - start);
      }
      return times;
    },
    Math.max(count, 6),
  );
  await context.close();
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    path,
    query: RICH_PROFILE,
    runs: runs.map((t) => Math.round(t * 10) / 10),
    medianMs: Math.round(median * 10) / 10,
    maxMs: Math.round(sorted.at(-1)! * 10) / 10,
  };
}
