/**
 * A table that a page saved as text ran together with nothing between its cells and no numbers to cut its rows by: the
 * archive's page.txt of a Word table (存在问题整改目标和措施责任单位入海溪流普遍污染严重组织开展…报管委会区环土局牵头，区农发局
 * 配合2015年禁养区…). The header's labels say which columns there are; the rows are found by their units cells, the one
 * cell whose words can be told from any other (names of units, their role words and the marks between them): a row is
 * the text up to a units cell, the cell, and the deadline after it where the header has a 完成时限 column there.
 *
 * A run of names inside a requirement's text is not a units cell: one that is the object of a verb before it (报区政府,
 * 会同区财政局), the subject of a verb after it (各乡镇要…) or followed by a mark that goes on with the sentence is
 * passed over.
 *
 * Several units columns side by side (牵头单位 | 配合单位 | 市卫健委内牵头处室 | 市卫健委内配合处室, 广州 2023 家庭医生 任务分工表)
 * print one run of names a row, after the row's full stop; it is parted into the columns where nothing (or a space) stands
 * between two names, a '/' standing for an empty cell. A row whose serial or title a merged cell holds starts at its text.
 */
import { headerRunFrom, unitColumnKinds, type ColumnKind } from './header';
import { roleWordsAfterNames } from '../model/vocabulary';
import { gluedTitleEnd } from './heading-title';
import { listedNameAt, nameGoesOn, namesAfterMarks, notInName, opensNameOrRelated, unitNameAt } from './names-in-text';
import { nameLevels } from '../units/names';

export interface GluedTable {
  /** The text before the table's header (the notice, the title), and where the header starts. */
  before: string;
  at: number;
  labels: Array<{ label: string; kind: ColumnKind }>;
  /** Each row's cells, one per label. */
  rows: string[][];
  /** The text after the last row (a signature, the site's words). */
  after: string;
}

/** Where a table's header may open (the first label's first words). */
const headerStartAt = /(?:序号|编号|工作|任务|重点|具体|主要|目标|项目|事项|内容|类别|存在|问题|整改|责任|牵头|指标|考核|分项|子项)/g;
/** 等 closing a list in a units cell (the role word closing a name, 区农发局牵头，区环土局配合, is roleWordsAfterNames). */
const listEnd = /^等(?:单位|部门)?/;
const townAt = /^[\u4e00-\u9fa5]{1,5}(?:镇|乡|街道)(?=牵头|负责|配合|落实|参与|协助|等|[、，,])/;
/** What parts two names of one cell: a mark, or 和 及 与 before a name. */
const joiner = new RegExp(`^(?:[、，,；;]|(?:和|及|与)(?=[各相有${nameLevels}]))`);
/** Words before a name that make it the object of the text's own sentence (报管委会, 由区财政局, 会同区财政局). */
const objectOf = /(?:由|报|向|经|请|交|对|与|和|及|会同|配合|协助|督促|指导|组织|联合|协调|委托|报送|提交|上报|商请|通过|依托|邀请|支持|要求|推动|推进)$/;
/** Words after a run of names that make it the subject or object of a sentence (各乡镇要…, 区财政局的…). */
const sentenceGoesOn = /^(?:[，、,；;：:。）)”」』]|要|应|须|的|对|在|将|把|和|与|为|是|共同|联合|等|按|从|向|会同|结合|根据|通过|进行|做好|开展|组织|负责|牵头|配合|协调|审定|审核|批准|备案|同意)/;
/**
 * The same after a row's several units cells, closed on the left by the row's full stop: only marks and words that make
 * the names a subject carry a sentence on; the next row's text may open with any verb (…4.66人。各区政府市卫生健康委基层处
 * 医政处根据服务人口…, 广州 2023 家庭医生 任务分工表).
 */
const cellsGoOn = /^(?:[，、,；;：:。）)”」』]|要|应|须|的|是|等)/;
/** A deadline cell at the start of the text after a units cell (2016年6月底前, 年底前, 长期坚持). */
const deadlineAt = /^(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|中旬|上旬|下旬)?(?:前|以前)|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|年底前?|年内|全年|长期(?:坚持)?|持续(?:推进)?|常态化(?:推进)?)/;
/** Fewest characters of a row's text, and fewest rows that make a table. */
const minRowText = 4;
const minRows = 3;
/** A first name longer than this, with a shorter name ending where it ends, is text glued before that name (…可养区区农发局). */
const longName = 10;
/** Longest name that runs on, with nothing before it, from the units cell before it (市卫生健康委基层处: 基层处). */
const gluedName = 8;

/**
 * The glued table in `text` (a page's article on one line), or null when none is found: a header of three labels or more,
 * one of them a units column that only deadline, remark and progress columns follow, and at least three rows after it.
 */
