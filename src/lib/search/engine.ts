import { kindLabels, unitToken } from './facets';
import { expandItem, storedTokens } from './items';
import type { BlockFile, BlockMeta, SearchItem } from './records';
import { namesFile, slipUnits, type NamesFile } from './names';
import { gzipJson, inflatePagefindNatively } from './native-inflation';
import { commonFile, commonListFile, decodeAnswer, type CommonAnswer, type CommonList } from './stored';
import { blockFile, searchCoverage, shardOrder, type SearchCoverage, type ShardEntry, type ShardManifest } from './shards';
import { itemFacetFilter, pagefindArgs, type SearchState } from './state';
import { coverage, holds, partialThreshold, planQuery, unitWeights, type QueryPlan } from './query';
import { indexTokens, matchesAll, normalizeText, textRuns } from './tokens';

/**
 * Runs a search the way the search page does, against any object with
 * Pagefind's browser API: the page uses the real bundle, the recall test the
 * same bundle in headless Chromium. Pagefind returns blocks of items (see
 * `records.ts`) by id; the page reads a block's items from its own file
 * (`BlockFile`, never Pagefind's fragment) and checks each item on its own
 * against the query tokens and the item-level filters, so a hit is one
 * requirement (or plan, unit, theme) that contains the whole query.
 *
 * A large site's index is split into shards by year (see `shards.ts`). A
 * search visits them one at a time, newest years first: the next shard is
 * searched only when the reader asks to go on (`searchNextShard`), and the
 * session says which years are still unsearched (`coverage`).
 */

/** A Pagefind result: the record's page id (which names its block file) and relevance. */
export interface PagefindResult {
  id: string;
  score?: number;
}
export interface PagefindLike {
  search: (term: string | null, options: object) => Promise<{ results: PagefindResult[] } | null>;
  /** Loads what a search for `term` would read, without searching (Pagefind's own interface calls it while the reader types). */
  preload?: (term: string, options?: object) => Promise<unknown>;
}
/** The module `pagefind/pagefind.js`: a default instance (the first shard) and, since Pagefind 1.5, `createInstance` for others. */
export interface PagefindModule extends PagefindLike {
  createInstance?: (options: { basePath: string; noWorker?: boolean; metaCacheTag?: string }) => PagefindLike;
  /** Options of the default instance, before its first use. */
  options?: (options: { noWorker?: boolean; metaCacheTag?: string }) => Promise<void>;
}

/**
 * Pagefind runs in the page, not in its web worker: the worker is a second
 * copy of Pagefind's code (12 KB more in every first search, measured in
 * bench/search.json) and a second start-up, for lookups that take a few
 * milliseconds each. The page's own work between lookups is small.
 */
const PAGEFIND_OPTIONS = { noWorker: true } as const;

/** The shards of an index and a way to open each (loaded on first use, then kept). */
export interface ShardedIndex {
  manifest: ShardManifest;
  open: (shard: ShardEntry) => Promise<PagefindLike>;
  /** The block file of a Pagefind result of a shard (`items/<id>.json.gz`), loaded once. */
  block: (shard: ShardEntry, id: string) => Promise<BlockFile>;
  /** The names readers type (`names.json`, see `write-index.ts`), loaded on first use; absent for a bare Pagefind bundle. */
  names?: () => Promise<string[]>;
  /**
   * Pagefind's answer for a token of a shard (no filters, no sort) stored at
   * build time (`stored.ts`), or null when the token has none: the engine then
   * asks Pagefind. Absent for a bare Pagefind bundle.
   */
  stored?: (shard: ShardEntry, token: string) => Promise<PagefindResult[] | null>;
}

/** A one-shard index around a Pagefind instance and its block files (a site without `shards.json`, or a test's index). */
export function singleShard(pagefind: PagefindLike, block: (id: string) => Promise<BlockFile>): ShardedIndex {
  return { manifest: { version: 1, shards: [{ path: '', years: [], records: 0 }] }, open: () => Promise.resolve(pagefind), block: (_shard, id) => block(id) };
}

/**
 * The instances of one Pagefind module share its WebAssembly, which each
 * instantiates as it starts unless it already is: two instances starting at
 * once (a search of one shard while the page readies another) both
 * instantiate it, and the second breaks the first's memory (a search fails
 * with "RuntimeError: unreachable"). An instance starts on its first call
 * (`lazily` delays `createInstance` until then), and calls wait until a first
 * call of any instance has finished; after that they run freely.
 */
