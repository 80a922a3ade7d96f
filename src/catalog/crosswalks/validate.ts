/**
 * Checks a crosswalk file against its framework's snapshot and the catalog's entry ids. Every problem
 * names the file, the item and the fix, so a wrong id, a publisher's name typed differently or a
 * mapping without its reason cannot reach a page.
 */
import type { FrameworkSnapshot } from '../frameworks/types.ts';
import type { CrosswalkFile } from './types.ts';

/** The longest rationale we accept: one sentence, not a paragraph. */
export const MAX_RATIONALE = 240;

/** Every problem of one crosswalk file; empty when it is sound. */
export function crosswalkProblems(
  file: CrosswalkFile,
  snapshots: readonly FrameworkSnapshot[],
  entryIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const snapshot = snapshots.find((s) => s.framework === file.framework);
  if (!snapshot) {
    return [
      `${file.file}: framework \`${file.framework}\` has no snapshot. Fix: use one of ${snapshots.map((s) => `\`${s.framework}\``).join(', ')}, or add its snapshot to src/catalog/frameworks/ with scripts/framework-snapshots.ts.`,
    ];
  }
  const label = `${snapshot.framework} ${snapshot.version}`;
  const byRef = new Map(snapshot.items.map((i) => [i.ref, i]));
  const seen = new Set<string>();
  for (const item of file.items) {
    const where = `${file.file}, item ${item.ref}`;
    const known = byRef.get(item.ref);
    if (!known) {
      problems.push(
        `${where}: unknown id, not an item of ${label}. Fix: use the publisher's id as listed in src/catalog/frameworks/${snapshot.key}.ts.`,
      );
      continue;
    }
    if (seen.has(item.ref))
      problems.push(`${where}: listed twice. Fix: merge the two rows into one.`);
    seen.add(item.ref);
    if (!snapshot.mappedKinds.includes(known.kind)) {
      problems.push(
        `${where}: a ${known.kind} only groups other items of ${label}. Fix: map the items it groups instead.`,
      );
    }
    if (item.name !== undefined && item.name !== known.name) {
      problems.push(
        `${where}: the name "${item.name}" differs from the publisher's "${known.name}". Fix: write the publisher's name exactly, or leave the name out.`,
      );
    }
    const entries = item.entries ?? [];
    if (entries.length === 0 && !item.status) {
      problems.push(
        `${where}: neither entries nor a reason. Fix: map it to at least one threat or control, or set \`status: 'not-covered'\` or \`'out-of-scope'\` with a \`reason\`.`,
      );
    }
    if (entries.length > 0 && item.status)
      problems.push(
        `${where}: has entries and the status \`${item.status}\`. Fix: keep one of the two.`,
      );
    if (item.status && !item.reason?.trim())
      problems.push(
        `${where}: the status \`${item.status}\` needs a reason. Fix: say in one sentence why no entry covers it.`,
      );
    const mapped = new Set<string>();
    for (const m of entries) {
      const at = `${where}, entry ${m.entry}`;
      if (!entryIds.has(m.entry))
        problems.push(
          `${at}: no such threat or control. Fix: use an id of src/catalog/ids.ts (THREAT_IDS or CONTROL_IDS).`,
        );
      if (mapped.has(m.entry))
        problems.push(`${at}: mapped twice. Fix: keep one mapping with the stronger relation.`);
      mapped.add(m.entry);
      if (m.source === 'this-project' && !m.rationale?.trim()) {
        problems.push(
          `${at}: a mapping of this project needs a rationale. Fix: add one sentence, in our own words, on why the entry relates to the item.`,
        );
      }
      if (m.rationale !== undefined) {
        const r = m.rationale.trim();
        if (r.length > MAX_RATIONALE || /[.!?]\s+[A-Z]/.test(r) || !/[.!?]$/.test(r)) {
          problems.push(
            `${at}: the rationale must be one sentence of at most ${MAX_RATIONALE} characters, ending with a full stop. Fix: shorten it to one sentence.`,
          );
        }
      }
      if (m.via !== undefined && m.source === 'this-project')
        problems.push(
          `${at}: \`via\` names the outside source a mapping came through; this project's own mappings have none. Fix: drop it.`,
        );
    }
  }
  for (const item of snapshot.items) {
    if (snapshot.mappedKinds.includes(item.kind) && !seen.has(item.ref)) {
      problems.push(
        `${file.file}, item ${item.ref} (${item.name}): neither mapped nor explained. Fix: add it with its entries, or with \`status\` and \`reason\`.`,
      );
    }
  }
  return problems;
}
