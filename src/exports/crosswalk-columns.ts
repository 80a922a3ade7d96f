/**
 * The CSV columns that list an entry's items of the frameworks mapped item by item in
 * src/catalog/crosswalks/ (added after the first columns, so they stand at the end of both
 * `threats.csv` and `controls.csv`).
 */
import { refsOfEntry } from '../catalog/crosswalks/index.ts';
import type { CsvColumn } from './csv.ts';

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
