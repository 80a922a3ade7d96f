/**
 * The threat-model builder's browser script: reads the answers from the form and the query string,
 * runs the catalog's pure engine on the model it fetches, and renders the result into `#result`. The
 * page works without it; this only adds the live result, sharing and downloads.
 */
import { assess, effectiveAnswers, isAsked } from '../catalog/assess.ts';
import type { AssessModel, AssessResult, ThreatResult, ThreatStatus } from '../catalog/assess.ts';
import { describeConditions, resultToCsv, resultToMarkdown } from '../catalog/assess-export.ts';
import { parseQuery, toQuery } from '../catalog/assess-query.ts';
import type { Conditions } from '../catalog/rule-types.ts';

const STATUS_LABELS: readonly [ThreatStatus, string][] = [['open', 'To treat'], ['accepted', 'Accepted'], ['not-applicable', 'Not applicable']];

/** What set the builder going: an answer, the form's submit button, or answers in the address. */
export type FirstAction = 'update' | 'submit' | 'load';

/**
 * Loads the model and takes over the form: the page's small loader calls this on the first answer,
 * or at once when the address carries answers, so a first visit downloads neither script nor rules.
 */
export async function openBuilder(root: HTMLElement, form: HTMLFormElement, status: HTMLElement, first: FirstAction): Promise<void> {
  const response = await fetch(root.dataset['model'] ?? '');
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${response.url}`);
  const builder = createBuilder((await response.json()) as AssessModel, form, status);
  const submit = () => {
    builder.update();
    document.getElementById('result-heading')?.focus();
  };
  form.addEventListener('change', () => builder.update());
  form.addEventListener('submit', submit);
  window.addEventListener('popstate', () => builder.load());
  if (first === 'load') builder.load();
  else if (first === 'submit') submit();
  else builder.update();
}

/** The builder once its model is there. */
interface Builder {
  /** Recomputes from the form and records the answers in the address. */
  update(): void;
  /** Reads the answers from the address into the form and recomputes. */
  load(): void;
}

function createBuilder(model: AssessModel, form: HTMLFormElement, status: HTMLElement): Builder {
  const output = document.getElementById('assess-output')!;
  const ignoredList = document.getElementById('assess-ignored')!;
  const actions = document.getElementById('assess-actions')!;
  let setAside: Record<string, Exclude<ThreatStatus, 'open'>> = {};
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
  const writeForm = (answers: Conditions) => {
    for (const q of model.questions) {
      const v = (answers as Record<string, boolean | string | undefined>)[q.key];
      const value = v === undefined ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;
      const radios = form.elements.namedItem(q.key) as RadioNodeList | null;
      if (radios) radios.value = value;
    }
  };
  const showQuestions = (answers: Conditions) => {
    const effective = effectiveAnswers(model, answers);
    for (const q of model.questions) {
      const box = form.querySelector<HTMLElement>(`[data-key="${q.key}"]`);
      if (box) box.hidden = !isAsked(q, effective);
    }
  };

  const render = (announce: boolean) => {
    const answers = readForm();
    showQuestions(answers);
    current = assess(model, answers, setAside);
    output.replaceChildren(...renderResult(model, current, (id, s) => {
      if (s === 'open') delete setAside[id];
      else setAside[id] = s;
      update();
      // The list was rebuilt: give the keyboard back the control it was on.
      output.querySelector<HTMLSelectElement>(`[data-threat="${id}"] select`)?.focus();
    }));
    actions.hidden = false;
    const controls = current.generalControls.length + current.controlGroups.reduce((n, g) => n + g.controls.length, 0);
    const text = `${current.threats.length} threats for you, ${current.supplierThreats.length} for a supplier, ${controls} controls.`;
    if (announce || status.textContent !== text) status.textContent = text;
  };
  const update = () => {
    render(true);
    const query = toQuery(model, readForm(), setAside);
    if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}${location.hash}`);
  };
  const load = () => {
    const parsed = parseQuery(model, location.search);
    setAside = { ...parsed.setAside };
    writeForm(parsed.answers);
    ignoredList.replaceChildren(...parsed.ignored.map((n) => el('li', {}, n)));
    ignoredList.hidden = parsed.ignored.length === 0;
    render(false);
  };

  actions.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button || !current) return;
    if (button.dataset['download'] === 'md') download('threat-model.md', 'text/markdown', resultToMarkdown(model, current, location.origin, location.href));
    else if (button.dataset['download'] === 'csv') download('threat-model.csv', 'text/csv', resultToCsv(current, location.origin));
    else if ('print' in button.dataset) window.print();
    else if ('reset' in button.dataset) {
      setAside = {};
      writeForm({});
      update();
    }
  });
  return { update, load };
}

