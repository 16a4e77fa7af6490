/**
 * The grid reader: rows whose cells sit in known columns (a real table, or a
 * text reading that found columns). First the layout — which column holds the
 * 序号, the requirements, the headings — then each row into the outline.
 */
import { unitColumnKinds } from '../header';
import { unitColumnLabel, type Cell, type Row } from '../table';
import { asciiDigits, tidy, joinBroken } from '../text';
import { fieldLine, itemStart, parseHeading, unitLabel, bareNumber, looksLikeUnits } from './cells';
import type { Outline } from './outline';
import { unitNameEnding } from '../../units/names';
import { roleVerbAt } from '../../model/vocabulary';

const nonTextKinds = new Set(['no', 'units', 'lead', 'responsible', 'participate', 'deadline', 'remarks', 'status']);
/** Which column is which, decided once for the whole grid. */
export interface GridLayout {
  /** Columns of bare numbers: 序号, labelled or not. */
  noColumns: Set<number>;
  /** The column holding the requirements' text. */
  reqColumn: number | undefined;
  /** Columns left of the requirements that hold headings. */
  headingColumns: Set<number>;
  /**
   * Where no header names a units column: the columns right after the requirements whose cells name units (牵头 and 配合
   * columns side by side under a header the page lost, or a table that goes on without one), read as one units cell.
   */
  unitColumns: number[];
}

/**
 * Requirements sit in the column holding most numbered items, units in the
 * next (or where the header says), headings to the left. A column of bare
 * numbers is a 序号 column; with no numbers at all, the requirements are the
 * text column holding most text (整改目标和措施 beside 存在问题).
 */
