import { kindLabels, unitToken } from './facets';
import { expandItem, type StoredItem } from './items';
import { maskPositions } from './mask';
import type { BlockMeta, SearchItem } from './records';
import { searchCoverage, shardOrder, type SearchCoverage, type ShardEntry, type ShardManifest } from './shards';
import { itemFacetFilter, pagefindArgs, type SearchState } from './state';
import { coverage, holds, partialThreshold, planQuery, unitWeights, type QueryPlan } from './query';
import { indexTokens, matchesAll, normalizeText, textRuns } from './tokens';

/**
 * Runs a search the way the search page does, against any object with
 * Pagefind's browser API: the page uses the real bundle, the recall test the
 * same bundle in headless Chromium. Pagefind returns blocks of items (see
 * `records.ts`); each item is checked on its own against the query tokens and
 * the item-level filters, so a hit is one requirement (or plan, unit, theme)
 * that contains the whole query.
 *
 * A large site's index is split into shards by year (see `shards.ts`). A
 * search visits them one at a time, newest years first: the next shard is
 * searched only when the reader asks to go on (`searchNextShard`), and the
 * session says which years are still unsearched (`coverage`).
 */

export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}
export interface PagefindLike {
  search: (term: string | null, options: object) => Promise<{ results: Array<{ data: () => Promise<PagefindFragment> }> } | null>;
}
/** The module `pagefind/pagefind.js`: a default instance (the first shard) and, since Pagefind 1.5, `createInstance` for others. */
export interface PagefindModule extends PagefindLike {
  createInstance?: (options: { basePath: string }) => PagefindLike;
}

/** The shards of an index and a way to open each (loaded on first use, then kept). */
export interface ShardedIndex {
  manifest: ShardManifest;
  open: (shard: ShardEntry) => Promise<PagefindLike>;
}

/** A one-shard index around a Pagefind instance (a site without `shards.json`, or a test's bundle). */
export function singleShard(pagefind: PagefindLike): ShardedIndex {
  return { manifest: { version: 1, shards: [{ path: '', years: [], records: 0 }] }, open: () => Promise.resolve(pagefind) };
}

/**
 * The sharded index of a site: `pagefindUrl` is the URL of the first shard's
 * `pagefind.js`; `shards.json` beside it lists the shards. Each other shard
 * is a Pagefind instance of the same module with its own base path.
 */
export async function openShardedIndex(pagefindUrl: string, load: (url: string) => Promise<PagefindModule> = (url) => import(/* @vite-ignore */ url) as Promise<PagefindModule>): Promise<ShardedIndex> {
  const base = pagefindUrl.replace(/[^/]*$/, '');
  const [module, manifest] = await Promise.all([load(pagefindUrl), fetchManifest(`${base}shards.json`)]);
  if (!manifest) return singleShard(module);
  const opened = new Map<string, PagefindLike>();
  return {
    manifest,
    open: (shard) => {
      let instance = opened.get(shard.path);
      if (!instance) {
        if (shard.path !== '' && !module.createInstance) throw new Error('search: this Pagefind bundle cannot open more than one index (createInstance is missing)');
        instance = shard.path === '' ? module : module.createInstance!({ basePath: `${base}${shard.path}` });
        opened.set(shard.path, instance);
      }
      return Promise.resolve(instance);
    },
  };
}

/** The shard manifest, or null when the site has none (an index written before shards existed). */
async function fetchManifest(url: string): Promise<ShardManifest | null> {
  const response = await fetch(url);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`search: ${response.status} fetching ${url}`);
  const manifest = (await response.json()) as ShardManifest;
  if (!Array.isArray(manifest.shards) || manifest.shards.length === 0) throw new Error(`search: ${url} lists no shards`);
  return manifest;
}

/** A result: one item with what its block shares (kind, plan, year, region). */
export type Hit = SearchItem & BlockMeta;

