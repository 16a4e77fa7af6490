import { maskPositions } from './mask';
import type { BlockMeta, SearchItem } from './records';
import { itemFacetFilter, pagefindArgs, type SearchState } from './state';
import { matchesAll, queryTokens } from './tokens';

/**
 * Runs a search the way the search page does, against any object with
 * Pagefind's browser API: the page uses the real bundle, the recall test the
 * same bundle in headless Chromium. Pagefind returns blocks of items (see
 * `records.ts`); each item is checked on its own against the query tokens and
 * the item-level filters, so a hit is one requirement (or plan, unit, theme)
 * that contains the whole query.
 */

export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}
export interface PagefindLike {
  search: (term: string | null, options: object) => Promise<{ results: Array<{ data: () => Promise<PagefindFragment> }> } | null>;
}

/** A result: one item with what its block shares (kind, plan, year, region). */
export type Hit = SearchItem & BlockMeta;

/** The items of a block, each with its tokens. */
export function blockItems(fragment: PagefindFragment): Array<{ hit: Hit; tokens: string[] }> {
  const items = JSON.parse(fragment.meta['items'] ?? '[]') as SearchItem[];
  const blockTokens = fragment.content.split(/\s+/).filter(Boolean);
  const { kind, plan, year, region } = fragment.meta;
  const shared = { kind: (kind ?? 'requirement') as BlockMeta['kind'], ...(plan ? { plan } : {}), ...(year ? { year } : {}), ...(region ? { region } : {}) };
  return items.map(({ tokenMask, ...item }) => ({
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

/** One search: hits come out page by page, blocks are fetched only as far as needed. */
export class SearchSession {
  private readonly blocks: Array<{ data: () => Promise<PagefindFragment> }>;
  private readonly wanted: string[];
  private readonly facets: Record<string, string[]>;
  private nextBlock = 0;
  private buffer: Hit[] = [];
  /** Hits handed out so far. */
  shown = 0;

  private constructor(blocks: SearchSession['blocks'], state: SearchState) {
    this.blocks = blocks;
    this.wanted = queryTokens(state.q);
    this.facets = itemFacetFilter(state);
  }

  /** Starts a search; null when the state has neither a searchable query nor a filter. */
  static async start(pagefind: PagefindLike, state: SearchState): Promise<SearchSession | null> {
    const { term, options } = pagefindArgs(state);
    if (term === null && Object.keys(options.filters).length === 0) return null;
    // Something typed but nothing searchable in it (only punctuation): no search.
    if (state.q !== '' && queryTokens(state.q).length === 0) return null;
    const response = await pagefind.search(term, options);
    return new SearchSession(response?.results ?? [], state);
  }

  /** Number of Pagefind records (blocks) that matched before the per-item check. */
  get blockCount(): number {
    return this.blocks.length;
  }

  /** True when every hit has been handed out. */
  get exhausted(): boolean {
    return this.nextBlock >= this.blocks.length && this.buffer.length === 0;
  }

  /** The total number of hits, once every block has been checked; null before. */
  get total(): number | null {
    return this.nextBlock >= this.blocks.length ? this.shown + this.buffer.length : null;
  }

  /**
   * Checks every block when there are at most `maxBlocks`, so a small site
   * can say exactly how many results there are; a large result stays lazy.
   */
  async countIfFew(maxBlocks: number): Promise<void> {
    if (this.blocks.length <= maxBlocks) await this.fill(Number.POSITIVE_INFINITY);
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

  /** The next `count` hits (fewer at the end). */
  async next(count: number): Promise<Hit[]> {
    await this.fill(count);
    const out = this.buffer.slice(0, count);
    this.buffer = this.buffer.slice(count);
    this.shown += out.length;
    return out;
  }

  /** Every remaining hit. */
  async all(): Promise<Hit[]> {
    return this.next(Number.POSITIVE_INFINITY);
  }
}
