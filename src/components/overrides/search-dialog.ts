/**
 * The search dialog, built on Pagefind's JavaScript API instead of its prebuilt UI. Why: the prebuilt
 * UI waits 300 ms after each keystroke, loads its own 126 kB bundle before the first search, and
 * takes no option through Starlight to change either. Here the runtime and index load on intent
 * (hover, focus or the shortcut, at the latest when the dialog opens), the index chunks for a query
 * are fetched while it is typed, and a search starts 20 ms after the last keystroke. A search whose
 * query or filters were overtaken is dropped, so a late answer never overwrites a newer one, and the
 * filter panel, built once from Pagefind's filter index, keeps its checkboxes across searches.
 *
 * Markup and styles are Starlight's (see Search.astro); the classes are Pagefind UI's, so Starlight's
 * look and the keyboard behaviour (`/`, Ctrl+K, arrow keys, announced result count) stay the same.
 */
import { filterHeading, PAGE_SIZE, pagefindFilters, resultFacts, resultMessage, sectionsToShow, type PagefindFilters, type PagefindResultData } from '../../site/search-view.ts';

/** The part of Pagefind's API the dialog uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: PagefindFilters }): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindSearch {
  readonly results: readonly { readonly id: string; data(): Promise<PagefindResultData> }[];
  readonly filters: Record<string, Record<string, number>>;
}

/** Milliseconds between the last keystroke and the search: enough to skip a word typed in one burst. */
const DEBOUNCE_MS = 20;

/** Whether the reader is typing somewhere, where `/` is a character and not a shortcut. */
const isTyping = (el: Element | null): boolean =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLElement && el.isContentEditable);

