/**
 * The search page's behaviour: reads the search from the URL, runs it against
 * the Pagefind bundle, and renders the results as a list of links. The form
 * stays a plain GET form; this script only takes over its submission so the
 * page does not reload, and keeps the URL in step so a search can be shared.
 *
 * History: every committed search (Enter, a filter, or the pause after
 * typing) is its own entry, so Back returns to each search in turn. The entry
 * also remembers how far the reader went (results shown, shards searched) and
 * where the page was scrolled, so coming Back from a result shows the same
 * list at the same place (`history.state`, see `Shown`).
 */
import { openShardedIndex, SearchSession, warmIndex, type Found, type ShardedIndex } from '../lib/search/engine';
import { kindLabels } from '../lib/search/facets';
import type { RegionOptions } from '../lib/search/options';
import { clip, highlight } from '../lib/search/highlight';
import { listedUnits } from '../lib/search/present';
import { facetCounts, resultsCsv, suggestions } from '../lib/search/results';
import { facets as facetList, sortOrders, type FacetKey } from '../lib/search/facets';
import { hasFilters, parseSearchParams, toSearchParams, type SearchState } from '../lib/search/state';
import { guardImeEnter } from './ime';

/** Results per page: small, so the first search downloads little (see bench/search.json). */
const PAGE_SIZE = 10;
const LIVE_DELAY_MS = 400;
/** Results of a page drawn in the first frame (see `showMore`). */
const FIRST_DRAWN = 3;
/** Up to this many matching index records, every one is checked at once to give an exact count. */
const COUNT_ALL_BLOCKS = 16;

/** What a history entry remembers beyond its URL: how much of the search was shown, and the scroll position. */
interface Shown {
  shown: number;
  shards: number;
  scrollY: number;
}