function wasmGate(): (instance: PagefindLike) => PagefindLike {
  let ready: Promise<void> | null = null;
  const gated = <T>(call: () => Promise<T>): Promise<T> => {
    if (ready) return ready.then(call);
    const first = call();
    // A failed first call (the network) lets the next call be first again.
    ready = first.then(
      () => undefined,
      () => void (ready = null),
    );
    return first;
  };
  return (instance) => ({
    search: (term, options) => gated(() => instance.search(term, options)),
    ...(instance.preload ? { preload: (term: string, options?: object) => gated(() => instance.preload!(term, options)) } : {}),
  });
}

/** An instance made by `create` on its first call (Pagefind's `createInstance` starts loading at once). */
function lazily(create: () => PagefindLike): PagefindLike {
  let made: PagefindLike | undefined;
  const instance = () => (made ??= create());
  return {
    search: (term, options) => instance().search(term, options),
    preload: (term, options) => instance().preload?.(term, options) ?? Promise.resolve(),
  };
}

/** Loads block files by URL, each once; a failed load is tried again next time. */
function blockLoader(): (url: string) => Promise<BlockFile> {
  const loaded = new Map<string, Promise<BlockFile>>();
  return (url) => {
    let file = loaded.get(url);
    if (!file) {
      file = fetch(url).then((r) => {
        if (!r.ok) throw new Error(`search: ${r.status} fetching ${url}`);
        // Stored gzip (`blockFile`); inflated here unless the host already did.
        return gzipJson(r) as Promise<BlockFile>;
      });
      file.catch(() => loaded.delete(url));
      loaded.set(url, file);
    }
    return file;
  };
}

/**
 * The sharded index of a site: `pagefindUrl` is the URL of the first shard's
 * `pagefind.js`; `shards.json` beside it lists the shards. Each other shard
 * is a Pagefind instance of the same module with its own base path.
 */
export async function openShardedIndex(pagefindUrl: string, load: (url: string) => Promise<PagefindModule> = (url) => import(/* @vite-ignore */ url) as Promise<PagefindModule>): Promise<ShardedIndex> {
  const base = pagefindUrl.replace(/[^/]*$/, '');
  // Before Pagefind loads: its files are then inflated by the browser, not by its JavaScript (see native-inflation.ts).
  inflatePagefindNatively(base);
  const [module, manifest] = await Promise.all([load(pagefindUrl), fetchManifest(`${base}shards.json`)]);
  // Each shard's entry file is fetched as ?ts=<its tag> (`ShardEntry.tag`): one URL per index, which the browser may keep.
  const tagOf = (shard: ShardEntry | undefined) => (shard?.tag ? { metaCacheTag: shard.tag } : {});
  await module.options?.({ ...PAGEFIND_OPTIONS, ...tagOf(manifest?.shards[0]) });
  let names: Promise<string[]> | undefined;
  const loadNames = (): Promise<string[]> => {
    names ??= fetchNames(`${base}${namesFile}`);
    // A failed load is tried again next time.
    names.catch(() => (names = undefined));
    return names;
  };
  const loadBlock = blockLoader();
  const stored = storedAnswers(base);
  const gate = wasmGate();
  if (!manifest) return { ...singleShard(gate(module), (id) => loadBlock(`${base}${blockFile(id)}`)), names: loadNames, stored: (_shard, token) => stored({ path: '' }, token) };
  const opened = new Map<string, PagefindLike>();
  return {
    manifest,
    names: loadNames,
    block: (shard, id) => loadBlock(`${base}${shard.path}${blockFile(id)}`),
    stored,
    open: (shard) => {
      let instance = opened.get(shard.path);
      if (!instance) {
        if (shard.path !== '' && !module.createInstance) throw new Error('search: this Pagefind bundle cannot open more than one index (createInstance is missing)');
        instance = gate(shard.path === '' ? module : lazily(() => module.createInstance!({ basePath: `${base}${shard.path}`, ...PAGEFIND_OPTIONS, ...tagOf(shard) })));
        opened.set(shard.path, instance);
      }
      return Promise.resolve(instance);
    },
  };
}

/**
 * Loads ahead what the first search will read. With no text (the search page
 * calls it once the page is idle) this readies the first shard's Pagefind
 * (script, WebAssembly, metadata): most of a cold query's time, see
 * docs/scale.md. With text (while the reader
 * types, as Pagefind's own interface does) it also preloads the chunks
 * holding the words the search would look up first (`QueryPlan.cover`). A
 * search started meanwhile waits for the same loads instead of starting them
 * again. Nothing is loaded that the first search would not load.
 */
export async function warmIndex(index: ShardedIndex, text: string): Promise<void> {
  const first = index.manifest.shards[0];
  if (!first) return;
  const pagefind = await index.open(first);
  if (!pagefind.preload) return;
  const cover = text.trim() === '' ? [] : planQuery(text).cover;
  if (cover.length === 0) return void (await pagefind.preload('', {}));
  // A token with a stored answer is read from it, not from Pagefind's index (see `stored.ts`).
  await Promise.all(cover.map(async (token) => (await index.stored?.(first, token)) ?? pagefind.preload!(token, {})));
}

