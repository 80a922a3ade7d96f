/**
 * The threat-model builder's browser script: reads the answers, the system's name and the decisions
 * from the form and the address, runs the catalog's pure engine on the model it fetches, and renders
 * the result into `#result`. It also keeps named systems in this browser's storage, saves and opens
 * answer files, compares two systems, downloads the report and register, and prints. The page works
 * without it; the rule table on the page gives the same threats by hand.
 */
import {
  LEVELS,
  OWNERS,
  TREATMENTS,
  assess,
  effectiveAnswers,
  isAsked,
} from '../catalog/assess.ts';
import type {
  AssessModel,
  AssessResult,
  Decision,
  Decisions,
  ThreatResult,
} from '../catalog/assess.ts';
import {
  OWNER_LABELS,
  TREATMENT_LABELS,
  answerWords,
  describeConditions,
  fileName,
  fromAnswerSet,
  questionText,
  resultToCsv,
  resultToMarkdown,
  toAnswerSet,
} from '../catalog/assess-export.ts';
import { parseQuery, toQuery } from '../catalog/assess-query.ts';
import type { Conditions } from '../catalog/rule-types.ts';
import { compareSystems, deleteSystem, readSystems, saveSystem } from './threat-model-systems.ts';
import type { SavedSystem } from './threat-model-systems.ts';

/** What set the builder going: an answer, the form's submit button, answers in the address, or a file to open. */
export type FirstAction = 'update' | 'submit' | 'load' | { readonly file: File };

/**
 * Loads the model and takes over the form: the page's small loader calls this on the first answer,
 * at once when the address carries answers or systems are kept, or when a reader opens a file, so a
 * first visit downloads neither script nor rules.
 */
