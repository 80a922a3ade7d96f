/**
 * Static paths of the tombstone pages left at the URLs of retired entries.
 */
import { retiredEntries } from '../catalog/retired.ts';
import type { RetiredEntry } from '../catalog/types.ts';

/** One path per retired entry of a kind, with the entry as a prop. */
export function tombstonePaths(kind: RetiredEntry['kind']) {
  return (retiredEntries as readonly RetiredEntry[])
    .filter((e) => e.kind === kind)
    .map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));
}
