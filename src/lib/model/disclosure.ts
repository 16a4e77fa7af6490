import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset/t2cn';
import type { Disclosure } from '../schema/plan';

/**
 * The one place that knows how a 公开方式 (disclosure) marking is written.
 *
 * Only 主动公开 documents may be re-published: a 依申请公开 or 不予公开
 * document was deliberately not disclosed proactively by its issuer. The
 * marking is therefore searched for however it is written — full or half
 * width, spaces inside the label, zero-width or bidi characters, 繁体,
 * brackets (【公开方式】), any of the labels governments use (公开方式,
 * 公开属性, 公开选项, 信息公开选项, 公开类型, 公开形式) and the GB/T 9704
 * form “此件公开发布 / 此件不予公开” — and anywhere in a document or entry.
 * Anything that is not 主动公开, or markings that disagree, is refused by the
 * importer, `npm run check` and the build alike.
 */

/** How one marking reads, as found in a line of text. */
export interface DisclosureMarking {
  /** 1-based line (source line, or line within the text scanned). */
  line: number;
  /** The marking as written (trimmed, at most 60 characters), for messages. */
  written: string;
  /** What the marking says; null when the value cannot be read as one of the three 公开方式. */
  value: Disclosure | null;
  /** The value text after the label, normalised (empty when there is none). */
  valueText: string;
}

export interface DisclosureVerdict {
  /** 主动公开 when every marking says so, null when there is none, else the first refused value. */
  disclosure: Disclosure | null;
  /** Why the document must not be published, or null when it may be. */
  refusal: string | null;
  markings: DisclosureMarking[];
}

const labels = '信息公开选项|公开方式|公开属性|公开选项|公开类型|公开形式';
/** Closing marks and separators a label can be followed by (after NFKC: ：→: （）→()). */
const separator = '[:|\\]】〗〕)〉》>=]';
/** Values that make a marking without a separator (公开方式 依申请公开 in a table row whose cells lost their bars). */
const knownValue = '主动公开|依申请公开|不予公开|不公开|免予公开|非公开';
const withSeparator = new RegExp(`(?:${labels})${separator}+([^,;。、，；)\\]】〗〕|]{0,16})`, 'g');
const withoutSeparator = new RegExp(`(?:${labels})(${knownValue})`, 'g');
/** GB/T 9704's form at the end of a document: （此件公开发布）, 此件不予公开. */
const thisDocument = /此件(主动公开|公开发布|依申请公开|不予公开|不公开|免予公开|非公开)/g;

/** Characters that are invisible but split a label (zero-width, bidi controls, soft hyphen, BOM, other format and control characters). */
const invisible = /[\p{Cf}\p{Cc}\u180E\u3164\uFFA0]/gu;
/** Characters only 繁体 writing of the labels and values uses; the converter runs only when one is present. */
const traditionalMarks = /[開屬選項類動請資訊於與]/;

let converter: ConverterFunction | undefined;
const toSimplified = (s: string) => {
  converter ??= ConverterFactory(Locale.from.tw!, Locale.from.hk!, Locale.to.cn!);
  return converter(s);
};

/**
 * The text as a marking is matched: NFKC (full width → half width), without
 * invisible characters, Markdown escapes and whitespace, in simplified characters.
 */
export function markingText(text: string): string {
  let s = text.normalize('NFKC').replace(invisible, '').replace(/\\/g, '').replace(/\s+/g, '');
  if (traditionalMarks.test(s)) s = toSimplified(s);
  return s;
}

/** What a value text says: 主动公开, 依申请公开, 不予公开, or null when it is none of them. */
export function readDisclosureValue(valueText: string): Disclosure | null {
  if (/^主动公开/.test(valueText) || /^公开发布/.test(valueText)) return '主动公开';
  if (/^依申请/.test(valueText)) return '依申请公开';
  if (/^(不予公开|不予主动公开|不公开|免予公开|非公开)/.test(valueText)) return '不予公开';
  return null;
}

