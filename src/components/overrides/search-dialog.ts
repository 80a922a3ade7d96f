/**
 * The search dialog, built on Pagefind's JavaScript API instead of its prebuilt UI. Why: the prebuilt
 * UI waits 300 ms after each keystroke, loads its own 126 kB bundle before the first search, and
 * takes no option through Starlight to change either. Here the runtime and index load on intent
 * (hover, focus or the shortcut, at the latest when the dialog opens), the index chunks for a query
 * are fetched while it is typed, and a search starts 20 ms after the last keystroke. A search whose
 * query or filters were overtaken is dropped, so a late answer never overwrites a newer one, and the
 * filter panel, built once from Pagefind's filter index, keeps its checkboxes across searches.
 *
 * No dead ends: when fewer than three pages hold every word, the pages with some of the words follow
 * under a note (src/site/search-partial.ts). Only the fragments of the first screenful of results are
 * fetched at first (each carries its page's full text); the next ones when the reader scrolls to the
 * end of the list or presses "Load more results".
 *
 * Markup and styles are Starlight's (see Search.astro); the classes are Pagefind UI's, so Starlight's
 * look and the keyboard behaviour (`/`, Ctrl+K, arrow keys, announced result count) stay the same.
 */
import { ALSO_LISTED_SEPARATOR } from '../../site/search-crosswalk.ts';
import {
  meaningfulWords,
  mergePartial,
  otherSpelling,
  otherSpellingQuery,
  PARTIAL_NOTE,
  partialFilterCounts,
  wantsPartial,
} from '../../site/search-partial.ts';
import {
  alsoListedMatches,
  FIRST_SCREEN,
  filterHeading,
  PAGE_SIZE,
  pagefindFilters,
  resultFacts,
  resultMessage,
  sectionsToShow,
  type PagefindFilters,
  type PagefindResultData,
} from '../../site/search-view.ts';

/** The part of Pagefind's API the dialog uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: PagefindFilters }): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: PagefindFilters },
  ): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** One result of a Pagefind search; `data()` fetches its fragment. */
interface PagefindResult {
  readonly id: string;
  readonly score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  readonly results: readonly PagefindResult[];
  readonly filters: Record<string, Record<string, number>>;
}

/** What a search answers: pages with all the words, then pages with some of them. */
interface Answer {
  readonly full: readonly PagefindResult[];
  readonly partial: readonly PagefindResult[];
  readonly filterCounts: Record<string, Record<string, number>>;
  /** False when the counts are lower bounds (partial matches): the panel then shows no figures. */
  readonly exactCounts: boolean;
}

/** The answer on screen. */
interface Shown {
  /** The meaningful words of the query, for "Also listed as". */
  readonly words: readonly string[];
  readonly answer: Answer;
  /** Results rendered so far, full matches first. */
  shown: number;
  /** The batch of fragments on its way, resolving to its first link. */
  loading: Promise<HTMLAnchorElement | undefined> | undefined;
}

/** Milliseconds between the last keystroke and the search: enough to skip a word typed in one burst. */
const DEBOUNCE_MS = 20;

/** Whether the reader is typing somewhere, where `/` is a character and not a shortcut. */
const isTyping = (el: Element | null): boolean =>
  el instanceof HTMLInputElement ||
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLElement && el.isContentEditable);

