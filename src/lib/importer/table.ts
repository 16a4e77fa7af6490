import { rowText, type SourceLine } from './read/source-document';
export type { SourceLine } from './read/source-document';
import { asciiDigits as asciiDigitsOf, squeezeBlanks, stripMarkup } from './text';
import { bareNumber, fieldLine, itemStart, looksLikeDeadline, looksLikeUnits, parseHeading, unitLabel } from './structure/cells';
import { foldedRun, headerKind, isHeaderLabel, isHeaderRow, sideBySideOrder, sideBySideWidth, unitColumnKinds, type ColumnKind } from './header';


/** A cell of the plan's table, or a paragraph when the source has no table grid. */
export interface Cell {
  text: string;
  /** 1-based line in the source where the cell starts. */
  line: number;
  /** Column index from the left when the source keeps its grid; null in flowing text. */
  column: number | null;
  /** What the column holds, when the table's header says so. */
  kind?: ColumnKind;
  /** The header label of the column as written (牵头处室), for units columns. */
  label?: string;
  /** True when the cell continues a vertically merged cell of the row above (known in .docx and .html sources). */
  merged?: boolean;
}

export interface Row {
  line: number;
  cells: Cell[];
  /** A row of a real table grid (HTML, .docx, .xlsx, PDF): each row is its own item, never a page-break fragment. */
  real?: boolean;
  /** Which table of the document a real row belongs to, when the source says (HTML, .docx). */
  table?: number;
}

/**
 * How the table reached us, i.e. how lines become rows of cells:
 * - `grid`: rows of a real table (HTML, .docx, .xlsx, PDF), cells with their spans;
 * - `pipe`: Markdown pipe tables, one row per line (PDF/Word text exports);
 * - `tab-rows`: one row per line, cells separated by tabs;
 * - `tab-cells`: one cell per line, each starting with a tab, paragraphs of a
 *   cell on following lines without a tab (Word "save as text");
 * - `cell-lines`: one cell per line, each ending in `|`, a line holding only
 *   `|` between rows (tables copied from some government pages);
 * - `bar-grid`: one cell per line, each closed by a line of bars, where a line
 *   of k bars also closes k−1 empty cells (a cell spanning the row is followed
 *   by `|` then `|||`): rows are as wide as the header printed the same way;
 * - `bar-lines`: one cell per line with a line holding only `|` between cells
 *   (web pages copied as text), rows not marked;
 * - `paragraphs`: one cell per paragraph, no grid at all (web-page text,
 *   lists with units in brackets or on their own line); also the reading of a
 *   real table cell by cell when its grid misleads.
 */
export type Layout = 'grid' | 'cell-rows' | 'pipe' | 'tab-rows' | 'space-rows' | 'tab-cells' | 'cell-lines' | 'bar-grid' | 'bar-lines' | 'paragraphs';

/** Cells of a row printed with runs of spaces between them (序号  工作任务  责任单位): two spaces or more, or an ideographic space. */
const spaceCells = (text: string): string[] => text.trim().split(/(?: {2,}|\u3000+)/).map((c) => c.trim()).filter(Boolean);


/**
 * A table printed as two (or more) tables side by side to save paper (序号 | 类别 | 责任单位 | 序号 | 类别 | 责任单位, 平潭 2020
 * 基层政务公开 26个试点领域分解表): its header is one table's labels repeated. Each row is cut into the tables' rows, read in
 * the order of their numbers (1–13 down the first, then 14–26; sideBySideOrder) under one header; a merged cell takes the
 * text above it in its own table.
 * Returns the lines unchanged when there is no such table.
 */
export function unfoldSideBySide(lines: readonly SourceLine[]): { lines: SourceLine[]; tables: number } {
  const out: SourceLine[] = [];
  let tables = 0;
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    const width = first.cells ? sideBySideWidth(first.cells.map((c) => c.text)) : 0;
    if (!width) {
      out.push(first);
      i++;
      continue;
    }
    tables++;
    let j = i + 1;
    while (j < lines.length && lines[j]!.cells && lines[j]!.table === first.table) j++;
    const header = first.cells!.slice(0, width);
    out.push({ ...first, cells: header, text: rowText(header) });
    const above: string[][] = [];
    const rows: SourceLine[][] = Array.from({ length: Math.ceil(first.cells!.length / width) }, () => []);
    for (const row of lines.slice(i + 1, j)) {
      const cells = row.cells!;
      for (let g = 0; g * width < cells.length; g++) {
        const part = cells.slice(g * width, (g + 1) * width).map((c, k) => (c.merged ? { text: above[g]?.[k] ?? '' } : { text: c.text }));
        above[g] = part.map((c) => c.text);
        // (A second table shorter than the first leaves its last rows empty.)
        if (part.some((c) => c.text.trim()) && rows[g]) rows[g]!.push({ ...row, cells: part, text: rowText(part) });
      }
    }
    const serial = header.findIndex((c) => headerKind(c.text) === 'no');
    out.push(...sideBySideOrder(rows, (r) => (serial < 0 ? '' : asciiDigitsOf(r.cells![serial]!.text.trim()))));
    i = j;
  }
  return { lines: out, tables };
}


/**
 * A form table (专项名称 | … / 牵头单位 | 食品处 / 配合单位 | 各分局 / 工作任务 | …):
 * two cells a row, the left one a label. Each run of such rows that names a
 * units column and a text column is turned the right way round: one header row
 * of the labels, then one row of values per record (a label seen again starts
 * the next record). Returns the lines unchanged when there is no such form.
 */
export function transposeForms(lines: readonly SourceLine[]): { lines: SourceLine[]; forms: number } {
  const out: SourceLine[] = [];
  let forms = 0;
  let i = 0;
  const isPair = (l: SourceLine | undefined) => l?.cells?.length === 2 && l.cells[0]!.text.trim().length > 0 && l.cells[0]!.text.replace(/\s+/g, '').length <= 10;
  while (i < lines.length) {
    if (!isPair(lines[i])) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && isPair(lines[j]) && lines[j]!.table === lines[i]!.table) j++;
    const run = lines.slice(i, j);
    const kinds = run.map((l) => headerKind(l.cells![0]!.text));
    const unitsColumn = kinds.some((k) => k === 'lead' || k === 'responsible' || k === 'units');
    if (run.length >= 3 && unitsColumn && kinds.includes('text') && kinds.filter(Boolean).length >= 3) {
      forms++;
      const table = run[0]!.table === undefined ? {} : { table: run[0]!.table };
      const labels: string[] = [];
      for (const l of run) {
        const label = l.cells![0]!.text.trim();
        if (!labels.includes(label)) labels.push(label);
      }
      // Rows the header words do not know (专项名称, 注意事项) are notes about the record, not its columns.
      const header = labels.map((l) => (headerKind(l) ? l : '备注'));
      out.push({ line: run[0]!.line, text: header.join(' | '), cells: header.map((text) => ({ text })), ...table });
      let record: Map<string, string> | undefined;
      let at = 0;
      const flush = () => {
        if (!record) return;
        const values = labels.map((l) => record!.get(l) ?? '');
        out.push({ line: at, text: values.join(' | '), cells: values.map((text) => ({ text })), ...table });
      };
      for (const l of run) {
        const label = l.cells![0]!.text.trim();
        if (!record || record.has(label)) {
          flush();
          record = new Map();
          at = l.line;
        }
        record.set(label, l.cells![1]!.text);
      }
      flush();
    } else out.push(...run);
    i = j;
  }
  return { lines: out, forms };
}