/** Creates an element with a class and, optionally, text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #generation = 0;
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #announce: ReturnType<typeof setTimeout> | undefined;
  #shown = PAGE_SIZE;

  connectedCallback(): void {
    const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
    const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]');
    const dialog = this.querySelector('dialog');
    const frame = this.querySelector('.dialog-frame');
    const input = this.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
    const clear = this.querySelector<HTMLButtonElement>('.pagefind-ui__search-clear');
    if (!openButton || !closeButton || !dialog || !frame) return;

    const onClickOutside = (event: MouseEvent) => {
      const target = event.target as Node | null;
      if ((target instanceof HTMLAnchorElement && target.href) || (target && document.body.contains(target) && !frame.contains(target))) close();
    };
    const open = (event?: Event) => {
      if (input) void this.#load();
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      input?.focus();
      event?.stopPropagation();
      window.addEventListener('click', onClickOutside);
    };
    const close = () => dialog.close();

    openButton.addEventListener('click', open);
    closeButton.addEventListener('click', close);
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClickOutside);
    });
    // Intent: a pointer over the button or focus on it starts loading the runtime and index.
    if (input) for (const type of ['pointerenter', 'focus', 'touchstart'] as const) openButton.addEventListener(type, () => void this.#load(), { passive: true });
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
        event.preventDefault();
        if (dialog.open) close();
        else open();
        return;
      }
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (dialog.open || isTyping(document.activeElement)) return;
      event.preventDefault();
      open();
    });
    openButton.disabled = false;
    // In `astro dev` there is no index: the dialog only says so.
    if (!input || !clear) return;

    input.addEventListener('input', () => this.#onInput(input, clear));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') event.preventDefault();
    });
    clear.addEventListener('click', () => {
      input.value = '';
      this.#onInput(input, clear);
      input.focus();
    });
    this.#arrowKeys(input);
  }

  /**
   * The first `count` pages that the site's search finds for `term`, ranked as in the dialog; for
   * other scripts of the site (the 404 page searches the words of an unknown short link).
   */
  async find(term: string, count: number): Promise<PagefindResultData[]> {
    const search = await (await this.#load()).search(term);
    return Promise.all((search?.results ?? []).slice(0, count).map((r) => r.data()));
  }

  /** Loads Pagefind's runtime and index entry once, with the site's ranking, then the filter panel. */
  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const bundle = `${this.dataset['bundle'] ?? '/pagefind/'}pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
      // In the page rather than a worker: the worker is a second copy of the runtime (43 kB) to fetch
      // before the first search, and an index this size searches in a few milliseconds.
      await pagefind.options({ ranking: JSON.parse(this.dataset['ranking'] ?? '{}'), excerptLength: 24, noWorker: true, baseUrl: this.dataset['base'] ?? '/' });
      await pagefind.init();
      void pagefind.filters().then((filters) => this.#renderFilters(filters));
      return pagefind;
    })();
    return this.#pagefind;
  }

  #onInput(input: HTMLInputElement, clear: HTMLButtonElement): void {
    const term = input.value.trim();
    clear.classList.toggle('pagefind-ui__suppressed', term === '');
    this.#shown = PAGE_SIZE;
    // Fetch the index chunks for the query while the reader may still be typing.
    if (term) void this.#load().then((p) => p.preload(term, { filters: this.#selectedFilters() }));
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => void this.#search(), DEBOUNCE_MS);
  }

  #selectedFilters(): PagefindFilters {
    const checked = [...this.querySelectorAll<HTMLInputElement>('.pagefind-ui__filter-checkbox:checked')];
    return pagefindFilters(checked.map((c) => ({ filter: c.name, value: c.value })));
  }

  /** Runs the search for the current query and filters; a newer search makes it drop its answer. */
  async #search(): Promise<void> {
    const generation = ++this.#generation;
    const term = this.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.value.trim() ?? '';
    const filters = this.#selectedFilters();
    const drawer = this.querySelector<HTMLElement>('.pagefind-ui__drawer');
    if (!drawer) return;
    if (!term && Object.keys(filters).length === 0) {
      drawer.classList.add('pagefind-ui__hidden');
      this.#renderResults(generation, '', [], 0);
      return;
    }
    const pagefind = await this.#load();
    const search = await pagefind.search(term || null, { filters });
    if (!search || generation !== this.#generation) return;
    const data = await Promise.all(search.results.slice(0, this.#shown).map((r) => r.data()));
    if (generation !== this.#generation) return;
    drawer.classList.remove('pagefind-ui__hidden');
    this.#renderResults(generation, term, data, search.results.length);
    this.#updateFilterCounts(search.filters);
  }

  #renderResults(generation: number, term: string, data: readonly PagefindResultData[], total: number): void {
    const area = this.querySelector<HTMLElement>('.pagefind-ui__results-area');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    if (!area || !status) return;
    const message = term ? resultMessage(total, term) : total > 0 ? resultMessage(total, 'the selected filters') : '';
    const list = el('ol', 'pagefind-ui__results');
    for (const item of data) list.append(this.#renderResult(item));
    const children: Node[] = message ? [el('p', 'pagefind-ui__message', message), list] : [];
    if (total > data.length) {
      const more = el('button', 'pagefind-ui__button', 'Load more results');
      more.type = 'button';
      more.addEventListener('click', () => {
        this.#shown += PAGE_SIZE;
        void this.#search();
      });
      children.push(more);
    }
    area.replaceChildren(...children);
    // The count is read out once typing has paused, not after every keystroke.
    clearTimeout(this.#announce);
    this.#announce = setTimeout(() => {
      if (generation === this.#generation && status.textContent !== message) status.textContent = message;
    }, 400);
  }

  #renderResult(data: PagefindResultData): HTMLLIElement {
    const item = el('li', 'pagefind-ui__result');
    const inner = el('div', 'pagefind-ui__result-inner');
    const title = el('p', 'pagefind-ui__result-title');
    const link = el('a', 'pagefind-ui__result-link', data.meta['title'] ?? data.url);
    link.href = data.meta['url'] ?? data.url;
    title.append(link);
    inner.append(title);
    const { showExcerpt, sections } = sectionsToShow(data);
    // Pagefind's excerpts are its own escaped text with <mark> around the matched words.
    if (showExcerpt) inner.append(Object.assign(el('p', 'pagefind-ui__result-excerpt'), { innerHTML: data.excerpt }));
    for (const section of sections) {
      const nested = el('div', 'pagefind-ui__result-nested');
      const sectionTitle = el('p', 'pagefind-ui__result-title');
      const sectionLink = el('a', 'pagefind-ui__result-link', section.title);
      sectionLink.href = section.url;
      sectionTitle.append(sectionLink);
      nested.append(sectionTitle, Object.assign(el('p', 'pagefind-ui__result-excerpt'), { innerHTML: section.excerpt }));
      inner.append(nested);
    }
    const facts = resultFacts(data);
    if (facts.length > 0) {
      const tags = el('ul', 'pagefind-ui__result-tags');
      for (const fact of facts) tags.append(el('li', 'pagefind-ui__result-tag', fact));
      inner.append(tags);
    }
    item.append(inner);
    return item;
  }

  /** The filter panel: one collapsible block per filter, one checkbox per value with its page count. */
  #renderFilters(filters: Record<string, Record<string, number>>): void {
    const panel = this.querySelector<HTMLFieldSetElement>('.pagefind-ui__filter-panel');
    if (!panel || Object.keys(filters).length === 0) return;
    const blocks = Object.entries(filters).map(([filter, values]) => {
      const block = el('details', 'pagefind-ui__filter-block');
      const group = el('div', 'pagefind-ui__filter-group');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', filterHeading(filter));
      for (const [value, count] of Object.entries(values)) {
        const row = el('div', 'pagefind-ui__filter-value');
        const box = el('input', 'pagefind-ui__filter-checkbox');
        box.type = 'checkbox';
        box.name = filter;
        box.value = value;
        box.id = `search-filter-${filter}-${value}`.replace(/[^A-Za-z0-9_-]+/g, '-');
        const label = el('label', 'pagefind-ui__filter-label');
        label.htmlFor = box.id;
        label.dataset['value'] = value;
        label.textContent = `${value} (${count})`;
        box.addEventListener('change', () => {
          row.classList.toggle('pagefind-ui__filter-value--checked', box.checked);
          this.#shown = PAGE_SIZE;
          void this.#search();
        });
        row.append(box, label);
        group.append(row);
      }
      block.append(el('summary', 'pagefind-ui__filter-name', filterHeading(filter)), group);
      return block;
    });
    panel.append(...blocks);
    panel.hidden = false;
  }

  /**
   * Updates each value's count to the current search; a value with no page left is hidden unless
   * checked. A filter the answer says nothing about keeps its counts: Pagefind leaves a filter out of
   * a search's counts while its filter index is still loading, and hiding every value then would empty
   * the panel under the reader's pointer.
   */
  #updateFilterCounts(counts: Record<string, Record<string, number>>): void {
    for (const box of this.querySelectorAll<HTMLInputElement>('.pagefind-ui__filter-checkbox')) {
      const values = counts[box.name];
      if (!values || Object.keys(values).length === 0) continue;
      const count = values[box.value] ?? 0;
      const label = box.nextElementSibling as HTMLLabelElement | null;
      if (label) label.textContent = `${box.value} (${count})`;
      (box.parentElement as HTMLElement).style.display = count === 0 && !box.checked ? 'none' : '';
    }
  }

  /** Arrow keys: down from the search box to the first result, then from result to result; up back again. */
  #arrowKeys(input: HTMLInputElement): void {
    this.querySelector('#starlight__search')?.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key !== 'ArrowDown' && key !== 'ArrowUp') return;
      const links = [...this.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-link')];
      const at = document.activeElement;
      const i = links.findIndex((link) => link === at);
      let next: HTMLElement | undefined;
      if (at === input) next = key === 'ArrowDown' ? links[0] : undefined;
      else if (i >= 0) next = key === 'ArrowDown' ? links[i + 1] : i === 0 ? input : links[i - 1];
      if (!next) return;
      event.preventDefault();
      next.focus();
    });
  }
}

customElements.define('site-search', SiteSearch);

/** The search element's API for other scripts of the site. */
export type SiteSearchElement = SiteSearch;