/** Cheap test first: a text with none of the label characters holds no marking (most requirement texts). */
const maybeMarking = /[方属屬选選类類形件]/;

/**
 * Every disclosure marking in the lines, in order. A label at the end of a
 * line with no value takes its value from the next line (a label cell and a
 * value cell read as two lines).
 */
export function findDisclosureMarkings(lines: ReadonlyArray<{ text: string; line: number }>): DisclosureMarking[] {
  const found: DisclosureMarking[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.text;
    if (!maybeMarking.test(raw)) continue;
    const text = markingText(raw);
    if (!text.includes('公开') && !text.includes('此件')) continue;
    const at = lines[i]!.line;
    const written = raw.trim().slice(0, 60);
    const taken: Array<[number, number]> = [];
    const add = (index: number, length: number, valueText: string, value: Disclosure | null) => {
      if (taken.some(([s, e]) => index < e && index + length > s)) return;
      taken.push([index, index + length]);
      found.push({ line: at, written, value, valueText });
    };
    for (const m of text.matchAll(withSeparator)) {
      let valueText = m[1] ?? '';
      if (!valueText && m.index + m[0].length === text.length) {
        // The value may be on the next line (a label cell, then a value cell).
        const next = lines.slice(i + 1).find((l) => l.text.trim());
        if (next) valueText = markingText(next.text).slice(0, 16);
      }
      add(m.index, m[0].length, valueText, readDisclosureValue(valueText));
    }
    for (const m of text.matchAll(withoutSeparator)) add(m.index, m[0].length, m[1]!, readDisclosureValue(m[1]!));
    for (const m of text.matchAll(thisDocument)) add(m.index, m[0].length, m[1]!, readDisclosureValue(m[1]!));
  }
  return found;
}

const where = (m: DisclosureMarking) => `line ${m.line} (“${m.written}”)`;

/**
 * Whether markings allow publishing: none (the document is silent), or all
 * 主动公开. Anything else is refused with a message saying where and why.
 */
export function judgeDisclosure(markings: readonly DisclosureMarking[]): DisclosureVerdict {
  const unreadable = markings.find((m) => m.value === null);
  const refused = markings.find((m) => m.value !== null && m.value !== '主动公开');
  const active = markings.find((m) => m.value === '主动公开');
  let refusal: string | null = null;
  if (refused && active) {
    refusal = `the 公开方式 markings disagree: ${where(active)} says 主动公开 but ${where(refused)} says ${refused.value}; a document marked anything but 主动公开 must not be published`;
  } else if (refused) {
    refusal = `${where(refused)} marks the document ${refused.value}: only 主动公开 documents (or documents that state no 公开方式) may be published`;
  } else if (unreadable) {
    refusal = `${where(unreadable)} is a 公开方式 marking whose value “${unreadable.valueText || '(none)'}” is not 主动公开: only 主动公开 documents may be published`;
  }
  return { disclosure: refused?.value ?? (active ? '主动公开' : null), refusal, markings: [...markings] };
}

/** Splits a text into numbered lines for `findDisclosureMarkings`. */
export function textLines(text: string, firstLine = 1): Array<{ text: string; line: number }> {
  return text.split(/\r?\n|\r/).map((t, i) => ({ text: t, line: firstLine + i }));
}

/** How to get past a refusal when the marking really is wrong. */
export const disclosureFix =
  'do not publish this document; if the marking is a mistake and the issuer published the document 主动公开, correct the marking (in the original, or in the entry) and say so in the review file';

const startsWithLabel = new RegExp(`^[\\[【〖〔(〈《<]?(?:${labels}|此件)`);

/** Whether a line is a disclosure marking on its own (it starts with the label), as the trailer of a document starts. */
export function isMarkingLine(text: string): boolean {
  return startsWithLabel.test(markingText(text)) && findDisclosureMarkings([{ text, line: 0 }]).length > 0;
}