export async function openBuilder(
  root: HTMLElement,
  form: HTMLFormElement,
  status: HTMLElement,
  first: FirstAction,
): Promise<void> {
  const response = await fetch(root.dataset['model'] ?? '');
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${response.url}`);
  const builder = createBuilder((await response.json()) as AssessModel, form, status);
  const submit = () => {
    builder.update();
    document.getElementById('result-heading')?.focus();
  };
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).id !== 'assess-import') builder.update();
  });
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).id === 'assess-system') builder.update();
  });
  form.addEventListener('submit', submit);
  // Back and Forward, and a page restored from the back-forward cache: the address is the truth.
  window.addEventListener('popstate', () => builder.load());
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) builder.load();
  });
  if (typeof first === 'object') {
    builder.load();
    await builder.importFile(first.file);
  } else if (first === 'load') builder.load();
  else if (first === 'submit') submit();
  else builder.update();
}

/** The builder once its model is there. */
interface Builder {
  /** Recomputes from the form and records the state in the address (replacing the entry). */
  update(): void;
  /** Reads the state from the address into the form and recomputes. */
  load(): void;
  /** Opens an answer file as a new history entry. */
  importFile(file: File): Promise<void>;
}

const today = () => new Date().toISOString().slice(0, 10);

function createBuilder(model: AssessModel, form: HTMLFormElement, status: HTMLElement): Builder {
  const output = document.getElementById('assess-output')!;
  const ignoredList = document.getElementById('assess-ignored')!;
  const actions = document.getElementById('assess-actions')!;
  const systems = document.getElementById('assess-systems')!;
  const savedList = document.getElementById('assess-saved')!;
  const compareBox = document.getElementById('assess-compare')!;
  const progress = document.getElementById('assess-progress')!;
  const count = document.getElementById('assess-count')!;
  const titleLine = document.getElementById('assess-title')!;
  const nameInput = form.elements.namedItem('system') as HTMLInputElement;
  const printRules = document.getElementById('assess-print-rules') as HTMLInputElement | null;
  let decisions: Record<string, Decision> = {};
  // Decisions the reader has open stay open when the result is rebuilt.
  const openDecisions = new Set<string>();
  let current: AssessResult | undefined;

  const readForm = (): Conditions => {
    const answers: Record<string, boolean | string> = {};
    for (const q of model.questions) {
      const value = (form.elements.namedItem(q.key) as RadioNodeList | null)?.value ?? '';
      if (value === 'yes' || value === 'no') answers[q.key] = value === 'yes';
      else if (value) answers[q.key] = value;
    }
    return answers as Conditions;
  };
  // Checks the matching radio of every question, "Not sure" (value "") included: setting
  // RadioNodeList.value to "" does not check the empty-value radio in Blink.
  const writeForm = (answers: Conditions, system: string) => {
    for (const q of model.questions) {
      const v = (answers as Record<string, boolean | string | undefined>)[q.key];
      const value = v === undefined ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;
      for (const radio of form.querySelectorAll<HTMLInputElement>(
        `input[type="radio"][name="${q.key}"]`,
      ))
        radio.checked = radio.value === value;
    }
    nameInput.value = system;
  };
  const showQuestions = (answers: Conditions) => {
    const effective = effectiveAnswers(model, answers);
    for (const q of model.questions) {
      const box = form.querySelector<HTMLElement>(`[data-key="${q.key}"]`);
      if (box) box.hidden = !isAsked(q, effective);
    }
  };
  const systemName = () => nameInput.value.trim();
  const query = () => toQuery(model, readForm(), decisions, systemName());
  const exportContext = () => ({
    system: systemName(),
    date: today(),
    base: location.origin,
    shareUrl: `${location.origin}${location.pathname}${query()}`,
  });

  const render = (announce: boolean) => {
    const answers = readForm();
    showQuestions(answers);
    current = assess(model, answers, decisions);
    output.replaceChildren(
      ...renderResult(model, current, openDecisions, (id, change) => {
        const next: Record<string, string | undefined> = { ...decisions[id], ...change };
        for (const k of Object.keys(next))
          if (next[k] === undefined || next[k] === '') delete next[k];
        if (Object.keys(next).length > 0) decisions[id] = next as Decision;
        else delete decisions[id];
        update();
        // The list was rebuilt (and maybe reordered): give the keyboard back the field it was on.
        document.getElementById(`decide-${id}-${Object.keys(change)[0] ?? ''}`)?.focus();
      }),
    );
    actions.hidden = false;
    systems.hidden = false;
    progress.hidden = false;
    const system = systemName();
    titleLine.textContent = `${system ? `${system}: ` : ''}assessed ${today()}, rules ${model.version.rules}, catalog ${model.version.catalog}.`;
    titleLine.hidden = false;
    const text = `${current.threats.length} threats for you, ${current.supplierThreats.length} in the supplier's share, ${current.possibleThreats.length} possible.`;
    count.textContent = `${current.threats.length} threats so far, ${current.possibleThreats.length} possible.`;
    if (announce || status.textContent !== text) status.textContent = text;
    renderSaved();
  };
  const update = () => {
    // Keep the keyboard where it was: the result is rebuilt on every change.
    const active = document.activeElement as HTMLElement | null;
    const focusKey = active?.closest('[data-threat]')
      ? `[data-threat="${active.closest<HTMLElement>('[data-threat]')!.dataset['threat']}"] [data-field="${active.dataset['field'] ?? ''}"]`
      : '';
    render(true);
    if (focusKey) output.querySelector<HTMLElement>(focusKey)?.focus();
    const next = query();
    // One history entry per visit: each answer replaces it, so Back leaves the page or returns to a
    // state the reader opened on purpose (Start again, a kept system, a file).
    if (next !== location.search)
      history.replaceState(null, '', `${location.pathname}${next}${location.hash}`);
  };
  const load = () => {
    const parsed = parseQuery(model, location.search);
    decisions = Object.fromEntries(Object.entries(parsed.decisions).map(([k, v]) => [k, { ...v }]));
    writeForm(parsed.answers, parsed.system);
    ignoredList.replaceChildren(...parsed.ignored.map(noteItem));
    ignoredList.hidden = parsed.ignored.length === 0;
    render(false);
  };
  const open = (search: string, note = '') => {
    history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
    load();
    if (note) status.textContent = note;
  };
  const importFile = async (file: File) => {
    try {
      const parsed = fromAnswerSet(model, await file.text());
      open(
        toQuery(model, parsed.answers, parsed.decisions, parsed.system),
        `Opened ${file.name}${parsed.rules !== model.version.rules ? ` (made with the rules of ${parsed.rules}; shown with today's, ${model.version.rules})` : ''}.`,
      );
      if (parsed.ignored.length > 0) {
        ignoredList.replaceChildren(...parsed.ignored.map(noteItem));
        ignoredList.hidden = false;
      }
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
    }
  };

  const renderSaved = () => {
    const kept = readSystems();
    savedList.replaceChildren(
      ...kept.map((s) => {
        const li = el('li', { 'data-system': s.id });
        const box = el('input', {
          type: 'checkbox',
          id: `compare-${s.id}`,
          'data-compare-pick': s.id,
        }) as HTMLInputElement;
        li.append(
          box,
          el(
            'label',
            { for: `compare-${s.id}` },
            `${s.system || 'Unnamed system'} (kept ${s.saved}, rules ${s.rules})`,
          ),
          ' ',
        );
        li.append(
          el('button', { type: 'button', 'data-open-system': s.id }, 'Open'),
          ' ',
          el('button', { type: 'button', 'data-delete-system': s.id }, 'Delete'),
        );
        return li;
      }),
    );
    const compareButton = systems.querySelector<HTMLButtonElement>('[data-compare]');
    if (compareButton) compareButton.hidden = kept.length === 0;
    const empty = systems.querySelector<HTMLElement>('#assess-saved-empty');
    if (empty) empty.hidden = kept.length > 0;
  };

  actions.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button || !current) return;
    const context = exportContext();
    if (button.dataset['download'] === 'md')
      download(
        fileName(context.system, context.date, 'md'),
        'text/markdown',
        resultToMarkdown(model, current, context, { includeRules: printRules?.checked === true }),
      );
    else if (button.dataset['download'] === 'csv')
      download(
        fileName(context.system, context.date, 'csv'),
        'text/csv',
        resultToCsv(model, current, context),
      );
    else if (button.dataset['download'] === 'json')
      download(
        fileName(context.system, context.date, 'json'),
        'application/json',
        `${JSON.stringify(toAnswerSet(model, readForm(), decisions, context.system, context.date), null, 2)}\n`,
      );
    else if ('print' in button.dataset) window.print();
    else if ('reset' in button.dataset) {
      decisions = {};
      openDecisions.clear();
      writeForm({}, '');
      ignoredList.hidden = true;
      history.pushState(null, '', location.pathname);
      render(true);
      status.textContent = 'Started again: every question is back on "Not sure".';
      form.querySelector<HTMLElement>('input')?.focus();
    }
  });
  printRules?.addEventListener('change', () =>
    document.documentElement.classList.toggle('assess-print-rules', printRules.checked),
  );
  systems.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    if ('save' in button.dataset) {
      const saved = saveSystem({
        system: systemName(),
        saved: today(),
        rules: model.version.rules,
        catalog: model.version.catalog,
        query: query(),
        threats: current?.threats.map((t) => t.id) ?? [],
      });
      renderSaved();
      status.textContent = saved
        ? `Kept "${systemName() || 'Unnamed system'}" in this browser.`
        : 'This browser does not allow keeping systems (storage is off or full).';
    } else if (button.dataset['openSystem']) {
      const s = readSystems().find((x) => x.id === button.dataset['openSystem']);
      if (s) open(s.query, `Opened "${s.system || 'Unnamed system'}".`);
    } else if (button.dataset['deleteSystem']) {
      deleteSystem(button.dataset['deleteSystem']);
      renderSaved();
      status.textContent = 'Deleted the kept system.';
    } else if ('compare' in button.dataset) {
      const picked = [
        ...systems.querySelectorAll<HTMLInputElement>('[data-compare-pick]:checked'),
      ].map((b) => b.dataset['comparePick']!);
      const kept = readSystems();
      const chosen = picked
        .map((id) => kept.find((s) => s.id === id))
        .filter((s): s is SavedSystem => s !== undefined);
      compareBox.replaceChildren(
        ...renderCompare(model, chosen, { system: systemName(), query: query() }),
      );
      compareBox.querySelector<HTMLElement>('h4')?.focus();
    }
  });
  form.querySelector<HTMLInputElement>('#assess-import')?.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void importFile(file).then(() => (input.value = ''));
  });
  return { update, load, importFile };
}