/** The layouts that could fit these lines, most specific first; `paragraphs` always fits. */
export function candidateLayouts(lines: readonly SourceLine[]): Layout[] {
  const out: Layout[] = [];
  const gridRows = lines.filter((l) => l.cells && l.cells.length >= 2).length;
  if (gridRows >= 2) out.push('grid');
  // Pipe rows: | a | b |, and the same with the outer bars lost (a | b |, a | b).
  const pipe = lines.filter((l) => !l.cells && /\S\s*[|｜]\s*\S|\S\s*\|\s*$/.test(l.text) && l.text.trim().length > 2 && !isBarLine(l.text)).length;
  const bars = lines.filter((l) => /^\s*[|｜]\s*$/.test(l.text)).length;
  const barred = lines.filter((l) => /\S\s*\|\s*$/.test(l.text) && !closesEarlierBar(l.text.trim().slice(0, -1))).length;
  // One cell a line (序号 |, 主要任务 |, …), rows ended by lines of bars only (| or ||, the row's empty last cell).
  const cellLines = (lines.filter((l) => isBarLine(l.text)).length >= 2 || numberedCellHeader(lines)) && barred >= 6;
  // Pipe rows need a bar between two cells somewhere; lines that only end in one are cells of their own.
  const inner = lines.filter((l) => !l.cells && /\S\s*[|｜]\s*\S/.test(l.text)).length;
  // One cell a line closed by its bar, under a header of such label lines (工 作 任 务 | / 牵头单位 | / 责 任 单 位 |), rows
  // told apart by their numbered items, the cells a merge above covers written as more bars after a row's last cell
  // (2.政府工作部门权力清单信息公开 | ||): more specific than pipe rows, which it would otherwise be read as.
  const cellHeader = cellRowsHeader(lines);
  // (Where lines of bars end most rows, the rows are cell-lines', not told apart by their items.)
  const rowStarts = cellHeader ? lines.slice(cellHeader.at).filter((l) => !l.cells && /^\s*(?:\d{1,3}\s*[.、．]?\s*[|｜]|\d{1,3}\s?[.、．])/.test(asciiDigitsOf(l.text))).length : 0;
  // (A bar after a space, ' |', is an empty cell of such a row, not a line of bars ending it.)
  const rowEnds = lines.filter((l) => /^[|｜]+\s*$/.test(l.text)).length;
  if (cellHeader && !numberedCellHeader(lines) && lines.slice(cellHeader.at).filter((l) => !l.cells && closedCell(l.text)).length >= 3 * cellHeader.labels.length && rowEnds < rowStarts / 2) out.push('cell-rows');
  if (pipe >= 2 && (inner >= 2 || !cellLines)) out.push('pipe');
  if (cellLines) out.push('cell-lines');
  // Only where lines of several bars mark empty cells: without them, rows under a spanned cell lose cells and the width misleads.
  const multiBars = lines.filter((l) => /^[|｜]{2,}$/.test(l.text.replace(/\s+/g, ''))).length;
  if (bars >= 3 && multiBars >= 1 && barHeader(lines)) out.push('bar-grid');
  if (bars >= 3) out.push('bar-lines');
  const tabbed = lines.filter((l) => !l.cells && l.text.includes('\t'));
  if (tabbed.length >= 2) {
    const multi = tabbed.filter((l) => (l.text.match(/\t/g) ?? []).length >= 2 || !l.text.startsWith('\t')).length;
    if (multi >= 2) out.push('tab-rows');
    if (tabbed.some((l) => l.text.startsWith('\t'))) out.push('tab-cells');
  }
  // Rows whose cells are runs of spaces apart, under a header printed the same way (序号  工作任务  牵头单位  责任单位), or one
  // space apart under a header of labels one space apart (序号 目标任务 责任单位 上半年推进情况, a page's table copied as text).
  const spaced = lines.filter((l) => !l.cells && !/[|｜\t]/.test(l.text) && spaceCells(l.text).length >= 2);
  if ((spaced.length >= 3 && spaced.some((l) => isHeaderRow(spaceCells(l.text)))) || singleSpaceHeader(lines) >= 0) out.push('space-rows');
  out.push('paragraphs');
  return out;
}

/**
 * Where a header of three labels or more one space apart stands (序号 目标任务 责任单位 上半年推进情况), over rows that open
 * with their 序号 and hold no more cells than it one space apart; -1 when there is none.
 */
function singleSpaceHeader(lines: readonly SourceLine[]): number {
  const at = lines.findIndex((l) => !l.cells && !/[|｜\t]/.test(l.text) && !/ {2,}|\u3000/.test(l.text.trim()) && l.text.trim().split(/\s+/).length >= 3 && isHeaderRow(l.text.trim().split(/\s+/)) && l.text.trim().split(/\s+/).every((c) => isHeaderLabel(c)));
  if (at < 0) return -1;
  const width = lines[at]!.text.trim().split(/\s+/).length;
  const rows = lines.slice(at + 1).filter((l) => !l.cells && /^\d{1,3}\s\S/.test(l.text.trim()) && l.text.trim().split(/\s+/).length <= width);
  return rows.length >= 3 ? at : -1;
}

/**
 * True when the lines open a table one cell a line under a header whose first
 * column is 序号 (序号 | / 重点工作 | / 责任单位 | / … then 1 |): its rows need no
 * bar lines between them, each 序号 starts one.
 */
function numberedCellHeader(lines: readonly SourceLine[]): boolean {
  const cells: string[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    if (!/\|$/.test(t) || isBarLine(t)) {
      if (cells.length > 0) return false;
      continue;
    }
    const cell = t.slice(0, -1).trim();
    if (bareNumber.test(cell)) return cells.length >= 3 && isHeaderRow(cells) && headerKind(cells[0]!) === 'no';
    cells.push(cell);
  }
  return false;
}

/**
 * True when a text ends with a bar that closes an earlier one around some
 * content (… | x |): the line is a pipe row, not one cell ending in |.
 * Linear, unlike the regex it replaces (/\|.*\S.*\|\s*$/ is quadratic on a long line).
 */
function closesEarlierBar(text: string): boolean {
  const body = text.trimEnd();
  if (!body.endsWith('|')) return false;
  const inner = body.slice(0, -1);
  const first = inner.indexOf('|');
  return first >= 0 && /\S/.test(inner.slice(first + 1));
}

/** A line that is one cell closed by its bar, and any bars for covered cells after it: the cell's text and their count. */
const closedCell = (text: string): { text: string; covered: number } | null => {
  // Read from the end, so a long line costs one pass: the bars and spaces after the cell, then the cell.
  let end = text.length;
  let bars = 0;
  while (end > 0 && /[\s|｜]/.test(text[end - 1]!)) {
    if (text[end - 1] === '|' || text[end - 1] === '｜') bars++;
    end--;
  }
  const body = text.slice(0, end).trim();
  return bars === 0 || !body || /[|｜]/.test(body) ? null : { text: body, covered: bars - 1 };
};

