import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { listSeparator } from '../schema/published';
import { zipInMemory } from './archive';
import { fieldTypeLabels } from './dictionary';
import type { FieldInfo } from './fields';

/*
 * .xlsx workbooks for people (DATA-CONTRACT: data/fengong.xlsx and one per
 * plan and per view), written with exceljs: one sheet per table with the
 * Chinese column titles of the data dictionary (the same FieldInfo records as
 * datapackage.json), a frozen header row, an autofilter, column widths from
 * the content, clickable links, and a 说明 sheet with the dictionary, the
 * licence and the sources. The CSVs keep their English column names for
 * programs; the 说明 sheet maps one to the other.
 */

/** One data sheet of a workbook. */
export interface WorkbookSheet {
  /** Sheet name as Excel shows it on the tab (at most 31 characters), e.g. 具体要求. */
  name: string;
  /** What one row is, for the 说明 sheet. */
  description: string;
  fields: readonly FieldInfo[];
  rows: () => Iterable<Readonly<Record<string, unknown>>>;
  rowCount: number;
  /** The CSV with the same rows, named in the 说明 sheet. */
  csv: string;
  /**
   * Where a reader finds these rows when the sheet has more rows than a
   * workbook holds (see `maxSheetRows`) and is left out, as a sentence for
   * the 说明 sheet; by default, the CSV.
   */
  elsewhere?: string;
}

/** What the 说明 sheet says besides the dictionary. */
export interface WorkbookAbout {
  /** First line of the 说明 sheet, e.g. 雷州市2022年政务公开工作要点分工方案：数据. */
  title: string;
  /** Label and value lines (说明, 许可协议, 数据网页 …); a value with `link` is clickable. */
  facts: ReadonlyArray<{ label: string; value: string; link?: string | undefined }>;
  /** The original documents the rows come from. */
  sources: ReadonlyArray<{ title: string; docNumber: string | null; url: string | null }>;
  /** Who the workbook says wrote it (docProps creator), e.g. the site's sponsor. */
  creator: string;
}

/**
 * Rows beyond which a table is left out of a workbook and the 说明 sheet
 * says where its rows are: Excel stops at 1,048,576 rows, and a sheet of
 * hundreds of thousands of rows is slow to open on the office computers
 * readers use (and exceljs holds a workbook in memory while writing it).
 * The same limit is the one rule for every whole-site table for
 * spreadsheets: above it a table has no sheet in fengong.xlsx and no
 * `.excel.csv` either (DataSet.spreadsheetNote says where Excel readers go
 * instead; docs/data.md, "Slimmer at scale"). Per-year and per-plan
 * workbooks stay under it at any size of site seen so far.
 */
export const maxSheetRows = 200_000;

/** A row count as the 说明 sheet and the data page write it: 200,000. */
export const formatRows = (n: number) => n.toLocaleString('en-US');

/**
 * zlib level of a workbook's zip entries. exceljs writes them stored and the
 * re-packing below compresses them, so the level is ours to choose: 9 makes
 * the workbooks 2.8 % smaller than 6 (≈ 11 MB of 391 MB of workbooks at
 * 10,000 plans, measured on 203 of them; docs/data.md) for a little more CPU,
 * and the bytes stay the same from build to build (same input, level and zlib).
 */
const workbookZipLevel = 9;

/** A fixed creation time, so two builds give the same bytes. */
const fixedDate = new Date(Date.UTC(2000, 0, 1));

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
const linkFont: Partial<ExcelJS.Font> = { color: { argb: 'FF0B4F9C' }, underline: true };

/** Columns whose text is long enough to wrap rather than widen the column. */
const wideLimit = 60;

/** Display width of a text in Excel's character units: CJK and full-width characters count double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/** A URL Excel can follow from a downloaded file: only absolute http(s) ones (base-relative paths would point into the reader's disk). */
const isWebLink = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\//.test(v);

/**
 * A published value as a workbook cell value: lists joined with `；`, booleans as 是/否, a code as its Chinese
 * label where the column has one (role lead → 牵头; each theme id of a list → its name), null as an empty cell.
 */
function cellValue(field: FieldInfo, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (field.sheetLabels && typeof value === 'string') return field.sheetLabels[value] ?? value;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((v) => (field.sheetLabels && typeof v === 'string' ? (field.sheetLabels[v] ?? v) : v)).join(listSeparator);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (field.type === 'integer' || field.type === 'number') return Number(value);
  if (isWebLink(value)) return { text: value, hyperlink: value };
  // A string is always written as text: exceljs never turns "=…" into a formula, so no apostrophe is needed here.
  return String(value);
}

/** How a value reads in a CSV-like cell, for measuring widths. */
const shownText = (value: ExcelJS.CellValue): string =>
  value === null ? '' : typeof value === 'object' && 'text' in value ? String(value.text) : String(value);

/** Rows whose content sets the column widths: widths must be written before the first row is streamed. */
const widthSampleRows = 1000;

function addDataSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: WorkbookSheet): void {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  const widths = sheet.fields.map((f) => Math.max(6, displayWidth(f.title) + 3));
  let sampled = 0;
  for (const row of sheet.rows()) {
    if (++sampled > widthSampleRows) break;
    sheet.fields.forEach((f, i) => {
      const w = displayWidth(shownText(cellValue(f, row[f.name]))) + 2;
      if (w > (widths[i] ?? 0)) widths[i] = w;
    });
  }
  // Long text wraps inside its cell instead of running under the next one.
  ws.columns = widths.map((w) => ({ width: Math.min(w, wideLimit), ...(w > wideLimit ? { style: { alignment: { wrapText: true, vertical: 'top' } } } : {}) }));
  const header = ws.addRow(sheet.fields.map((f) => f.title));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.fill = headerFill;
  });
  header.commit();
  let count = 0;
  for (const row of sheet.rows()) {
    const values = sheet.fields.map((f) => cellValue(f, row[f.name]));
    const added = ws.addRow(values);
    values.forEach((v, i) => {
      if (v !== null && typeof v === 'object' && 'hyperlink' in v) added.getCell(i + 1).font = linkFont;
    });
    added.commit();
    count++;
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: count + 1, column: sheet.fields.length } };
  ws.commit();
}

function addAboutSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheets: readonly WorkbookSheet[], about: WorkbookAbout, rowLimit: number): void {
  const ws = workbook.addWorksheet('说明');
  ws.columns = [{ width: 18 }, { width: 24 }, { width: 24 }, { width: 16 }, { width: 80, style: { alignment: { wrapText: true, vertical: 'top' } } }];
  const title = ws.addRow([about.title]);
  title.font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const fact of about.facts) {
    const row = ws.addRow([fact.label, fact.link ? { text: fact.value, hyperlink: fact.link } : fact.value]);
    row.getCell(1).font = { bold: true };
    if (fact.link) row.getCell(2).font = linkFont;
  }
  ws.addRow([]);

  const heading = (text: string) => {
    ws.addRow([]);
    ws.addRow([text]).font = { bold: true, size: 12 };
  };
  heading('工作表');
  const tableHead = (cells: string[]) => {
    const row = ws.addRow(cells);
    row.font = { bold: true };
    row.eachCell((cell) => {
      cell.fill = headerFill;
    });
  };
  tableHead(['工作表', '行数', 'CSV 文件', '', '内容']);
  for (const s of sheets) {
    const included = s.rowCount <= rowLimit;
    ws.addRow([
      s.name,
      s.rowCount,
      s.csv,
      '',
      included ? s.description : `${s.description}行数超过 ${formatRows(rowLimit)}，未放入本工作簿。${s.elsewhere ?? `请下载 ${s.csv}。`}`,
    ]);
  }

  heading('字段说明');
  tableHead(['工作表', '列标题', 'CSV 列名', '类型', '含义']);
  for (const s of sheets) {
    for (const f of s.fields) {
      const values = f.enum?.map((v) => f.sheetLabels?.[v] ?? v);
      const meaning = `${f.description}${values ? `。取值：${values.join('、')}` : ''}${!f.required && f.type !== 'list' ? '（可为空）' : ''}`;
      ws.addRow([s.name, f.title, f.name, f.type === 'boolean' ? '是否（是、否）' : fieldTypeLabels[f.type], meaning]);
    }
  }

  heading('来源（原始文件）');
  tableHead(['方案', '', '发文字号', '', '原文网址']);
  for (const src of about.sources) {
    const row = ws.addRow([src.title, '', src.docNumber ?? '无', '', src.url && isWebLink(src.url) ? { text: src.url, hyperlink: src.url } : (src.url ?? '')]);
    if (src.url && isWebLink(src.url)) row.getCell(5).font = linkFont;
  }
  ws.commit();
}

/**
 * The bytes of an .xlsx workbook: the data sheets in order (a table over
 * `rowLimit` rows, by default `maxSheetRows`, is left out and named in 说明),
 * then the 说明 sheet. Deterministic: fixed document dates, and the zip
 * re-packed with fixed entry times.
 */
export async function workbookBytes(sheets: readonly WorkbookSheet[], about: WorkbookAbout, rowLimit = maxSheetRows): Promise<Uint8Array> {
  // The streaming writer: rows go to the zip as they are added, so a sheet of
  // 100,000 rows is never held as cell objects (the in-memory workbook took
  // 3.5 GB for the whole-site workbook at 1,000 plans).
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = finished(sink);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    // Each distinct text once (a unit name repeats on thousands of rows): 29 % smaller workbooks.
    useSharedStrings: true,
    // Stored, not compressed: the re-packing below compresses with native zlib.
    zip: { store: true },
  } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  workbook.creator = about.creator;
  workbook.lastModifiedBy = about.creator;
  workbook.created = fixedDate;
  workbook.modified = fixedDate;
  workbook.title = about.title;
  for (const sheet of sheets) if (sheet.rowCount <= rowLimit) addDataSheet(workbook, sheet);
  addAboutSheet(workbook, sheets, about, rowLimit);
  await workbook.commit();
  await done;
  // exceljs stamps every zip entry with the time of writing: re-pack with a fixed time (and without folder
  // entries), compressing with native zlib.
  const written = unzipSync(Buffer.concat(chunks));
  return zipInMemory(
    Object.entries(written).filter(([name]) => !name.endsWith('/')),
    workbookZipLevel,
  );
}
