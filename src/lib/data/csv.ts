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
/** Rows encoded per chunk: large tables are written as a stream of chunks, never as one giant string. */
const rowsPerChunk = 2000;

/** Characters that force a field to be quoted: the delimiter, the quote, and CR or LF anywhere (not only as CRLF). */
const needsQuotes = /[",\r\n]/;

/**
 * One CSV field as RFC 4180 writes it: quoted (with inner quotes doubled)
 * only when it holds a comma, a quote, CR or LF. The same bytes as
 * csv-stringify with `quoted_match: /[\r\n]/` (tests/data/csv.test.ts checks
 * both agree), about four times faster, which matters for the hundreds of
 * megabytes of ledgers of a large site.
 */
export function csvField(value: string): string {
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV record with its CRLF end. */
export function csvRecord(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvField(cells[i] as string);
  return `${line}\r\n`;
}

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
  if (variant === 'excel') yield bom;
  yield encoder.encode(csvRecord(columns));
  let batch = '';
  let count = 0;
  for (const row of rows) {
    batch += csvRecord(columns.map((c) => cell(row[c])));
    if (++count === rowsPerChunk) {
      yield encoder.encode(batch);
      batch = '';
      count = 0;
    }
  }
  if (batch.length > 0) yield encoder.encode(batch);
}
