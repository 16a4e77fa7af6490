/**
 * What every format reader produces: the document as a sequence of lines,
 * where a line is either a paragraph of text or one row of a real table grid
 * (from HTML, .docx, .xlsx, PDF text positions). Readers never re-serialise a
 * table into text: the structure reader works on the cells, with their spans.
 */

/** One cell of a table row, aligned to the table's full column grid. */
export interface GridCell {
  /** The cell's text; paragraphs inside the cell are separated by "\n". */
  text: string;
  /**
   * True where the cell above spans down over this row (rowspan, vMerge,
   * merged range): the text is empty, and the cell above's text applies.
   */
  merged?: boolean;
  /**
   * True where the cell to the left spans over this column (colspan,
   * gridSpan, merged range): the text is empty.
   */
  spanned?: boolean;
}

export interface SourceLine {
  /** The text of the line; for a table row, its cells joined by " | " (for metadata, titles and messages). */
  text: string;
  /** 1-based position in the source: the line of a text file, the block number of a converted document. */
  line: number;
  /** Present when the line is a row of a real table grid. */
  cells?: GridCell[];
  /** Which table of the document the row belongs to (0, 1, …), when `cells` is present. */
  table?: number;
}

/** Everything the importer reads from a source file, whatever its format. */
export interface SourceDocument {
  lines: SourceLine[];
  /** Notes for the review report about the reading itself (converted from 繁体, pages dropped, …). */
  notes: string[];
}

/** The text of a row as one line: cells joined by " | ", so titles and metadata can be found in it. */
export const rowText = (cells: readonly GridCell[]): string =>
  cells
    .map((c) => c.text.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join(' | ');

/** The line with `rewrite` applied to its text and to every cell's: the one way the cleaning steps change a line's words. */
export const withLineText = (line: SourceLine, rewrite: (text: string) => string): SourceLine => ({
  ...line,
  text: rewrite(line.text),
  ...(line.cells ? { cells: line.cells.map((c) => ({ ...c, text: rewrite(c.text) })) } : {}),
});