export function gluedTable(text: string): GluedTable | null {
  for (const m of text.matchAll(headerStartAt)) {
    const header = headerRunFrom(text, m.index);
    if (!header) continue;
    const kinds = header.labels.map((l) => l.kind);
    const lastUnits = kinds.findLastIndex((k) => unitColumnKinds.has(k));
    if (lastUnits < 1 || kinds.slice(lastUnits + 1).some((k) => k !== 'deadline' && k !== 'remarks' && k !== 'status')) continue;
    // (Several units columns side by side, 牵头单位 | 配合单位 | 局内牵头处室: one run of names a row, parted into them where
    // nothing stands between two names; units columns apart, with a text column between, cannot be told apart here.)
    const firstUnits = kinds.findIndex((k) => unitColumnKinds.has(k));
    if (kinds.slice(firstUnits, lastUnits + 1).some((k) => !unitColumnKinds.has(k))) continue;
    const table = rowsAfter(text, header.end, header.labels);
    if (table) return { before: text.slice(0, m.index).trim(), at: m.index, labels: header.labels, ...table };
  }
  return null;
}

function rowsAfter(text: string, from: number, labels: GluedTable['labels']): { rows: string[][]; after: string } | null {
  const kinds = labels.map((l) => l.kind);
  const unitsAt = kinds.findIndex((k) => unitColumnKinds.has(k));
  const unitColumns = kinds.filter((k) => unitColumnKinds.has(k)).length;
  const deadlineAfter = kinds.indexOf('deadline') > unitsAt ? kinds.indexOf('deadline') : -1;
  const lexicon = namesAfterMarks(text.slice(from));
  const rows: string[][] = [];
  let pos = from;
  for (;;) {
    const cell = nextUnitsCell(text, pos, lexicon, unitColumns);
    if (!cell) break;
    // A space after the cell: the table's end (page.txt writes one where the article's next paragraph begins).
    const last = /^\s/.test(text.slice(cell.end));
    const row = Array<string>(labels.length).fill('');
    cellsApart(text.slice(cell.start, cell.end), unitColumns, lexicon).forEach((c, k) => (row[unitsAt + k] = c));
    let end = cell.end;
    if (deadlineAfter >= 0) {
      const d = deadlineAt.exec(text.slice(end));
      if (d && d[0]) {
        row[deadlineAfter] = d[0];
        end += d[0].length;
      }
    }
    textCells(text.slice(pos, cell.start).trim(), kinds.slice(0, unitsAt)).forEach((c, k) => (row[k] = c));
    rows.push(row);
    pos = end;
    if (last) break;
  }
  return rows.length >= minRows ? { rows, after: text.slice(pos).trim() } : null;
}

/** A row's words before its units cell cut into the header's columns before the units: a serial, a title, the text. */
function textCells(words: string, kinds: ReadonlyArray<ColumnKind>): string[] {
  const cells = Array<string>(kinds.length).fill('');
  let rest = words;
  let serial: RegExpExecArray | null = null;
  if (kinds[0] === 'no') {
    serial = /^(\d{1,3})(?![年月日号个项次批家所条名万亿元人户台辆天周\d])/.exec(rest);
    if (serial) {
      cells[0] = serial[1]!;
      rest = rest.slice(serial[0].length).trimStart();
    }
  }
  const texts = kinds.flatMap((k, i) => (k === 'no' ? [] : [i]));
  if (texts.length === 0) return cells;
  // Two text columns (存在问题 | 整改目标和措施, 工作任务 | 具体要求): the first cell is there only on the row that opens its
  // span; where the words say a title ends and the requirement begins, it is cut there, else the row is the second's.
  if (texts.length >= 2) {
    // (Or, on a row its serial opens, a title closed by its own full stop: 1有序扩大家庭医生来源。现阶段…; rows without a
    // serial are under the title of a merged cell.)
    const stop = serial ? /^[^，。；、,;\s]{4,20}。/.exec(rest) : null;
    const cut = stop ? stop[0].length : gluedTitleEnd(rest, 0);
    if (cut > 0) {
      cells[texts.at(-2)!] = rest.slice(0, cut);
      rest = rest.slice(cut).trimStart();
    }
  }
  cells[texts.at(-1)!] = rest;
  return cells;
}

/** The name starting at `at`: a name of the lexicon, or one read from its ending; its end, or -1. */
function nameEnd(text: string, at: number, first: boolean, lexicon: readonly string[], glued = false): number {
  const known = lexicon.find((n) => text.startsWith(n, at));
  let end = known ? at + known.length : -1;
  if (end < 0) {
    const m = (first ? unitNameAt : listedNameAt).exec(text.slice(at, at + 40));
    if (!m || notInName.test(m[0])) return -1;
    // (A name run on to the cell before it, with no level to open it: an office's or a unit's short name, 基层处, 市医保局;
    // not the next row's words ending like one, 做实做细基层医生全科, 有条件的区和单位.)
    if (glued && (m[0].length > gluedName || m[0].includes('的'))) return -1;
    end = at + m[0].length;
  }
  return end + (nameGoesOn.exec(text.slice(end))?.[0].length ?? 0);
}

/**
 * The units cells starting at `at`: names parted by marks, each with its role word: their end, or -1. Under several units
 * columns the next column's names run on with nothing before them, its first name with or without its level (市卫生健康委基层处,
 * the in-house office after the city's unit), and a '/' stands for an empty cell (各区政府/科教处基层处/).
 */
