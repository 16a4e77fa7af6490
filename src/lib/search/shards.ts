/**
 * How the search index is split into shards, and the manifest the search
 * page reads to find them.
 *
 * Pagefind holds a whole index in memory while it writes it, about 650 bytes
 * per posting (a distinct word of a record) and, when records carried their
 * items as metadata, about 50 bytes per character of it (measured with
 * Pagefind 1.6, docs/scale.md). One index of
 * 10,000 plans would need well over the 4 GB a build may use, so the index is
 * written as several Pagefind bundles, one after another, each bounded by a
 * weight budget (`recordWeight`).
 *
 * Plans are annual and a reader looks for recent ones first, so shards follow
 * the years, newest first: a year that fits in the open shard joins it (small
 * years merge), a year that does not fit starts a new shard, and only a year
 * bigger than a whole shard is split. The units and themes, which have no
 * year, go into the first shard. A small site therefore has one shard, the
 * same bundle at the same place as an unsharded index.
 *
 * Plain TypeScript without Pagefind: the writer (`write-index.ts`) supplies
 * the sink, tests a recording one.
 */
import { expandItem, type BlockFile } from './items';

/** Where the manifest is written, relative to the first shard's folder (`<site>/pagefind/`). */
export const manifestFile = 'shards.json';

/** Folder of shard `n` (1-based) relative to `<site>/pagefind/`: the first shard is `pagefind/` itself. */
export function shardFolder(n: number): string {
  return n === 1 ? '' : `shard-${n}/`;
}

/** Folder of a shard's block files (`BlockFile`, records.ts), inside the shard's folder. */
export const blockFolder = 'items';

/**
 * The block file of Pagefind page `id`, relative to its shard's folder: JSON,
 * stored gzip as Pagefind stores its own files (the block files are most of a
 * large index on disk; see `writeBlockFiles`).
 */
export function blockFile(id: string): string {
  return `${blockFolder}/${id}.json.gz`;
}

/** One shard as the search page sees it. */
export interface ShardEntry {
  /** Folder of the Pagefind bundle, relative to `<site>/pagefind/` ('' for the first shard). */
  path: string;
  /** Plan years whose records are in this shard, newest first. A year split between shards is listed in each. */
  years: string[];
  /** Pagefind records in the shard. */
  records: number;
  /**
   * The hash of the shard's index metadata (from its `pagefind-entry.json`),
   * given to Pagefind as `metaCacheTag`: it fetches `pagefind-entry.json?ts=<tag>`,
   * the same URL until the index changes, instead of a new timestamp (and a
   * download) on every page load. Absent in manifests written before it.
   */
  tag?: string;
}

/** `pagefind/shards.json`: the shards in search order (newest years first). */
export interface ShardManifest {
  version: 1;
  shards: ShardEntry[];
}

/**
 * Characters of a block's items, as the page reads them, weighing as much as
 * one posting. Pagefind's metadata cost about 650 / 50 = 13 characters a
 * posting when the records carried their items; the items as the page reads
 * them (`expandItem`) are 11 % shorter than the block files were then (with
 * token masks, measured on the 1,000-plan corpus), hence 13 / 1.11.
 */
const META_CHARS_PER_POSTING = 11.7;

/**
 * What a record weighs: its distinct content words plus the characters of its
 * items as the page reads them (`expandItem`, not the shorter stored form) at
 * the rate Pagefind's metadata cost while it writes. The items no longer go to
 * Pagefind (its memory per shard is now lower), but a shard's weight also sets
 * what a first query downloads (the shard's metadata and word chunks grow with
 * its records), so shards keep the size they were measured at: the 1,000-plan
 * corpus splits into the same three shards as before the block files shrank.
 */
export function recordWeight(record: { content: string; block: BlockFile }): number {
  let words = 0;
  if (record.content.length > 0) {
    words = 1;
    for (let i = 0; i < record.content.length; i++) if (record.content.charCodeAt(i) === 32) words++;
  }
  // The items as the page shows them, not as stored: the stored form shrank, the shards did not have to.
  const { items, places: _places, themes: _themes, ...meta } = record.block;
  const payloadChars = JSON.stringify({ ...meta, items: items.map((i) => expandItem(i, record.block)) }).length;
  return words + Math.ceil(payloadChars / META_CHARS_PER_POSTING);
}

/**
 * Default budget per shard, in `recordWeight` units. Measured on the
 * 1,000-plan corpus (bench/search-index.ts): a shard of this weight peaks at
 * about 1.6 GB in the Pagefind process.
 */
export const defaultShardBudget = 2_500_000;

/** Records that belong together (one plan's, or the units and themes): never split across shards. */
export interface RecordGroup<T> {
  /** The plan year, or null for records without a year (units, themes), which join the first shard. */
  year: string | null;
  weight: number;
  records: T[];
}

/** Receives the groups shard by shard. */
export interface ShardSink<T> {
  /** Adds a group to the open shard, opening a new shard if none is open. */
  add(group: RecordGroup<T>): Promise<void>;
  /** Writes and closes the open shard; the next `add` opens a new one. */
  close(): Promise<void>;
}

