/**
 * Chinese text as search tokens, the same way at indexing and at query time.
 *
 * Pagefind segments Chinese into words twice: its indexer with its own
 * dictionary, the browser with `Intl.Segmenter`. The two disagree (the
 * indexer reads 市民政局 as 市民|政局, Chromium reads the query as 市|民政局),
 * and a query whose words the index never saw finds nothing. So Fengong does
 * not let either segmenter decide: every run of Han characters is indexed as
 * overlapping character bigrams (市民 民政 政局), the classic CJK indexing of
 * Lucene's CJKBigramFilter, and a query is turned into the bigrams of what the
 * reader typed. A record matches when it contains every bigram of the query.
 *
 * Each bigram is written as an ASCII token (`x`, then three base-36 digits per
 * character) so that no segmenter can split it again. Pagefind
 * matches query words as prefixes, so the token of one character is a prefix
 * of the tokens of every bigram starting with it: a one-character query finds
 * every text with that character without indexing unigrams. The last character
 * of each run, which starts no bigram, is indexed as its own token with a
 * final `z` (`runEndToken`).
 *
 * No indexed word is a prefix of a bigram's token. Pagefind answers a word
 * its index lacks with the pages of the longest indexed word that begins it
 * (`find_word_extensions` in pagefind_web); were 建's own token indexed, the
 * bigram 建康 of a slip (市卫生建康局) would come back as every page with a
 * run ending in 建, and blocks would seem to hold the whole query until
 * fetched (388 KB for a first query on the 10,000-plan site). Hence the `z`
 * (no character in range has `z` as its first base-36 digit), the `l`
 * before a Latin run that begins like a token of ours (`latinToken`), and the
 * `z` after every indexed Latin run (`latinIndexToken`): 3z is no prefix of
 * 316, so a number no record holds (316号 on a site without it) finds
 * nothing, not every block with a 3 in it (776 KB on the 100-plan site).
 *
 * Runs of Latin letters and digits (2022, 316, ipv6) stay plain lower-case
 * words. Everything else (punctuation, brackets 〔〕（）, spaces) separates runs,
 * so 雷府办函〔2022〕316号 and 雷府办函[2022]316号 give the same tokens.
 */

const HAN = /\p{Script=Han}/u;
const RUNS = /\p{Script=Han}+|[\p{Script=Latin}\p{Nd}]+/gu;

/**
 * Three base-36 digits cover 46,656 code points from U+3400: CJK Extension A
 * and the whole Unified Ideographs block. Rarer ideographs (Extension B and
 * beyond, U+20000…) get a token of their own, `y` + code point, and end the run.
 */
const HAN_BASE = 0x3400;
const HAN_SPAN = 36 ** 3;
const inRange = (c: string): boolean => {
  const cp = c.codePointAt(0) ?? 0;
  return cp >= HAN_BASE && cp < HAN_BASE + HAN_SPAN;
};

/** Width-folds and lower-cases: full-width digits and letters become ASCII (ＩＰｖ６ → ipv6). */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The runs of Han characters and of Latin letters or digits in a text, in order. */
export function textRuns(text: string): string[] {
  return normalizeText(text).match(RUNS) ?? [];
}

export function isHanRun(run: string): boolean {
  return HAN.test(run);
}

/** Three base-36 digits per character, worked out once per character: the page derives the tokens of every item it checks (items.ts). */
const digits = new Map<string, string>();
function charDigits(c: string): string {
  let d = digits.get(c);
  if (d === undefined) {
    d = ((c.codePointAt(0) ?? 0) - HAN_BASE).toString(36).padStart(3, '0');
    digits.set(c, d);
  }
  return d;
}

/** The token of a sequence of one or two characters in range: `x` and three base-36 digits per character. */
export function hanToken(chars: string): string {
  let token = 'x';
  for (const c of chars) token += charDigits(c);
  return token;
}

/** The token of a run's last character: its one-character token and `z`, so that it begins no bigram's token. */
export function runEndToken(char: string): string {
  return `${hanToken(char)}z`;
}

/**
 * The token of a run of Latin letters or digits: the run itself, or with an
 * `l` before it when it begins with a letter our own tokens begin with (x for
 * Han, y for rare ideographs, u for units), so that it is never a prefix of
 * one of them (see above). Index and query use the same form.
 */
