// How records are grouped into shards: by year, newest first, small years
// merged, a year split only when it is bigger than a shard, the units and
// themes in the first shard; and which shards a search visits.
import { describe, expect, it } from 'vitest';
import { fillShards, recordWeight, searchCoverage, shardOrder, yearSpan, type RecordGroup, type ShardManifest } from '../../src/lib/search/shards';

/** Runs `fillShards` with a sink that records the shards as lists of group names. */
async function shardsOf(groups: Array<[string | null, number, string]>, budget: number): Promise<string[][]> {
  const shards: string[][] = [];
  let open: string[] | null = null;
  const count = await fillShards<string>(
    groups.map(([year, weight, name]): RecordGroup<string> => ({ year, weight, records: [name] })),
    budget,
    {
      add: async (g) => {
        open ??= [];
        open.push(...g.records);
      },
      close: async () => {
        shards.push(open ?? []);
        open = null;
      },
    },
  );
  expect(count).toBe(shards.length);
  return shards;
}

describe('fillShards', () => {
  it('puts a small site in one shard', async () => {
    expect(await shardsOf([[null, 5, 'units'], ['2022', 10, 'a'], ['2021', 10, 'b'], ['2018', 10, 'c']], 100)).toEqual([['units', 'a', 'b', 'c']]);
  });

  it('writes one (empty) shard when there is nothing to index', async () => {
    expect(await shardsOf([], 100)).toEqual([[]]);
  });

  it('starts a new shard for a year that does not fit, rather than splitting it', async () => {
    const shards = await shardsOf(
      [
        [null, 10, 'units'],
        ['2027', 30, '27a'],
        ['2027', 30, '27b'],
        ['2026', 30, '26a'],
        ['2026', 30, '26b'],
        ['2025', 10, '25a'],
      ],
      100,
    );
    expect(shards).toEqual([
      ['units', '27a', '27b'],
      ['26a', '26b', '25a'],
    ]);
  });

  it('splits only a year bigger than a shard, filling the open shard first', async () => {
    const shards = await shardsOf(
      [
        [null, 10, 'units'],
        ['2027', 40, '27a'],
        ['2026', 40, '26a'],
        ['2026', 40, '26b'],
        ['2026', 40, '26c'],
        ['2025', 10, '25a'],
      ],
      100,
    );
    expect(shards).toEqual([
      ['units', '27a', '26a'],
      ['26b', '26c', '25a'],
    ]);
  });

  it('gives a group heavier than the budget a shard of its own', async () => {
    expect(await shardsOf([['2022', 10, 'a'], ['2021', 500, 'huge'], ['2020', 10, 'c']], 100)).toEqual([['a'], ['huge'], ['c']]);
  });
});

describe('shardOrder', () => {
  const manifest: ShardManifest = {
    version: 1,
    shards: [
      { path: '', years: ['2027', '2026'], records: 1 },
      { path: 'shard-2/', years: ['2026', '2025'], records: 1 },
      { path: 'shard-3/', years: ['2024'], records: 1 },
    ],
  };
  it('visits the newest years first, the oldest first for an ascending sort, and only shards with a wanted year', () => {
    expect(shardOrder(manifest).map((s) => s.path)).toEqual(['', 'shard-2/', 'shard-3/']);
    expect(shardOrder(manifest, { oldestFirst: true }).map((s) => s.path)).toEqual(['shard-3/', 'shard-2/', '']);
    expect(shardOrder(manifest, { years: ['2026'] }).map((s) => s.path)).toEqual(['', 'shard-2/']);
    expect(shardOrder(manifest, { years: ['2024'] }).map((s) => s.path)).toEqual(['shard-3/']);
  });
});

describe('recordWeight and yearSpan', () => {
  it('counts content words and the characters of the block file as the page reads it (items expanded)', () => {
    // {"kind":"theme","items":[{"url":"/t/","title":"主题","text":""}]} is 64 characters, at 11.7 a posting six postings' worth.
    const block = { kind: 'theme' as const, items: [{ url: '/t/', title: '主题', text: '' }] };
    expect(recordWeight({ content: 'a b c', block })).toBe(3 + 6);
    // No words; {"kind":"theme","items":[]} is 27 characters.
    expect(recordWeight({ content: '', block: { kind: 'theme', items: [] } })).toBe(0 + 3);
  });
  it('writes years as ranges', () => {
    expect(yearSpan(['2021', '2018', '2019', '2020', '2023'])).toBe('2018–2021年、2023年');
    expect(yearSpan(['2022'])).toBe('2022年');
    expect(yearSpan([])).toBe('');
  });
});

describe('searchCoverage', () => {
  const shard = (...years: string[]) => ({ years });
  it('names whole years when no year is split', () => {
    expect(searchCoverage([shard('2022')], [shard('2021'), shard('2018')])).toEqual({ searched: '2022年的方案', pending: '2018年、2021年的方案', next: '2021年的方案' });
    expect(searchCoverage([shard('2022'), shard('2021')], [])).toEqual({ searched: '2021–2022年的方案', pending: '', next: null });
  });
  it('says "部分" and "其余" for a year split across shards, instead of naming it on both sides', () => {
    // 2027 is too big for one shard: its first part sits with 2028, the rest in the next shard.
    expect(searchCoverage([shard('2028', '2027')], [shard('2027', '2026'), shard('2018')])).toEqual({
      searched: '2028年的方案和2027年的部分方案',
      pending: '2027年的其余方案和2018年、2026年的方案',
      next: '2027年的其余方案和2026年的方案',
    });
    // A year spread over three shards: the middle one does not finish it.
    expect(searchCoverage([shard('2027')], [shard('2027'), shard('2027', '2026')]).next).toBe('2027年的更多方案');
  });
});
