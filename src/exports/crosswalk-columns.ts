/**
 * The CSV columns that list an entry's items of other frameworks, the same in `threats.csv` and
 * `controls.csv`: the OWASP LLM and MITRE ATLAS columns in the middle of both files, and the columns
 * of the frameworks mapped later, at their end (src/catalog/crosswalks/).
 */
import { refsOfEntry } from '../catalog/crosswalks/index.ts';
import { snapshotOf } from '../catalog/frameworks/index.ts';
import type { CsvColumn } from './csv.ts';

/** How the exports describe the ATLAS ids, with the edition of the snapshot the mappings follow. */
export function atlasIdsDescription(): string {
  const version = snapshotOf('MITRE ATLAS')?.version;
  if (!version)
    throw new Error(
      'The exports need the MITRE ATLAS snapshot to name its edition. Fix: keep MITRE ATLAS in frameworkSnapshots (src/catalog/frameworks/index.ts).',
    );
  return `MITRE ATLAS technique, sub-technique and mitigation ids (edition ${version.split('.').slice(0, 2).join('.')}).`;
}

/** The OWASP LLM Top 10 (2023, 2026) and MITRE ATLAS columns, for threats or controls. */
export function listColumns<
  T extends { readonly id: string; readonly owaspLlmTop10: readonly string[] },
>(): CsvColumn<T>[] {
  return [
    {
      name: 'owasp_llm_top10',
      description: 'OWASP Top 10 for LLM applications (2023) items.',
      value: (e) => e.owaspLlmTop10,
    },
    {
      name: 'owasp_llm_top10_2026',
      description:
        'OWASP Top 10 for LLM applications, 2026 edition (the current one), items, e.g. LLM01:2026.',
      value: (e) => refsOfEntry(e.id, 'OWASP LLM Top 10 2026'),
    },
    {
      name: 'mitre_atlas',
      description: atlasIdsDescription(),
      value: (e) => refsOfEntry(e.id, 'MITRE ATLAS'),
    },
  ];
}

/** The three trailing crosswalk columns, for a file whose rows are threats or controls. */
export function crosswalkColumns<T extends { readonly id: string }>(): CsvColumn<T>[] {
  return [
    {
      name: 'owasp_llm_top10_2025',
      description: 'OWASP Top 10 for LLM applications, 2025 edition, item ids (`LLMnn:2025`).',
      value: (e) => refsOfEntry(e.id, 'OWASP LLM Top 10 2025'),
    },
    {
      name: 'owasp_agentic_top10_2026',
      description: 'OWASP Top 10 for Agentic Applications 2026, item ids (`ASInn`).',
      value: (e) => refsOfEntry(e.id, 'OWASP Agentic Top 10 2026'),
    },
    {
      name: 'owasp_aisvs',
      description: 'OWASP AISVS 1.0, section ids (chapter and section number, `Cn.n`).',
      value: (e) => refsOfEntry(e.id, 'OWASP AISVS 1.0'),
    },
  ];
}
