import { stringify } from 'csv-stringify/sync';
import { cellText } from './fields';

/**
 * The two CSV variants of every table.
 * - `clean`: RFC 4180 exactly: UTF-8 without BOM, CRLF record ends, fields
 *   quoted only when they contain a comma, a quote, CR or LF. Values are never
 *   altered, so it round-trips through any CSV parser.
 * - `excel` (`*.excel.csv`): the same table for Excel and WPS on Chinese
 *   Windows: a UTF-8 BOM (without it they decode the file as GBK and show
 *   mojibake), CRLF, and every cell that a spreadsheet would evaluate as a
 *   formula prefixed with an apostrophe.
 */
export type CsvVariant = 'clean' | 'excel';

/**
 * First characters that make Excel, WPS or LibreOffice read a cell as a
 * formula (OWASP "CSV injection"): = + - @, tab and CR, and the full-width
 * forms ＝ ＋ － ＠, which Chinese input methods type and some spreadsheet
 * versions normalise to their ASCII twins.
 */
const formulaStart = /^[=+\-@\t\r＝＋－＠]/;

/** A cell made safe for spreadsheets: a leading apostrophe turns a would-be formula into text. */
export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

const encoder = new TextEncoder();
const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
/** Rows stringified per chunk: large tables are written as a stream of chunks, never as one giant string. */
const rowsPerChunk = 2000;

/**
 * A table as CSV bytes, in chunks. `columns` are the header (the row
 * schema's keys); each row is read by column name, lists joined with `；`.
 */
export function* csvChunks(
  columns: readonly string[],
  rows: Iterable<Readonly<Record<string, unknown>>>,
  variant: CsvVariant,
): Generator<Uint8Array> {
  const cell = variant === 'excel' ? (v: unknown) => neutraliseFormula(cellText(v)) : cellText;
  // csv-stringify only quotes the record delimiter itself ("\r\n"); a bare LF
  // or CR inside a cell must be quoted too, or parsers split the record.
  const options = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;
  if (variant === 'excel') yield bom;
  yield encoder.encode(stringify([[...columns]], options));
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(columns.map((c) => cell(row[c])));
    if (batch.length === rowsPerChunk) {
      yield encoder.encode(stringify(batch, options));
      batch = [];
    }
  }
  if (batch.length > 0) yield encoder.encode(stringify(batch, options));
}
