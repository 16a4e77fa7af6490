import type ExcelJS from 'exceljs';
import { ImportError } from '../errors';
import { rowText, type GridCell, type SourceDocument, type SourceLine } from './source-document';

/**
 * Reads a spreadsheet (.xlsx) with exceljs: every non-empty row of every
 * visible sheet becomes a row of that sheet's table, aligned to the columns
 * the sheet uses. A merged range keeps its text in its top-left cell; the
 * cells it covers below are `merged`, those to the right `spanned`. A row
 * holding only one merged cell across the table (the sheet's title) becomes
 * a text line. Cells show what the spreadsheet shows: rich text as its text,
 * formulas as their last computed value, dates as dates.
 */
export async function readXlsx(bytes: Uint8Array): Promise<SourceDocument> {
  // exceljs takes a good part of a second to load: only imports of a spreadsheet pay for it.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    throw new ImportError(`not a readable .xlsx file (${e instanceof Error ? e.message.split('\n')[0] : String(e)}): save it again from Excel or WPS as .xlsx`);
  }
  const lines: Array<Omit<SourceLine, 'line'>> = [];
  const read: string[] = [];
  const hidden: string[] = [];
  let table = 0;
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') {
      hidden.push(ws.name);
      continue;
    }
    const rows = sheetRows(ws);
    if (!rows.length) continue;
    read.push(`${ws.name} (${rows.length} rows)`);
    for (const cells of rows) {
      const title = titleText(cells);
      lines.push(title !== undefined ? { text: title } : { text: rowText(cells), cells, table });
    }
    table++;
  }
  if (!lines.length) throw new ImportError('the spreadsheet has no text in its visible sheets');
  const notes = [`read from a spreadsheet: sheet${read.length === 1 ? '' : 's'} ${read.join(', ')}`];
  if (hidden.length) notes.push(`hidden sheet${hidden.length === 1 ? '' : 's'} not read: ${hidden.join(', ')}`);
  return { lines: lines.map((l, i) => ({ ...l, line: i + 1 })), notes };
}

/** The sheet's non-empty visible rows, cut to the columns that have text in any of them. */
function sheetRows(ws: ExcelJS.Worksheet): GridCell[][] {
  const raw: GridCell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    if (row.hidden) return;
    const cells: GridCell[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      if (ws.getColumn(c).hidden) continue;
      cells.push(gridCell(row.getCell(c)));
    }
    if (cells.some((c) => c.text)) raw.push(cells);
  });
  const width = raw.reduce((n, cells) => Math.max(n, cells.length), 0);
  const used = Array.from({ length: width }, (_, c) => raw.some((cells) => cells[c]?.text));
  const first = used.indexOf(true);
  const last = used.lastIndexOf(true);
  return raw.map((cells) => Array.from({ length: last - first + 1 }, (_, k) => cells[first + k] ?? { text: '' }));
}

function gridCell(cell: ExcelJS.Cell): GridCell {
  if (cell.isMerged && cell.master !== cell) {
    // Covered from the left (the master is in an earlier column), else from above.
    return Number(cell.master.col) < Number(cell.col) ? { text: '', spanned: true } : { text: '', merged: true };
  }
  return { text: displayText(cell.value) };
}

/** The text a spreadsheet program shows for a cell value. */
export function displayText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Dates are stored as UTC midnight for a day: show the day, or the time too when there is one.
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  if (typeof value === 'object') {
    if ('richText' in value) return tidy(value.richText.map((r) => r.text).join(''));
    if ('formula' in value || 'sharedFormula' in value) return 'result' in value && value.result !== undefined ? displayText(value.result as ExcelJS.CellValue) : '';
    if ('hyperlink' in value) return tidy(typeof value.text === 'string' ? value.text : displayText(value.text as ExcelJS.CellValue));
    if ('error' in value) return '';
    return '';
  }
  return tidy(String(value));
}

const tidy = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0\u3000]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/** A row holding one text cell spanned over all the others: the sheet's title, as a line of text. */
function titleText(cells: GridCell[]): string | undefined {
  const [head, ...rest] = cells;
  if (!head?.text || rest.length === 0 || !rest.every((c) => c.spanned)) return undefined;
  return head.text.replace(/\s*\n\s*/g, ' ');
}
