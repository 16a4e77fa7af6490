import type { SourceDocument } from './source-document';

/**
 * Reads a text export (.txt, .md): one source line per line of the file,
 * numbered as an editor shows them. Which layout the lines are in (pipe
 * table, tabs, one cell per line, a list) is decided later, by scoring the
 * readings (reading.ts); a line that ran a whole page together is cut
 * into the lines it lost by runon.ts, whatever the format.
 */
export function textToDocument(text: string): SourceDocument {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .map((t, i) => ({ text: t.replace(/\u00a0/g, ' '), line: i + 1 }));
  return { lines, notes: [] };
}