export function gridLayout(rows: readonly Row[]): GridLayout {
  const bare = new Map<number, { digits: number; other: number }>();
  for (const r of rows)
    for (const c of r.cells) {
      if (c.column === null || !c.text) continue;
      const b = bare.get(c.column) ?? { digits: 0, other: 0 };
      if (bareNumber.test(asciiDigits(c.text))) b.digits++;
      else if (!parseHeading(c.text, false, 0)) b.other++;
      bare.set(c.column, b);
    }
  const noColumns = new Set([...bare].filter(([, b]) => b.digits >= 2 && b.other <= b.digits / 10).map(([col]) => col));
  for (const r of rows) for (const c of r.cells) if (c.kind === 'no' && c.column !== null) noColumns.add(c.column);
  const isText = (c: Cell) => c.column !== null && !noColumns.has(c.column) && !(c.kind && nonTextKinds.has(c.kind));

  const numberedByColumn = new Map<number, number>();
  // Beside a 序号 column, ①②③ in a cell number the points of that row, not rows of their own (序号 | 项目 | 主要内容 ①…②…).
  // (So do 1. 2. 3. inside one cell there: 序号 | 实事项目 | 工作举措及实施计划 '1.4月底前…2.8月底前…', 临安 2022 民生实事.)
  const points = (c: Cell) => /^\s*[①-⑳]/.test(c.text) || (/^\s*1\s*[.、．]/.test(asciiDigits(c.text)) && /[。；;\s]\s*2\s*[.、．]\s*\S/.test(asciiDigits(c.text)));
  const numbered = (c: Cell) => itemStart.test(asciiDigits(c.text)) && !(noColumns.size > 0 && points(c));
  for (const r of rows) for (const c of r.cells) if (isText(c) && numbered(c)) numberedByColumn.set(c.column!, (numberedByColumn.get(c.column!) ?? 0) + 1);
  let reqColumn = [...numberedByColumn.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  if (reqColumn === undefined && noColumns.size > 0) {
    // Numbers only in the 序号 column: the requirement is the first text column after it, not a units or
    // deadline column the header names (序号 | 责任单位 | 工作任务: the units may come first).
    const after = Math.max(...noColumns) + 1;
    const named = new Set(rows.flatMap((r) => r.cells.filter((c) => c.column !== null && c.kind && nonTextKinds.has(c.kind)).map((c) => c.column!)));
    const candidates = [...bare.keys()].filter((c) => c >= after && !noColumns.has(c) && !named.has(c)).sort((a, b) => a - b);
    // (Not a group column a text export lost the merges of: its cells headings (一、加强…信息公开) or empty in most of the
    // numbered rows where the column after it always has text, 序号 | 工作任务 | 工作要求 as pipe rows.)
    const numberedRows = rows.filter((r) => r.cells.some((c) => c.column !== null && noColumns.has(c.column) && bareNumber.test(asciiDigits(c.text))));
    const filled = (col: number) => numberedRows.filter((r) => r.cells.some((c) => c.column === col && c.text.trim())).length;
    const headingsOnly = (col: number) => rows.every((r) => r.cells.every((c) => c.column !== col || !c.text.trim() || /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/.test(c.text)));
    const group = (col: number, next: number | undefined) => next !== undefined && numberedRows.length >= 3 && filled(next) === numberedRows.length && (headingsOnly(col) || filled(col) * 2 <= numberedRows.length);
    reqColumn = candidates.find((c, k) => !group(c, candidates[k + 1]));
  }
  // One column the header calls text (工作任务 of a form read the right way round): the requirement, even in one row.
  const textColumns = new Set(rows.flatMap((r) => r.cells.filter((c) => c.kind === 'text' && c.column !== null).map((c) => c.column!)));
  if (reqColumn === undefined && textColumns.size === 1) reqColumn = [...textColumns][0];
  if (reqColumn === undefined && rows.filter((r) => r.cells.length >= 2).length >= 2) {
    const length = new Map<number, number>();
    for (const r of rows) for (const c of r.cells) if (isText(c) && c.text) length.set(c.column!, (length.get(c.column!) ?? 0) + c.text.length);
    reqColumn = [...length].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  }
  // A text column whose cells span several rows (工作事项 merged over 1–4 rows) heads the text column right of it
  // that has a cell in each of those rows (主要内容): that one holds the requirements, one a row.
  if (reqColumn !== undefined) {
    const spans = rows.some((r) => r.cells.some((c) => c.column === reqColumn && c.merged));
    const finer = spans
      ? [...textColumns]
          .filter((col) => col > reqColumn! && !rows.some((r) => r.cells.some((c) => c.column === col && c.merged)))
          .find((col) => rows.filter((r) => r.cells.some((c) => c.column === reqColumn && c.merged)).every((r) => r.cells.some((c) => c.column === col && c.text)))
      : undefined;
    if (finer !== undefined) reqColumn = finer;
  }
  const headingColumns = new Set<number>();
  if (reqColumn !== undefined) for (const r of rows) for (const c of r.cells) if (isText(c) && c.column! < reqColumn && c.text) headingColumns.add(c.column!);
  const unitColumns: number[] = [];
  if (reqColumn !== undefined && !rows.some((r) => r.cells.some((c) => c.kind && unitColumnKinds.has(c.kind)))) {
    // (Each a column most of whose cells, two at least, are names: not a deadline, a remark or a sentence; an empty column
    // between them, a 牵头单位 no row fills, is passed over.)
    const texts = (col: number) => rows.flatMap((r) => r.cells.filter((c) => c.column === col && c.text.trim()).map((c) => c.text));
    const names = (col: number) => texts(col).length >= 2 && texts(col).filter((t) => looksLikeUnits(t)).length * 3 >= texts(col).length * 2;
    const width = Math.max(0, ...rows.map((r) => r.cells.length));
    // (A text column right after the requirements' whose cells are no names, the names after it: 工作任务 | 工作要求 | 牵头单位 |
    // 配合单位 with its header lost; the units are those after it, the requirement its own column's.)
    const first = !names(reqColumn + 1) && texts(reqColumn + 1).length >= 2 && names(reqColumn + 2) ? reqColumn + 2 : reqColumn + 1;
    for (let col = first; col < width && (names(col) || texts(col).length === 0); col++) if (names(col)) unitColumns.push(col);
  }
  return { noColumns, reqColumn, headingColumns, unitColumns };
}

/** Reads grid rows into the outline; keeps what each column last held across rows. */
export class GridReader {
  // What each heading column last held, so a fragment at a page top continues the right heading.
  private readonly columnLevel = new Map<number, 'section' | 'task'>();
  // Last text of each units or deadline column, for cells merged down in .docx/.html.
  private readonly lastColumnText = new Map<number, string>();
  private readonly leftmostHeading: number;
  // The report says once that two unnamed units columns were read as lead and responsible.
  private unnamedPairNoted = false;

  constructor(
    private readonly outline: Outline,
    private readonly layout: GridLayout & { reqColumn: number },
  ) {
    this.leftmostHeading = Math.min(...layout.headingColumns);
  }

  private printedNo(row: Row): boolean {
    return row.cells.some((c) => c.column !== null && this.layout.noColumns.has(c.column) && /^\d/.test(asciiDigits(c.text)));
  }

  /** Heading cells left of the requirements; true when one continues a heading cut by a page break. */
  private headings(row: Row, ownRow = false): boolean {
    const { outline } = this;
    const { noColumns, reqColumn, headingColumns } = this.layout;
    let continuation = false;
    for (const cell of row.cells) {
      if (cell.column === null || cell.column >= reqColumn || !cell.text) continue;
      // The 序号 column holds bare numbers, and section headings where a heading row spans the table.
      if (noColumns.has(cell.column) && bareNumber.test(asciiDigits(cell.text))) continue;
      if (cell.kind && cell.kind !== 'no' && nonTextKinds.has(cell.kind)) continue;
      if (cell.merged) continue;
      const h = parseHeading(cell.text, outline.arabicSection(cell.text), outline.nextSectionNo);
      if (h) {
        this.columnLevel.set(cell.column, h.level);
        outline.heading(h, cell.line, true);
      } else if (row.real || ownRow) {
        // An unnumbered heading cell (目标, 任务, 存在问题): a new group, or the same one repeated instead of spanned.
        const level = this.columnLevel.get(cell.column) ?? (headingColumns.size >= 2 && cell.column === this.leftmostHeading ? 'section' : 'task');
        if (level === 'section') outline.unnumberedSection(cell.text, cell.line);
        else outline.unnumberedTask(cell.text, cell.line);
      } else {
        const level = this.columnLevel.get(cell.column) ?? (cell.column === 0 ? 'section' : 'task');
        if (outline.continueHeading(level, cell.text, cell.line)) continuation = true;
      }
    }
    return continuation;
  }

  /** The row's units cells as one units text (牵头单位：…；配合单位：…), merged cells filled from above. */
  private unitsText(row: Row, labelled: Cell[]): { text: string; fresh: boolean } {
    const { reqColumn, unitColumns } = this.layout;
    const unitCells = labelled.length > 0 ? labelled : row.cells.filter((c) => c.column !== null && (unitColumns.length > 0 ? unitColumns.includes(c.column) : c.column === reqColumn + 1) && !(c.kind && nonTextKinds.has(c.kind)));
    let inheritedMerge = false;
    const parts = unitCells.map((c) => {
      let text = c.text;
      if (c.merged && !text) {
        text = this.lastColumnText.get(c.column!) ?? '';
        inheritedMerge = true;
      }
      if (c.column !== null) this.lastColumnText.set(c.column, text);
      return { cell: c, text };
    });
    const fresh = parts.some((p) => p.text && !(p.cell.merged && !p.cell.text));
    if (!fresh) return { text: '', fresh };
    const hasLead = parts.some((p) => p.cell.kind === 'lead' && p.text);
    const single = parts.length === 1 && (parts[0]!.cell.kind === undefined || parts[0]!.cell.kind === 'units' || parts[0]!.cell.kind === 'responsible');
    // Two columns of names that no header names (工作任务 | 工作要求 | 牵头单位 | 配合单位 with its header lost): the first leads, as
    // a 分工表's first units column does; the second is responsible, the role its label most often gives.
    const unnamedPair = labelled.length === 0 && unitColumns.length === 2 && parts.length === 2 && parts.every((p) => !p.cell.label);
    if (unnamedPair && parts[0]!.text && parts[1]!.text && !unitLabel.test(parts[0]!.text) && !unitLabel.test(parts[1]!.text)) {
      if (!this.unnamedPairNoted) this.outline.report.info('reading', row.line, 'the table names units in two columns with no header to say which is which: the first read as the lead (牵头单位), the second as responsible (责任单位) — check the original');
      this.unnamedPairNoted = true;
      return { text: `牵头单位：${parts[0]!.text}；责任单位：${parts[1]!.text}`, fresh };
    }
    const text = single
      ? parts[0]!.text
      : parts
          .filter((p) => p.text)
          .map((p) => (p.cell.label && !unitLabel.test(p.text) ? `${unitColumnLabel(p.cell, hasLead)}：${p.text}` : p.text))
          .join('；');
    if (inheritedMerge && text) this.outline.report.info('units-inherited', row.line, `a merged units cell from the row above also applies here: “${text}”`);
    return { text, fresh };
  }

  read(row: Row): void {
    const { outline } = this;
    const { noColumns, reqColumn } = this.layout;
    // A text row (pipe, tabs) whose units cell names whole units after a units cell that was
    // complete is a row of its own, not the rest of a row a page break cut (…报管委会 | 区环土局牵头，区农发局配合
    // then 2015年禁养区… | 2016年6月底前全部关闭… | 区农发局牵头，…).
    const ownUnits = !row.real && this.wholeUnitsCell(row);
    const continuation = this.headings(row, ownUnits);
    const req = row.cells.find((c) => c.column === reqColumn);
    // A heading row across the table (一、… or （一）… in the requirement column, the other cells empty).
    if (req && !req.merged && !this.printedNo(row) && row.cells.every((c) => c === req || !c.text)) {
      const h = parseHeading(req.text, outline.arabicSection(req.text), outline.nextSectionNo);
      if (h && !itemStart.test(asciiDigits(req.text))) {
        outline.heading(h, req.line, false);
        return;
      }
    }
    const noCell = row.cells.find((c) => c.column !== null && noColumns.has(c.column) && c.column < reqColumn && c.text && !c.merged);
    let reqText = req && !req.merged ? req.text : '';
    const printedNo = noCell ? /^\d{1,3}/.exec(asciiDigits(noCell.text))?.[0] : undefined;
    if (printedNo && reqText && !itemStart.test(asciiDigits(reqText))) {
      reqText = `${printedNo}. ${reqText}`;
      outline.printedNumber(Number(printedNo), row.line);
    }
    const before = outline.lastReq;
    const pendingBefore = outline.pending.length;
    outline.repeatedRow = false;
    if (reqText) outline.requirementText(reqText, req!.line, continuation, row.real === true || (ownUnits && !continuation));
    if (outline.repeatedRow && outline.lastReq === before) return;
    const added = outline.pending.length > pendingBefore || outline.lastReq !== before;
    const rowReqs = outline.pending.slice(pendingBefore);
    // A second text column right of the item (工作任务 | 工作要求 …): what the item asks, part of its text.
    const detail = row.cells.filter((c) => c.kind === 'text' && c.column !== null && c.column > reqColumn && c.text && !c.merged);
    if (rowReqs.length === 1 && detail.length > 0) outline.appendDetail(rowReqs[0]!, detail.map((c) => (c.label && fieldLine.test(`${c.label}：`) ? `${c.label}：${c.text}` : c.text)).join('\n'), row.line);

    // Units: the columns the header names, else the column after the requirement.
    const labelled = row.cells.filter((c) => c.kind && unitColumnKinds.has(c.kind));
    const units = this.unitsText(row, labelled);
    if (units.text) {
      if (continuation || (!added && outline.lastGroup)) outline.continueGroup(units.text, row.line);
      else if (outline.pending.length > 0) outline.newGroup(units.text, row.line);
      else outline.continueGroup(units.text, row.line);
    } else if (continuation && outline.pending.length > 0 && outline.lastGroup) {
      // A page-split row whose units cell is empty belongs to the merged cell above.
      outline.closePending(row.line);
    }
    this.reportUnkept(row, labelled, rowReqs.length > 0 && units.fresh);
    this.deadline(row, rowReqs, continuation);
    if (!continuation) outline.closePending(row.line, labelled.length > 0 && labelled.every((c) => c.merged && !c.text));
  }

  /** The row's units cell starts with a whole unit name, and the units cell above ended as a whole one does. */
  private wholeUnitsCell(row: Row): boolean {
    const cell = row.cells.find((c) => (c.kind && unitColumnKinds.has(c.kind)) || (c.column === this.layout.reqColumn + 1 && !c.kind));
    const above = this.outline.lastGroup?.raw.trim();
    if (!cell?.text || !above) return false;
    const first = cell.text.trim().split(/[、，,；;\s]/)[0]!;
    const verb = roleVerbAt(first);
    const firstName = verb ? first.slice(0, verb.index) : first;
    return unitNameEnding.test(firstName) && firstName.length >= 3 && (roleVerbAt(above) !== null || unitNameEnding.test(above.replace(/[（(][^（）()]*[）)]$/, '')));
  }

  /** 备注 and 落实情况 have no place in the plan: say so rather than drop them silently; an empty lead cell too. */
  private reportUnkept(row: Row, labelled: Cell[], rowHasUnits: boolean): void {
    const report = this.outline.report;
    for (const c of row.cells)
      if ((c.kind === 'remarks' || c.kind === 'status') && c.text && !c.merged) report.info('column-ignored', c.line, `${c.label ?? c.kind} column not kept: “${c.text.slice(0, 40)}”`);
    const leadCell = labelled.find((c) => c.kind === 'lead');
    if (leadCell && !leadCell.text && !leadCell.merged && rowHasUnits) {
      report.warn('lead-missing', row.line, `the ${leadCell.label ?? '牵头单位'} cell is empty: no lead unit read (if it is merged with the cell above in the original, record a decision)`);
    }
  }

  /** Deadline column: applies to the items of this row (or the merged cell above). */
  private deadline(row: Row, rowReqs: readonly { deadline: string | null }[], continuation: boolean): void {
    const cell = row.cells.find((c) => c.kind === 'deadline');
    if (!cell) return;
    let d = cell.text;
    if (cell.merged && !d) d = this.lastColumnText.get(cell.column!) ?? '';
    this.lastColumnText.set(cell.column!, d);
    d = tidy(d.replace(/\s*\n\s*/g, ''));
    if (!d) return;
    const last = this.outline.lastReq;
    if (rowReqs.length > 0) for (const r of rowReqs) r.deadline = d;
    else if (last && continuation) last.deadline = last.deadline ? joinBroken(last.deadline, d) : d;
  }
}
