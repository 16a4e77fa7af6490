import { hanToken, isHanRun, latinToken, normalizeText, pagefindTokens, textRuns } from './tokens';

/**
 * What a reader typed, read as a search: the words to look for and how a
 * record is scored against them.
 *
 * People type phrases, not keywords separated by spaces: 疫情信息公开 is
 * 疫情 + 信息公开, and the documents rarely print the two side by side. The
 * index holds character bigrams (see `tokens.ts`), so a phrase is read as its
 * characters: a record holds a character of the query when it holds one of
 * the query's bigrams that contain it (疫 by 疫情; 情 by 疫情 or 情信).
 * A record that holds every character this way holds every word of the
 * phrase, wherever the words stand, without any segmenter having to decide
 * where the words end: the bigram 情信, which only spans the gap between the
 * words, is simply not needed.
 *
 * Records are scored by the share of the query they hold, each character
 * weighted by how rare its bigrams are in the index (inverse document
 * frequency), so that holding 公开, which nearly every record holds, counts
 * for little beside 疫情. When no record holds the whole query, records holding
 * at least `partialThreshold` of it are offered as partial matches.
 *
 * Trailing question words (市财政局要做什么, 卫健委负责哪些工作) and leading
 * request words (请问, 查询) are dropped first: they are how people ask, not
 * what the documents say.
 */

/** One thing a record must hold: a character of a Chinese run, or a whole run of letters or digits. */
export interface QueryUnit {
  /** The character or run as typed (normalised). */
  text: string;
  /** Tokens any one of which holds it (a character's bigrams, or its one-character token). */
  tokens: string[];
}

export interface QueryPlan {
  /** What is searched, after question words are dropped and widths folded. */
  text: string;
  /** Words dropped from what was typed (要做什么), '' when none. */
  dropped: string;
  units: QueryUnit[];
  /** Every distinct token of the units: one Pagefind lookup each. */
  tokens: string[];
  /**
   * Enough tokens to hold every unit once (市卫 生健 康局 for 市卫生健康局),
   * looked up first: each lookup downloads an index chunk (see `pagefindTokens`).
   */
  cover: string[];
  /** The tokens that say the words stand side by side as typed (every bigram of each run). */
  adjacent: string[];
}

/** Share of the query's weight a partial match must hold. */
export const partialThreshold = 0.5;

// Said after what is asked about: 市财政局要做什么, 卫健委负责哪些工作, 雷州有哪些要求？
const TRAILING =
  /(?:的)?(?:都|还|要|需要|应该|应当|主要)?(?:做|干|负责|承担|牵头|配合|包括|包含|有|是)?(?:了)?(?:什么|哪些|啥|些什么|哪几项|几项|多少)(?:工作|任务|事情|事|要求|内容|职责|事项)?(?:呢|吗|啊)?$|(?:的)?(?:工作|任务|职责|要求)?(?:有哪些|是什么|怎么样|如何)(?:呢|吗)?$|(?:呢|吗)$/u;
// Said before it: 请问…, 我想查…, 查询…
const LEADING = /^(?:请问|请|我想|我要|想|帮我)?(?:查询|查找|查一下|查看|搜索|查|找|看看|了解|知道)?(?:一下)?(?:关于)?/u;

/** The query without question and request words; the whole query when nothing would be left. */
export function dropQuestionWords(query: string): { text: string; dropped: string } {
  const text = normalizeText(query).replace(/[?？!！。.，,]+$/u, '').trim();
  const trailing = text.replace(TRAILING, '').trim();
  const both = trailing.replace(LEADING, '').trim();
  const kept = textRuns(both).length > 0 ? both : textRuns(trailing).length > 0 ? trailing : text;
  if (kept === text) return { text, dropped: '' };
  const at = text.indexOf(kept);
  return { text: kept, dropped: (text.slice(0, at) + ' ' + text.slice(at + kept.length)).trim() };
}