/**
 * The stored answers of the shards under `base` (see `stored.ts`): a shard's
 * list (`common.json`) is read on its first lookup, a token's answer when
 * first asked for; each once (a failed load is tried again next time). A
 * shard without a list (an index written before them) has none. Their names
 * stay the same from build to build while the ids in them change, so they are
 * asked for with the shard's cache tag (`ShardEntry.tag`, from `shards.json`,
 * which the page checks with the server on every load), as Pagefind asks for
 * its entry file: a browser never uses an answer cached from an older index.
 */
function storedAnswers(base: string): (shard: Pick<ShardEntry, 'path' | 'tag'>, token: string) => Promise<PagefindResult[] | null> {
  const lists = new Map<string, Promise<Set<string>>>();
  const answers = new Map<string, Promise<PagefindResult[]>>();
  const once = <T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> => {
    let loading = cache.get(key);
    if (!loading) {
      loading = load();
      loading.catch(() => cache.delete(key));
      cache.set(key, loading);
    }
    return loading;
  };
  const listOf = ({ path, tag }: Pick<ShardEntry, 'path' | 'tag'>) =>
    once(lists, path, async () => {
      const url = `${base}${path}${commonListFile}${tag ? `?ts=${tag}` : ''}`;
      const response = await fetch(url);
      if (response.status === 404) return new Set<string>();
      if (!response.ok) throw new Error(`search: ${response.status} fetching ${url}`);
      const list = (await response.json()) as CommonList;
      return new Set(Array.isArray(list.tokens) ? list.tokens : []);
    });
  return async (shard, token) => {
    if (!(await listOf(shard)).has(token)) return null;
    return once(answers, `${shard.path}${token}`, async () => {
      const url = `${base}${shard.path}${commonFile(token)}${shard.tag ? `?ts=${shard.tag}` : ''}`;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`search: ${response.status} fetching ${url}`);
      return decodeAnswer((await gzipJson(response)) as CommonAnswer);
    });
  };
}

/** The names file's names; none when the site has no such file (an index written before it existed). */
async function fetchNames(url: string): Promise<string[]> {
  const response = await fetch(url);
  if (response.status === 404) return [];
  if (!response.ok) throw new Error(`search: ${response.status} fetching ${url}`);
  const file = (await response.json()) as NamesFile;
  return Array.isArray(file.names) ? file.names : [];
}

/** The shard manifest, or null when the site has none (an index written before shards existed). */
async function fetchManifest(url: string): Promise<ShardManifest | null> {
  // Checked with the server every time (a 304 when unchanged): it names the index files, whose cache tags it holds.
  const response = await fetch(url, { cache: 'no-cache' });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`search: ${response.status} fetching ${url}`);
  const manifest = (await response.json()) as ShardManifest;
  if (!Array.isArray(manifest.shards) || manifest.shards.length === 0) throw new Error(`search: ${url} lists no shards`);
  return manifest;
}

/** A result: one item with what its block shares (kind, plan, year, region). */
export type Hit = SearchItem & BlockMeta;

/** The items of a block, each with its tokens (worked out from what it shows, see `items.ts`). */
export function blockItems(file: BlockFile): Array<{ hit: Hit; tokens: string[] }> {
  const { kind, plan, issuer, year, region, aka } = file;
  const shared: BlockMeta = {
    kind,
    ...(plan ? { plan } : {}),
    ...(issuer ? { issuer } : {}),
    ...(year ? { year } : {}),
    ...(region ? { region } : {}),
    ...(aka ? { aka } : {}),
  };
  return file.items.map((stored) => {
    const item = expandItem(stored, file);
    return { hit: { ...shared, ...item }, tokens: storedTokens(stored, item, file) };
  });
}

/** Whether an item has a value of every item-level filter. */
export function matchesFacets(item: SearchItem, facets: Record<string, string[]>): boolean {
  return Object.entries(facets).every(([key, values]) => (item.facets?.[key as keyof typeof item.facets] ?? []).some((v) => values.includes(v)));
}

/** Whether an item holds every query token and a value of every item-level filter. */
export function matchesItem(tokens: readonly string[], item: SearchItem, wanted: readonly string[], facets: Record<string, string[]>): boolean {
  return matchesAll(tokens, wanted) && matchesFacets(item, facets);
}

/** A hit as the page shows it: how much of the query it holds, and whether that is all of it. */
export type Found = Hit & {
  /** True when the item holds only part of the query (see `query.ts`). */
  partial: boolean;
  /** Weighted share of the query the item holds, 0–1. */
  share: number;
};