export function latinToken(run: string): string {
  return /^[uxy]/.test(run) ? `l${run}` : run;
}

/** The indexed token of a Latin run: its query token and `z`, so that it begins no longer run's query token (see above). */
export function latinIndexToken(run: string): string {
  return `${latinToken(run)}z`;
}

/** Han runs split where an out-of-range ideograph stands, which becomes its own token. */
function hanPieces(run: string): Array<{ chars: string[] } | { rare: string }> {
  const pieces: Array<{ chars: string[] } | { rare: string }> = [];
  let chars: string[] = [];
  for (const c of run) {
    if (inRange(c)) {
      chars.push(c);
      continue;
    }
    if (chars.length > 0) pieces.push({ chars });
    chars = [];
    pieces.push({ rare: `y${(c.codePointAt(0) ?? 0).toString(36)}` });
  }
  if (chars.length > 0) pieces.push({ chars });
  return pieces;
}

/**
 * Tokens to index for a text, each once, in order of first appearance: every
 * Han bigram, each run's last character, and every Latin/digit run. Once is
 * enough: matching needs presence, and repeats would only grow the index.
 */
export function indexTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const run of textRuns(text)) {
    if (!isHanRun(run)) {
      tokens.add(latinIndexToken(run));
      continue;
    }
    for (const piece of hanPieces(run)) {
      if ('rare' in piece) {
        tokens.add(piece.rare);
        continue;
      }
      const { chars } = piece;
      for (let i = 0; i + 1 < chars.length; i++) tokens.add(hanToken(chars[i]! + chars[i + 1]!));
      tokens.add(runEndToken(chars[chars.length - 1]!));
    }
  }
  return [...tokens];
}

/**
 * Tokens for what a reader typed: the bigrams of each Han run (a one-character
 * run gives its one-character token, which matches as a prefix) and each
 * Latin/digit run. Duplicates are dropped; Pagefind requires every token.
 */
export function queryTokens(query: string): string[] {
  const tokens = new Set<string>();
  for (const run of textRuns(query)) {
    if (!isHanRun(run)) {
      tokens.add(latinToken(run));
      continue;
    }
    for (const piece of hanPieces(run)) {
      if ('rare' in piece) {
        tokens.add(piece.rare);
        continue;
      }
      const { chars } = piece;
      if (chars.length === 1) tokens.add(hanToken(chars[0]!));
      for (let i = 0; i + 1 < chars.length; i++) tokens.add(hanToken(chars[i]! + chars[i + 1]!));
    }
  }
  return [...tokens];
}

/**
 * Whether a record's tokens contain every query token, the way Pagefind
 * matches: each query token is a prefix of some record token.
 */
export function matchesAll(recordTokens: readonly string[], wanted: readonly string[]): boolean {
  return wanted.every((q) => recordTokens.some((t) => t.startsWith(q)));
}

/**
 * The tokens sent to Pagefind: enough of the query's bigrams to cover every
 * character (市卫 生健 康局 for 市卫生健康局, not all five), since each token
 * costs the download of an index chunk. Pagefind narrows to the records
 * holding these; the page then checks every bigram per item (`queryTokens`).
 */
export function pagefindTokens(query: string): string[] {
  const tokens = new Set<string>();
  for (const run of textRuns(query)) {
    if (!isHanRun(run)) {
      tokens.add(latinToken(run));
      continue;
    }
    for (const piece of hanPieces(run)) {
      if ('rare' in piece) {
        tokens.add(piece.rare);
        continue;
      }
      const { chars } = piece;
      if (chars.length === 1) tokens.add(hanToken(chars[0]!));
      for (let i = 0; i + 1 < chars.length; i += 2) tokens.add(hanToken(chars[i]! + chars[i + 1]!));
      // An odd run ends with the bigram that covers its last character.
      if (chars.length > 1 && chars.length % 2 === 1) tokens.add(hanToken(chars[chars.length - 2]! + chars[chars.length - 1]!));
    }
  }
  return [...tokens];
}

/** The query string to hand to `pagefind.search`, or null when the query has nothing searchable. */
export function pagefindQuery(query: string): string | null {
  const tokens = pagefindTokens(query);
  return tokens.length > 0 ? tokens.join(' ') : null;
}
