import { describe, expect, it } from 'vitest';
import { assess } from '../../src/catalog/assess.ts';
import { CSV_COLUMNS, resultToCsv, resultToMarkdown } from '../../src/catalog/assess-export.ts';
import { buildAssessModel } from '../../src/catalog/assess-model.ts';
import { parseQuery, toQuery } from '../../src/catalog/assess-query.ts';
import { lookup } from '../../src/catalog/lookup.ts';

const model = buildAssessModel(lookup);
const name = (id: string) => lookup.entry(id).name;

describe('the query string', () => {
  it('reads yes/no and party answers named as in the facts', () => {
    const parsed = parseQuery(model, '?genai=yes&trained_by=supplier&augments_input=YES&run_by=self&text_output=no');
    expect(parsed.answers).toEqual({ genai: true, trained_by: 'supplier', augments_input: true, run_by: 'self', text_output: false });
    expect(parsed.ignored).toEqual([]);
  });

  it('ignores unknown, superseded, malformed and repeated parameters with a note for each', () => {
    const parsed = parseQuery(model, 'genai=maybe&trained_by=yes&colour=red&uses_rag=yes&llm=no&text_output=yes&text_output=no&accepted=EVASION,NOPE');
    expect(parsed.answers).toEqual({ text_output: true });
    expect(parsed.setAside).toEqual({ EVASION: 'accepted' });
    expect(parsed.ignored).toMatchInlineSnapshot(`
      [
        "Ignored \`genai=maybe\`: answer \`yes\` or \`no\`.",
        "Ignored \`trained_by=yes\`: answer \`self\` or \`supplier\`.",
        "Ignored \`colour\`: it is not one of this page's questions.",
        "Ignored \`uses_rag\`: the risk analysis no longer asks it; answer \`augments_input\` instead.",
        "Ignored \`llm\`: the risk analysis no longer asks it.",
        "Ignored a second \`text_output\`: the first one counts.",
        "Ignored \`NOPE\` in \`accepted\`: no threat has that id.",
      ]
    `);
  });

  it('writes answers of shown questions in question order, and reads back the same answers', () => {
    const answers = { run_by: 'self', genai: true, trained_by: 'supplier', sensitive_train_data: true, output_can_harm: false } as const;
    const query = toQuery(model, answers, { LEAKINPUT: 'not-applicable', EVASION: 'accepted' });
    expect(query).toBe('?genai=yes&trained_by=supplier&run_by=self&output_can_harm=no&accepted=EVASION&not_applicable=LEAKINPUT');
    const back = parseQuery(model, query);
    expect(back.answers).toEqual({ genai: true, trained_by: 'supplier', run_by: 'self', output_can_harm: false });
    expect(back.setAside).toEqual({ LEAKINPUT: 'not-applicable', EVASION: 'accepted' });
  });

  it('reads an empty value, which a form sent without JavaScript uses for "Not sure", as unanswered without a note', () => {
    expect(parseQuery(model, '?genai=&text_output=yes')).toEqual({ answers: { text_output: true }, setAside: {}, ignored: [] });
  });

  it('writes nothing for no answers', () => {
    expect(toQuery(model, {})).toBe('');
  });
});

describe('the take-away files', () => {
  const result = assess(model, { text_output: true, trained_by: 'supplier' }, { DENIALMODELSERVICE: 'accepted' });

  it('writes one CSV row per threat and control with absolute links', () => {
    const rows = resultToCsv(result, 'https://example.org/').trimEnd().split('\r\n');
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows).toContain(`INSECUREOUTPUT,${name('INSECUREOUTPUT')},threat,H15 (text_output=yes),you,https://example.org/threats/insecureoutput/`);
    expect(rows).toContain(`DENIALMODELSERVICE,${name('DENIALMODELSERVICE')},threat,H16 (always); accepted,you,https://example.org/threats/denialmodelservice/`);
    expect(rows.find((r) => r.startsWith('DATAPOISON,'))).toMatch(/,threat,H12 \(trained_by=supplier\),supplier,/);
    expect(rows.find((r) => r.startsWith('ENCODEMODELOUTPUT,'))).toMatch(/,control,against INSECUREOUTPUT,you,/);
    const count = result.threats.length + result.supplierThreats.length + result.generalControls.length + result.controlGroups.reduce((n, g) => n + g.controls.length, 0);
    expect(rows).toHaveLength(count + 1);
  });

  it('quotes CSV fields with commas', () => {
    const csv = resultToCsv(assess(model, { genai: true, inserts_untrusted_data: true }), 'https://example.org/');
    expect(csv).toContain('"H2 (genai=yes, inserts_untrusted_data=yes)"');
  });

  it('writes a Markdown checklist with threats, the supplier\'s share, controls by group and the next steps', () => {
    const md = resultToMarkdown(model, result, 'https://example.org/', 'https://example.org/overview/assess/?text_output=yes');
    expect(md).toContain(`- [ ] [${name('INSECUREOUTPUT')}](https://example.org/threats/insecureoutput/) (INSECUREOUTPUT): H15 (text_output=yes). Responsible: you.`);
    expect(md).toContain(`- [x] [${name('DENIALMODELSERVICE')}](https://example.org/threats/denialmodelservice/) (DENIALMODELSERVICE): H16 (always). Responsible: you. Set aside: accepted.`);
    expect(md).toContain("## The supplier's share");
    expect(md).toContain('### General controls');
    expect(md).toContain('- [ ] 10. [Reassess when things change](https://example.org/overview/risk-analysis/#continuous-risk-assessment)');
  });
});