function shownOf(value: unknown): Shown | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<Shown>;
  return typeof v.shown === 'number' && typeof v.shards === 'number' && typeof v.scrollY === 'number' ? { shown: v.shown, shards: v.shards, scrollY: v.scrollY } : null;
}

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
  const chips = required<HTMLElement>(page, '[data-search-chips]');
  const chipList = required<HTMLUListElement>(page, '[data-search-chip-list]');
  const suggestBox = required<HTMLElement>(page, '[data-search-suggest]');
  const download = required<HTMLButtonElement>(page, '[data-search-download]');
  const countsNote = required<HTMLElement>(page, '[data-search-counts-note]');
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

  // Pagefind is readied once the page is idle (see the end of `init`), or when the reader comes
  // to the box if that is sooner, and the words typed so far are preloaded while the reader
  // types (as Pagefind's own interface does), so the search that the pause or Enter commits
  // finds its files already here.
  let warmed: string | null = null;
  const warm = (): void => {
    // While an input method composes, the box holds pinyin, not words: keep what was warmed.
    const text = composingNow ? (warmed ?? '') : input.value;
    if (text === warmed) return;
    warmed = text;
    // A failed warm-up is not an error: the search itself loads what it needs, or says it cannot.
    loadIndex()
      .then((loaded) => warmIndex(loaded, text))
      .catch(() => undefined);
  };
  let composingNow = false;
  input.addEventListener('compositionstart', () => (composingNow = true));
  input.addEventListener('compositionend', () => (composingNow = false));
  input.addEventListener('focus', warm);
  input.addEventListener('pointerdown', warm);

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

  const renderResult = (hit: Found): HTMLLIElement => {
    const li = document.createElement('li');
    if (hit.partial) li.className = 'result-partial';
    const link = document.createElement('a');
    link.className = 'result-link';
    link.href = hit.url;
    link.textContent = hit.title;
    li.append(link);
    // Which plan: issuer and year always, so a department's plan never reads as the city government's.
    const facts = [kindLabels[hit.kind], hit.year ? `${hit.year}年` : '', hit.region ?? '', hit.issuer ? `发文机关：${hit.issuer}` : '', hit.place ? '' : (hit.docNumber ?? '')].filter(Boolean);
    li.append(paragraph('result-meta', facts.join(' · ')));
    if (hit.place) li.append(paragraph('result-meta result-place', `位置：${hit.place}`));
    if (hit.partial) li.append(paragraph('result-meta result-partial-note', `部分匹配：包含所搜词语的约 ${Math.round(hit.share * 100)}%`));
    const text = document.createElement('p');
    text.className = 'result-text';
    append(text, clip(highlight(hit.text, shownQuery), 160));
    li.append(text);
    const groups = listedUnits(hit, shownQuery, shownState.filters.unit ?? []);
    const queried = groups.flatMap((g) => g.units.filter((u) => u.queried).map((u) => `${u.name}（${g.role}）`));
    if (queried.length > 0) li.append(paragraph('result-meta result-queried', `所查单位：${queried.join('、')}`));
    if (groups.length > 0) {
      const units = document.createElement('p');
      units.className = 'result-meta';
      units.append('责任单位：');
      groups.forEach((g, i) => {
        units.append(`${i > 0 ? '；' : ''}${g.role}：`);
        g.units.forEach((u, j) => {
          if (j > 0) units.append('、');
          if (!u.queried) return void units.append(u.name);
          const mark = document.createElement('mark');
          mark.textContent = u.name;
          const note = document.createElement('span');
          note.className = 'visually-hidden';
          note.textContent = '（所查单位）';
          units.append(mark, note);
        });
      });
      li.append(units);
    } else if (hit.units) li.append(paragraph('result-meta', `责任单位：${hit.units}`));
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
    // The first few are drawn before the rest are laid out: shaping the Chinese text of ten
    // results took as long as the search itself (docs/scale.md), and a phone shows two or three.
    list.append(...items.slice(0, FIRST_DRAWN));
    if (items.length > FIRST_DRAWN) {
      section.hidden = false;
      await nextPaint();
      if (mine !== generation) return 0;
      list.append(...items.slice(FIRST_DRAWN));
    }
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
    const searched = session?.query?.dropped ? session.query.text : state.q;
    const subject = searched ? `与“${searched}”相关的` : '符合所选条件的';
    const asked = session?.query?.dropped ? `（按“${session.query.text}”搜索，略去“${session.query.dropped}”）` : '';
    if (session?.partial) {
      const total = session.total;
      const count = total === null ? `已显示 ${session.shown} 条，还有更多` : total === session.shown ? `共 ${total} 条` : `共 ${total} 条，已显示 ${session.shown} 条`;
      status.textContent = `没有同时包含全部词语的结果，以下结果包含其中部分词语（${count}）。${asked}`;
      return;
    }
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
      status.textContent += asked;
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
    status.textContent = `${found}${coverage.pending || '其余方案'}尚未搜索。${asked}`;
  };

  /** Goes to another search from a link on the page (a chip, a suggestion): a new history entry, as a submission. */
  const follow = (state: SearchState): void => {
    remember();
    history.pushState(null, '', urlFor(state));
    restoreForm(state);
    void run(state);
  };

  const linkTo = (state: SearchState, text: string): HTMLAnchorElement => {
    const a = document.createElement('a');
    a.href = urlFor(state);
    a.textContent = text;
    a.addEventListener('click', (event) => {
      event.preventDefault();
      follow(state);
    });
    return a;
  };

  /** The active filters as links that remove them, one per value (GOV.UK finders' "selected filters"). */
  const showChips = (state: SearchState): void => {
    const items: HTMLLIElement[] = [];
    for (const { key, legend } of facetList) {
      for (const value of state.filters[key] ?? []) {
        const rest = (state.filters[key] ?? []).filter((v) => v !== value);
        const without: SearchState = { ...state, filters: { ...state.filters, [key]: rest } };
        if (rest.length === 0) delete without.filters[key];
        const li = document.createElement('li');
        const a = linkTo(without, `${legend}：${key === 'year' ? `${value}年` : value}`);
        const x = document.createElement('span');
        x.setAttribute('aria-hidden', 'true');
        x.textContent = ' ×';
        const hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = '（取消此条件）';
        a.append(x, hidden);
        li.append(a);
        items.push(li);
      }
    }
    if (state.sort !== 'relevance') {
      const li = document.createElement('li');
      li.append(linkTo({ ...state, sort: 'relevance' }, `排序：${sortOrders[state.sort]} ×`));
      items.push(li);
    }
    chipList.replaceChildren(...items);
    chips.hidden = items.length === 0;
  };

  /**
   * Counts beside each filter value, for the current search, once every hit
   * of the years searched so far is known: a partial count would mislead. On
   * a large site whose later years are not searched yet (shards), the counts
   * say which years they cover, and an unsearched year gets none.
   */
  const showCounts = (): void => {
    const counts = session && session.total !== null && !session.partial ? facetCounts(session.known) : null;
    const coverage = session?.coverage;
    const partly = counts !== null && session !== null && !session.complete && coverage !== undefined;
    countsNote.hidden = !partly;
    countsNote.textContent = partly ? `括号中的数量只计${coverage.searched || '已搜索'}的结果；${coverage.pending || '其余方案'}尚未搜索。` : '';
    const unsearched = new Set(partly && session ? session.pendingYears : []);
    for (const el of Array.from(form.elements)) {
      const key = (el as HTMLInputElement).name as FacetKey;
      if (el instanceof HTMLInputElement && el.type === 'checkbox') {
        const label = form.querySelector(`label[for="${el.id}"]`);
        if (!label) continue;
        let count = label.querySelector<HTMLElement>('.facet-count');
        if (!counts || (key === 'year' && unsearched.has(el.value))) {
          count?.remove();
          continue;
        }
        if (!count) {
          count = document.createElement('span');
          count.className = 'facet-count';
          label.append(count);
        }
        count.textContent = `（${counts.get(key)?.get(el.value) ?? 0}）`;
      } else if (el instanceof HTMLSelectElement) {
        for (const option of Array.from(el.options)) {
          if (option.value === '') continue;
          option.dataset['label'] ??= option.text;
          option.text = counts ? `${option.dataset['label']}（${counts.get(key)?.get(option.value) ?? 0}）` : option.dataset['label'];
        }
      }
    }
  };

  /** "Did you mean": names close to a query that found little, from its hits and from the site's names file. */
  const showSuggestions = async (): Promise<void> => {
    const mine = generation;
    const current = session;
    const few = current !== null && (current.partial || current.shown === 0);
    const known = few ? await loadIndex().then((loaded) => loaded.names?.() ?? [], () => [] as string[]) : [];
    if (mine !== generation) return;
    const names = few && current ? suggestions(shownQuery, current.known, known) : [];
    suggestBox.replaceChildren();
    suggestBox.hidden = names.length === 0;
    if (names.length === 0) return;
    suggestBox.append('您是不是要找：');
    names.forEach((name, i) => {
      if (i > 0) suggestBox.append('、');
      suggestBox.append(linkTo({ ...shownState, q: name }, name));
    });
  };

  /** What goes with the results: the active filters above them and the download below. */
  const showBeside = (): void => {
    showChips(shownState);
    download.hidden = (session?.shown ?? 0) === 0;
  };

  const showExtras = async (): Promise<void> => {
    showBeside();
    showCounts();
    await showSuggestions();
  };

  /** Remembers in the current history entry how far the search went and where the page is scrolled. */
  const remember = (): void => {
    const shown: Shown = { shown: session?.shown ?? 0, shards: session?.searchedShards ?? 0, scrollY: Math.round(window.scrollY) };
    history.replaceState(shown, '', location.href);
  };

  /** Runs a search; `restore` (from a history entry) shows as many results as were shown and scrolls back. */
  const run = async (state: SearchState, restore: Shown | null = null): Promise<void> => {
    const mine = ++generation;
    // Busy until this search's results are in: assistive technology waits, and so can a test.
    page.setAttribute('aria-busy', 'true');
    try {
      await runSearch(state, restore, mine);
    } finally {
      if (mine === generation) page.setAttribute('aria-busy', 'false');
    }
  };

  const runSearch = async (state: SearchState, restore: Shown | null, mine: number): Promise<void> => {
    errorBox.hidden = true;
    if (state.q === '' && !hasFilters(state)) {
      list.replaceChildren();
      section.hidden = true;
      more.hidden = true;
      older.hidden = true;
      status.textContent = '';
      session = null;
      shownState = state;
      await showExtras();
      document.title = document.title.replace(/^.*?(搜索 - )/, '$1');
      return;
    }
    let started: SearchSession | null;
    try {
      started = await SearchSession.start(await loadIndex(), state);
      // Shards the reader had gone on to, before Back brought them here again.
      while (started && restore && started.searchedShards < restore.shards && (await started.searchNextShard()));
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
      session = null;
      shownState = state;
      await showExtras();
      return;
    }
    session = started;
    shownQuery = started.query?.text ?? state.q;
    shownState = state;
    list.replaceChildren();
    await session.countIfFew(COUNT_ALL_BLOCKS);
    await showMore(false);
    while (restore && mine === generation && session.shown < restore.shown && !session.exhausted) await showMore(false);
    if (mine !== generation) return;
    section.hidden = session.shown === 0 && older.hidden;
    announce(state);
    document.title = document.title.replace(/^.*?(搜索 - )/, `${state.q ? `${state.q} - ` : ''}$1`);
    showBeside();
    if (restore) window.scrollTo(0, restore.scrollY);
    performance.mark('fengong-search-results');
    // The results, their count and the chips above them are drawn first; the filters' counts and any
    // suggestion a frame later (the page stays busy until then): someone opening a shared link sees
    // the results sooner.
    await nextPaint();
    if (mine !== generation) return;
    showCounts();
    await showSuggestions();
  };

  let liveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Commits the form's search as a new history entry (unless the URL is already that search). */
  const submit = (): void => {
    clearTimeout(liveTimer);
    const state = readForm();
    const url = urlFor(state);
    if (url !== `${location.pathname}${location.search}`) {
      remember();
      history.pushState(null, '', url);
    }
    void run(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    if (event.target === regionSelect && scoped.length > 0) {
      // Another region: its own units and issuers replace the previous region's.
      for (const select of scoped) select.value = '';
      fillScoped(regionSelect?.value || undefined).catch((cause: unknown) => console.error('search: could not load the region\'s choices', cause));
    }
    submit();
  });
  // A pause after typing commits the search, as Enter would: with an input
  // method a word arrives whole, and each such search is one the reader may
  // want to go Back to.
  input.addEventListener('input', () => {
    if (ime.isComposing()) return;
    warm();
    clearTimeout(liveTimer);
    liveTimer = setTimeout(submit, LIVE_DELAY_MS);
  });
  input.addEventListener('compositionend', () => {
    warm();
    clearTimeout(liveTimer);
    liveTimer = setTimeout(submit, LIVE_DELAY_MS);
  });
  /** Marks the page busy while `work` adds to this search's results, as `run` does for a new search. */
  const busyWhile = (work: () => Promise<void>): void => {
    const mine = generation;
    page.setAttribute('aria-busy', 'true');
    void work().finally(() => {
      if (mine === generation) page.setAttribute('aria-busy', 'false');
    });
  };
  // The buttons change only once the whole page of results is drawn; until
  // then the page is busy, so a reader (or a test) does not act on the
  // previous page's buttons.
  more.addEventListener('click', () => {
    busyWhile(async () => {
      await showMore(true);
      announce(shownState);
      remember();
      await showExtras();
    });
  });
  older.addEventListener('click', () => {
    const mine = generation;
    const current = session;
    if (!current) return;
    older.disabled = true;
    busyWhile(async () => {
      try {
        await current.searchNextShard();
        if (mine !== generation) return;
        await current.countIfFew(COUNT_ALL_BLOCKS);
        const added = await showMore(true);
        if (mine !== generation) return;
        announce(shownState);
        remember();
        await showExtras();
        // Nothing new: keep focus on the button if it stays, else on the status that says so.
        if (added === 0) (older.hidden ? status : older).focus();
      } catch (cause) {
        console.error('search failed', cause);
        errorBox.hidden = false;
        status.textContent = '搜索暂时无法使用。';
      } finally {
        older.disabled = false;
      }
    });
  });
  // Leaving for a result: the entry keeps the scroll position to come back to.
  list.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest('a')) remember();
  });
  window.addEventListener('pagehide', remember);
  // The results as CSV, made here from the index the page already reads: no server.
  download.addEventListener('click', () => {
    const state = shownState;
    download.disabled = true;
    void (async () => {
      try {
        const all = await SearchSession.start(await loadIndex(), state);
        const hits = all ? await all.everything() : [];
        const url = URL.createObjectURL(new Blob([resultsCsv(hits, location.href)], { type: 'text/csv;charset=utf-8' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = `搜索结果${state.q ? `-${state.q.replace(/[\\/:*?"<>|\s]+/gu, '_').slice(0, 40)}` : ''}.csv`;
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 0);
      } catch (cause) {
        console.error('search: could not make the download', cause);
        errorBox.hidden = false;
      } finally {
        download.disabled = false;
      }
    })();
  });
  clear.addEventListener('click', (event) => {
    event.preventDefault();
    form.reset();
    // No region any more: the previous region's units and issuers go too.
    fillScoped(undefined).catch((cause: unknown) => console.error('search: could not reset the region\'s choices', cause));
    submit();
    input.focus();
  });
  const restoreForm = (state: SearchState): void => {
    writeForm(state);
    fillScoped(state.filters.region?.[0])
      .then(() => writeForm(state))
      .catch((cause: unknown) => console.error('search: could not load the region\'s choices', cause));
  };
  window.addEventListener('popstate', (event) => {
    const state = parseSearchParams(new URLSearchParams(location.search));
    restoreForm(state);
    void run(state, shownOf(event.state));
  });

  // The page restores its own scroll position once the results it had are back.
  history.scrollRestoration = 'manual';
  const initial = parseSearchParams(new URLSearchParams(location.search));
  restoreForm(initial);
  void run(initial, shownOf(history.state));
  // Everything a first search reads before its words (Pagefind's script, WebAssembly and the first
  // shard's metadata) is readied as soon as the page is idle rather than
  // on the reader's first keystroke: about half of a first query's time (docs/scale.md). A page
  // opened with a search has loaded what that search reads; it loads nothing more ahead.
  if (initial.q === '' && !hasFilters(initial)) whenIdle(warm);
}

/** Runs `task` once the page has loaded and the browser is idle (soon after, where it cannot say). */
function whenIdle(task: () => void): void {
  const later = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => task(), { timeout: 2000 }) : setTimeout(task, 200));
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

/** Resolves once the browser has painted a frame (or soon, in a hidden tab, which paints none). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) init(page);

/** Appends highlighted pieces as text and <mark> elements, never parsing them as HTML. */
function append(parent: HTMLElement, pieces: ReadonlyArray<{ text: string; mark: boolean }>): void {
  for (const piece of pieces) {
    if (!piece.mark) {
      parent.append(piece.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = piece.text;
    parent.append(mark);
  }
}