/** The two sides of a comparison: two kept systems, or one kept system against the form as it is now. */
function renderCompare(
  model: AssessModel,
  chosen: readonly SavedSystem[],
  now: { system: string; query: string },
): HTMLElement[] {
  if (chosen.length === 0 || chosen.length > 2)
    return [el('p', {}, 'Tick one kept system (to compare it with the form as it is now) or two.')];
  const sides =
    chosen.length === 2
      ? chosen.map((s) => ({
          label: `${s.system || 'Unnamed'} (${s.saved})`,
          query: s.query,
          saved: s,
        }))
      : [
          {
            label: `${chosen[0]!.system || 'Unnamed'} (${chosen[0]!.saved})`,
            query: chosen[0]!.query,
            saved: chosen[0]!,
          },
          { label: `${now.system || 'This form'} (now)`, query: now.query, saved: undefined },
        ];
  const rows = compareSystems(
    model,
    sides.map((s) => ({
      query: s.query,
      savedThreats: s.saved?.threats,
      savedRules: s.saved?.rules,
    })),
  );
  const table = el('table', { class: 'assess__compare' });
  table.append(el('caption', {}, `${sides[0]!.label} and ${sides[1]!.label}`));
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, 'Threat'),
    ...sides.map((s) => el('th', { scope: 'col' }, s.label)),
  );
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const r of rows)
    body.append(
      el('tr', {}, el('th', { scope: 'row' }, r.name), ...r.cells.map((c) => el('td', {}, c))),
    );
  table.append(body);
  return [
    el('h4', { tabindex: '-1' }, 'Comparison'),
    el(
      'div',
      {
        class: 'table-scroll',
        tabindex: '0',
        role: 'region',
        'aria-label': 'Comparison of two systems',
      },
      table,
    ),
  ];
}