/** The header of a cell-rows table: three or more label lines, each one cell closed by its bar; where and how wide. */
function cellRowsHeader(lines: readonly SourceLine[]): { at: number; end: number; labels: string[] } | undefined {
  for (let i = 0; i + 2 < lines.length; i++) {
    const labels: string[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const c = lines[j]!.cells ? null : closedCell(lines[j]!.text);
      // (Up to 14 characters: 市卫健委内牵头处室 is one label.)
      if (!c || headerKind(c.text) === undefined) break;
      labels.push(c.text);
      // (Bars after a label close the header's row: 完成时限 | |, a label spanning two columns above.)
      if (c.covered > 0) {
        j++;
        break;
      }
    }
    if (labels.length >= 3 && isHeaderRow(labels) && labels.some((l) => unitColumnKinds.has(headerKind(l)!))) {
      // Empty cells right before the labels (' |', a header cell left blank over a group or 序号 column: 重庆 2024 流动儿童
      // 关爱服务清单) are columns of the header too, unlabelled.
      let at = i;
      while (at > 0 && !lines[at - 1]!.cells && /^\s+[|｜]\s*$/.test(lines[at - 1]!.text)) at--;
      // A header in two rows, one label a line, the cells its merges cover left out (工作任务 | 工作要求 | 责任单位 | then
      // 牵头单位 | 配合/责任单位 |): the second row's units labels in the place of the first's spanning one.
      // (Or the second row after the first's bars, which close it where they stand for the cells its spanning label covers:
      // 责任单位 | | then 牵头单位 | / 配合/责任单位 | ||.)
      const fold = (run: string[]) => foldedRun(run.map((label) => ({ label, kind: headerKind(label) }))).map((l) => l.label);
      let [header, end] = [fold(labels), j];
      if (closedCell(lines[j - 1]!.text)?.covered) {
        const second: string[] = [];
        for (let k = j; k < lines.length; k++) {
          const c = lines[k]!.cells ? null : closedCell(lines[k]!.text);
          if (!c || !unitColumnKinds.has(headerKind(c.text)!)) break;
          second.push(c.text);
          if (c.covered > 0) break;
        }
        const both = fold([...labels, ...second]);
        if (second.length >= 2 && both.length === labels.length + second.length - 1) [header, end] = [both, j + second.length];
      }
      return { at, end, labels: [...Array<string>(i - at).fill(''), ...header] };
    }
    // A run of labels that is not a header: the runs starting inside it are shorter and not one either.
    i = Math.max(i, j - 1);
  }
  return undefined;
}

const barLine = /^[|｜]+$/;
const isBarLine = (text: string) => barLine.test(text.replace(/\s+/g, ''));

/**
 * A header printed one label per line, each followed by a `|` line (工作任务 /
 * | / 工作要求 / | / 牵头单位 / | / 责任单位 / |): where it starts and how many
 * columns it names. Needs a units column among the labels.
 */
function barHeader(lines: readonly SourceLine[]): { at: number; width: number } | undefined {
  for (let i = 0; i + 3 < lines.length; i++) {
    let width = 0;
    const labels: string[] = [];
    for (let j = i; j + 1 < lines.length && isHeaderLabel(lines[j]!.text.trim()) && /^\s*[|｜]\s*$/.test(lines[j + 1]!.text); j += 2) {
      labels.push(lines[j]!.text.trim());
      width++;
    }
    if (width >= 2 && isHeaderRow(labels)) return { at: i, width };
  }
  return undefined;
}

/**
 * The unit columns of a table flattened to one paragraph per cell, from its
 * header printed as label lines. `read` gives each paragraph back, a units
 * paragraph after an item prefixed with its column's label (牵头单位：…), an
 * empty-cell mark (——) dropped; null for a paragraph that is only a mark.
 *
 * An empty cell leaves no paragraph, so an item with fewer units paragraphs
 * than unit columns does not say which columns they were. Read twice: the
 * first pass (`placeShortItems`) learns which names each column holds in the
 * items that fill every column, and places a short item's paragraphs in the
 * columns whose names they share (a lone 省直各部门，各设区市 under 责任单位,
 * where every full row has 各设区市, not under 牵头单位).
 */
class UnitColumns {
  private labels: string[] = [];
  private columns: Array<{ kind: ColumnKind; label: string }> = [];
  private next = -1;
  // A second text column between the item and the units (工作任务 | 工作要求 | 牵头单位 …), and whether the item's cell of it was read.
  private detail: string | undefined;
  private detailRead = false;
  // A progress column (完成情况) between the item and the units: its label.
  private status: string | undefined;
  // After a 序号 cell, the item's own text cell is still to come.
  private textDue = false;
  // With no units column, a column of carriers or remarks (公开载体: 市政府门户网站、新闻媒体) whose names are not units.
  private notUnits: string | undefined;
  // The header's labels after 序号 (a units-less table), and how many paragraphs the current row has had.
  private rowLabels: string[] = [];
  private cell = -1;
  // Items in order, and each one's units paragraphs (null for an empty-cell mark) as read.
  private item = -1;
  readonly seen = new Map<number, Array<string | null>>();

  constructor(private readonly placed: ReadonlyMap<number, readonly number[]> = new Map()) {}

  get width(): number {
    return this.columns.length;
  }

  read(text: string): string | null {
    if (isHeaderLabel(text)) {
      this.labels.push(text.replace(/\s+/g, ''));
      return text;
    }
    if (this.labels.length >= 2) {
      // A header ends with its last label: the unit columns after the first text column.
      const kinds = this.labels.map((label) => ({ label, kind: headerKind(label) }));
      const first = kinds.findIndex((k) => k.kind === 'text');
      // One units column needs no label (its cell reads as written, as in a grid); two say which is which.
      const found = first >= 0 && isHeaderRow(this.labels) ? kinds.slice(first + 1).filter((k): k is { label: string; kind: ColumnKind } => k.kind !== undefined && unitColumnKinds.has(k.kind)) : [];
      // (One 牵头单位 column says who leads, as its label does in a grid: 牵头责任单位 of a 完成情况 台账, 宿州 2023.)
      this.columns = found.length >= 2 || (found.length === 1 && found[0]!.kind === 'lead') ? found : [];
      const firstUnits = kinds.findIndex((k, i) => i > first && k.kind !== undefined && unitColumnKinds.has(k.kind));
      const detail = first >= 0 && firstUnits > first ? kinds.slice(first + 1, firstUnits).find((k) => k.kind === 'text') : undefined;
      this.detail = detail && fieldLine.test(`${detail.label}：`) ? detail.label : undefined;
      // A progress column between the item and its units (完成情况 of a 台账): its cell is labelled, so the line reader
      // leaves it out as a grid's status column is, not read as an item of its own.
      this.status = first >= 0 && firstUnits > first ? kinds.slice(first + 1, firstUnits).find((k) => k.kind === 'status')?.label : undefined;
      const remarks = first >= 0 && isHeaderRow(this.labels) && found.length === 0 && !kinds.some((k) => k.kind !== undefined && unitColumnKinds.has(k.kind)) ? kinds.slice(first + 1).find((k) => k.kind === 'remarks') : undefined;
      this.notUnits = remarks && fieldLine.test(`${remarks.label}：`) ? remarks.label : undefined;
      // No units column but a progress one (指标序号 | 任务 | 时限 | 推进落实情况, a department's 台账): its cells are labelled
      // by position after the 序号 as well, so the line reader leaves them out.
      const statusOnly = first >= 0 && found.length === 0 && !kinds.some((k) => k.kind !== undefined && unitColumnKinds.has(k.kind)) && kinds.some((k, i) => i > first && k.kind === 'status');
      this.rowLabels = (this.notUnits || statusOnly) && kinds[0]?.kind === 'no' ? this.labels.slice(1) : [];
      if (statusOnly && !this.notUnits && this.rowLabels.length > 0) this.notUnits = kinds.find((k) => k.kind === 'status')!.label;
    }
    this.labels = [];
    if (this.columns.length === 0) {
      if (!this.notUnits) return text;
      // 序号 / 任务事项 / 工作要求 / 公开载体 / 完成时限, one paragraph a cell: after the 序号, each paragraph is the
      // next column's; the carriers cell is a field of the item, not its units, and a later text column's cell
      // (工作要求, its own 1. 2. 3.) a field too, not items.
      if (bareNumber.test(text)) {
        this.cell = 0;
        return text;
      }
      if (parseHeading(text, false, 0) || this.cell < 0 || this.cell >= this.rowLabels.length) {
        this.cell = -1;
        return text;
      }
      const label = this.rowLabels[this.cell++]!;
      const kind = headerKind(label);
      return this.cell > 1 && (((kind === 'remarks' || kind === 'text') && fieldLine.test(`${label}：`)) || kind === 'status') ? `${label}：${text}` : text;
    }
    if (itemStart.test(text) || parseHeading(text, false, 0)) {
      this.next = itemStart.test(text) ? 0 : -1;
      if (this.next === 0) this.item++;
      this.detailRead = false;
      this.textDue = false;
      return text;
    }
    // A 序号 cell (1) before the item's text cell: the units paragraphs come after that text.
    if (bareNumber.test(text)) {
      this.next = 0;
      this.item++;
      this.detailRead = false;
      this.textDue = true;
      return text;
    }
    if (this.textDue && !looksLikeUnits(text)) {
      this.textDue = false;
      return text;
    }
    this.textDue = false;
    if (this.next < 0 || this.next >= this.columns.length) return text;
    const seen = this.seen.get(this.item) ?? [];
    this.seen.set(this.item, seen);
    // (An empty cell closed by its bar, ` |` in a search tool's rendering, is such a mark too: nothing but the bar.)
    // (Before the item's 工作要求 or progress cell is looked for: a mark is an empty units cell, the run-on reader's for an
    // empty 牵头单位 among them, 平潭 2022 政务公开 page.txt.)
    const mark = /^[—–\-/／无]{1,4}$/.test(text);
    if (mark || (!text.trim() && !(this.next === 0 && (this.status || this.detail) && !this.detailRead))) {
      seen.push(null);
      this.next++;
      return null;
    }
    if (this.next === 0 && this.status && !this.detailRead && !looksLikeUnits(text)) {
      this.detailRead = true;
      return `${this.status}：${text}`;
    }
    // The item's 工作要求 cell: a field of the item, read with it.
    if (this.next === 0 && this.detail && !this.detailRead && !looksLikeUnits(text)) {
      this.detailRead = true;
      return `${this.detail}：${text}`;
    }
    if (!looksLikeUnits(text) || unitLabelAt.test(text)) return text;
    seen.push(text);
    const k = this.next++;
    const placed = this.placed.get(this.item);
    const column = this.columns[placed?.[k] ?? k]!;
    // Placed past the lead column, the item has no lead: its 配合/责任单位 are responsible, as in a grid. So too where
    // the lead column's cell was an empty-cell mark.
    const hasLead = (!placed || placed.some((j) => this.columns[j]!.kind === 'lead')) && !(this.columns[0]!.kind === 'lead' && seen[0] === null);
    return `${unitColumnLabel(column, hasLead)}：${text}`;
  }
}