function unitsCellEnd(text: string, at: number, lexicon: readonly string[], columns = 1): number {
  let end = nameEnd(text, at, true, lexicon);
  if (end < 0) return -1;
  for (;;) {
    end += roleWordsAfterNames.exec(text.slice(end))?.[0].length ?? 0;
    end += listEnd.exec(text.slice(end))?.[0].length ?? 0;
    // (Between the cells a '/' for an empty one, or a space where a page kept one between them: 各区政府 市卫生健康委 基层处.)
    const gap = columns > 1 ? /^[\s/]*/.exec(text.slice(end))![0] : '';
    const mark = gap ? null : joiner.exec(text.slice(end));
    const at = end + gap.length + (mark?.[0].length ?? 0);
    // (After a mark, a town or a street by its name alone, with its role: …区环土局配合，流水镇落实.)
    const town = mark ? townAt.exec(text.slice(at, at + 12)) : null;
    const next = town ? at + town[0].length : nameEnd(text, at, !mark && columns === 1, lexicon, !mark && columns > 1);
    if (next < 0) return end + gap.trimEnd().length;
    end = next;
  }
}

/**
 * A row's units cells, run together (各区政府市卫生健康委、市人社局人事处基层处), parted into `columns`: a mark keeps two names in one
 * cell, names with nothing between them are two cells, and a '/' is a cell of its own, an empty one. More cells than columns:
 * the first ones are the first column's, its paragraphs run together (区经济发展局区行政审批局区直有关单位，…); fewer: the
 * columns on the right are empty.
 */
function cellsApart(run: string, columns: number, lexicon: readonly string[]): string[] {
  if (columns === 1) return [run];
  const cells: string[] = [];
  let from = 0;
  let at = 0;
  while (at < run.length) {
    if (/\s/.test(run[at]!)) {
      if (at > from) cells.push(run.slice(from, at));
      while (/\s/.test(run[at] ?? '')) at++;
      from = at;
      continue;
    }
    if (run[at] === '/') {
      if (at > from) cells.push(run.slice(from, at));
      cells.push('');
      from = ++at;
      continue;
    }
    const end = nameEnd(run, at, at === 0, lexicon, at > 0 && from === at && run[at - 1] !== '/' && !/\s/.test(run[at - 1]!));
    if (end < 0) break;
    at = end;
    at += roleWordsAfterNames.exec(run.slice(at))?.[0].length ?? 0;
    at += listEnd.exec(run.slice(at))?.[0].length ?? 0;
    const mark = joiner.exec(run.slice(at));
    if (mark) at += mark[0].length;
    else if (at < run.length && run[at] !== '/' && !/\s/.test(run[at]!)) {
      cells.push(run.slice(from, at));
      from = at;
    }
  }
  if (from < run.length) cells.push(run.slice(from));
  const extra = cells.length - columns;
  const apart = extra > 0 ? [cells.slice(0, extra + 1).join('、'), ...cells.slice(extra + 1)] : cells;
  return [...apart, ...Array<string>(Math.max(0, columns - apart.length)).fill('')];
}

/**
 * The next units cell at or after `from` that ends a row: after some text of the row, not the object of a verb before
 * it, and followed by nothing that carries a sentence on. Its first name is the shortest one ending where it ends when
 * the longest is too long to be a name (…禁养区和可养区区农发局 → 区农发局).
 */
function nextUnitsCell(text: string, from: number, lexicon: readonly string[], columns = 1): { start: number; end: number } | null {
  for (let at = from + minRowText; at < text.length; at++) {
    if (!opensNameOrRelated.test(text[at]!) && !lexicon.some((n) => text.startsWith(n, at))) continue;
    const end = unitsCellEnd(text, at, lexicon, columns);
    if (end < 0) continue;
    // (我区, 全区, 本市: the place the text speaks of, not a unit's level.)
    if (/[我本全该辖]/.test(text[at - 1] ?? '') && nameLevels.includes(text[at]!)) continue;
    const firstEnd = nameEnd(text, at, true, lexicon);
    const later = [...Array(Math.max(0, firstEnd - at - 2)).keys()].map((k) => at + 1 + k).filter((b) => nameEnd(text, b, true, lexicon) === firstEnd);
    if (later.some((b) => lexicon.some((n) => text.startsWith(n, b))) || (firstEnd - at > longName && later.length > 0)) continue;
    if (objectOf.test(text.slice(Math.max(from, at - 4), at))) continue;
    // (Several units columns: names run on from a cell to the next, so a run of them inside a sentence could pass for a
    // row's cells; they stand after the row's text, closed by its full stop.)
    if (columns > 1 && !/[。；;！？!?）)”]\s*$/.test(text.slice(Math.max(0, at - 3), at))) continue;
    if ((columns > 1 ? cellsGoOn : sentenceGoesOn).test(text.slice(end))) continue;
    return { start: at, end };
  }
  return null;
}
