import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Catalog } from '../catalog';
import type { Urls } from '../urls';
import { namesFile, searchNames } from './names';
import { planRecords, themeRecords, unitRecords, type BlockFile, type SearchRecord } from './records';
import { commonFile, commonFolder, commonListFile, commonShare, encodeAnswer, type CommonList, type StoredResult } from './stored';
import { blockFile, blockFolder, defaultShardBudget, fillShards, manifestFile, recordWeight, shardFolder, type RecordGroup, type ShardEntry, type ShardManifest } from './shards';

/**
 * Writes the search index of a catalog into `<site>/pagefind/`: one Pagefind
 * bundle per shard (see `shards.ts`), each by a fresh Pagefind service that is
 * closed before the next starts, so the memory of one shard is freed before
 * the next is built. Pagefind indexes a record's tokens; what the page shows
 * of it goes to `items/<page id>.json.gz` beside the bundle (`BlockFile`), named
 * by the id Pagefind's results give, and Pagefind's own fragment files, which
 * the page never reads, are removed. The block files are stored gzip (`.json.gz`),
 * as Pagefind stores its own files, and the page inflates them: they are most of
 * a large index (at 10,000 plans, about 230 of 327 MB as plain JSON), and a
 * static host that compresses JSON when sending only makes the transfer small,
 * not the deployed folder. Records are made plan by plan as the shards fill; at most
 * one shard's records are held at a time. Run by the publish step
 * (`scripts/write-data-and-search.ts`) before Astro renders, beside the data writer, so
 * Pagefind's memory never adds to Astro's.
 */

/** What was indexed, for the build log. */
export interface IndexSummary {
  shards: ShardEntry[];
  records: number;
  items: Record<string, number>;
  seconds: number;
}

export interface WriteIndexOptions {
  /** Weight budget per shard (`recordWeight` units). */
  budget?: number;
  /** Called after each shard is written (for progress logs and benchmarks). */
  onShard?: (shard: ShardEntry, index: number, weight: number) => void;
  /**
   * Write only the first this many shards; the others are planned and listed
   * in the manifest but not indexed. For benchmarks of a first query, which
   * reads only the first shard: a 10,000-plan site's first shard is measured
   * without building the other eighteen. Never for a site that is served.
   */
  writeShards?: number;
}

/** Records sent to the Pagefind process together: one at a time spends most of the build on round trips. */
const RECORD_BATCH = 64;

/** Files of Pagefind's stock interfaces, which Fengong does not load; shards after the first leave them out. */
const STOCK_UI = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/** The record groups of a catalog in shard order: units and themes, then each year's plans, newest year first. */
export function* recordGroups(catalog: Catalog, at: Urls): Generator<RecordGroup<SearchRecord>> {
  const weigh = (records: SearchRecord[]) => records.reduce((sum, r) => sum + recordWeight(r), 0);
  const shared = [...unitRecords(catalog, at), ...themeRecords(catalog, at)];
  yield { year: null, weight: weigh(shared), records: shared };
  // Newest year first; within a year, catalog order, so two builds write the same shards.
  const plans = catalog.plans.map((p, i) => ({ p, i })).sort((a, b) => b.p.data.year - a.p.data.year || a.i - b.i);
  for (const { p } of plans) {
    const records = planRecords(p.id, catalog, at);
    yield { year: String(p.data.year), weight: weigh(records), records };
  }
}

/** Opens a Pagefind index for one shard; any error Pagefind reports is thrown. */
async function openIndex(): Promise<pagefind.PagefindIndex> {
  // forceLanguage: one zh-cn index whatever language a record claims.
  const created = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!created.index || created.errors.length > 0) {
    throw new Error(`search index: Pagefind could not create an index: ${created.errors.join('; ') || 'no index returned'}`);
  }
  return created.index;
}

/**
 * Gives Pagefind the records' tokens, filters and sort, and keeps their block
 * files by URL in `blocks` until the bundle is written. No metadata: Pagefind
 * indexes the words of every metadata field (its metadata search), which made
 * the items' texts, URLs and masks searchable words beside the tokens.
 */