function renderResult(model: AssessModel, result: AssessResult, onStatus: (id: string, s: ThreatStatus) => void): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const rule = (id: string) => model.rules.find((r) => r.id === id);
  const threatItem = (t: ThreatResult, withStatus: boolean) => {
    const li = el('li', { class: t.status === 'open' ? '' : 'assess__set-aside', 'data-threat': t.id });
    li.append(link(t.url, t.name));
    if (withStatus) {
      const select = el('select', { 'aria-label': `Decision on ${t.name}` }) as HTMLSelectElement;
      for (const [value, label] of STATUS_LABELS) select.append(new Option(label, value, false, value === t.status));
      select.addEventListener('change', () => onStatus(t.id, select.value as ThreatStatus));
      li.append(select);
    }
    for (const r of t.reasons) li.append(el('span', { class: 'assess__why' }, `${r.rule} (${describeConditions(r.conditions)}): ${rule(r.rule)?.note ?? ''}`));
    for (const n of t.notes) li.append(el('span', { class: 'assess__why' }, `${n.rule}: ${n.note}`));
    return li;
  };
  parts.push(el('h3', {}, 'Threats'));
  parts.push(el('p', {}, result.threats.some((t) => t.responsible === 'shared') ? 'Responsible: you, shared with whoever hosts your components.' : 'Responsible: you.'));
  parts.push(list(result.threats.map((t) => threatItem(t, true)), 'assess-threats'));
  if (result.supplierThreats.length > 0) {
    parts.push(el('h3', {}, "The supplier's share"));
    parts.push(el('p', {}, 'The supplier is responsible for these; ask for evidence that it handles them, or accept the risk.'));
    parts.push(list(result.supplierThreats.map((t) => threatItem(t, false)), 'assess-supplier'));
  }
  parts.push(el('h3', {}, 'Controls'));
  if (result.generalControls.length > 0) {
    parts.push(el('h4', {}, 'General controls (always)'));
    parts.push(list(result.generalControls.map((c) => el('li', {}, link(c.url, c.name))), 'assess-general'));
  }
  for (const g of result.controlGroups) {
    parts.push(el('h4', {}, g.name));
    parts.push(list(g.controls.map((c) => {
      const li = el('li', { 'data-control': c.id }, link(c.url, c.name));
      const why = [c.against.length > 0 ? `against ${c.against.map((id) => model.threats[id]?.name ?? id).join(', ')}` : '', c.rules.length > 0 ? `rule ${c.rules.join(', ')}` : '', c.optional ? 'optional' : ''].filter(Boolean).join('; ');
      li.append(el('span', { class: 'assess__why' }, why));
      return li;
    })));
  }
  if (result.notes.length > 0) {
    parts.push(el('h3', {}, 'Notes'));
    parts.push(list(result.notes.map((n) => el('li', {}, `${n.rule} (step ${n.step}): ${n.note}`))));
  }
  return parts;
}

function el(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) if (v) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function list(items: HTMLElement[], id = ''): HTMLElement {
  return el('ul', id ? { id } : {}, ...items);
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = link(url, name);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