/** Unit names of a units paragraph, for telling columns apart: 省直各部门，各设区市 → 省直各部门, 各设区市. */
const namesOf = (text: string): string[] => text.split(/[、，,；;\s]+/).filter((n) => n.length >= 2);

/** The names each unit column holds in the rows that fill every column, and how much a cell's names belong to one column rather than the others. */
class ColumnNames {
  private readonly profiles: Array<Map<string, number>>;

  constructor(width: number, fullRows: Iterable<ReadonlyArray<string | null>>) {
    this.profiles = Array.from({ length: width }, () => new Map<string, number>());
    for (const texts of fullRows) texts.forEach((t, j) => t && namesOf(t).forEach((n) => this.profiles[j]!.set(n, (this.profiles[j]!.get(n) ?? 0) + 1)));
  }

  affinity(text: string, column: number): number {
    return namesOf(text).reduce((sum, n) => {
      const all = this.profiles.reduce((a, p) => a + (p.get(n) ?? 0), 0);
      return sum + (all === 0 ? this.shapeShare(n, column) : (this.profiles[column]!.get(n) ?? 0) / all);
    }, 0);
  }

  /**
   * For a name no full row holds: the share of the column's names of its shape, opening with a level (市财政局, 区直各单位) or
   * not (规计处, 办公室), which tells a city's units column from a bureau's own offices (市里落实单位 | 局内负责处室, 广州 2021 税务局).
   */
  private shapeShare(name: string, column: number): number {
    const levelled = (n: string) => /^(?:省|市|县|区|州)/.test(n);
    const names = [...this.profiles[column]!.entries()];
    const total = names.reduce((a, [, c]) => a + c, 0);
    return total === 0 ? 0 : names.filter(([n]) => levelled(n) === levelled(name)).reduce((a, [, c]) => a + c, 0) / total;
  }
}

/** Every choice of `k` columns out of `columns`, in order; the first is the first `k`. */
const inOrder = (k: number, columns: readonly number[]): number[][] =>
  k === 0 ? [[]] : columns.slice(0, columns.length - k + 1).flatMap((c, d) => inOrder(k - 1, columns.slice(d + 1)).map((rest) => [c, ...rest]));

/** The choice of columns with the best score, the first (as written) unless another is clearly better. */
function bestPlacement(k: number, columns: readonly number[], score: (cols: number[]) => number): number[] {
  const [asWritten, ...others] = inOrder(k, columns);
  let best = asWritten!;
  for (const cols of others) if (score(cols) > score(best) + 0.5) best = cols;
  return best;
}

/**
 * Where the units paragraphs of items that left some unit columns empty go
 * (see UnitColumns): for each such item, the columns in order whose names
 * they share most with the columns' names in full items; the first columns,
 * as written, when nothing tells them apart.
 */
function placeShortItems(seen: ReadonlyMap<number, ReadonlyArray<string | null>>, width: number): Map<number, number[]> {
  const names = new ColumnNames(width, [...seen.values()].filter((texts) => texts.length === width && texts.every((t) => t !== null)));
  const all = Array.from({ length: width }, (_, j) => j);
  const placed = new Map<number, number[]>();
  for (const [item, texts] of seen) {
    if (texts.length === 0 || texts.length >= width || texts.some((t) => t === null)) continue;
    const best = bestPlacement(texts.length, all, (cols) => cols.reduce((a, j, i) => a + names.affinity(texts[i]!, j), 0));
    if (best.some((j, i) => j !== i)) placed.set(item, best);
  }
  return placed;
}


/**
 * How well a cell fits a column of the header: units in a units column (the
 * more, the more its names are that column's), a date in the deadline column,
 * sentences in the text columns.
 */
function cellFit(text: string, kind: ColumnKind | undefined, names: ColumnNames, column: number): number {
  const units = looksLikeUnits(text);
  // A person's name (徐国江) in a 分管领导 column, not in a text column.
  const person = !units && /^[\u4e00-\u9fff]{2,4}$/.test(text);
  if (kind === 'remarks') return person ? 1 : 0.3;
  if (person) return 0;
  if (unitColumnKinds.has(kind)) return units ? 1 + names.affinity(text, column) : -1;
  if (kind === 'deadline') return looksLikeDeadline(text) ? 1.5 : -1;
  if (kind === 'no') return /^\d{1,3}$/.test(text) ? 1 : -1;
  return units || looksLikeDeadline(text) ? -0.5 : 0.5;
}

/**
 * A short row's cells after its item (from column `from` on), moved to the
 * columns they fit, in order; as written when no placement fits clearly better.
 */
function placeAfterItem(cells: readonly string[], from: number, header: ReadonlyArray<{ kind: ColumnKind | undefined }>, names: ColumnNames): string[] {
  const texts = cells.slice(from).filter(Boolean);
  const columns = Array.from({ length: cells.length - from }, (_, d) => from + d);
  if (texts.length === 0 || texts.length === columns.length) return [...cells];
  const best = bestPlacement(texts.length, columns, (cols) => cols.reduce((a, j, i) => a + cellFit(texts[i]!, header[j]?.kind, names, j), 0));
  const placed = [...cells.slice(0, from), ...columns.map(() => '')];
  best.forEach((j, i) => (placed[j] = texts[i]!));
  return placed;
}

const unitLabelAt = /^[^：:]{2,8}[：:]/;
const knownLabel = new RegExp(`^(?:${unitLabel.source})$`);