/** The items of a block, each with its tokens. */
export function blockItems(fragment: PagefindFragment): Array<{ hit: Hit; tokens: string[] }> {
  const stored = JSON.parse(fragment.meta['items'] ?? '[]') as StoredItem[];
  const blockTokens = fragment.content.split(/\s+/).filter(Boolean);
  const { kind, plan, issuer, year, region, at, aka } = fragment.meta;
  const shared = {
    kind: (kind ?? 'requirement') as BlockMeta['kind'],
    ...(plan ? { plan } : {}),
    ...(issuer ? { issuer } : {}),
    ...(year ? { year } : {}),
    ...(region ? { region } : {}),
    ...(aka ? { aka } : {}),
  };
  return stored.map((s) => expandItem(s, { plan, at })).map(({ tokenMask, ...item }) => ({
    hit: { ...shared, ...item },
    tokens: tokenMask === undefined ? blockTokens : maskPositions(tokenMask).map((i) => blockTokens[i] ?? ''),
  }));
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

type Block = { id?: string; score?: number; data: () => Promise<PagefindFragment> };

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
  /** Share of the query the whole block holds: no item of it holds more. */
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
  static async start(index: ShardedIndex | PagefindLike, state: SearchState): Promise<SearchSession | null> {
    const { term, options } = pagefindArgs(state);
    if (term === null && Object.keys(options.filters).length === 0) return null;
    // Something typed but nothing searchable in it (only punctuation): no search.
    if (state.q !== '' && planQuery(state.q).units.length === 0) return null;
    const sharded = 'manifest' in index ? index : singleShard(index);
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
      this.enqueue((response?.results ?? []).map((block, i) => ({ block, bound: 1, rank: -i })));
      return true;
    }
    const lookup: Lookup = { pagefind, shard, byId: new Map(), frequency: new Map(), allowed: null };
    const units = this.state.filters.unit ?? [];
    // A single unit filter is a token (see `pagefindArgs`): a block must hold it too. It is looked up on
    // its own, since Pagefind ignores a word its index lacks and would answer for the unit token alone.
    if (units.length === 1) {
      const response = await pagefind.search(unitToken(units[0]!), this.options);
      lookup.allowed = new Set(((response?.results ?? []) as Block[]).map((b) => b.id ?? ''));
    }
    await this.lookUp(lookup, this.query.cover);
    this.weights = unitWeights(this.query, lookup.frequency, Math.max(shard.records, lookup.byId.size));
    this.enqueue(this.candidatesOf(lookup));
    // The other bigrams are looked up only if the blocks holding the cover run out (see `widen`).
    if (this.query.tokens.some((t) => !lookup.frequency.has(t))) this.later.push(lookup);
    return true;
  }

  /** Candidates join the unchecked ones, best first; a block already queued is not queued again. */
  private enqueue(fresh: Candidate[]): void {
    const added = fresh.filter((c) => {
      const id = c.block.id;
      if (id === undefined) return true;
      if (this.queued.has(id)) return false;
      this.queued.add(id);
      return true;
    });
    this.matched += added.length;
    const unchecked = this.candidates.slice(this.nextBlock);
    this.candidates = [...this.candidates.slice(0, this.nextBlock), ...[...unchecked, ...added].sort((a, b) => b.bound - a.bound || b.rank - a.rank)];
  }

  /** Looks up tokens in a shard, noting which blocks hold each, and how many. */
  private async lookUp(lookup: Lookup, tokens: readonly string[]): Promise<void> {
    const wanted = tokens.filter((t) => !lookup.frequency.has(t));
    const responses = await Promise.all(wanted.map((token) => lookup.pagefind.search(token, this.options)));
    responses.forEach((response, i) => {
      const token = wanted[i]!;
      const results = (response?.results ?? []) as Block[];
      const found = lookup.allowed ? results.filter((r) => lookup.allowed!.has(r.id ?? '')) : results;
      lookup.frequency.set(token, found.length);
      found.forEach((block, position) => {
        const id = block.id ?? `${token}:${position}`;
        let entry = lookup.byId.get(id);
        if (!entry) lookup.byId.set(id, (entry = { block, tokens: new Set(), score: 0, position }));
        entry.tokens.add(token);
        entry.score += block.score ?? 0;
        entry.position = Math.min(entry.position, position);
      });
    });
  }

  /** The blocks of a lookup that may hold at least `partialThreshold` of the query. */
  private candidatesOf(lookup: Lookup): Candidate[] {
    const query = this.query!;
    const byYear = this.state.sort !== 'relevance';
    const out: Candidate[] = [];
    for (const { block, tokens, score, position } of lookup.byId.values()) {
      const bound = coverage(query, this.weights, (t) => tokens.has(t));
      if (bound + 1e-9 >= partialThreshold) out.push({ block, tokens, bound, rank: byYear ? -position : score });
    }
    return out;
  }

  /** Bounds of the unchecked blocks again, after more tokens were looked up, and their order by them. */
  private rebound(): void {
    const query = this.query;
    if (!query) return;
    const unchecked = this.candidates.slice(this.nextBlock).map((c) => (c.tokens ? { ...c, bound: coverage(query, this.weights, (t) => c.tokens!.has(t)) } : c));
    this.candidates = [...this.candidates.slice(0, this.nextBlock), ...unchecked.sort((a, b) => b.bound - a.bound || b.rank - a.rank)];
  }

  /**
   * Looks up the rest of the query's bigrams in a shard searched so far.
   * The cover (every other bigram, `QueryPlan.cover`) finds the records that
   * hold the query as typed, or with its words apart where the cover splits
   * them; the other bigrams find the rest (words split elsewhere, partial
   * matches). Each lookup downloads index chunks, so this waits until the
   * cover's records are used up: a common query's first page costs no more
   * than before. Returns false when nothing was left to look up.
   */
  private async widen(): Promise<boolean> {
    const lookup = this.later.shift();
    if (!lookup) return false;
    await this.lookUp(lookup, this.query!.tokens);
    this.enqueue(this.candidatesOf(lookup));
    return true;
  }

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
    return this.nextBlock >= this.candidates.length && this.later.length === 0 && this.visible().length === 0;
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
    return this.nextBlock >= this.candidates.length && this.later.length === 0 ? this.shown + this.visible().length : null;
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
    if (this.candidates.length - this.nextBlock <= maxBlocks) await this.fill(Number.POSITIVE_INFINITY);
  }

  /** The buffered hits that may be shown: partial hits only when no whole hit was found. */
  private visible(): Ranked[] {
    const whole = this.shown - this.shownPartial > 0 || this.buffer.some((r) => !r.hit.partial);
    return whole ? this.buffer.filter((r) => !r.hit.partial) : this.buffer;
  }

  private async fill(count: number): Promise<void> {
    const query = this.query;
    const runs = query ? textRuns(query.text) : [];
    const shown = (hit: Hit) => normalizeText([hit.title, hit.text, hit.units ?? '', hit.place ?? '', hit.docNumber ?? ''].join('\n'));
    for (;;) {
      // Enough hits that no unchecked block could outrank: a block holds no more of the query than its
      // bound, and blocks not looked up yet (`widen`) may hold all of it.
      const bound = this.nextBlock < this.candidates.length && this.later.length === 0 ? this.candidates[this.nextBlock]!.bound : 1;
      const ready = this.visible().filter((r) => r.hit.share >= bound && (bound < 1 || !r.hit.partial)).length;
      if (ready >= count) break;
      // Before checking blocks that hold only part of the cover, look up the rest of the query: it may show
      // blocks that hold all of it, and it gives every block its true bound, so partial blocks are checked
      // best first and no more of them than a page needs.
      if (this.later.length > 0 && (this.nextBlock >= this.candidates.length || this.candidates[this.nextBlock]!.bound < 1)) {
        await this.widen();
        this.rebound();
        continue;
      }
      if (this.nextBlock >= this.candidates.length) break;
      const batch = this.candidates.slice(this.nextBlock, this.nextBlock + BATCH);
      this.nextBlock += batch.length;
      const fragments = await Promise.all(batch.map((c) => c.block.data()));
      fragments.forEach((fragment, b) => {
        const rank = batch[b]!.rank;
        for (const { hit, tokens } of blockItems(fragment)) {
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