async function addRecords(index: pagefind.PagefindIndex, records: readonly SearchRecord[], blocks: Map<string, BlockFile>): Promise<void> {
  for (const record of records) {
    if (blocks.has(record.url)) throw new Error(`search index: two records share the URL ${record.url}; each block needs its own`);
    blocks.set(record.url, record.block);
  }
  for (let i = 0; i < records.length; i += RECORD_BATCH) {
    await Promise.all(
      records.slice(i, i + RECORD_BATCH).map(async ({ url, content, language, filters, sort }) => {
        const added = await index.addCustomRecord({ url, content, language, filters: filters as Record<string, string[]>, sort });
        if (added.errors.length > 0) throw new Error(`search index: Pagefind rejected the record for ${url}: ${added.errors.join('; ')}`);
      }),
    );
  }
}

/** Pagefind's fragment files: gzip, behind a signature, holding one page's JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Writes each block's file as `items/<page id>.json.gz` (`blockFile`) in a
 * written bundle: the page id is the name of the fragment Pagefind wrote for
 * the block's URL, and what Pagefind's search results give as `id`. Then
 * removes the fragments. Level 9 costs no more time than the default on files
 * this small and keeps the same bytes from build to build (no name, no time
 * in the gzip header).
 */
export function writeBlockFiles(bundle: string, blocks: Map<string, BlockFile>): void {
  const fragments = join(bundle, 'fragment');
  mkdirSync(join(bundle, blockFolder), { recursive: true });
  const left = new Map(blocks);
  for (const name of readdirSync(fragments)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
    const fragment = JSON.parse(text.startsWith(FRAGMENT_SIGNATURE) ? text.slice(FRAGMENT_SIGNATURE.length) : text) as { url?: unknown };
    const block = typeof fragment.url === 'string' ? left.get(fragment.url) : undefined;
    if (!block) throw new Error(`search index: Pagefind's fragment ${name} in ${fragments} is for no record written (${String(fragment.url)}); this Pagefind version writes fragments differently`);
    left.delete(fragment.url as string);
    writeFileSync(join(bundle, blockFile(name.slice(0, -'.pf_fragment'.length))), gzipSync(JSON.stringify(block), { level: 9 }));
  }
  if (left.size > 0) throw new Error(`search index: Pagefind wrote no fragment for ${left.size} record(s), e.g. ${[...left.keys()][0]}`);
  rmSync(fragments, { recursive: true, force: true });
}