const RARE = (c: string) => `y${(c.codePointAt(0) ?? 0).toString(36)}`;
const inRange = (c: string) => {
  const cp = c.codePointAt(0) ?? 0;
  return cp >= 0x3400 && cp < 0x3400 + 36 ** 3;
};

/** The units of one Han run: each character with the bigrams around it. */
function hanUnits(run: string): QueryUnit[] {
  const units: QueryUnit[] = [];
  // Split at rare ideographs, which are tokens of their own (as `indexTokens` does).
  let piece: string[] = [];
  const flush = () => {
    if (piece.length === 1) units.push({ text: piece[0]!, tokens: [hanToken(piece[0]!)] });
    else
      piece.forEach((c, i) => {
        const tokens: string[] = [];
        if (i > 0) tokens.push(hanToken(piece[i - 1]! + c));
        if (i + 1 < piece.length) tokens.push(hanToken(c + piece[i + 1]!));
        units.push({ text: c, tokens });
      });
    piece = [];
  };
  for (const c of run) {
    if (inRange(c)) piece.push(c);
    else {
      if (piece.length > 0) flush();
      units.push({ text: c, tokens: [RARE(c)] });
    }
  }
  if (piece.length > 0) flush();
  return units;
}

export function planQuery(query: string): QueryPlan {
  const { text, dropped } = dropQuestionWords(query);
  const units: QueryUnit[] = [];
  const adjacent = new Set<string>();
  for (const run of textRuns(text)) {
    if (!isHanRun(run)) {
      units.push({ text: run, tokens: [latinToken(run)] });
      adjacent.add(latinToken(run));
      continue;
    }
    const own = hanUnits(run);
    units.push(...own);
    // Side by side: every bigram of the run (a one-character run's own token).
    for (const u of own) for (const t of u.tokens) adjacent.add(t);
  }
  const tokens = [...new Set(units.flatMap((u) => u.tokens))];
  return { text, dropped, units, tokens, cover: pagefindTokens(text), adjacent: [...adjacent] };
}

/** Whether a record's tokens hold a query token, the way Pagefind matches: as a prefix. */
export function holds(recordTokens: ReadonlySet<string> | readonly string[], token: string): boolean {
  if ('has' in recordTokens && recordTokens.has(token)) return true;
  for (const t of recordTokens) if (t.startsWith(token)) return true;
  return false;
}

/**
 * The weight of each unit: the rarest of its tokens' inverse document
 * frequencies (`documents` records in all, `frequency` records per token).
 * A character none of whose tokens is in the index (a typo) weighs as much
 * as the average unit that is, so one wrong character costs about its share.
 * A number or Latin word in no record (316 of 316号 where no document has it)
 * weighs as the rarest word: it names one thing, and records holding only the
 * rest of the query (号) are not close to it.
 */
export function unitWeights(plan: QueryPlan, frequency: ReadonlyMap<string, number>, documents: number): number[] {
  const idf = (df: number) => Math.log(1 + Math.max(documents, df) / df);
  const raw = plan.units.map((u) => {
    const dfs = u.tokens.map((t) => frequency.get(t) ?? 0).filter((df) => df > 0);
    if (dfs.length > 0) return Math.max(...dfs.map(idf));
    const absent = u.tokens.every((t) => frequency.get(t) === 0);
    return absent && !isHanRun(u.text) ? idf(1) : null;
  });
  const known = raw.filter((w): w is number => w !== null);
  const average = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  return raw.map((w) => w ?? average);
}

/** Share of the query's weight a record holds (1 = every unit), given which tokens it holds. */
export function coverage(plan: QueryPlan, weights: readonly number[], has: (token: string) => boolean): number {
  let total = 0;
  let held = 0;
  plan.units.forEach((u, i) => {
    total += weights[i]!;
    if (u.tokens.some(has)) held += weights[i]!;
  });
  return total === 0 ? 0 : held / total;
}