type DecisionChange = Partial<Record<keyof Decision, string | undefined>>;

function renderResult(
  model: AssessModel,
  result: AssessResult,
  openDecisions: Set<string>,
  onDecision: (id: string, change: DecisionChange) => void,
): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const ruleNote = (id: string) => model.rules.find((r) => r.id === id)?.note ?? '';
  const ruleLink = (id: string) => link(`#rule-${id.toLowerCase()}`, `rule ${id}`);
  const controlLinks = (ids: readonly string[]) => {
    const span = el('span');
    ids.forEach((id, i) =>
      span.append(
        ...(i > 0 ? [', '] : []),
        link(model.controls[id]!.url, model.controls[id]!.name),
      ),
    );
    return span;
  };
  const select = (
    t: ThreatResult,
    field: keyof Decision,
    label: string,
    options: readonly (readonly [string, string])[],
    value: string,
  ) => {
    const id = `decide-${t.id}-${field}`;
    const s = el('select', { id, 'data-field': field }) as HTMLSelectElement;
    for (const [v, text] of options) s.append(new Option(text, v, false, v === value));
    s.addEventListener('change', () => onDecision(t.id, { [field]: s.value }));
    return el('span', { class: 'assess__field' }, el('label', { for: id }, label), s);
  };
  const yoursIds = new Set(result.threats.map((t) => t.id));
  const threatItem = (t: ThreatResult, supplierShare: boolean) => {
    const li = el('li', {
      class: t.status === 'open' ? 'assess__threat' : 'assess__threat assess__set-aside',
      'data-threat': t.id,
    });
    li.append(el('h4', {}, link(t.url, t.name)));
    const why = el('p', { class: 'assess__why' }, 'Why: ');
    t.reasons.forEach((r, i) =>
      why.append(
        ...(i > 0 ? ['; '] : []),
        ruleLink(r.rule),
        `, ${ruleNote(r.rule)}`,
        el(
          'span',
          { class: 'assess__conditions' },
          ` (${describeConditions(model, r.conditions)})`,
        ),
      ),
    );
    li.append(why);
    for (const n of t.notes)
      li.append(
        el('p', { class: 'assess__why assess__note' }, 'Note (', ruleLink(n.rule), `): ${n.note}`),
      );
    if (!supplierShare && t.controls.length > 0)
      li.append(el('p', { class: 'assess__controls' }, 'Controls: ', controlLinks(t.controls)));
    if (!supplierShare && t.optionalControls.length > 0)
      li.append(
        el(
          'p',
          { class: 'assess__controls' },
          'Worth considering: ',
          controlLinks(t.optionalControls),
        ),
      );
    if (t.owner === 'supplier' || t.owner === 'other')
      li.append(
        el('p', { class: 'assess__why' }, 'Get evidence that the owner handles it (step 6).'),
      );
    const d = t.decision;
    // A threat in both lists (the supplier's training data, your retrieved data) is decided once, under yours.
    if (supplierShare && yoursIds.has(t.id)) {
      li.append(
        el(
          'p',
          { class: 'assess__why' },
          'Also on your list above, where its decision is recorded.',
        ),
      );
      return li;
    }
    const rated = d.likelihood || d.impact || d.treatment;
    const summary = `Owner: ${OWNER_LABELS[t.owner]}${rated ? `; likelihood ${d.likelihood ?? 'not rated'}, impact ${d.impact ?? 'not rated'}, treatment: ${d.treatment ? TREATMENT_LABELS[d.treatment] : 'not decided'}` : '; not yet rated'}${d.rationale ? `. Rationale: ${d.rationale}` : ''}`;
    // The fields are built when the reader opens the decision: a large result stays light to rebuild,
    // and the summary line (which is also what paper shows) says where each threat stands.
    const details = el(
      'details',
      { class: 'assess__decide' },
      el('summary', {}, summary),
    ) as HTMLDetailsElement;
    const build = () => {
      if (details.querySelector('.assess__decision')) return;
      const fields = el('div', { class: 'assess__decision' });
      const levels = [['', 'not rated'], ...LEVELS.map((l) => [l, l] as const)] as const;
      fields.append(
        select(
          t,
          'owner',
          'Owner',
          OWNERS.map(
            (o) =>
              [o, `${OWNER_LABELS[o]}${o === t.suggestedOwner ? ' (suggested)' : ''}`] as const,
          ),
          t.owner,
        ),
        select(t, 'likelihood', 'Likelihood', levels, d.likelihood ?? ''),
        select(t, 'impact', 'Impact', levels, d.impact ?? ''),
        select(
          t,
          'treatment',
          'Treatment',
          [['', 'not decided'], ...TREATMENTS.map((x) => [x, TREATMENT_LABELS[x]] as const)],
          d.treatment ?? '',
        ),
      );
      const rid = `decide-${t.id}-rationale`;
      const rationale = el('input', {
        id: rid,
        type: 'text',
        'data-field': 'rationale',
        maxlength: '500',
      }) as HTMLInputElement;
      rationale.value = d.rationale ?? '';
      rationale.addEventListener('change', () =>
        onDecision(t.id, { rationale: rationale.value.trim() || undefined }),
      );
      fields.append(
        el(
          'span',
          { class: 'assess__field assess__field--wide' },
          el('label', { for: rid }, 'Rationale'),
          rationale,
        ),
      );
      details.append(fields);
    };
    if (openDecisions.has(t.id)) {
      details.open = true;
      build();
    }
    details.addEventListener('toggle', () => {
      if (details.open) {
        openDecisions.add(t.id);
        build();
      } else openDecisions.delete(t.id);
    });
    li.append(details);
    return li;
  };

  parts.push(el('h3', {}, 'Threats for you'));
  if (result.threats.length === 0) parts.push(el('p', {}, 'None yet.'));
  else
    parts.push(
      el(
        'ol',
        { id: 'assess-threats', class: 'assess__threats' },
        ...result.threats.map((t) => threatItem(t, false)),
      ),
    );

  if (result.possibleThreats.length > 0) {
    parts.push(el('h3', {}, 'Possible threats'));
    parts.push(
      el(
        'p',
        {},
        '"Not sure" is not "no": these apply or drop out once you answer the questions named.',
      ),
    );
    parts.push(
      el(
        'ul',
        { id: 'assess-possible' },
        ...result.possibleThreats.map((t) => {
          const li = el(
            'li',
            { 'data-possible': t.id },
            link(t.url, t.name),
            t.supplierOnly ? " (the supplier's)" : '',
            ': answer ',
          );
          t.open.forEach((k, i) =>
            li.append(...(i > 0 ? [' / '] : []), link(`#q-${k}`, questionText(model, k))),
          );
          li.append(' to confirm or drop it.');
          return li;
        }),
      ),
    );
  }
  if (result.openQuestions.length > 0) {
    parts.push(el('h3', { class: 'assess__screen-only' }, 'Open questions'));
    parts.push(
      el(
        'ul',
        { id: 'assess-open', class: 'assess__screen-only' },
        ...result.openQuestions.map((q) =>
          el(
            'li',
            {},
            link(`#q-${q.key}`, questionText(model, q.key)),
            q.threats.length > 0
              ? ` (could add ${q.threats.length} threat${q.threats.length === 1 ? '' : 's'})`
              : '',
          ),
        ),
      ),
    );
  }
  if (result.supplierThreats.length > 0) {
    parts.push(el('h3', {}, "The supplier's share"));
    parts.push(
      el(
        'p',
        {},
        'The supplier is responsible for these, not necessarily accountable: get evidence that it handles them, or accept the risk.',
      ),
    );
    parts.push(
      el(
        'ul',
        { id: 'assess-supplier', class: 'assess__threats' },
        ...result.supplierThreats.map((t) => threatItem(t, true)),
      ),
    );
  }
  if (result.notes.length > 0) {
    parts.push(el('h3', {}, 'Notes for the whole system'));
    parts.push(
      el(
        'ul',
        { id: 'assess-notes' },
        ...result.notes.map((n) => el('li', {}, ruleLink(n.rule), ` (step ${n.step}): ${n.note}`)),
      ),
    );
  }
  if (result.generalControls.length > 0) {
    const details = el('details', { class: 'assess__general' });
    details.append(
      el('summary', {}, `General controls against every threat (${result.generalControls.length})`),
    );
    details.append(
      el(
        'ul',
        { id: 'assess-general' },
        ...result.generalControls.map((c) => el('li', {}, link(c.url, c.name))),
      ),
    );
    parts.push(details);
  }
  const answered = Object.entries(result.answers);
  // Paper gets the answers in words in one paragraph; the screen keeps them folded away.
  parts.splice(
    0,
    0,
    el(
      'p',
      { class: 'assess__print-only' },
      el('strong', {}, 'Answers: '),
      answered.length > 0
        ? answered
            .map(([k, v]) => `${questionText(model, k)} ${answerWords(v as boolean)}`)
            .join('; ')
        : 'none yet',
    ),
  );
  if (answered.length > 0) {
    const details = el('details', { class: 'assess__answers' });
    details.append(el('summary', {}, `Your answers (${answered.length})`));
    details.append(
      el(
        'ul',
        {},
        ...answered.map(([k, v]) =>
          el('li', {}, `${questionText(model, k)} `, el('strong', {}, answerWords(v as boolean))),
        ),
      ),
    );
    parts.push(details);
  }
  return parts;
}

/** Decisions as the engine wants them. */
export type { Decisions };

/** A parser note as a list item: the `key=value` parts it quotes in backticks become code. */
function noteItem(note: string): HTMLElement {
  return el(
    'li',
    {},
    ...note.split('`').map((part, i) => (i % 2 === 1 ? el('code', {}, part) : part)),
  );
}

function el(
  tag: string,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) if (v) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

// Links get absolute addresses, so a printed page shows where each one leads.
function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href.startsWith('#') ? href : new URL(href, location.href).href;
  a.textContent = text;
  return a;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
