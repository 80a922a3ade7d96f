import { describe, expect, it } from 'vitest';
import { assess } from '../../src/catalog/assess.ts';
import { assessAnswers } from '../../src/catalog/assess-api.ts';
import {
  CSV_COLUMNS,
  fileName,
  fromAnswerSet,
  resultToCsv,
  resultToMarkdown,
  toAnswerSet,
} from '../../src/catalog/assess-export.ts';
import { buildAssessModel } from '../../src/catalog/assess-model.ts';
import { parseAnswers, parseQuery, toQuery } from '../../src/catalog/assess-query.ts';
import { lookup } from '../../src/catalog/lookup.ts';
import { refsOfEntry } from '../../src/catalog/crosswalks/index.ts';

const model = buildAssessModel(lookup);
const name = (id: string) => lookup.entry(id).name;

describe('the query string', () => {
  it('reads yes/no and party answers named as in the facts', () => {
    const parsed = parseQuery(
      model,
      '?genai=yes&trained_by=supplier&augments_input=YES&run_by=self&text_output=no',
    );
    expect(parsed.answers).toEqual({
      genai: true,
      trained_by: 'supplier',
      augments_input: true,
      run_by: 'self',
      text_output: false,
    });
    expect(parsed.ignored).toEqual([]);
  });

  it('ignores unknown, superseded, malformed and repeated parameters with a note for each', () => {
    const parsed = parseQuery(
      model,
      'genai=maybe&trained_by=yes&colour=red&uses_rag=yes&llm=no&text_output=yes&text_output=no&accepted=EVASION,NOPE&risk.EVASION=often,,mitigate&why.NOPE=x',
    );
    expect(parsed.answers).toEqual({ text_output: true });
    expect(parsed.decisions).toEqual({ EVASION: { treatment: 'mitigate' } });
    expect(parsed.ignored).toEqual([
      'Ignored `genai=maybe`: answer `yes` or `no`.',
      'Ignored `trained_by=yes`: answer `self` or `supplier`.',
      "Ignored `colour`: it is not one of this page's questions.",
      'Ignored `uses_rag`: the risk analysis no longer asks it; answer `augments_input` instead.',
      'Ignored `llm`: the risk analysis no longer asks it.',
      'Ignored a second `text_output`: the first one counts.',
      'Ignored `NOPE` in `accepted`: no threat has that id.',
      'Ignored the likelihood `often` of `risk.EVASION`: use `low`, `medium`, `high`.',
      'Ignored `why.NOPE`: no threat has the id `NOPE`.',
    ]);
  });

  it('writes answers of shown questions in question order, the system name and decisions, and reads back the same', () => {
    const answers = {
      run_by: 'self',
      genai: true,
      trained_by: 'supplier',
      sensitive_train_data: true,
      output_can_harm: false,
    } as const;
    const decisions = {
      LEAKINPUT: { treatment: 'not-applicable' },
      EVASION: {
        likelihood: 'high',
        impact: 'medium',
        treatment: 'mitigate',
        owner: 'other',
        rationale: 'Vendor owns it, audit yearly',
      },
    } as const;
    const query = toQuery(model, answers, decisions, 'HR assistant');
    expect(query).toBe(
      '?genai=yes&trained_by=supplier&run_by=self&output_can_harm=no&system=HR+assistant&risk.EVASION=high,medium,mitigate,other&why.EVASION=Vendor+owns+it,+audit+yearly&risk.LEAKINPUT=,,not-applicable',
    );
    const back = parseQuery(model, query);
    expect(back.answers).toEqual({
      genai: true,
      trained_by: 'supplier',
      run_by: 'self',
      output_can_harm: false,
    });
    expect(back.decisions).toEqual(decisions);
    expect(back.system).toBe('HR assistant');
  });

  it("still reads the first edition's accepted and not_applicable lists as treatments", () => {
    expect(parseQuery(model, '?accepted=EVASION&not_applicable=LEAKINPUT').decisions).toEqual({
      EVASION: { treatment: 'accept' },
      LEAKINPUT: { treatment: 'not-applicable' },
    });
  });

  it('reads an empty value, which a form sent without JavaScript uses for "Not sure", as unanswered without a note', () => {
    expect(parseQuery(model, '?genai=&text_output=yes&system=')).toEqual({
      answers: { text_output: true },
      decisions: {},
      system: '',
      ignored: [],
    });
  });

  it('writes nothing for no answers', () => {
    expect(toQuery(model, {})).toBe('');
  });
});

