import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset/t2cn';
import { withLineText, type SourceDocument } from './source-document';

/**
 * Plans published in traditional characters (繁体: Hong Kong, Macao, Taiwan
 * pages, or a simplified plan run through a 繁体 converter) are converted to
 * simplified with OpenCC's dictionaries (opencc-js), word by word, so the
 * importer's words (牵头, 责任单位, 完成时限) and the unit registry match.
 */

/**
 * Common characters that only traditional text uses (their simplified forms
 * differ), as plan wording has them. A simplified plan has almost none, so
 * looking for these first keeps the converter off simplified documents.
 */
const traditionalOnly = new Set(
  '們國會說這為與個時對發開關機門間實經過後學動現還進業長務點從區報設據資種議標員義應處體產認單總準辦條計劃農權線統構項題術導將濟見規則專責電網訊級縣鄉鎮區傳廣東轉換場縣點審核領導監督範舉訴檢員環衛師屬營費價質歲預決算護醫療療藥災險貧補貼徵稅聯網絡視頻門戶頁網站簡體繁體',
);
/** At least this many traditional-only characters before the converter is asked (a few names in 繁体 are common in simplified plans). */
const minCandidates = 8;
/** A traditional text changes a third of its Chinese characters under conversion; a simplified one with some 繁体 names, a few per hundred. */
const minChangedShare = 0.1;
const han = /\p{Script=Han}/u;

let converter: ConverterFunction | undefined;
/** Traditional (Taiwan and Hong Kong variants alike) to simplified, built on first use: the dictionaries take a moment to load. */
function toCn(): ConverterFunction {
  // tw → OpenCC standard, hk → OpenCC standard (its variants, e.g. 綫 裏, are left alone by the tw step), then → simplified.
  converter ??= ConverterFactory(Locale.from.tw!, Locale.from.hk!, Locale.to.cn!);
  return converter;
}

/**
 * Whether the text is written in traditional characters: it has a fair
 * number of characters only traditional text uses, and converting it to
 * simplified changes at least a tenth of its Chinese characters.
 */
export function detectTraditional(text: string): boolean {
  let candidates = 0;
  for (const ch of text) if (traditionalOnly.has(ch) && ++candidates >= minCandidates) break;
  if (candidates < minCandidates) return false;
  const before = [...text];
  const after = [...toCn()(text)];
  // OpenCC maps character for character or phrase for phrase of the same length; if not, compare what aligns.
  let total = 0;
  let changed = 0;
  before.forEach((ch, i) => {
    if (!han.test(ch)) return;
    total++;
    if (after[i] !== ch) changed++;
  });
  return total > 0 && changed / total >= minChangedShare;
}

/** The document in simplified characters: every line and cell converted, with a note saying so. */
export function toSimplified(doc: SourceDocument): SourceDocument {
  const cn = toCn();
  return {
    lines: doc.lines.map((l) => withLineText(l, cn)),
    notes: [...doc.notes, 'converted from traditional Chinese (繁体) to simplified'],
  };
}

/** Converts the document when it is in traditional characters; returns it as it is otherwise. */
export function simplifyIfTraditional(doc: SourceDocument): SourceDocument {
  const text = doc.lines.map((l) => l.text).join('\n');
  return detectTraditional(text) ? toSimplified(doc) : doc;
}
