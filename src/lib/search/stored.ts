/**
 * Pagefind's answers for a shard's common words, stored beside the shard.
 *
 * A word in a large share of a shard's records (政务, 公开: each in 88–96 %
 * of the first shard's 2,410 records at 1,000 plans) is the most expensive
 * thing a first query asks Pagefind for: its WebAssembly scores every record
 * holding the word and writes each as JSON, about 5 µs a record on the main
 * thread before V8 has optimised it, and the page must first load Pagefind
 * (script, WebAssembly, metadata) to ask at all. Its answer depends only on
 * the index, so the build asks Pagefind itself (the shard's own `pagefind.js`
 * and WebAssembly, run in Node: `write-index.ts`) for every word in at least
 * `commonShare` of a shard's records, and stores the answer, the records' ids
 * and scores in Pagefind's order, in `common/<token>.json.gz`, listed in
 * `common.json`. The search engine reads a stored answer instead of asking
 * Pagefind for the same word (without filters or a sort, which change
 * Pagefind's answer), so a query of common words alone (政务公开) never
 * starts Pagefind, and the results are the same (`stored.test.ts` compares
 * every stored answer of the bundled plans' index with Pagefind's, in Chromium).
 */

/** Words in at least this share of a shard's records get a stored answer. */
export const commonShare = 0.25;

/** The list of a shard's words with a stored answer, in the shard's folder. */
export const commonListFile = 'common.json';

/** The folder of the stored answers, in the shard's folder. */
export const commonFolder = 'common';

/** The file of a word's stored answer (gzip JSON, as the block files). */
export function commonFile(token: string): string {
  return `${commonFolder}/${token}.json.gz`;
}

/** `common.json`: the shard's words (search tokens) that have a stored answer. */
export interface CommonList {
  tokens: string[];
}

/**
 * A stored answer: Pagefind's results for one word, in its order. `ids` are
 * the records' page ids without the `prefix` they all share (`zh-cn_`), and
 * `scores` each result's score written as the shortest decimal that reads
 * back (`Math.fround`) as Pagefind's 32-bit score.
 */
export interface CommonAnswer {
  prefix: string;
  ids: string[];
  scores: number[];
}

/** A Pagefind result as the engine reads it. */
export interface StoredResult {
  id: string;
  score: number;
}

/** The shortest decimal that `Math.fround` reads back as `score` (a 32-bit float, as Pagefind's scores are). */
export function shortScore(score: number): number {
  if (Math.fround(score) !== score) throw new Error(`search index: Pagefind score ${score} is not a 32-bit float`);
  for (let digits = 1; digits <= 9; digits++) {
    const short = Number(score.toPrecision(digits));
    if (Math.fround(short) === score) return short;
  }
  return score;
}

/** The stored answer of Pagefind's results (ids and scores, in order). */
export function encodeAnswer(results: readonly StoredResult[]): CommonAnswer {
  const prefix = /^[^_]*_/.exec(results[0]?.id ?? '')?.[0] ?? '';
  if (!results.every((r) => r.id.startsWith(prefix))) throw new Error('search index: Pagefind page ids of one shard do not share a language prefix');
  return { prefix, ids: results.map((r) => r.id.slice(prefix.length)), scores: results.map((r) => shortScore(r.score)) };
}

/** Pagefind's results again, from a stored answer: the same ids and scores in the same order. */
export function decodeAnswer(answer: CommonAnswer): StoredResult[] {
  return answer.ids.map((id, i) => ({ id: `${answer.prefix}${id}`, score: Math.fround(answer.scores[i] ?? 0) }));
}