/**
 * The label a units column's text is read under, from what the column is:
 * its own label when the units reader knows it (unitsRaw is what the document
 * says), 牵头单位 for a lead column, 配合单位 for a supporting one (责任单位
 * when the row has no lead: 配合/责任单位 columns), 责任单位 otherwise.
 */
export function unitColumnLabel(column: { kind?: ColumnKind | undefined; label?: string | undefined }, rowHasLead: boolean): string {
  if (column.label && knownLabel.test(`${column.label}：`)) return column.label;
  if (column.kind === 'lead') return '牵头单位';
  if (column.kind === 'participate') return rowHasLead ? '配合单位' : '责任单位';
  return '责任单位';
}

/** Words of a web page's chrome left in copied text: 打印, 字号：大 中 小, 分享到, 浏览次数. */
const pageChrome = /^(?:附件下载|相关链接|相关文件|政策文件|相关阅读|打印|关闭|关闭窗口|打印本页|收藏|返回顶部|返回|分享到[:：]?.*|字号[:：]?.*|文字大小.*|【?[大中小]】?|浏览次数.*|阅读次数.*|点击[数率]?[:：].*|上一篇.*|下一篇.*|扫一扫.*|来源[:：].{0,20}|发布时间[:：].{0,24}|\[?[大中小]\]?(?:\s*\[?[大中小]\]?)*)$/;
export const isPageChrome = (text: string): boolean => text.length <= 30 && pageChrome.test(text.trim());

const cellText = (s: string) => stripMarkup(squeezeBlanks(s)).replace(/\r/g, '').trim();

const sectionHeading = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]/;

interface GridEntry {
  line: number;
  texts: string[];
  merged: boolean[];
  /** Rows of a real grid keep their columns: no realignment. */
  real: boolean;
  table?: number;
}

/**
 * How well a row's cells fit the header's columns when the first stands under column `offset`: a name in a units column
 * counts for, a sentence there or a name in a text column against.
 */
function columnFit(cells: readonly string[], header: ReadonlyArray<{ kind: ColumnKind | undefined }>, offset: number): number {
  return cells.reduce((n, c, j) => {
    const kind = header[offset + j]?.kind;
    if (!c) return n;
    if (unitColumnKinds.has(kind)) return n + (looksLikeUnits(c) ? 1 : -1);
    return kind === 'text' && looksLikeUnits(c) ? n - 1 : n;
  }, 0);
}

/**
 * The second row of a header in two, read into the first: 责任单位 spanning 牵头单位 | 配合单位, the other labels
 * merged down from the first row (序号, 重点任务, 具体措施 stay what they are). The second row holds only units labels, two or
 * more; it stands under the first's spanning label with its covered cells (| | | 牵头单位 | 配合单位 |) or without them
 * (| 牵头单位 | 配合单位 |, a text export leaving covered cells out), the spanning label followed by as many empty cells or,
 * where the export wrote none, the first row's one units label. Null when the rows are not such a header.
 */
function subdivided(first: readonly string[], second: readonly string[]): string[] | null {
  const labels = second.map((l) => l.replace(/\s+/g, ''));
  const sub = labels.filter(Boolean);
  if (sub.length < 2 || !sub.every((l) => unitColumnKinds.has(headerKind(l)))) return null;
  const top = first.map((l) => l.replace(/\s+/g, ''));
  if (labels.length === top.length) {
    // Under the spanning label and the cells it covers: each first-row label with nothing below it is kept.
    const at = labels.findIndex(Boolean);
    if (!top[at] || labels.slice(at, at + sub.length).some((l) => !l) || top.slice(at + 1, at + sub.length).some(Boolean)) return null;
    return labels.map((l, k) => l || top[k]!);
  }
  if (labels.length !== sub.length) return null;
  const spanAt = top.findIndex((l, k) => l && top.slice(k + 1, k + sub.length).length === sub.length - 1 && top.slice(k + 1, k + sub.length).every((x) => !x));
  const units = top.flatMap((l, k) => (unitColumnKinds.has(headerKind(l)) ? [k] : []));
  const at = spanAt >= 0 ? spanAt : units.length === 1 ? units[0]! : -1;
  if (at < 0) return null;
  return [...top.slice(0, at), ...sub, ...top.slice(at + (spanAt >= 0 ? sub.length : 1))];
}

/**
 * Reads the table body into rows of cells, dropping separator and header
 * rows. Header rows (also when broken over two lines) name the columns that
 * follow; rows of a text export with fewer cells than the header, written
 * under a merged cell on the left, are aligned to the right.
 */