/** Blocks verified together: a few at a time keeps the first page's downloads small. */
const BATCH = 4;

/** A block Pagefind found, and how to load its file. */
type Block = { id: string; score: number; load: () => Promise<BlockFile> };

/** What the lookups of one shard found: which blocks hold which tokens. */
interface Lookup {
  pagefind: PagefindLike;
  shard: ShardEntry;
  byId: Map<string, { block: Block; tokens: Set<string>; score: number; position: number }>;
  /** Blocks per token looked up (0: no block holds it). */
  frequency: Map<string, number>;
  /** With a single unit filter, the blocks naming the unit. */
  allowed: Set<string> | null;
}

/** A block that may hold hits, with what Pagefind said about it. */
interface Candidate {
  block: Block;
  /** The query tokens the block holds, as far as they have been looked up (shared with the lookup, so it grows). */
  tokens?: ReadonlySet<string>;
  /** The lookup that found it: which tokens have been looked up in its shard. */
  lookup?: Lookup;
  /**
   * The most of the query the whole block may hold: the units it holds, and
   * those it may hold through tokens not looked up yet. No item of it holds more.
   */
  bound: number;
  /** Pagefind's relevance summed over the query tokens the block holds (or its position, when sorting by year). */
  rank: number;
}

/**
 * How items are ordered: whole matches before partial ones, then the share
 * of the query held, then the thing the query names (a plan, unit or theme
 * whose own name holds the query: a navigational search), then items that
 * show the words as typed (not only through a unit's other name or a theme
 * tag), then items whose words stand side by side, then the block's Pagefind
 * relevance and the item's place in it. With a year sort, the year comes right after
 * wholeness.
 */
interface Ranked {
  hit: Found;
  /** See `namedLevel`. */
  named: number;
  /** The words as typed stand in what the result shows (its text, units, place), not only in its other names or theme. */
  literal: boolean;
  adjacent: boolean;
  rank: number;
  order: number;
}

function compareRanked(sort: SearchState['sort']) {
  return (a: Ranked, b: Ranked): number => {
    if (a.hit.partial !== b.hit.partial) return a.hit.partial ? 1 : -1;
    if (sort !== 'relevance') {
      const dy = Number(a.hit.year ?? 0) - Number(b.hit.year ?? 0);
      if (dy !== 0) return sort === 'year-asc' ? dy : -dy;
    }
    if (a.hit.share !== b.hit.share) return b.hit.share - a.hit.share;
    if (a.named !== b.named) return b.named - a.named;
    if (a.literal !== b.literal) return a.literal ? -1 : 1;
    if (a.adjacent !== b.adjacent) return a.adjacent ? -1 : 1;
    return b.rank - a.rank || a.order - b.order;
  };
}

/**
 * The names a result stands for, when a query may name it: a plan's title,
 * notice title, issuer and number; a unit's name and other names (又称…);
 * a theme's name. `context` is what the query may add without naming the
 * thing (a unit's region: 雷州市财政局 names 市财政局（雷州市）, 雷州 alone
 * does not). Requirements are answers, never named.
 */
function ownNames(hit: Hit): { names: string[]; context: string } | null {
  if (hit.kind === 'plan') return { names: [hit.title, hit.text, hit.issuer ?? '', hit.docNumber ?? ''].filter(Boolean), context: '' };
  if (hit.kind === 'unit') {
    const region = /（([^（）]*)）$/u.exec(hit.title)?.[1] ?? '';
    const other = /^又称([^。]*)。/u.exec(hit.text)?.[1]?.split('、') ?? [];
    return { names: [hit.title.slice(0, hit.title.length - (region ? region.length + 2 : 0)), ...other], context: region };
  }
  if (hit.kind === 'theme') return { names: [hit.title], context: '' };
  return null;
}

/** How well a result's own names match the query: 2 one of them is the query, 1 together with the context they hold it, 0 not. */
function namedLevel(hit: Hit, query: QueryPlan, weights: readonly number[]): number {
  const own = ownNames(hit);
  if (!own) return 0;
  const typed = normalizeText(query.text).replace(/\s+/gu, '');
  if (own.names.some((n) => normalizeText(n).replace(/\s+/gu, '') === typed)) return 2;
  const all = indexTokens([...own.names, own.context].join('\n'));
  const context = indexTokens(own.context);
  const whole = (tokens: string[]) => coverage(query, weights, (t) => holds(tokens, t)) >= 1 - 1e-9;
  return whole(all) && !(own.context && whole(context)) ? 1 : 0;
}

