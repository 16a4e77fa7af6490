// The search engine (src/lib/search/engine.ts) over the bundled plans' real
// index records, with an in-memory stand-in for Pagefind that matches words
// as Pagefind does (a query word matches the indexed words it begins) and
// records which words were looked up: each lookup is an index chunk a reader
// downloads (about 20 KB), so the order and number of lookups is the cost.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/content/load';
import { openShardedIndex, SearchSession, singleShard, type PagefindLike, type ShardedIndex } from '../../src/lib/search/engine';
import { searchNames } from '../../src/lib/search/names';
import { searchRecords } from '../../src/lib/search/records';
import { parseSearchParams } from '../../src/lib/search/state';
import { hanToken } from '../../src/lib/search/tokens';
import { urls } from '../../src/lib/urls';

const catalog = loadCatalog(join(resolve(import.meta.dirname, '..', '..'), 'src', 'content'));
const records = searchRecords(catalog, urls('/'));

function memoryIndex(names: string[] | null): { index: ShardedIndex; looked: string[] } {
  const looked: string[] = [];
  const blocks = records.map((r, i) => ({ id: String(i), words: r.content.split(' '), file: r.block }));
  const pagefind: PagefindLike = {
    search: (term) => {
      if (term !== null) looked.push(term);
      const found = term === null ? blocks : blocks.filter((b) => b.words.some((w) => w.startsWith(term)));
      return Promise.resolve({ results: found.map((b) => ({ id: b.id, score: 1 })) });
    },
  };
  const file = (id: string) => Promise.resolve(blocks[Number(id)]!.file);
  return { index: { ...singleShard(pagefind, file), ...(names ? { names: () => Promise.resolve(names) } : {}) }, looked };
}

async function firstPage(query: string, names: string[] | null) {
  const { index, looked } = memoryIndex(names);
  const session = (await SearchSession.start(index, parseSearchParams(new URLSearchParams({ q: query }))))!;
  const hits = await session.next(10);
  return { hits, looked };
}

describe('search engine lookups', () => {
  const names = searchNames(catalog).names;

  it('looks up first the bigram of the character a known name says was mistyped (市卫生建康局: 建 for 健)', async () => {
    const { hits, looked } = await firstPage('市卫生建康局', names);
    // The cover first: every other bigram.
    expect(looked.slice(0, 3)).toEqual([hanToken('市卫'), hanToken('生建'), hanToken('康局')]);
    // Then 建康, which no record holds: no block can hold the whole query, and 卫生 matters less.
    expect(looked[3]).toBe(hanToken('建康'));
    expect(looked.indexOf(hanToken('卫生')) === -1 || looked.indexOf(hanToken('卫生')) > 3).toBe(true);
    // The closest records: partial, holding 市卫生…康局 (five characters of six; the requirements of 市卫生健康局).
    expect(hits.every((h) => h.partial)).toBe(true);
    expect(hits.length).toBe(10);
    expect(hits.every((h) => h.share > 0.8 && h.share < 1)).toBe(true);
  });

  it('without the names file looks up the open characters in their order', async () => {
    const { looked } = await firstPage('市卫生建康局', null);
    expect(looked[3]).toBe(hanToken('卫生'));
  });

  it('a query whose blocks hold it whole looks up no more than its cover', async () => {
    const { hits, looked } = await firstPage('市卫生健康局', names);
    expect(looked).toEqual([hanToken('市卫'), hanToken('生健'), hanToken('康局')]);
    expect(hits.length).toBe(10);
    expect(hits.every((h) => !h.partial)).toBe(true);
  });
});

describe('Pagefind instances of a sharded index', () => {
  // The instances of one pagefind.js share its WebAssembly; two starting at once broke it
  // ("RuntimeError: unreachable"): a shard's instance starts only after a first call has finished.
  it('start one after another: the second shard\'s instance is made only once the first call has finished', async () => {
    const events: string[] = [];
    let finishFirst: () => void = () => undefined;
    const instance = (name: string): PagefindLike => ({
      search: (term) => {
        events.push(`${name} search ${String(term)}`);
        if (name !== 'first') return Promise.resolve({ results: [] });
        return new Promise((resolve) => (finishFirst = () => resolve({ results: [] })));
      },
    });
    const module = { ...instance('first'), createInstance: ({ basePath }: { basePath: string }) => (events.push(`create ${basePath}`), instance(basePath)) };
    const manifest = { version: 1, shards: [{ path: '', years: ['2022'], records: 1 }, { path: 'shard-2/', years: ['2021'], records: 1 }] };
    const realFetch = globalThis.fetch;
    globalThis.fetch = (() => Promise.resolve(new Response(JSON.stringify(manifest)))) as typeof fetch;
    try {
      const index = await openShardedIndex('/pagefind/pagefind.js', () => Promise.resolve(module));
      const [first, second] = await Promise.all(index.manifest.shards.map((s) => index.open(s)));
      const searches = [first!.search('a', {}), second!.search('b', {})];
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(events).toEqual(['first search a']);
      finishFirst();
      await Promise.all(searches);
      expect(events).toEqual(['first search a', 'create /pagefind/shard-2/', '/pagefind/shard-2/ search b']);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