/**
 * Feeds groups, ordered by year (newest first, yearless groups first), into
 * shards of at most `budget` weight (a single group heavier than the budget
 * gets a shard of its own). Holds at most one shard's worth of groups while
 * deciding where a year goes. Always writes at least one shard.
 */
export async function fillShards<T>(groups: Iterable<RecordGroup<T>>, budget: number, sink: ShardSink<T>): Promise<number> {
  let shards = 0;
  let used = 0;
  let open = false;
  const put = async (group: RecordGroup<T>): Promise<void> => {
    if (open && used > 0 && used + group.weight > budget) {
      await sink.close();
      open = false;
      used = 0;
    }
    if (!open) shards++;
    open = true;
    await sink.add(group);
    used += group.weight;
  };
  const startShard = async (): Promise<void> => {
    if (open && used > 0) {
      await sink.close();
      open = false;
      used = 0;
    }
  };

  // The year being collected: its groups wait in `buffer` until it is known
  // whether the year fits in the open shard, in a new one, or must be split.
  let year: string | null | undefined;
  let buffer: Array<RecordGroup<T>> = [];
  let weight = 0;
  let splitting = false;
  const endYear = async (): Promise<void> => {
    if (buffer.length > 0 && used + weight > budget) await startShard();
    for (const group of buffer) await put(group);
    buffer = [];
    weight = 0;
  };

  for (const group of groups) {
    // Yearless groups (units, themes) come first and travel with the first year.
    if (year !== undefined && year !== null && group.year !== year) {
      await endYear();
      splitting = false;
    }
    year = group.year;
    if (splitting) {
      await put(group);
      continue;
    }
    buffer.push(group);
    weight += group.weight;
    if (weight > budget) {
      // The year does not fit in any one shard: fill the open shard with it, then continue in new ones.
      splitting = true;
      const held = buffer;
      buffer = [];
      weight = 0;
      for (const g of held) await put(g);
    }
  }
  await endYear();
  if (!open && shards === 0) {
    shards++;
    open = true;
    await sink.add({ year: null, weight: 0, records: [] });
  }
  if (open) await sink.close();
  return shards;
}

/** The shards a search visits, in order: newest years first, or oldest first for an ascending year sort; only shards holding a wanted year. */
export function shardOrder(manifest: ShardManifest, options: { years?: readonly string[]; oldestFirst?: boolean } = {}): ShardEntry[] {
  const wanted = options.years && options.years.length > 0 ? new Set(options.years) : null;
  const shards = manifest.shards.filter((s) => !wanted || s.years.some((y) => wanted.has(y)));
  return options.oldestFirst ? [...shards].reverse() : shards;
}

/** Years as a reader reads them: 2018–2021年、2023年. */
export function yearSpan(years: Iterable<string>): string {
  const sorted = [...new Set(years)].map(Number).filter(Number.isFinite).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? `${sorted[i]}年` : `${sorted[i]}–${sorted[j]}年`);
    i = j + 1;
  }
  return runs.join('、');
}

/** What a search has covered so far and what is left, in a reader's words. */
export interface SearchCoverage {
  /** The plans searched so far: "2023年的方案和2022年的部分方案" ('' when none). */
  searched: string;
  /** The plans not searched yet: "2022年的其余方案和2018–2021年的方案" ('' when none). */
  pending: string;
  /** The plans the next shard holds, for the "continue" button; null when no shard is left. */
  next: string | null;
}

/**
 * Describes the years of the searched and the pending shards. A large year
 * is split across shards (see `fillShards`) and then belongs to both sides;
 * naming it on both as a whole year read as a contradiction ("found in 2027
 * … 2018–2027 not yet searched"), so such a year is "部分" where searched
 * and "其余" where pending.
 */
export function searchCoverage(searched: ReadonlyArray<Pick<ShardEntry, 'years'>>, pending: ReadonlyArray<Pick<ShardEntry, 'years'>>): SearchCoverage {
  const done = new Set(searched.flatMap((s) => s.years));
  const left = new Set(pending.flatMap((s) => s.years));
  const split = [...done].filter((y) => left.has(y));
  const only = (from: Set<string>, not: Set<string>) => [...from].filter((y) => !not.has(y));
  const phrase = (parts: Array<[years: string[], what: string]>): string =>
    parts
      .filter(([years]) => years.length > 0)
      .map(([years, what]) => `${yearSpan(years)}的${what}`)
      .join('和');
  const nextShard = pending[0];
  let next: string | null = null;
  if (nextShard) {
    const later = new Set(pending.slice(1).flatMap((s) => s.years));
    const years = [...new Set(nextShard.years)];
    // A year begun earlier is "其余" if this shard finishes it, "更多" if it goes on after.
    next = phrase([
      [years.filter((y) => done.has(y) && !later.has(y)), '其余方案'],
      [years.filter((y) => done.has(y) && later.has(y)), '更多方案'],
      [years.filter((y) => !done.has(y)), '方案'],
    ]);
  }
  return {
    searched: phrase([
      [only(done, left), '方案'],
      [split, '部分方案'],
    ]),
    pending: phrase([
      [split, '其余方案'],
      [only(left, done), '方案'],
    ]),
    next,
  };
}