/** One search: hits come out page by page, blocks are fetched only as far as needed, shards searched one at a time. */
export class SearchSession {
  private readonly index: ShardedIndex;
  private readonly state: SearchState;
  private readonly term: string | null;
  private readonly options: { filters: Record<string, unknown>; sort: Record<string, string> };
  private readonly facets: Record<string, string[]>;
  /** The query as read (null when browsing by filters alone). */
  readonly query: QueryPlan | null;
  /** Shards still to search, in order. */
  private readonly pending: ShardEntry[];
  private readonly searched: ShardEntry[] = [];
  private candidates: Candidate[] = [];
  private nextBlock = 0;
  private buffer: Ranked[] = [];
  private order = 0;
  /** Blocks matched by Pagefind before the per-item check, in the shards searched so far. */
  private matched = 0;
  /** Hits handed out so far. */
  shown = 0;
  private readonly given: Found[] = [];
  /** Partial hits handed out so far. */
  shownPartial = 0;

  private constructor(index: ShardedIndex, state: SearchState, shards: ShardEntry[]) {
    this.index = index;
    this.state = state;
    const { term, options } = pagefindArgs(state);
    this.term = term;
    this.options = options;
    this.query = state.q === '' ? null : planQuery(state.q);
    this.facets = itemFacetFilter(state);
    this.pending = shards;
  }

  /**
   * Starts a search and searches its first shard; null when the state has
   * neither a searchable query nor a filter. A year filter visits only the
   * shards holding those years; an ascending year sort visits the oldest first.
   */
  static async start(sharded: ShardedIndex, state: SearchState): Promise<SearchSession | null> {
    const { term, options } = pagefindArgs(state);
    if (term === null && Object.keys(options.filters).length === 0) return null;
    // Something typed but nothing searchable in it (only punctuation): no search.
    if (state.q !== '' && planQuery(state.q).units.length === 0) return null;
    const { manifest } = sharded;
    // Units and themes have no year and live in the first shard only.
    const yearless = (state.filters.kind ?? []).length > 0 && (state.filters.kind ?? []).every((k) => k === kindLabels.unit || k === kindLabels.theme);
    const shards =
      manifest.shards.length === 1 || yearless
        ? manifest.shards.slice(0, 1)
        : shardOrder(manifest, { years: state.filters.year ?? [], oldestFirst: state.sort === 'year-asc' });
    const session = new SearchSession(sharded, state, shards);
    await session.searchNextShard();
    return session;
  }

  /**
   * Searches the next shard; its candidate blocks join the ones still to
   * check. With a query, tokens are looked up one by one (Pagefind would
   * require all of them), so a block holding part of the query is found too,
   * and the blocks are ordered by the share they hold. Returns false when no
   * shard was left.
   */
  async searchNextShard(): Promise<boolean> {
    const shard = this.pending.shift();
    if (!shard) return false;
    const pagefind = await this.index.open(shard);
    this.searched.push(shard);
    if (!this.query) {
      const response = await pagefind.search(this.term, this.options);
      this.enqueue((response?.results ?? []).map((result, i) => ({ block: this.blockOf(shard, result), bound: 1, rank: -i })));
      return true;
    }
    const lookup: Lookup = { pagefind, shard, byId: new Map(), frequency: new Map(), allowed: null };
    const units = this.state.filters.unit ?? [];
    // A single unit filter is a token (see `pagefindArgs`): a block must hold it too. It is looked up on
    // its own, since Pagefind ignores a word its index lacks and would answer for the unit token alone.
    if (units.length === 1) {
      const response = await pagefind.search(unitToken(units[0]!), this.options);
      lookup.allowed = new Set((response?.results ?? []).map((b) => b.id));
    }
    await this.lookUp(lookup, this.query.cover);
    this.weights = unitWeights(this.query, lookup.frequency, Math.max(shard.records, lookup.byId.size));
    this.enqueue(this.candidatesOf(lookup));
    // The other bigrams are looked up only if the blocks holding the cover run out (see `widen`).
    if (this.query.tokens.some((t) => !lookup.frequency.has(t))) this.later.push(lookup);
    return true;
  }

  /** A Pagefind result as a block of the shard, its file loaded from the index (once, however often it is found). */
  private blockOf(shard: ShardEntry, result: PagefindResult): Block {
    return { id: result.id, score: result.score ?? 0, load: () => this.index.block(shard, result.id) };
  }

  /** Candidates join the unchecked ones, best first; a block already queued is not queued again. */
  private enqueue(fresh: Candidate[]): void {
    const added = fresh.filter((c) => {
      const id = c.block.id;
      if (this.queued.has(id)) return false;
      this.queued.add(id);
      return true;
    });
    this.matched += added.length;
    const unchecked = this.candidates.slice(this.nextBlock);
    this.candidates = [...this.candidates.slice(0, this.nextBlock), ...[...unchecked, ...added].sort((a, b) => b.bound - a.bound || b.rank - a.rank)];
  }