/** The test in Pagefind 1.6's `search` that splits the query with `Intl.Segmenter` (see `splitOnlyNonAscii`). */
export const pagefindSegmenterTest = 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){';
/** The same test, true only for a query with a character beyond ASCII. */
export const pagefindSegmenterTestPatched = 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"&&/[^\\x00-\\x7f]/.test(term)){';

/**
 * Makes Pagefind's script split a query with `Intl.Segmenter` only when the
 * query has a character beyond ASCII. Pagefind makes a grapheme segmenter
 * (and, for Chinese, a word segmenter) on every search; the first segmenter a
 * page makes costs about 12 ms of main-thread CPU (the browser readies its
 * break-iterator data; 48 ms on a phone 4× slower), a quarter of a cold
 * `?q=` page's start-up (docs/scale.md). The engine only ever asks Pagefind
 * for ASCII tokens (`tokens.ts`), which Pagefind's own fallback (each
 * character lower-cased, punctuation dropped) splits exactly as the
 * segmenters would, so they were pure cost. A query with other characters is
 * split as before. Fails the build if this Pagefind's script differs.
 */
export function splitOnlyNonAscii(outputPath: string): void {
  const file = join(outputPath, 'pagefind.js');
  const script = readFileSync(file, 'utf8');
  const found = script.split(pagefindSegmenterTest).length - 1;
  if (found !== 1) {
    throw new Error(`search index: ${file} has ${found} copies of Pagefind's segmenter test (expected 1: ${pagefindSegmenterTest}). A Pagefind upgrade changed its search; update splitOnlyNonAscii in src/lib/search/write-index.ts`);
  }
  writeFileSync(file, script.replace(pagefindSegmenterTest, pagefindSegmenterTestPatched));
}

/** Where the tables of fflate's inflate (bundled in Pagefind 1.6's script) start and end: module code that runs on import. */
export const fflateTablesStart = 'var fleb=new u8(';
export const fflateTablesEnd = 'var fdrm=hMap(fdt,5,1);';
/** Pagefind's inflate entry point, which the patched script makes build the tables first. */
const fflateGunzip = 'function gunzipSync(data,out){';

/**
 * Makes the tables of the inflate code bundled in Pagefind's script (fflate:
 * Huffman tables, a 32,768-entry bit-reversal table and the fixed code maps)
 * be built on the first call of its `gunzipSync`, not when the script is
 * imported. The page has the browser inflate Pagefind's files
 * (`native-inflation.ts`), so that code runs only in a browser without
 * `DecompressionStream`; building the tables anyway took about 3.5 ms of the
 * 8.5 ms of main-thread CPU a cold `?q=` page spends importing the script and
 * reading `shards.json` (docs/scale.md). The statements between
 * `fflateTablesStart` and `fflateTablesEnd` move into a function
 * (`fflateTables`) whose top-level `var`s stay declared at module level, so
 * the inflate code finds them as before. Fails the build if this Pagefind's
 * script differs.
 */
export function lazyInflateTables(outputPath: string): void {
  const file = join(outputPath, 'pagefind.js');
  const script = readFileSync(file, 'utf8');
  const start = script.indexOf(fflateTablesStart);
  const end = script.indexOf(fflateTablesEnd);
  const once = (text: string) => script.split(text).length - 1 === 1;
  if (!once(fflateTablesStart) || !once(fflateTablesEnd) || !once(fflateGunzip) || end < start) {
    throw new Error(`search index: ${file} does not have the inflate tables of Pagefind 1.6's script (${fflateTablesStart} … ${fflateTablesEnd}, then ${fflateGunzip}). A Pagefind upgrade changed its inflate code; update lazyInflateTables in src/lib/search/write-index.ts`);
  }
  const region = script.slice(start, end + fflateTablesEnd.length);
  // The region's own statements (depth 0) that declare a variable: `var name=…;` becomes `name=…;`, the name declared outside.
  const names: string[] = [];
  let body = '';
  let depth = 0;
  let previous = ';';
  for (let i = 0; i < region.length; i++) {
    const c = region[i]!;
    if (depth === 0 && previous === ';' && region.startsWith('var ', i)) {
      const name = /^var ([A-Za-z_$][\w$]*)/.exec(region.slice(i))![1]!;
      if (!names.includes(name)) names.push(name);
      i += 'var '.length - 1;
      continue;
    }
    if ('{(['.includes(c)) depth++;
    else if ('})]'.includes(c)) depth--;
    body += c;
    if (c.trim() !== '') previous = c;
  }
  if (depth !== 0 || !names.includes('fdrm')) throw new Error(`search index: could not read the inflate tables in ${file}; update lazyInflateTables in src/lib/search/write-index.ts`);
  const lazy = `var ${names.join(',')};function fflateTables(){if(fdrm)return;${body}}`;
  writeFileSync(file, script.replace(region, () => lazy).replace(fflateGunzip, `${fflateGunzip}fflateTables();`));
}

/**
 * Runs in a worker thread: imports a written bundle's `pagefind.js` (its
 * WebAssembly and index files read from disk through a `fetch` of file URLs)
 * and posts Pagefind's results, ids and scores in order, for each token. A
 * worker, so the WebAssembly memory of each shard is freed when it ends and
 * the build's own `fetch` is never replaced.
 */
const askPagefindInWorker = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFile } = require('node:fs/promises');
const { fileURLToPath } = require('node:url');
globalThis.fetch = async (input) => {
  const url = new URL(typeof input === 'string' ? input : input.url);
  url.search = '';
  try {
    return new Response(await readFile(fileURLToPath(url)), { status: 200 });
  } catch {
    return new Response('', { status: 404 });
  }
};
(async () => {
  const pagefind = await import(workerData.script);
  await pagefind.options({ noWorker: true });
  const answers = [];
  for (const token of workerData.tokens) {
    const response = await pagefind.search(token, {});
    answers.push((response?.results ?? []).map((r) => ({ id: r.id, score: r.score })));
  }
  await pagefind.destroy?.();
  parentPort.postMessage(answers);
})().catch((error) => {
  throw error;
});
`;

/** Pagefind's results for each token in the bundle at `outputPath`, asked of the bundle's own script and WebAssembly (see `stored.ts`). */
export function askPagefind(outputPath: string, tokens: readonly string[]): Promise<StoredResult[][]> {
  if (tokens.length === 0) return Promise.resolve([]);
  const script = pathToFileURL(join(outputPath, 'pagefind.js'));
  // A fresh module each time (a test may write the same folder twice).
  script.search = `?at=${Date.now()}`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(askPagefindInWorker, { eval: true, workerData: { script: script.href, tokens } });
    worker.once('message', (answers: StoredResult[][]) => {
      resolve(answers);
      void worker.terminate();
    });
    worker.once('error', (error) => reject(new Error(`search index: could not ask Pagefind for the common words of ${outputPath}: ${error.message}`)));
    worker.once('exit', (code) => reject(new Error(`search index: the worker asking Pagefind for the common words of ${outputPath} ended (exit ${code})`)));
  });
}

/**
 * Stores Pagefind's answers for the shard's common words (see `stored.ts`):
 * every token in at least `commonShare` of the shard's `records`, by
 * `frequency` (records holding each token). Returns how many.
 */
export async function writeCommonAnswers(outputPath: string, frequency: ReadonlyMap<string, number>, records: number): Promise<number> {
  const tokens = [...frequency]
    .filter(([, n]) => n >= commonShare * records)
    .map(([token]) => token)
    .sort();
  const answers = await askPagefind(outputPath, tokens);
  mkdirSync(join(outputPath, commonFolder), { recursive: true });
  tokens.forEach((token, i) => {
    const results = answers[i]!;
    // Pagefind's answer is stored as it is; an empty one means Pagefind was not asked properly.
    if (results.length === 0) throw new Error(`search index: Pagefind found no record of ${outputPath} holding ${token}, which ${frequency.get(token)} records hold`);
    writeFileSync(join(outputPath, commonFile(token)), gzipSync(JSON.stringify(encodeAnswer(results)), { level: 9 }));
  });
  const list: CommonList = { tokens };
  writeFileSync(join(outputPath, commonListFile), `${JSON.stringify(list)}\n`);
  return tokens.length;
}

/** Counts, for each token, the records whose content holds it (a record's content holds each token once). */
export function countTokens(records: readonly SearchRecord[], into: Map<string, number>): void {
  for (const record of records) {
    for (const token of record.content.split(' ')) if (token !== '') into.set(token, (into.get(token) ?? 0) + 1);
  }
}

/** What Pagefind's `pagefind-entry.json` says of each language's index. */
interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * Points a later shard's Pagefind at the first shard's WebAssembly and
 * removes its own copy; returns the shard's cache tag (its metadata hashes).
 * Every instance of one `pagefind.js` runs the WebAssembly the first
 * instantiated (wasm-bindgen keeps one module), yet each downloads
 * `<its base>wasm.<language>.pagefind` on its first search: 55 KB again for
 * every shard a reader goes on to. Pagefind builds that URL from the entry's
 * `wasm` name, so the name is made a path back to the first shard's file
 * (`unknown/../../wasm.unknown` from `shard-2/`), one URL the browser
 * fetches once. `shards-page.test.ts` checks a search of four shards
 * requests it once.
 */
function shareWasm(outputPath: string, path: string): string {
  const file = join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(file, 'utf8')) as PagefindEntry;
  const languages = Object.values(entry.languages ?? {});
  if (languages.length === 0) throw new Error(`search index: ${file} names no language; this Pagefind version writes its entry differently`);
  if (path !== '') {
    const up = '../'.repeat(path.split('/').filter(Boolean).length + 1);
    for (const language of languages) {
      const name = language.wasm ?? 'unknown';
      rmSync(join(outputPath, `wasm.${name}.pagefind`), { force: true });
      language.wasm = `${name}/${up}wasm.${name}`;
    }
    writeFileSync(file, JSON.stringify(entry));
  }
  return languages.map((l) => l.hash).join('.');
}

/** Indexes the records in Chinese and writes one bundle to `outputPath`, with its block files; any error Pagefind reports is thrown. */
export async function writeIndex(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  const index = await openIndex();
  const blocks = new Map<string, BlockFile>();
  await addRecords(index, records, blocks);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`search index: Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  splitOnlyNonAscii(outputPath);
  lazyInflateTables(outputPath);
  writeBlockFiles(outputPath, blocks);
  const frequency = new Map<string, number>();
  countTokens(records, frequency);
  await writeCommonAnswers(outputPath, frequency, records.length);
}

