/** Text helpers for Chinese government documents. */

const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十一 → 11, 二十三 → 23; undefined if not a Chinese numeral below 100. */
export function chineseToNumber(s: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十]+$/.test(s)) return undefined;
  if (s === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? digits[m[1]]! : 1) * 10 + (m[2] ? digits[m[2]]! : 0);
  return s.length === 1 ? digits[s] : undefined;
}

/** 11 → 十一. */
export function numberToChinese(n: number): string {
  const ones = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return ones[n]!;
  if (n < 20) return `十${ones[n - 10]}`;
  return `${ones[Math.floor(n / 10)]}十${ones[n % 10]}`;
}

/** Full-width digits and letters to ASCII (１．→ 1.), so numbering is recognised. */
export function asciiDigits(s: string): string {
  // (﹒, the small full stop, too: 1﹒全省生产总值增长7%以上, 安徽 2022 重点工作责任分解.)
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[．﹒]/g, '.');
}

const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’《》]/;

/**
 * Joins two pieces of text split by a page or line break: no space between
 * Chinese characters, one space between Latin words.
 */
export function joinBroken(a: string, b: string): string {
  const left = a.replace(/\s+$/, '');
  const right = b.replace(/^\s+/, '');
  if (!left) return right;
  if (!right) return left;
  const l = left.at(-1)!;
  const r = right[0]!;
  return cjk.test(l) || cjk.test(r) ? left + right : `${left} ${right}`;
}

/**
 * Length of the overlap when a page top repeats the end of the text before
 * it (四、优化政务公开平台 | 平台建设): the longest suffix of `a` that is a
 * prefix of `b`, at least two characters.
 */
export function overlapLength(a: string, b: string): number {
  for (let n = Math.min(a.length, b.length, 12); n >= 2; n--) if (a.endsWith(b.slice(0, n))) return n;
  return 0;
}

/**
 * Formatting tags that text exports wrap cells in (<p>, <br>, <span>, …). Only
 * these are removed: any other tag-like text (<script>, <img onerror=…>) is
 * part of what the document says and is kept literally, to be shown as text.
 */
const formattingTag = /<\/?(?:p|br|span|div|font|b|strong|i|em|u|sup|sub|o:p)(?:\s[^<>]{0,300})?\s?\/?>/gi;

/** Removes HTML fragments (<p>, <br>) left in exported cells; paragraphs become newlines. */
export function stripMarkup(s: string): string {
  return s
    .replace(/<br\s?\/?>/gi, '\n')
    .replace(/<\/p>[ \t]{0,20}<p(?:\s[^<>]{0,300})?>/gi, '\n')
    .replace(formattingTag, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d{1,7});/g, (m, d: string) => (Number(d) <= 0x10ffff ? String.fromCodePoint(Number(d)) : m))
    .replace(/&amp;/g, '&');
}

/**
 * Collapses every run of spaces and tabs to one space. Linear, and run before
 * patterns such as \s*\n\s* so that a long run of blanks can never make them
 * backtrack quadratically.
 */
export function squeezeBlanks(s: string): string {
  return s.replace(/[ \t\u3000\u00a0]+/g, ' ');
}

/** Collapses runs of spaces inside Chinese text (PDF exports put spaces between characters: 2022 年). */
export function tidy(s: string): string {
  return s
    .replace(/[ \t\u3000\u00a0]+/g, ' ')
    // Half-width punctuation between Chinese characters is an export artefact.
    .replace(/(?<=[\u4e00-\u9fff”）》])\s*,\s*(?=[\u4e00-\u9fff“（《])/g, '，')
    .replace(/(?<=[\u4e00-\u9fff”）》])\s*;\s*(?=[\u4e00-\u9fff“（《])/g, '；')
    .replace(/([\u4e00-\u9fff“”《》（）〔〕、，。；：]) (?=[\u4e00-\u9fff“”《》（）〔〕、，。；：0-9])/g, '$1')
    .replace(/([0-9]) (?=[\u4e00-\u9fff])/g, '$1')
    .trim();
}