export function readRows(lines: readonly SourceLine[], layout: Layout): Row[] {
  const rows: Row[] = [];
  let header: Array<{ kind: ColumnKind | undefined; label: string }> | undefined;
  const grid: GridEntry[] = [];
  const pushFlowing = (line: number, text: string) => {
    const t = cellText(text);
    // Lines of rules and bars only (| |, ———) carry nothing to read.
    if (!t || !/[\p{L}\p{N}]/u.test(t) || isHeaderRow(t.split(/\s+/)) || isHeaderLabel(t) || isPageChrome(t)) return;
    rows.push({ line, cells: [{ text: t, line, column: null }] });
  };
  const realEntry = (l: SourceLine): GridEntry => ({ line: l.line, texts: l.cells!.map((c) => c.text), merged: l.cells!.map((c) => c.merged === true), real: true, ...(l.table !== undefined ? { table: l.table } : {}) });
  const textEntry = (line: number, texts: string[]): GridEntry => ({ line, texts, merged: texts.map(() => false), real: false });
  switch (layout) {
    case 'grid':
      for (const l of lines) {
        if (l.cells) grid.push(realEntry(l));
        else if (l.text.trim()) grid.push(textEntry(l.line, [l.text]));
      }
      break;
    case 'cell-rows': {
      // Rows start at a heading or a numbered item; each closed cell after it is the row's next cell, and the bars
      // after its last cell stand for the cells a merge above covers (filled in at the row's end, as empty cells).
      const head = cellRowsHeader(lines)!;
      const width = head.labels.length;
      // Whether the units columns come after every text column (序号 | 工作事项 | 主要内容 | 牵头单位 | 配合单位).
      const kinds = head.labels.map((label) => headerKind(label));
      const lastTextColumn = kinds.findLastIndex((k) => k === 'text');
      const unitsLast = lastTextColumn < kinds.findIndex((k) => k !== undefined && unitColumnKinds.has(k));
      const lastUnitsColumn = kinds.findLastIndex((k) => unitColumnKinds.has(k));
      let row: { line: number; cells: string[]; covered: number } | undefined;
      // Which of a row's cells a merge above covers: empty, and merged as a .docx or .html cell would be.
      let coveredAt: boolean[] = [];
      // The last value each column had, for telling which columns a short row's merges cover.
      const last: string[] = [];
      const names = (t: string) => new Set(t.split(/[、，,；;\s]+/).map((n) => n.trim()).filter((n) => n.length >= 2));
      const shared = (a: string, b: string) => [...names(a)].filter((n) => names(b).has(n)).length;
      // Whether the cell before was a group's label that started its row; the column of the 序号 in full rows.
      let afterGroup = false;
      let numberAt = -1;
      const flush = () => {
        if (!row) return;
        let cells = row.cells;
        const serialAt = cells.findIndex(rowStart);
        if (cells.length === width && serialAt >= 0) numberAt = serialAt;
        // (A row that opens with its number or item where full rows hold it further right: under cells spanning rows.)
        const underGroup = numberAt > 0 && serialAt === 0;
        const short = width - cells.length;
        // A row that opens with neither a number nor a heading may stand under cells merged on its left (主要内容 under 序号
        // and 工作事项 spanning rows), whether or not the text marks the cells the merge covers (where it does not, a row of
        // text and names).
        const underMerge = cells.length > 0 && !/^\s*\d/.test(asciiDigitsOf(cells[0]!)) && parseHeading(cells[0]!, false, 0) === undefined;
        if (short > 0 && cells.length >= 2 && (row.covered > 0 || underGroup || (unitsLast && underMerge && cells.some(sentence) && cells.some(unitsCell)))) {
          // The row's cells go to the columns no merge covers: those whose names they share, and whose kind they suit (names
          // in a units column, not a sentence; nothing but a number in the 序号 column; under a group's cell, the number where
          // full rows hold it and a sentence in the last text column, the row's own words: 服务内容 beside 服务对象 | 服务项目);
          // all else equal, the merges on the left, where cells spanning rows stand.
          const fit = (t: string, c: number): number => {
            const number = bareNumber.test(asciiDigitsOf(t));
            if (kinds[c] === 'no') return number ? 0 : -5;
            if (unitColumnKinds.has(kinds[c])) return unitsCell(t) ? 1 : sentence(t) ? -2 : 0;
            if (underGroup && c === numberAt) return rowStart(t) ? 2 : 0;
            return underGroup && c === lastTextColumn && sentence(t) ? 1 : 0;
          };
          // (null: a column the merge covers.)
          let best: Array<string | null> = [...cells, ...Array<null>(short).fill(null)];
          let bestScore = -Infinity;
          const place = (k: number, acc: Array<string | null>) => {
            if (acc.length === width) {
              const leading = acc.findIndex((t) => t !== null);
              const score = acc.reduce<number>((sum, t, c) => sum + (t && last[c] ? shared(t, last[c]!) : 0) + (t ? fit(t, c) : 0), 0) + 0.01 * leading;
              if (score > bestScore) [best, bestScore] = [acc, score];
              return;
            }
            if (k < cells.length) place(k + 1, [...acc, cells[k]!]);
            if (acc.length - k < short && (acc.length > 0 || underMerge || underGroup)) place(k, [...acc, null]);
          };
          place(0, []);
          // (Where the text marked the covered cells, every empty cell is one, as before.)
          coveredAt = best.map((t) => t === null || (row!.covered > 0 && !t));
          cells = best.map((t) => t ?? '');
        } else if (row.covered > 0) {
          coveredAt = cells.map(() => false);
          cells = [...cells, ...Array.from({ length: Math.max(0, short) }, () => '')];
          coveredAt.push(...Array.from({ length: Math.max(0, short) }, () => true));
        } else coveredAt = cells.map(() => false); // A short row is aligned by the grid as any text export's row is.
        cells.forEach((t, c) => t && (last[c] = t));
        grid.push({ ...textEntry(row.line, cells), merged: coveredAt });
        row = undefined;
      };
      // (An in-house office's short name, 基层处 or 医政处、中医药处, counts; a task's title, 不断优化签约服务团队, does not.)
      const unitsCell = (t: string) => looksLikeUnits(t) || /^[\u4e00-\u9fa5、，,]{2,30}(?:处|科|室|股)$/.test(t);
      // A cell that opens a row: its number, or a heading (a cell's own points, ① or （1）, do not).
      const rowStart = (t: string) => /^\s*\d{1,3}\s?[.、．](?!\d)/.test(asciiDigitsOf(t)) || bareNumber.test(asciiDigitsOf(t)) || parseHeading(t, false, 0) !== undefined;
      const sentence = (t: string) => !unitsCell(t) && t.length >= 15 && /[，。；]/.test(t);
      for (const [i, l] of lines.entries()) {
        if (i < head.at || l.cells) {
          if (l.cells) grid.push(realEntry(l));
          else if (l.text.trim()) grid.push(textEntry(l.line, [l.text]));
          continue;
        }
        if (i < head.end) {
          if (i === head.at) grid.push(textEntry(l.line, head.labels.map((label) => label.replace(/\s+/g, ''))));
          continue;
        }
        const c = closedCell(l.text);
        if (!c) {
          // A paragraph of the cell before (a cell broken into lines); a lone bar inside a row is an empty cell, after a
          // full row a line closing it.
          if (isBarLine(l.text) && row && row.cells.length < width && l.text.replace(/[^|｜]/g, '').length === 1) row.cells.push('');
          else if (isBarLine(l.text)) flush();
          else if (row && l.text.trim()) row.cells[row.cells.length - 1] += `\n${l.text.trim()}`;
          else if (l.text.trim()) grid.push(textEntry(l.line, [l.text]));
          continue;
        }
        const numbered = rowStart(c.text);
        // A group's label right before the number of its first row (幼有所育 | 1 | …, 重庆 2024 流动儿童 关爱服务清单; 火灾隐患排查整治
        // （7分） | 3、… and 火灾预防30分 | 消防安全源头管控（7分） | 1、…, 平潭 2014 消防 考核细则: cells spanning their group's rows) starts
        // that row, and the number goes on in it: where the header leaves its first column unlabelled for the groups, or the
        // row so far has its units and every cell after them, so nothing of it is left to come.
        const label = (t: string) => t.length <= 20 && /[\u4e00-\u9fa5]{2}/.test(t) && !/[，。；,;]/.test(t) && !unitsCell(t) && !rowStart(t);
        let k = i + 1;
        for (let n = 0; n < 2 && lines[k] && !lines[k]!.cells && label(closedCell(lines[k]!.text)?.text ?? '，'); n++) k++;
        const numberNext = lines[k] !== undefined && !lines[k]!.cells && rowStart(closedCell(lines[k]!.text)?.text ?? '');
        const unitsAt = row ? row.cells.findLastIndex(unitsCell) : -1;
        const complete = unitsAt >= 0 && row!.cells.length - 1 - unitsAt >= width - 1 - lastUnitsColumn;
        const groupLabel: boolean = !numbered && label(c.text) && numberNext && (afterGroup || head.labels[0] === '' || complete || !row);
        const starts = (groupLabel || numbered) && !afterGroup;
        afterGroup = groupLabel;
        // A sentence after the row's units cells opens the next row, one under a merged cell on the left (序号 and
        // 工作事项 over several rows: the row begins at its 主要内容).
        const lastText = row ? row.cells.findLastIndex(sentence) : -1;
        const nextRow = unitsLast && row !== undefined && lastText >= 0 && lastText < row.cells.length - 1 && row.cells.slice(lastText + 1).every(unitsCell) && sentence(c.text);
        if (starts || !row || row.cells.length >= width || nextRow) flush();
        row ??= { line: l.line, cells: [], covered: 0 };
        row.cells.push(c.text);
        if (c.covered > 0) {
          row.covered = c.covered;
          flush();
        }
      }
      flush();
      break;
    }
    case 'pipe':
      for (const l of lines) {
        // Rows of a real table in the same document keep their grid.
        if (l.cells) {
          grid.push(realEntry(l));
          continue;
        }
        const t = l.text.trim();
        if (!t.includes('|')) {
          if (t) grid.push(textEntry(l.line, [t]));
          continue;
        }
        if (/^[\s|:-]+$/.test(t)) continue;
        grid.push(textEntry(l.line, t.replace(/^\|/, '').replace(/\|$/, '').split('|')));
      }
      break;
    case 'tab-rows':
      for (const l of lines) if (l.cells) grid.push(realEntry(l));
      else if (l.text.trim()) grid.push(textEntry(l.line, l.text.split('\t')));
      break;
    case 'space-rows': {
      const single = singleSpaceHeader(lines);
      if (single < 0) {
        for (const l of lines) if (l.cells) grid.push(realEntry(l));
        else if (l.text.trim()) grid.push(textEntry(l.line, spaceCells(l.text)));
        break;
      }
      // Cells one space apart: a row that breaks its line goes on in the lines after it, each one cell (区农业农村委 / 区林业局 /
      // 区供销联社 / 第一产业增加值同比增长3.4%。): names after names stay in the units cell, other words open the next cell.
      const width = lines[single]!.text.trim().split(/\s+/).length;
      for (const [k, l] of lines.entries()) {
        if (l.cells) grid.push(realEntry(l));
        else if (!l.text.trim()) continue;
        else if (k < single) grid.push(textEntry(l.line, [l.text.trim()]));
        else {
          const cells = l.text.trim().split(/\s+/);
          const row = grid.at(-1);
          const last = row?.texts.at(-1);
          if (k > single + 1 && cells.length === 1 && row && !row.real && row.texts.length >= 2 && bareNumber.test(row.texts[0]!) && typeof last === 'string' && row.texts.length <= width) {
            if (looksLikeUnits(cells[0]!) && looksLikeUnits(last)) row.texts[row.texts.length - 1] = `${last}、${cells[0]}`;
            else if (row.texts.length < width) {
              row.texts.push(cells[0]!);
              row.merged.push(false);
            } else grid.push(textEntry(l.line, cells));
          } else grid.push(textEntry(l.line, cells));
        }
      }
      break;
    }
    case 'tab-cells': {
      let current: { line: number; text: string } | undefined;
      const flush = () => {
        if (current) pushFlowing(current.line, current.text);
        current = undefined;
      };
      for (const l of lines) {
        if (l.text.startsWith('\t')) {
          flush();
          current = { line: l.line, text: l.text.slice(1) };
        } else if (l.text.trim()) {
          if (current) current.text += `\n${l.text}`;
          else current = { line: l.line, text: l.text };
        }
      }
      flush();
      return rows;
    }
    case 'cell-lines': {
      // Each line ending in | is a cell; a line holding only bars (|, || after an empty cell) ends the row.
      let cells: string[] = [];
      let first = 0;
      // Under a header whose first column is 序号, a number cell starts the next row even where no bar line ended the one before.
      let numbered = false;
      let empties = 0;
      const endRow = () => {
        empties = 0;
        if (cells.length > 0) grid.push(textEntry(first, cells));
        if (isHeaderRow(cells)) numbered = headerKind(cells[0] ?? '') === 'no';
        cells = [];
      };
      for (const l of lines) {
        const t = l.text.trim();
        // An empty cell is written as its closing bar after a space ( |), the line that ends a row as the bar alone. An
        // empty cell between two others keeps the columns in place (a 牵头单位 left empty); empty cells at the row's end
        // are left out, as when they ended the row, so a row stays as wide as a row short on its left.
        if (cells.length > 0 && /^[ \u3000]+[|｜]\s*$/.test(l.text)) empties++;
        else if (isBarLine(t)) endRow();
        else if (/\|$/.test(t)) {
          const cell = t.slice(0, -1).trim();
          if (bareNumber.test(cell) && cells.length >= 3 && (numbered || (isHeaderRow(cells) && headerKind(cells[0]!) === 'no'))) endRow();
          if (cells.length === 0) first = l.line;
          for (; empties > 0; empties--) cells.push('');
          cells.push(cell);
        } else if (t) {
          // A paragraph of the cell before (cells break into lines), or text outside the table.
          if (cells.length > 0) cells[cells.length - 1] += `\n${t}`;
          else grid.push(textEntry(l.line, [t]));
        }
      }
      endRow();
      break;
    }
    case 'bar-grid': {
      const head = barHeader(lines)!;
      const cells: Array<{ line: number; text: string }> = [];
      let current: { line: number; text: string } | undefined;
      const flushRows = (all: boolean) => {
        while (cells.length >= head.width || (all && cells.length > 0)) {
          const row = cells.splice(0, head.width);
          grid.push(textEntry(row[0]!.line, row.map((c) => c.text)));
        }
      };
      for (const [i, l] of lines.entries()) {
        // Text before the table (a title, a note) is read as paragraphs.
        if (i < head.at) {
          if (l.text.trim()) grid.push(textEntry(l.line, [l.text]));
          continue;
        }
        if (isBarLine(l.text)) {
          const k = l.text.replace(/[^|｜]/g, '').length;
          cells.push(current ?? { line: l.line, text: '' });
          for (let e = 1; e < k; e++) cells.push({ line: l.line, text: '' });
          current = undefined;
          flushRows(false);
        } else if (l.text.trim()) {
          if (current) current.text += `\n${l.text}`;
          else current = { line: l.line, text: l.text };
        }
      }
      if (current) cells.push(current);
      flushRows(true);
      break;
    }
    case 'bar-lines': {
      // Cells are the runs of lines between `|` lines.
      let current: { line: number; text: string } | undefined;
      for (const l of lines) {
        if (/^\s*[|｜]\s*$/.test(l.text)) {
          if (current) pushFlowing(current.line, current.text);
          current = undefined;
        } else if (l.text.trim()) {
          if (current) current.text += `\n${l.text}`;
          else current = { line: l.line, text: l.text };
        }
      }
      if (current) pushFlowing(current.line, current.text);
      return rows;
    }
    case 'paragraphs': {
      // A table flattened to one paragraph per cell keeps its header as label lines
      // (工作任务 / 牵头单位 / 责任单位): the units paragraphs after each item are its
      // unit columns in that order, so each is read under its column's label.
      const paragraphs = lines.flatMap((l) => (l.cells ? l.cells.map((c) => c.text) : l.text.trim() ? [l.text] : []).map((text) => ({ line: l.line, text: cellText(text) })));
      const learn = new UnitColumns();
      for (const p of paragraphs) learn.read(p.text);
      const columns = new UnitColumns(placeShortItems(learn.seen, learn.width));
      for (const p of paragraphs) {
        const labelled = columns.read(p.text);
        if (labelled !== null) pushFlowing(p.line, labelled);
      }
      return rows;
    }
  }

  // Without a header, the table's width is the longest row length seen at
  // least twice, and the requirement column the one holding most numbered
  // items in full rows: rows of a text export that lost cells under a merged
  // cell are aligned so their numbered item lands in that column.
  const lengths = new Map<number, number>();
  for (const g of grid) if (g.texts.length >= 2) lengths.set(g.texts.length, (lengths.get(g.texts.length) ?? 0) + 1);
  const guessedWidth = Math.max(0, ...[...lengths].filter(([, n]) => n >= 2).map(([len]) => len));
  const itemColumn = (width: number): number | undefined => {
    const counts = new Map<number, number>();
    for (const g of grid)
      // Full rows only: a row that kept its width by gaining an empty last cell is the shifted kind.
      if (g.texts.length === width && cellText(g.texts.at(-1) ?? '')) g.texts.forEach((t, k) => itemStart.test(cellText(t)) && counts.set(k, (counts.get(k) ?? 0) + 1));
    return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  };
  let itemCol: number | undefined;
  let itemColWidth = -1;
  const namesByWidth = new Map<number, ColumnNames>();
  const columnNames = (width: number): ColumnNames => {
    let names = namesByWidth.get(width);
    if (!names) {
      names = new ColumnNames(width, grid.filter((g) => !g.real && g.texts.length === width).map((g) => g.texts.map((t) => (looksLikeUnits(cellText(t)) ? cellText(t) : null))));
      namesByWidth.set(width, names);
    }
    return names;
  };

  // The grid entry the last header row stood at.
  let headerRowAt = -2;
  for (let i = 0; i < grid.length; i++) {
    const { line, texts, merged, real, table } = grid[i]!;
    const plain = texts.map((t) => cellText(t));
    // A header broken into rows of labels (工作任务 | 具体要求, then | 责任单位 |): read together.
    const labelsOnly = (cells: readonly string[]) => cells.some(Boolean) && cells.every((c) => !c || headerKind(c) !== undefined);
    if (!real && labelsOnly(plain) && grid[i + 1] && labelsOnly(grid[i + 1]!.texts.map(cellText))) {
      const next = grid[i + 1]!.texts.map(cellText);
      const joined = subdivided(plain, next) ?? [...plain, ...next].filter(Boolean);
      if (isHeaderRow(joined)) {
        header = joined.map((label) => ({ label: label.replace(/\s+/g, ''), kind: headerKind(label) }));
        i++;
        continue;
      }
    }
    if (plain.length === 1) {
      // A paragraph between tables (a heading written outside the grid, a note).
      if (plain[0] && !isHeaderLabel(plain[0])) rows.push({ line, cells: [{ text: plain[0], line, column: null }] });
      continue;
    }
    if (isHeaderRow(plain)) {
      const sub = header && headerRowAt === i - 1 ? subdivided(header.map((h) => h.label), plain) : null;
      header = (sub ?? plain).map((label) => ({ label: label.replace(/\s+/g, ''), kind: headerKind(label) }));
      headerRowAt = i;
      continue;
    }
    // A header broken over two lines: 牵头 | 单位 read together.
    const next = grid[i + 1];
    if (next && next.texts.length === texts.length) {
      const joined = plain.map((t, k) => (t + cellText(next.texts[k]!)).replace(/\s+/g, ''));
      if (isHeaderRow(joined) && joined.filter(Boolean).length >= 2) {
        header = joined.map((label) => ({ label, kind: headerKind(label) }));
        i++;
        continue;
      }
    }
    // A header without a label over the 序号 column (工作任务 | 具体要求 | … over 一、 | 1 | … rows): the numbers get their column.
    if (header && plain.length === header.length + 1 && !header.some((h) => h.kind === 'no')) {
      const k = plain.findIndex((c) => /^\d{1,3}[.、．]?$/.test(c));
      if (k >= 0 && k <= header.length) header = [...header.slice(0, k), { label: '序号', kind: 'no' }, ...header.slice(k)];
    }
    // Rows wider than the header: a header label spans several columns on the
    // left (工作任务 over the section and task columns), so the labels belong to
    // the columns on the right.
    if (header && !real && plain.length > header.length && plain.at(-1) && !isHeaderRow(plain)) {
      header = [...Array.from({ length: plain.length - header.length }, () => ({ label: '', kind: undefined })), ...header];
    }
    const width = header?.length ?? guessedWidth;
    let cells = plain;
    let mergedCells = merged;
    if (!real && itemColWidth !== width) {
      itemCol = itemColumn(width);
      itemColWidth = width;
    }
    // A row that shifted left under a spanned cell and gained empty cells at
    // its end (1.… | 各科室 | | under 一、… | 1.… | 财务科 |): its numbered item
    // says where it belongs, so the empty tail is dropped and the row realigned.
    if (!real && itemCol !== undefined && cells.length === width && !cells.at(-1)) {
      const k = cells.findIndex((c) => itemStart.test(c));
      let end = cells.length;
      while (end > 0 && !cells[end - 1]) end--;
      if (k >= 0 && k < itemCol && itemCol - k <= width - end) {
        cells = cells.slice(0, end);
        mergedCells = mergedCells.slice(0, end);
      }
    }
    // The same shift without numbered items (推进义务教育…。 | 基教处,各市教育(教体)局 | | under 工作要点 | 具体要求 |
    // 任务分工, 山东 2023 教育厅): the row moves right when its names then stand in the units columns.
    if (!real && header && cells.length === width && !cells.at(-1) && cells[0]) {
      let end = cells.length;
      while (end > 0 && !cells[end - 1]) end--;
      const gap = width - end;
      const shifted = [...Array<string>(gap).fill(''), ...cells.slice(0, end)];
      const fit = (row: readonly string[]) => columnFit(row, header!, 0);
      if (gap > 0 && fit(shifted) > fit(cells) && fit(shifted) > 0) {
        cells = shifted;
        mergedCells = [...Array<boolean>(gap).fill(true), ...mergedCells.slice(0, end)];
      }
    }
    // Rows of a text export under a merged cell on the left have fewer cells:
    // align them right, unless the row starts with a section heading (a full-width heading row).
    if (!real && width > cells.length && !sectionHeading.test(cells[0] ?? '')) {
      // A row opening with its 序号 under a header whose first column is 序号 starts at that column; so does one that goes
      // on from the row before's serial where no header says (7 | 对全县… | 县公安局 | 已完成… after 6 | …, the document cut
      // off in its last cell).
      const serial = bareNumber.exec(cells[0] ?? '');
      const goesOn = !header && serial !== null && Number(serial[1]) === Number(bareNumber.exec(rows.at(-1)?.cells[0]?.text ?? '')?.[1]) + 1;
      const numbered = (header?.[0]?.kind === 'no' && serial !== null) || goesOn;
      const k = numbered ? 0 : cells.findIndex((c) => itemStart.test(c));
      let pad = numbered ? 0 : width - cells.length;
      if (!numbered && itemCol !== undefined && k >= 0 && itemCol - k >= 0 && itemCol - k <= width - cells.length) pad = itemCol - k;
      // No number to go by: where the cells fit their columns best, names in units columns and sentences not
      // (政策解读 | (1)认真落实… with its units cell cut off stands at the left, not under 具体要求 | 任务分工).
      if (!numbered && (k < 0 || itemCol === undefined) && header) {
        for (let offset = width - cells.length - 1; offset >= 0; offset--) if (columnFit(cells, header, offset) > columnFit(cells, header, pad)) pad = offset;
      }
      const after = pad + k + 1;
      // (An empty cell the text kept, ` |` alone between an item and its units, holds its place: nothing to guess.)
      const keptEmpty = k >= 0 && cells.slice(k + 1, -1).some((c) => !c) && Boolean(cells.at(-1));
      cells = [...Array<string>(pad).fill(''), ...cells, ...Array<string>(width - cells.length - pad).fill('')];
      mergedCells = [...Array<boolean>(pad).fill(false), ...mergedCells, ...Array<boolean>(width - mergedCells.length - pad).fill(false)];
      // Empty cells left no text in the export (1.… | 省直各部门… | 通过新闻发布会… under 工作任务 |
      // 牵头单位 | 责任单位 | 工作要求): the cells after the item go to the columns they fit.
      if (header && k >= 0 && after < width && !keptEmpty) {
        cells = placeAfterItem(cells, after, header, columnNames(width));
        // A units column the short row has no cell for, before the one units cell it has, is covered by a cell merged down from
        // the row above (4.… | 规计处 | under 工作任务 | 具体要求 | 市里落实单位 | 局内负责处室, the 市里 cell spanning rows 3 and 4, 广州
        // 2021 税务局): it takes that cell's units, as a merged cell of a real table does. (Only under a spanned task cell too, the
        // row short on its left: a form that drops its empty cells as well cannot tell a merge from an empty cell.)
        const own = cells.findIndex((c, j) => j >= after && c);
        if (pad > 0 && own > after && cells.slice(own + 1).every((c) => !c)) mergedCells = mergedCells.map((m, j) => m || (j >= after && j < own && unitColumnKinds.has(header?.[j]?.kind)));
      }
    }
    rows.push({
      line,
      ...(real ? { real: true } : {}),
      ...(table !== undefined ? { table } : {}),
      cells: cells.map((text, column) => {
        const h = header?.[column];
        return {
          text,
          line,
          column,
          ...(h?.kind ? { kind: h.kind } : {}),
          ...(h?.kind && h.kind !== 'text' ? { label: h.label } : {}),
          ...(mergedCells[column] ? { merged: true } : {}),
        };
      }),
    });
  }
  return rows;
}
