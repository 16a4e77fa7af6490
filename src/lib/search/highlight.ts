import { isHanRun, normalizeText, textRuns } from './tokens';

/** A piece of result text, marked when it matches what the reader typed. */
export interface TextPiece {
  text: string;
  mark: boolean;
}

/**
 * What to mark for a query: each run of letters or digits, a one-character
 * run, and every character pair of a longer Chinese run, since a phrase typed
 * without spaces (疫情信息公开) is found where its words stand apart (疫情,
 * 信息公开), and those are the places to show.
 */
function highlightTerms(query: string): string[] {
  return textRuns(query).flatMap((run) => {
    const chars = [...run];
    if (!isHanRun(run) || chars.length < 2) return [run];
    return chars.slice(1).map((c, i) => chars[i]! + c);
  });
}

/**
 * Splits a text into pieces, marking every occurrence of a query term (see
 * `highlightTerms`).
 * Matching ignores width and case, as the index does (３１６ matches 316).
 * Returns plain pieces, so the page builds the DOM with text nodes and never
 * parses result text as HTML.
 */
export function highlight(text: string, query: string): TextPiece[] {
  const terms = [...new Set(highlightTerms(query))].sort((a, b) => b.length - a.length);
  if (terms.length === 0 || text === '') return [{ text, mark: false }];
  // Normalise the text one code point at a time, remembering where each normalised character came from.
  const chars = [...text];
  let normalized = '';
  const origin: number[] = [];
  chars.forEach((c, i) => {
    const n = normalizeText(c);
    normalized += n;
    // One entry per UTF-16 unit, since indexOf counts those.
    for (let k = 0; k < n.length; k++) origin.push(i);
  });
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const term of terms) {
    for (let at = normalized.indexOf(term); at !== -1; at = normalized.indexOf(term, at + term.length)) {
      for (let k = at; k < at + term.length; k++) marked[origin[k]!] = true;
    }
  }
  const pieces: TextPiece[] = [];
  chars.forEach((c, i) => {
    const last = pieces[pieces.length - 1];
    if (last && last.mark === marked[i]) last.text += c;
    else pieces.push({ text: c, mark: marked[i]! });
  });
  return pieces;
}

/**
 * At most about `max` characters of highlighted pieces, starting a little
 * before the first match so it is in view; an ellipsis marks what is cut.
 */
export function clip(pieces: readonly TextPiece[], max: number): TextPiece[] {
  const total = pieces.reduce((n, p) => n + [...p.text].length, 0);
  if (total <= max) return [...pieces];
  let firstMark = 0;
  for (const p of pieces) {
    if (p.mark) break;
    firstMark += [...p.text].length;
  }
  const start = Math.max(0, Math.min(firstMark - Math.floor(max / 4), total - max));
  const end = start + max;
  const out: TextPiece[] = start > 0 ? [{ text: '…', mark: false }] : [];
  let pos = 0;
  for (const p of pieces) {
    const chars = [...p.text];
    const from = Math.max(start, pos);
    const to = Math.min(end, pos + chars.length);
    if (from < to) out.push({ text: chars.slice(from - pos, to - pos).join(''), mark: p.mark });
    pos += chars.length;
  }
  if (end < total) out.push({ text: '…', mark: false });
  return out;
}