  /**
   * Looks up tokens in a shard, noting which blocks hold each, and how many.
   * A token no block holds comes back empty (see `tokens.ts` on why Pagefind
   * never answers it with another word).
   */
  private async lookUp(lookup: Lookup, tokens: readonly string[]): Promise<void> {
    const wanted = tokens.filter((t) => !lookup.frequency.has(t));
    const responses = await Promise.all(wanted.map((token) => this.resultsOf(lookup, token)));
    responses.forEach((answer, i) => {
      const token = wanted[i]!;
      const results = answer.map((r) => this.blockOf(lookup.shard, r));
      const found = lookup.allowed ? results.filter((r) => lookup.allowed!.has(r.id ?? '')) : results;
      lookup.frequency.set(token, found.length);
      found.forEach((block, position) => {
        const id = block.id;
        let entry = lookup.byId.get(id);
        if (!entry) lookup.byId.set(id, (entry = { block, tokens: new Set(), score: 0, position }));
        entry.tokens.add(token);
        entry.score += block.score;
        entry.position = Math.min(entry.position, position);
      });
    });
  }

  /**
   * Pagefind's results for a token in a shard: its stored answer when the
   * token has one and the search has no filters and no sort (which change
   * Pagefind's answer; `stored.ts`), else Pagefind's own.
   */
  private async resultsOf(lookup: Lookup, token: string): Promise<PagefindResult[]> {
    const plain = Object.keys(this.options.filters).length === 0 && Object.keys(this.options.sort).length === 0;
    const stored = plain ? await this.index.stored?.(lookup.shard, token) : null;
    if (stored) return stored;
    return (await lookup.pagefind.search(token, this.options))?.results ?? [];
  }

  /** The most of the query a block may hold, given the tokens it is known to hold and those not looked up yet. */
  private upper(tokens: ReadonlySet<string>, lookup: Lookup): number {
    return coverage(this.query!, this.weights, (t) => tokens.has(t) || !lookup.frequency.has(t));
  }

  /** The units of the query a block may or may not hold: not held, with tokens not looked up yet. */
  private openUnits(tokens: ReadonlySet<string>, lookup: Lookup): number[] {
    const open: number[] = [];
    this.query!.units.forEach((u, i) => {
      if (!u.tokens.some((t) => tokens.has(t)) && u.tokens.some((t) => !lookup.frequency.has(t))) open.push(i);
    });
    return open;
  }

  /** The most of the query a block no lookup has found yet may hold: 0 once every token has been looked up. */
  private unseenBound(): number {
    return Math.max(0, ...this.later.map((l) => this.upper(new Set(), l)));
  }

  /** The blocks of a lookup that may hold at least `partialThreshold` of the query. */
  private candidatesOf(lookup: Lookup): Candidate[] {
    const byYear = this.state.sort !== 'relevance';
    const out: Candidate[] = [];
    for (const { block, tokens, score, position } of lookup.byId.values()) {
      const bound = this.upper(tokens, lookup);
      if (bound + 1e-9 >= partialThreshold) out.push({ block, tokens, lookup, bound, rank: byYear ? -position : score });
    }
    return out;
  }

  /** Bounds of the unchecked blocks again, after more tokens were looked up, and their order by them. */
  private rebound(): void {
    if (!this.query) return;
    const unchecked = this.candidates
      .slice(this.nextBlock)
      .map((c) => (c.tokens && c.lookup ? { ...c, bound: this.upper(c.tokens, c.lookup) } : c))
      .filter((c) => c.bound + 1e-9 >= partialThreshold);
    this.candidates = [...this.candidates.slice(0, this.nextBlock), ...unchecked.sort((a, b) => b.bound - a.bound || b.rank - a.rank)];
  }

  /**
   * Looks up every remaining token of the query in the shards searched so
   * far (to count a small result exactly). Returns false when nothing was
   * left to look up.
   */
  private async widen(): Promise<boolean> {
    const lookup = this.later.shift();
    if (!lookup) return false;
    await this.lookUp(lookup, this.query!.tokens);
    this.enqueue(this.candidatesOf(lookup));
    this.rebound();
    return true;
  }

