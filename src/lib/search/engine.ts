import { kindLabels } from './facets';
import { expandItem, type StoredItem } from './items';
import { maskPositions } from './mask';
import type { BlockMeta, SearchItem } from './records';
import { searchCoverage, shardOrder, type SearchCoverage, type ShardEntry, type ShardManifest } from './shards';
import { itemFacetFilter, pagefindArgs, type SearchState } from './state';
import { matchesAll, queryTokens } from './tokens';

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
  const { kind, plan, year, region, at } = fragment.meta;
  const shared = { kind: (kind ?? 'requirement') as BlockMeta['kind'], ...(plan ? { plan } : {}), ...(year ? { year } : {}), ...(region ? { region } : {}) };
  return stored.map((s) => expandItem(s, { plan, at })).map(({ tokenMask, ...item }) => ({
    hit: { ...shared, ...item },
    tokens: tokenMask === undefined ? blockTokens : maskPositions(tokenMask).map((i) => blockTokens[i] ?? ''),
  }));
}

/** Whether an item holds every query token and a value of every item-level filter. */
export function matchesItem(tokens: readonly string[], item: SearchItem, wanted: readonly string[], facets: Record<string, string[]>): boolean {
  if (!matchesAll(tokens, wanted)) return false;
  return Object.entries(facets).every(([key, values]) => (item.facets?.[key as keyof typeof item.facets] ?? []).some((v) => values.includes(v)));
}

/** Blocks verified together: a few at a time keeps the first page's downloads small. */
const BATCH = 4;

type Block = { data: () => Promise<PagefindFragment> };

/** One search: hits come out page by page, blocks are fetched only as far as needed, shards searched one at a time. */
export class SearchSession {
  private readonly index: ShardedIndex;
  private readonly term: string | null;
  private readonly options: object;
  private readonly blocks: Block[] = [];
  private readonly wanted: string[];
  private readonly facets: Record<string, string[]>;
  /** Shards still to search, in order. */
  private readonly pending: ShardEntry[];
  private readonly searched: ShardEntry[] = [];
  private nextBlock = 0;
  private buffer: Hit[] = [];
  /** Hits handed out so far. */
  shown = 0;

  private constructor(index: ShardedIndex, state: SearchState, shards: ShardEntry[]) {
    this.index = index;
    const { term, options } = pagefindArgs(state);
    this.term = term;
    this.options = options;
    this.wanted = queryTokens(state.q);
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
    if (state.q !== '' && queryTokens(state.q).length === 0) return null;
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

  /** Searches the next shard; its matching blocks join the ones still to check. Returns false when none was left. */
  async searchNextShard(): Promise<boolean> {
    const shard = this.pending.shift();
    if (!shard) return false;
    const pagefind = await this.index.open(shard);
    const response = await pagefind.search(this.term, this.options);
    this.blocks.push(...(response?.results ?? []));
    this.searched.push(shard);
    return true;
  }

  /** Number of Pagefind records (blocks) that matched before the per-item check, in the shards searched so far. */
  get blockCount(): number {
    return this.blocks.length;
  }

  /** Which plans the shards searched so far hold, which are left, and what the next shard holds. */
  get coverage(): SearchCoverage {
    return searchCoverage(this.searched, this.pending);
  }

  /** True when every hit of the shards searched so far has been handed out. */
  get exhausted(): boolean {
    return this.nextBlock >= this.blocks.length && this.buffer.length === 0;
  }

  /** True when every shard has been searched: `total` is then the whole count. */
  get complete(): boolean {
    return this.pending.length === 0;
  }

  /** The number of hits in the shards searched so far, once every block of them has been checked; null before. */
  get total(): number | null {
    return this.nextBlock >= this.blocks.length ? this.shown + this.buffer.length : null;
  }

  /**
   * Checks every block when there are at most `maxBlocks`, so a small site
   * can say exactly how many results there are; a large result stays lazy.
   */
  async countIfFew(maxBlocks: number): Promise<void> {
    if (this.blocks.length - this.nextBlock <= maxBlocks) await this.fill(Number.POSITIVE_INFINITY);
  }

  private async fill(count: number): Promise<void> {
    while (this.buffer.length < count && this.nextBlock < this.blocks.length) {
      const batch = this.blocks.slice(this.nextBlock, this.nextBlock + BATCH);
      this.nextBlock += batch.length;
      const fragments = await Promise.all(batch.map((b) => b.data()));
      for (const fragment of fragments) {
        for (const { hit, tokens } of blockItems(fragment)) {
          if (matchesItem(tokens, hit, this.wanted, this.facets)) this.buffer.push(hit);
        }
      }
    }
  }

  /** The next `count` hits (fewer at the end) of the shards searched so far. */
  async next(count: number): Promise<Hit[]> {
    await this.fill(count);
    const out = this.buffer.slice(0, count);
    this.buffer = this.buffer.slice(count);
    this.shown += out.length;
    return out;
  }

  /** Every remaining hit of the shards searched so far. */
  async all(): Promise<Hit[]> {
    return this.next(Number.POSITIVE_INFINITY);
  }

  /** Every remaining hit, searching every remaining shard. */
  async everything(): Promise<Hit[]> {
    const hits = await this.all();
    while (await this.searchNextShard()) hits.push(...(await this.all()));
    return hits;
  }
}