describe('the answer validator for other programs', () => {
  it('names every unknown key and bad value', () => {
    expect(parseAnswers(model, { genai: 'yes', colour: 'red', run_by: 'us' }).errors).toEqual([
      "Ignored `colour`: it is not one of this page's questions.",
      'Ignored `run_by=us`: answer `self` or `supplier`.',
    ]);
    expect(() => assessAnswers({ genai: 'perhaps' })).toThrow(
      /`genai=perhaps`: answer `yes` or `no`/,
    );
  });

  it("gives the same result as the page's engine for valid answers", () => {
    expect(assessAnswers({ genai: 'yes', trained_by: 'supplier' })).toEqual(
      assess(model, { genai: true, trained_by: 'supplier' }),
    );
  });
});

describe('the take-away files', () => {
  const context = {
    system: 'Support bot',
    date: '2026-12-06',
    base: 'https://example.org/',
    shareUrl: 'https://example.org/overview/assess/?text_output=yes',
  };
  const result = assess(
    model,
    { text_output: true, trained_by: 'supplier' },
    {
      DENIALMODELSERVICE: {
        treatment: 'accept',
        likelihood: 'low',
        impact: 'medium',
        rationale: 'Rate limited, small cost',
      },
    },
  );

  it('writes a risk register: one CSV row per threat with ATLAS and OWASP ids, rating, treatment, owner and rationale', () => {
    const rows = resultToCsv(model, result, context).trimEnd().split('\r\n');
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(
      1 + result.threats.length + result.supplierThreats.length + result.possibleThreats.length,
    );
    const dos = rows.find((r) => r.includes(',DENIALMODELSERVICE,'))!;
    expect(dos).toContain(
      `Support bot,2026-12-06,${model.version.rules},DENIALMODELSERVICE,${name('DENIALMODELSERVICE')},applies,You,low,medium,Accept,"Rate limited, small cost",`,
    );
    const poison = rows.find((r) => r.includes(',TRANSFERLEARNINGATTACK,'))!;
    expect(poison).toContain(
      refsOfEntry('TRANSFERLEARNINGATTACK', 'MITRE ATLAS', ['addresses', 'partly-addresses']).join(
        ' ',
      ),
    );
    expect(rows.find((r) => r.includes(',DATAPOISON,'))).toContain(
      "applies (supplier's share),The supplier",
    );
    expect(rows.some((r) => /,possible: answer /.test(r))).toBe(true);
  });

  it('defuses a leading formula sign in a CSV field', () => {
    const csv = resultToCsv(model, result, { ...context, system: '=HYPERLINK("x")' });
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('writes a Markdown report with name, date, versions, answers in words, threats with why, owner, decision and controls', () => {
    const md = resultToMarkdown(model, result, context);
    expect(md).toMatch(/^# Threat model: Support bot\n/);
    expect(md).toContain(
      `Assessed 2026-12-06 with the threat-model rules of ${model.version.rules} and catalog ${model.version.catalog}`,
    );
    expect(md).toContain('- Does the model produce text? **yes**');
    expect(md).toContain('- Who trains or fine-tunes the model? **a supplier**');
    expect(md).toContain(
      `[${name('INSECUREOUTPUT')}](https://example.org/threats/insecureoutput/) (INSECUREOUTPUT)`,
    );
    expect(md).toContain('- Owner: You; likelihood: low; impact: medium; treatment: Accept');
    expect(md).toContain('- Rationale: Rate limited, small cost');
    expect(md).toMatch(
      /- Controls: \[[^\]]+\]\(https:\/\/example\.org\/controls\/supplychainmanage\/\)/,
    );
    expect(md).toContain('## Possible threats');
    expect(md).not.toContain('## Rules that applied');
    expect(resultToMarkdown(model, result, context, { includeRules: true })).toContain(
      '## Rules that applied',
    );
  });

  it('names files after the system and the date', () => {
    expect(fileName('HR assistant (Zürich)', '2026-12-06', 'md')).toBe(
      'hr-assistant-zurich-2026-12-06.md',
    );
    expect(fileName('', '2026-12-06', 'csv')).toBe('threat-model-2026-12-06.csv');
  });

  it('round-trips an answer set through JSON, and names what it cannot use', () => {
    const answers = { genai: true, trained_by: 'self', base_model_from_supplier: true } as const;
    const decisions = { EVASION: { likelihood: 'high', owner: 'host' } } as const;
    const text = JSON.stringify(toAnswerSet(model, answers, decisions, 'Fine-tune', '2026-12-06'));
    const back = fromAnswerSet(model, text);
    expect(back).toMatchObject({
      answers,
      decisions,
      system: 'Fine-tune',
      ignored: [],
      rules: model.version.rules,
    });
    const bad = fromAnswerSet(
      model,
      JSON.stringify({ ...JSON.parse(text), answers: { genai: 'maybe', colour: 'red' } }),
    );
    expect(bad.ignored).toHaveLength(2);
    expect(() => fromAnswerSet(model, '{"hello":1}')).toThrow(/not a threat-model answer set/);
    expect(() => fromAnswerSet(model, 'nope')).toThrow(/not JSON/);
  });
});