/** Creates an element with a class and, optionally, text. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  /** Settles when the filter panel is built (or its filter index failed to load). */
  #filtersReady: Promise<void> | undefined;
  #generation = 0;
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #announce: ReturnType<typeof setTimeout> | undefined;
  /** The answer on screen, with how many of its results are shown. */
  #current: Shown | undefined;

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
      if (
        (target instanceof HTMLAnchorElement && target.href) ||
        (target && document.body.contains(target) && !frame.contains(target))
      )
        close();
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
    if (input)
      for (const type of ['pointerenter', 'focus', 'touchstart'] as const)
        openButton.addEventListener(type, () => void this.#load(), { passive: true });
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
        event.preventDefault();
        if (dialog.open) close();
        else open();
        return;
      }
      if (
        event.key !== '/' ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        event.defaultPrevented
      )
        return;
      if (dialog.open || isTyping(document.activeElement)) return;
      event.preventDefault();
      open();
    });
    // Scrolling to the end of the results fetches the next ones.
    frame.addEventListener(
      'scroll',
      () => {
        if (frame.scrollTop + frame.clientHeight >= frame.scrollHeight - 200) void this.#more();
      },
      { passive: true },
    );
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
   * The first `count` pages that the site's search finds for `term`, ranked as in the dialog: the pages
   * with all the words, then (when there are few) those with some of them; for other scripts of the
   * site (the 404 page searches the words of an unknown short link).
   */
  async find(term: string, count: number): Promise<PagefindResultData[]> {
    const { full, partial } = await this.findAnswer(term, count);
    return [...full, ...partial];
  }

  /** As `find`, with the pages that hold all the words (`full`) apart from those with some of them. */
  async findAnswer(
    term: string,
    count: number,
  ): Promise<{ full: PagefindResultData[]; partial: PagefindResultData[] }> {
    const answer = await this.#answer(await this.#load(), term, {});
    if (!answer) return { full: [], partial: [] };
    const results = [...answer.full, ...answer.partial].slice(0, count);
    const data = await Promise.all(results.map((r) => r.data()));
    return {
      full: data.slice(0, Math.min(answer.full.length, count)),
      partial: data.slice(answer.full.length),
    };
  }

  /**
   * Searches `term` with `filters`, and in British spelling (the site's) when it has American words.
   * When that finds fewer than `PARTIAL_BELOW` pages, it also searches each meaningful word on its own
   * (in both spellings) and adds the pages with some of the words, best first.
   */
  async #answer(
    pagefind: Pagefind,
    term: string,
    filters: PagefindFilters,
  ): Promise<Answer | null> {
    const search = await pagefind.search(term || null, { filters });
    if (!search) return null;
    const counts = [search.filters];
    let full = search.results;
    // A query in American spelling also finds the pages that write it the British way, after those
    // that use the reader's own spelling.
    const respelled = term ? otherSpellingQuery(term) : undefined;
    if (respelled) {
      const other = await pagefind.search(respelled, { filters });
      const seen = new Set(full.map((r) => r.id));
      const added = (other?.results ?? []).filter((r) => !seen.has(r.id));
      if (other && added.length > 0) {
        full = [...full, ...added];
        counts.push(other.filters);
      }
    }
    const fullAnswer: Answer = {
      full,
      partial: [],
      filterCounts: partialFilterCounts(counts),
      exactCounts: counts.length === 1,
    };
    if (!term || !wantsPartial(term, full.length)) return fullAnswer;
    const words = meaningfulWords(term);
    const perWord = await Promise.all(
      words.map(async (word) => {
        const spellings = [word, otherSpelling(word)].filter((w) => w !== undefined);
        const answers = (
          await Promise.all(spellings.map((w) => pagefind.search(w, { filters })))
        ).filter((a) => a !== null);
        counts.push(...answers.map((a) => a.filters));
        return answers.flatMap((a) => a.results);
      }),
    );
    const byId = new Map(perWord.flatMap((results) => results.map((r) => [r.id, r] as const)));
    const merged = mergePartial(perWord, new Set(full.map((r) => r.id)));
    if (merged.length === 0) return fullAnswer;
    return {
      full,
      partial: merged.map((m) => byId.get(m.id)!),
      filterCounts: partialFilterCounts(counts),
      exactCounts: counts.length === 1,
    };
  }

  /** Loads Pagefind's runtime and index entry once, with the site's ranking, then the filter panel. */
  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const bundle = `${this.dataset['bundle'] ?? '/pagefind/'}pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
      // In the page rather than a worker: the worker is a second copy of the runtime (43 kB) to fetch
      // before the first search, and an index this size searches in a few milliseconds.
      await pagefind.options({
        ranking: JSON.parse(this.dataset['ranking'] ?? '{}'),
        excerptLength: 24,
        noWorker: true,
        baseUrl: this.dataset['base'] ?? '/',
      });
      await pagefind.init();
      // Searches wait for this: Pagefind counts a filter only once its filter index is loaded, and a
      // search answered before that would leave the panel showing the whole site's counts.
      this.#filtersReady = pagefind.filters().then(
        (filters) => this.#renderFilters(filters),
        () => undefined,
      );
      return pagefind;
    })();
    return this.#pagefind;
  }

  #onInput(input: HTMLInputElement, clear: HTMLButtonElement): void {
    const term = input.value.trim();
    clear.classList.toggle('pagefind-ui__suppressed', term === '');
    // Fetch the index chunks for the query while the reader may still be typing.
    if (term) void this.#load().then((p) => p.preload(term, { filters: this.#selectedFilters() }));
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => void this.#search(), DEBOUNCE_MS);
  }

  #selectedFilters(): PagefindFilters {
    const checked = [
      ...this.querySelectorAll<HTMLInputElement>('.pagefind-ui__filter-checkbox:checked'),
    ];
    return pagefindFilters(checked.map((c) => ({ filter: c.name, value: c.value })));
  }

  /** Runs the search for the current query and filters; a newer search makes it drop its answer. */
  async #search(): Promise<void> {
    const generation = ++this.#generation;
    const term =
      this.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.value.trim() ?? '';
    const filters = this.#selectedFilters();
    const drawer = this.querySelector<HTMLElement>('.pagefind-ui__drawer');
    if (!drawer) return;
    if (!term && Object.keys(filters).length === 0) {
      drawer.classList.add('pagefind-ui__hidden');
      this.#current = undefined;
      this.#renderMessage(generation, '');
      this.querySelector('.pagefind-ui__results-area')?.replaceChildren();
      return;
    }
    const pagefind = await this.#load();
    await this.#filtersReady;
    const answer = await this.#answer(pagefind, term, filters);
    if (!answer || generation !== this.#generation) return;
    const first = await Promise.all(
      [...answer.full, ...answer.partial].slice(0, FIRST_SCREEN).map((r) => r.data()),
    );
    if (generation !== this.#generation) return;
    drawer.classList.remove('pagefind-ui__hidden');
    this.#current = { words: meaningfulWords(term), answer, shown: 0, loading: undefined };
    const message = term
      ? resultMessage(answer.full.length, term, answer.partial.length)
      : answer.full.length > 0
        ? resultMessage(answer.full.length, 'the selected filters')
        : '';
    const area = this.querySelector<HTMLElement>('.pagefind-ui__results-area');
    if (!area) return;
    // A newer answer replaces the list; a reader whose focus was on an old result keeps it in the
    // dialog, on the search box, instead of losing it to the page behind.
    const hadFocus = area.contains(document.activeElement);
    area.replaceChildren(
      ...(message ? [el('p', 'pagefind-ui__message', message)] : []),
      ...(answer.full.length > 0 ? [el('ol', 'pagefind-ui__results')] : []),
    );
    this.#append(first);
    if (hadFocus) this.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.focus();
    this.#renderMessage(generation, message);
    this.#updateFilterCounts(answer.filterCounts, answer.exactCounts);
  }

  /**
   * Shows the next results of the current answer: the fragments of a batch are fetched only now, when
   * the reader scrolled to the end of the list or asked for more. Resolves to the first link added.
   */
  #more(): Promise<HTMLAnchorElement | undefined> {
    const current = this.#current;
    if (!current || !this.#hasMore()) return Promise.resolve(undefined);
    // A batch on its way (the reader scrolled, then pressed the down arrow) answers both.
    current.loading ??= (async () => {
      const all = [...current.answer.full, ...current.answer.partial];
      const data = await Promise.all(
        all.slice(current.shown, current.shown + PAGE_SIZE).map((r) => r.data()),
      );
      current.loading = undefined;
      return current === this.#current ? this.#append(data) : undefined;
    })();
    return current.loading;
  }

  /** Whether the answer on screen has results not shown yet. */
  #hasMore(): boolean {
    const current = this.#current;
    return (
      current !== undefined &&
      current.shown < current.answer.full.length + current.answer.partial.length
    );
  }

  /**
   * Appends loaded results to the lists of the current answer: pages with all the words to the first
   * list, the others under the partial-match note in a second list. Returns the first link added.
   */
  #append(data: readonly PagefindResultData[]): HTMLAnchorElement | undefined {
    const current = this.#current;
    const area = this.querySelector<HTMLElement>('.pagefind-ui__results-area');
    if (!current || !area) return undefined;
    const total = current.answer.full.length + current.answer.partial.length;
    // "Load more results" stays last, for readers who ask rather than scroll; new results go before it,
    // so a reader who pressed it keeps the focus there.
    let more = area.querySelector<HTMLButtonElement>('.pagefind-ui__button');
    if (!more && current.shown + data.length < total) {
      more = el('button', 'pagefind-ui__button', 'Load more results');
      more.type = 'button';
      more.addEventListener('click', () => void this.#more());
      area.append(more);
    }
    let firstLink: HTMLAnchorElement | undefined;
    for (const item of data) {
      const partial = current.shown >= current.answer.full.length;
      let list = area.querySelector<HTMLOListElement>(
        partial
          ? '.pagefind-ui__results--partial'
          : '.pagefind-ui__results:not(.pagefind-ui__results--partial)',
      );
      if (!list) {
        list = el('ol', 'pagefind-ui__results pagefind-ui__results--partial');
        area.insertBefore(el('p', 'pagefind-ui__partial-note', PARTIAL_NOTE), more);
        area.insertBefore(list, more);
      }
      const li = this.#renderResult(item, current.words);
      firstLink ??= li.querySelector('a') ?? undefined;
      list.append(li);
      current.shown += 1;
    }
    if (more && current.shown >= total) {
      const hadFocus = document.activeElement === more;
      more.remove();
      if (hadFocus) firstLink?.focus();
    }
    return firstLink;
  }

  /** The result count, read out once typing has paused, not after every keystroke. */
  #renderMessage(generation: number, message: string): void {
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    if (!status) return;
    clearTimeout(this.#announce);
    this.#announce = setTimeout(() => {
      if (generation === this.#generation && status.textContent !== message)
        status.textContent = message;
    }, 400);
  }

  #renderResult(data: PagefindResultData, queryWords: readonly string[]): HTMLLIElement {
    const item = el('li', 'pagefind-ui__result');
    const inner = el('div', 'pagefind-ui__result-inner');
    const title = el('p', 'pagefind-ui__result-title');
    const link = el('a', 'pagefind-ui__result-link', data.meta['title'] ?? data.url);
    link.href = data.meta['url'] ?? data.url;
    title.append(link);
    inner.append(title);
    const { showExcerpt, sections } = sectionsToShow(data);
    // Pagefind's excerpts are its own escaped text with <mark> around the matched words.
    if (showExcerpt)
      inner.append(
        Object.assign(el('p', 'pagefind-ui__result-excerpt'), { innerHTML: data.excerpt }),
      );
    for (const section of sections) {
      const nested = el('div', 'pagefind-ui__result-nested');
      const sectionTitle = el('p', 'pagefind-ui__result-title');
      const sectionLink = el('a', 'pagefind-ui__result-link', section.title);
      sectionLink.href = section.url;
      sectionTitle.append(sectionLink);
      nested.append(
        sectionTitle,
        Object.assign(el('p', 'pagefind-ui__result-excerpt'), { innerHTML: section.excerpt }),
      );
      inner.append(nested);
    }
    const listed = alsoListedMatches(data, queryWords);
    const facts = [
      ...resultFacts(data),
      ...(listed.length > 0 ? [`Also listed as ${listed.join(ALSO_LISTED_SEPARATOR)}`] : []),
    ];
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
  #updateFilterCounts(counts: Record<string, Record<string, number>>, exact: boolean): void {
    for (const box of this.querySelectorAll<HTMLInputElement>('.pagefind-ui__filter-checkbox')) {
      const values = counts[box.name];
      if (!values || Object.keys(values).length === 0) continue;
      const count = values[box.value] ?? 0;
      const label = box.nextElementSibling as HTMLLabelElement | null;
      if (label) label.textContent = exact ? `${box.value} (${count})` : box.value;
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
      // Down from the last result shown fetches the next ones and moves on to the first of them.
      if (!next && key === 'ArrowDown' && i >= 0 && i === links.length - 1 && this.#hasMore()) {
        event.preventDefault();
        void this.#more().then((first) => first?.focus());
        return;
      }
      if (!next) return;
      event.preventDefault();
      next.focus();
    });
  }
}

customElements.define('site-search', SiteSearch);

/** The search element's API for other scripts of the site. */
export type SiteSearchElement = SiteSearch;
