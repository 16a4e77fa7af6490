/**
 * The search page's behaviour: reads the search from the URL, runs it against
 * the Pagefind bundle, and renders the results as a list of links. The form
 * stays a plain GET form; this script only takes over its submission so the
 * page does not reload, and keeps the URL in step (pushState) so a search can
 * be shared and the back button returns to the previous one.
 */
import { openShardedIndex, SearchSession, type Hit, type ShardedIndex } from '../lib/search/engine';
import { kindLabels } from '../lib/search/facets';
import type { RegionOptions } from '../lib/search/options';
import { clip, highlight } from '../lib/search/highlight';
import { hasFilters, parseSearchParams, toSearchParams, type SearchState } from '../lib/search/state';
import { guardImeEnter } from './ime';

/** Results per page: small, so the first search downloads little (see bench/search.json). */
const PAGE_SIZE = 10;
const LIVE_DELAY_MS = 400;
/** Up to this many matching index records, every one is checked at once to give an exact count. */
const COUNT_ALL_BLOCKS = 16;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`search page: missing ${selector}`);
  return el;
}

function init(page: HTMLElement): void {
  const form = required<HTMLFormElement>(page, '[data-search-form]');
  const input = required<HTMLInputElement>(page, '[data-search-input]');
  const filters = required<HTMLDetailsElement>(page, '[data-search-filters]');
  const status = required<HTMLElement>(page, '[data-search-status]');
  const section = required<HTMLElement>(page, '[data-search-results-section]');
  const list = required<HTMLOListElement>(page, '[data-search-results]');
  const more = required<HTMLButtonElement>(page, '[data-search-more]');
  const older = required<HTMLButtonElement>(page, '[data-search-older]');
  const errorBox = required<HTMLElement>(page, '[data-search-error]');
  const clear = required<HTMLAnchorElement>(page, '[data-search-clear]');
  const ime = guardImeEnter(input);
  // The header's search box (a plain GET form to this page) gets the same input-method guard here.
  const headerInput = document.querySelector<HTMLInputElement>('header form[role="search"] input[name="q"]');
  if (headerInput && headerInput !== input) guardImeEnter(headerInput);

  let index: Promise<ShardedIndex> | undefined;
  const loadIndex = (): Promise<ShardedIndex> => {
    index ??= openShardedIndex(page.dataset['pagefindPath'] ?? '/pagefind/pagefind.js');
    // A failed load (network) is retried on the next search.
    index.catch(() => (index = undefined));
    return index;
  };

  let generation = 0;
  let session: SearchSession | null = null;
  let shownQuery = '';
  let shownState: SearchState = parseSearchParams(new URLSearchParams());

  // Long unit and issuer lists (a province's site) come per region: the
  // chosen region's choices are loaded into the selects marked data-by-region.
  const regionSelect = form.querySelector<HTMLSelectElement>('select[name="region"]');
  const scoped = Array.from(form.querySelectorAll<HTMLSelectElement>('select[data-by-region]'));
  const regionChoices = new Map<string, Promise<RegionOptions>>();
  const fillScoped = async (region: string | undefined): Promise<void> => {
    if (scoped.length === 0 || !regionSelect) return;
    const slug = Array.from(regionSelect.options).find((o) => o.value === region)?.dataset['slug'];
    let choices: RegionOptions | null = null;
    if (region && slug) {
      let loading = regionChoices.get(slug);
      if (!loading) {
        loading = fetch(`${page.dataset['searchOptions'] ?? '/search/options/'}${slug}.json`).then((r) => {
          if (!r.ok) throw new Error(`region options: HTTP ${r.status}`);
          return r.json() as Promise<RegionOptions>;
        });
        // A failed load is retried the next time the region is chosen.
        loading.catch(() => regionChoices.delete(slug));
        regionChoices.set(slug, loading);
      }
      choices = await loading;
    }
    for (const select of scoped) {
      const kept = select.value;
      select.length = 1;
      const key = select.dataset['byRegion'] as 'unit' | 'issuer';
      for (const o of choices?.[key] ?? []) select.add(new Option(o.label, o.value));
      select.value = kept;
    }
  };

  const readForm = (): SearchState => parseSearchParams(new URLSearchParams(new FormData(form) as unknown as string[][]));

  const writeForm = (state: SearchState): void => {
    input.value = state.q;
    if (headerInput) headerInput.value = state.q;
    for (const el of Array.from(form.elements)) {
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        const values = el.name === 'sort' ? [state.sort] : (state.filters[el.name as keyof SearchState['filters']] ?? []);
        el.checked = values.includes(el.value);
      } else if (el instanceof HTMLSelectElement) {
        const value = state.filters[el.name as keyof SearchState['filters']]?.[0] ?? '';
        el.value = value;
        // A value from the URL that the list does not offer (yet): shown as itself, so it stays visible and removable.
        if (el.value !== value) {
          el.add(new Option(value, value));
          el.value = value;
        }
      }
    }
    if (hasFilters(state) || state.sort !== 'relevance') filters.open = true;
  };

  const urlFor = (state: SearchState): string => {
    const params = toSearchParams(state).toString();
    return `${location.pathname}${params ? `?${params}` : ''}`;
  };

  const renderResult = (hit: Hit): HTMLLIElement => {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'result-link';
    link.href = hit.url;
    link.textContent = hit.title;
    li.append(link);
    const facts = [kindLabels[hit.kind], hit.year ? `${hit.year}年` : '', hit.region ?? '', hit.place ?? hit.docNumber ?? ''].filter(Boolean);
    li.append(paragraph('result-meta', facts.join(' · ')));
    const text = document.createElement('p');
    text.className = 'result-text';
    for (const piece of clip(highlight(hit.text, shownQuery), 160)) {
      if (piece.mark) {
        const mark = document.createElement('mark');
        mark.textContent = piece.text;
        text.append(mark);
      } else text.append(piece.text);
    }
    li.append(text);
    if (hit.units) li.append(paragraph('result-meta', `责任单位：${hit.units}`));
    return li;
  };

  /** Appends the next page of hits; returns how many were added. */
  const showMore = async (focusFirst: boolean): Promise<number> => {
    const mine = generation;
    const current = session;
    if (!current) return 0;
    const hits = await current.next(PAGE_SIZE);
    if (mine !== generation) return 0;
    const items = hits.map(renderResult);
    list.append(...items);
    showButtons(current);
    if (focusFirst) items[0]?.querySelector('a')?.focus();
    return hits.length;
  };

  /** "More results" while the searched years have more; then "continue with the next years" while some are unsearched. */
  const showButtons = (current: SearchSession): void => {
    more.hidden = current.exhausted;
    const { next } = current.coverage;
    older.hidden = !current.exhausted || next === null;
    if (next !== null) older.textContent = `继续搜索${next || '其余方案'}`;
  };

  const announce = (state: SearchState): void => {
    const subject = state.q ? `与“${state.q}”相关的` : '符合所选条件的';
    const shown = session?.shown ?? 0;
    const total = session?.total ?? null;
    const coverage = session?.coverage;
    if (!coverage || session?.complete) {
      status.textContent =
        shown === 0
          ? `没有找到${subject}结果。可以换一个说法，减少关键词或筛选条件。`
          : total === null
            ? `已显示 ${shown} 条${subject}结果，还有更多。`
            : total === shown
              ? `找到 ${total} 条${subject}结果。`
              : `找到 ${total} 条${subject}结果，已显示 ${shown} 条。`;
      return;
    }
    // Some shards not searched yet: say where the count comes from and what is left.
    const where = coverage.searched ? `在${coverage.searched}中` : '';
    const found =
      shown === 0
        ? `${where}没有找到${subject}结果。`
        : total === null
          ? `已显示 ${shown} 条${subject}结果，还有更多。`
          : total === shown
            ? `${where}找到 ${total} 条${subject}结果。`
            : `${where}找到 ${total} 条${subject}结果，已显示 ${shown} 条。`;
    status.textContent = `${found}${coverage.pending || '其余方案'}尚未搜索。`;
  };

  const run = async (state: SearchState): Promise<void> => {
    const mine = ++generation;
    errorBox.hidden = true;
    if (state.q === '' && !hasFilters(state)) {
      list.replaceChildren();
      section.hidden = true;
      more.hidden = true;
      older.hidden = true;
      status.textContent = '';
      document.title = document.title.replace(/^.*?(搜索 - )/, '$1');
      return;
    }
    let started: SearchSession | null;
    try {
      started = await SearchSession.start(await loadIndex(), state);
    } catch (cause) {
      if (mine !== generation) return;
      console.error('search failed', cause);
      errorBox.hidden = false;
      status.textContent = '搜索暂时无法使用。';
      return;
    }
    if (mine !== generation) return;
    if (!started) {
      list.replaceChildren();
      section.hidden = true;
      more.hidden = true;
      older.hidden = true;
      status.textContent = '请输入文字或数字再搜索。';
      return;
    }
    session = started;
    shownQuery = state.q;
    shownState = state;
    list.replaceChildren();
    await session.countIfFew(COUNT_ALL_BLOCKS);
    await showMore(false);
    if (mine !== generation) return;
    section.hidden = session.shown === 0 && older.hidden;
    announce(state);
    document.title = document.title.replace(/^.*?(搜索 - )/, `${state.q ? `${state.q} - ` : ''}$1`);
  };

  let liveTimer: ReturnType<typeof setTimeout> | undefined;
  const submit = (mode: 'push' | 'replace'): void => {
    clearTimeout(liveTimer);
    const state = readForm();
    const url = urlFor(state);
    if (url !== `${location.pathname}${location.search}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void run(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit('push');
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    if (event.target === regionSelect && scoped.length > 0) {
      // Another region: its own units and issuers replace the previous region's.
      for (const select of scoped) select.value = '';
      fillScoped(regionSelect?.value || undefined).catch((cause: unknown) => console.error('search: could not load the region\'s choices', cause));
    }
    submit('push');
  });
  input.addEventListener('input', () => {
    if (ime.isComposing()) return;
    clearTimeout(liveTimer);
    liveTimer = setTimeout(() => submit('replace'), LIVE_DELAY_MS);
  });
  input.addEventListener('compositionend', () => {
    clearTimeout(liveTimer);
    liveTimer = setTimeout(() => submit('replace'), LIVE_DELAY_MS);
  });
  more.addEventListener('click', () => {
    void showMore(true).then(() => announce(shownState));
  });
  older.addEventListener('click', () => {
    const mine = generation;
    const current = session;
    if (!current) return;
    older.disabled = true;
    void (async () => {
      try {
        await current.searchNextShard();
        if (mine !== generation) return;
        await current.countIfFew(COUNT_ALL_BLOCKS);
        const added = await showMore(true);
        if (mine !== generation) return;
        announce(shownState);
        // Nothing new: keep focus on the button if it stays, else on the status that says so.
        if (added === 0) (older.hidden ? status : older).focus();
      } catch (cause) {
        console.error('search failed', cause);
        errorBox.hidden = false;
        status.textContent = '搜索暂时无法使用。';
      } finally {
        older.disabled = false;
      }
    })();
  });
  clear.addEventListener('click', (event) => {
    event.preventDefault();
    form.reset();
    // No region any more: the previous region's units and issuers go too.
    fillScoped(undefined).catch((cause: unknown) => console.error('search: could not reset the region\'s choices', cause));
    submit('push');
    input.focus();
  });
  const restore = (state: SearchState): void => {
    writeForm(state);
    fillScoped(state.filters.region?.[0])
      .then(() => writeForm(state))
      .catch((cause: unknown) => console.error('search: could not load the region\'s choices', cause));
  };
  window.addEventListener('popstate', () => {
    const state = parseSearchParams(new URLSearchParams(location.search));
    restore(state);
    void run(state);
  });

  const initial = parseSearchParams(new URLSearchParams(location.search));
  restore(initial);
  void run(initial);
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) init(page);