  /**
   * Looks up more of the query, one unit's tokens at a time, when what is
   * not known yet decides what comes next: the next block may hold more of
   * the query than its known tokens say, or blocks not found yet may outrank
   * it. The cover (every other bigram, `QueryPlan.cover`) finds every block
   * that may hold the whole query (the first and last bigram of each run are
   * in it); the other bigrams tell how much of the query the rest hold (words
   * split elsewhere, partial matches). Each lookup downloads an index chunk
   * (about 20 KB), so this runs only when the blocks holding the cover are
   * used up, and looks up as little as settles the order: first the unit a
   * known name says was mistyped (市卫生建康局 is 市卫生健康局 with 建 for
   * 健: once 建康 is found in no block, no block holds the whole query and
   * 卫生 need not be looked up), else the weightiest open unit.
   */
  private async narrow(next: Candidate | undefined): Promise<void> {
    const byNext = next?.tokens && next.lookup && this.later.includes(next.lookup) && next.bound >= this.unseenBound();
    const lookup = byNext ? next.lookup! : this.later[0]!;
    const open = byNext ? this.openUnits(next.tokens!, lookup) : this.openUnits(new Set(), lookup);
    // The names file is read only when there is a choice to make.
    const suspects = open.length > 1 ? await this.suspects() : new Set<number>();
    const score = (i: number) => (suspects.has(i) ? 1e6 : 0) + (this.weights[i] ?? 0);
    const unit = open.sort((a, b) => score(b) - score(a) || a - b)[0];
    const tokens = unit === undefined ? this.query!.tokens : this.query!.units[unit]!.tokens;
    await this.lookUp(lookup, tokens);
    if (this.query!.tokens.every((t) => lookup.frequency.has(t))) this.later.splice(this.later.indexOf(lookup), 1);
    this.enqueue(this.candidatesOf(lookup));
    this.rebound();
  }

  /** Units of the query that a one-character slip from a known name changed (see `slipUnits`), once the names are loaded. */
  private async suspects(): Promise<Set<number>> {
    this.slips ??= (this.index.names?.() ?? Promise.resolve([])).then((names) => slipUnits(this.query!, names)).catch(() => new Set<number>());
    return this.slips;
  }

  private slips: Promise<Set<number>> | undefined;
  /** Batches of blocks fetched since the last lookup (see `fill`). */
  private fetchedSinceLookup = 0;

  /** Shards whose lookups still lack some of the query's bigrams. */
  private readonly later: Lookup[] = [];
  /** Blocks queued so far, by Pagefind id. */
  private readonly queued = new Set<string>();

  private weights: number[] = [];

  /** Number of Pagefind records (blocks) that may hold hits, in the shards searched so far. */
  get blockCount(): number {
    return this.matched;
  }

  /** Which plans the shards searched so far hold, which are left, and what the next shard holds. */
  get coverage(): SearchCoverage {
    return searchCoverage(this.searched, this.pending);
  }

  /** True when every hit of the shards searched so far has been handed out. */
  get exhausted(): boolean {
    return this.settled && this.visible().length === 0;
  }

  /**
   * True when no unchecked block can add a hit that would be shown: every
   * block is checked, or whole hits were found (partial ones are then never
   * shown) and no unchecked block, found or not, may hold the whole query.
   */
  private get settled(): boolean {
    if (this.nextBlock >= this.candidates.length && this.later.length === 0) return true;
    const whole = this.shown > this.shownPartial || this.buffer.some((r) => !r.hit.partial);
    if (!whole || !this.query) return false;
    const next = this.candidates[this.nextBlock];
    return Math.max(next?.bound ?? 0, this.unseenBound()) < 1 - 1e-9;
  }

  /** Years whose plans are in shards not searched yet (a year split across shards included). */
  get pendingYears(): string[] {
    return [...new Set(this.pending.flatMap((s) => s.years))];
  }

  /** Number of shards searched so far (a history entry remembers it). */
  get searchedShards(): number {
    return this.searched.length;
  }

  /** True when every shard has been searched: `total` is then the whole count. */
  get complete(): boolean {
    return this.pending.length === 0;
  }

  /** The number of hits in the shards searched so far, once every block of them has been checked; null before. */
  get total(): number | null {
    return this.settled ? this.shown + this.visible().length : null;
  }

  /** True when the hits shown hold only part of the query: no item holds all of it. */
  get partial(): boolean {
    return this.shown > 0 && this.shownPartial === this.shown;
  }

  /**
   * Checks every block when there are at most `maxBlocks`, so a small site
   * can say exactly how many results there are and rank them all; a large
   * result stays lazy.
   */
  async countIfFew(maxBlocks: number): Promise<void> {
    if (this.candidates.length - this.nextBlock > maxBlocks) return;
    while (await this.widen());
    // Every block is read anyway: all at once, not four at a time (one round trip instead of four).
    if (this.candidates.length - this.nextBlock <= maxBlocks) await this.fill(Number.POSITIVE_INFINITY, maxBlocks);
  }