/**
 * Writes every shard of the catalog's index, the manifest and the names file (`names.ts`) into
 * `pagefindDir` (normally `<site>/pagefind/`), replacing what was there.
 */
export async function writeShardedIndex(catalog: Catalog, at: Urls, pagefindDir: string, options: WriteIndexOptions = {}): Promise<IndexSummary> {
  const started = performance.now();
  rmSync(pagefindDir, { recursive: true, force: true });
  const shards: ShardEntry[] = [];
  const items: Record<string, number> = {};
  let records = 0;
  let index: pagefind.PagefindIndex | null = null;
  let blocks = new Map<string, BlockFile>();
  let years = new Set<string>();
  let frequency = new Map<string, number>();
  let count = 0;
  let weight = 0;
  const writeShards = options.writeShards ?? Number.POSITIVE_INFINITY;
  const sink = {
    add: async (group: RecordGroup<SearchRecord>) => {
      if (group.year !== null) years.add(group.year);
      if (shards.length < writeShards) {
        await addRecords((index ??= await openIndex()), group.records, blocks);
        countTokens(group.records, frequency);
      }
      count += group.records.length;
      weight += group.weight;
      for (const r of group.records) items[r.block.kind] = (items[r.block.kind] ?? 0) + r.block.items.length;
    },
    close: async () => {
      const n = shards.length + 1;
      const path = shardFolder(n);
      const outputPath = join(pagefindDir, path);
      if (n <= writeShards) {
        try {
          index ??= await openIndex();
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`search index: Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
        } finally {
          // Ends the Pagefind process: the memory of this shard is returned before the next one starts.
          await pagefind.close();
          index = null;
        }
        if (n > 1) for (const file of STOCK_UI) rmSync(join(outputPath, file), { force: true });
        splitOnlyNonAscii(outputPath);
        lazyInflateTables(outputPath);
        writeBlockFiles(outputPath, blocks);
      }
      blocks = new Map();
      const tag = n <= writeShards ? shareWasm(outputPath, path) : undefined;
      // After shareWasm: a later shard's Pagefind reads the first shard's WebAssembly, as in the browser.
      if (n <= writeShards) await writeCommonAnswers(outputPath, frequency, count);
      frequency = new Map();
      const entry: ShardEntry = { path, years: [...years].sort((a, b) => Number(b) - Number(a)), records: count, ...(tag ? { tag } : {}) };
      shards.push(entry);
      options.onShard?.(entry, n, weight);
      records += count;
      years = new Set();
      count = 0;
      weight = 0;
    },
  };
  try {
    await fillShards(recordGroups(catalog, at), options.budget ?? defaultShardBudget, sink);
  } finally {
    await pagefind.close();
  }
  mkdirSync(pagefindDir, { recursive: true });
  const manifest: ShardManifest = { version: 1, shards };
  writeFileSync(join(pagefindDir, manifestFile), `${JSON.stringify(manifest)}\n`);
  writeFileSync(join(pagefindDir, namesFile), `${JSON.stringify(searchNames(catalog))}\n`);
  return { shards, records, items, seconds: (performance.now() - started) / 1000 };
}

/** The build log line for a summary. */
export function describeIndex(summary: IndexSummary, dir: string): string {
  const n = (kind: string) => summary.items[kind] ?? 0;
  return (
    `Indexed ${n('requirement')} requirements, ${n('plan')} plans, ${n('unit')} units and ${n('theme')} themes ` +
    `in ${summary.records} records, ${summary.shards.length} shard${summary.shards.length === 1 ? '' : 's'}, in ${summary.seconds.toFixed(2)}s → ${dir}`
  );
}
