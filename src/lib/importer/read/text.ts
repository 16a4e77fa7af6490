import type { SourceDocument } from './source-document';

/**
 * Reads a text export (.txt, .md): one source line per line of the file,
 * numbered as an editor shows them. Which layout the lines are in (pipe
 * table, tabs, one cell per line, a list) is decided later, by scoring the
 * readings (reading.ts).
 */
export function textToDocument(text: string): SourceDocument {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .flatMap((t, i) => unfoldRunOn(t.replace(/\u00a0/g, ' ')).map((piece) => ({ text: piece, line: i + 1 })));
  return { lines, notes: [] };
}

/** Where a heading or item starts inside a run-on line: after a space or a sentence end. */
// No \s* before the start: on a long run of blanks it made this quadratic; the pieces are trimmed anyway.
const inlineStart = /(?<=[ \u3000。；])(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?!\d)|(?:牵头|责任|配合|协办)单位[:：]))/g;

/**
 * A page saved with its paragraphs run together on one line (…收入倍差进一步
 *缩小。 责任单位：县发改局… 2.落实党政机关…) is unfolded at each heading, item
 * and units label, so the structure reader sees one paragraph per line as the
 * page showed them. Only long lines with several such starts are touched: a
 * sentence that mentions 1. in passing stays whole. The pieces keep the
 * line's number.
 */
function unfoldRunOn(line: string): string[] {
  if (line.length < 400 || line.includes('|') || line.includes('\t')) return [line];
  const cuts = [...line.matchAll(inlineStart)].map((m) => m.index);
  if (cuts.length < 4) return [line];
  const pieces: string[] = [];
  let from = 0;
  for (const at of cuts) {
    pieces.push(line.slice(from, at));
    from = at;
  }
  pieces.push(line.slice(from));
  return pieces.map((p) => p.trim()).filter(Boolean);
}