  /** The buffered hits that may be shown: partial hits only when no whole hit was found. */
  private visible(): Ranked[] {
    const whole = this.shown - this.shownPartial > 0 || this.buffer.some((r) => !r.hit.partial);
    return whole ? this.buffer.filter((r) => !r.hit.partial) : this.buffer;
  }

  /** Checks blocks until `count` hits are ready to show, `batch` blocks at a time. */
  private async fill(count: number, batchSize: number = BATCH): Promise<void> {
    const query = this.query;
    const runs = query ? textRuns(query.text) : [];
    const shown = (hit: Hit) => normalizeText([hit.title, hit.text, hit.units ?? '', hit.place ?? '', hit.docNumber ?? ''].join('\n'));
    for (;;) {
      // Enough hits that no unchecked block could outrank: a block holds no more of the query than its
      // bound, and blocks no lookup has found yet no more than the tokens not looked up.
      const next = this.candidates[this.nextBlock];
      const unseen = query ? this.unseenBound() : 0;
      const bound = Math.max(next?.bound ?? 0, unseen);
      const ready = this.visible().filter((r) => r.hit.share + 1e-9 >= bound && (bound < 1 - 1e-9 || !r.hit.partial)).length;
      if (ready >= count) break;
      // Nothing left that would be shown (see `settled`).
      if (this.settled) break;
      // Look up more of the query when blocks not found yet may outrank the next one, or when the next one
      // may hold the whole query only through tokens not looked up yet (a fetch would settle one block, a
      // lookup settles them all). A partial block whose bound rests on such tokens is fetched instead, as
      // its items' shares are exact: twice, then a lookup again if they were not enough.
      const open = next?.tokens && next.lookup ? this.openUnits(next.tokens, next.lookup).length > 0 : false;
      if (this.later.length > 0 && (!next || unseen + 1e-9 >= next.bound || (open && (next.bound >= 1 - 1e-9 || this.fetchedSinceLookup >= 2)))) {
        await this.narrow(next);
        this.fetchedSinceLookup = 0;
        continue;
      }
      if (!next) break;
      this.fetchedSinceLookup++;
      let end = Math.min(this.candidates.length, this.nextBlock + batchSize);
      // A wide batch takes only the blocks as likely as the next one: those after may never be needed.
      for (let i = this.nextBlock + BATCH; i < end; i++) if (this.candidates[i]!.bound + 1e-9 < next.bound) end = i;
      const batch = this.candidates.slice(this.nextBlock, end);
      this.nextBlock += batch.length;
      const files = await Promise.all(batch.map((c) => c.block.load()));
      files.forEach((file, b) => {
        const rank = batch[b]!.rank;
        for (const { hit, tokens } of blockItems(file)) {
          if (!matchesFacets(hit, this.facets)) continue;
          if (!query) {
            this.buffer.push({ hit: { ...hit, partial: false, share: 1 }, named: 0, literal: false, adjacent: false, rank, order: this.order++ });
            continue;
          }
          const share = coverage(query, this.weights, (t) => holds(tokens, t));
          if (share + 1e-9 < partialThreshold) continue;
          const whole = share >= 1 - 1e-9;
          this.buffer.push({
            hit: { ...hit, partial: !whole, share: whole ? 1 : share },
            named: namedLevel(hit, query, this.weights),
            literal: runs.length > 0 && runs.every((r) => shown(hit).includes(r)),
            adjacent: matchesAll(tokens, query.adjacent),
            rank,
            order: this.order++,
          });
        }
      });
    }
  }

  /** The next `count` hits (fewer at the end) of the shards searched so far, best first. */
  async next(count: number): Promise<Found[]> {
    await this.fill(count);
    const visible = this.visible().sort(compareRanked(this.state.sort));
    const out = visible.slice(0, count);
    const taken = new Set(out);
    // Partial hits left behind once a whole one is found are never shown.
    const whole = out.some((r) => !r.hit.partial) || this.shown > this.shownPartial;
    this.buffer = this.buffer.filter((r) => !taken.has(r) && (!whole || !r.hit.partial));
    this.given.push(...out.map((r) => r.hit));
    this.shown += out.length;
    this.shownPartial += out.filter((r) => r.hit.partial).length;
    return out.map((r) => r.hit);
  }

  /** Every hit known so far: those handed out and those checked but not yet shown. */
  get known(): Found[] {
    return [...this.given, ...this.visible().map((r) => r.hit)];
  }

  /** Every remaining hit of the shards searched so far. */
  async all(): Promise<Found[]> {
    return this.next(Number.POSITIVE_INFINITY);
  }

  /** Every remaining hit, searching every remaining shard. */
  async everything(): Promise<Found[]> {
    const hits = await this.all();
    while (await this.searchNextShard()) hits.push(...(await this.all()));
    return hits;
  }
}
