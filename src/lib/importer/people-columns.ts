/**
 * A table that names people beside its units (序号 | 项目内容 | 责任领导 | 责任处室 | 责任人 | 完成时间, the archive's
 * 市场监督管理局 分解表), run together in a page saved as text: …零的突破王 浩知识产权处叶龙海2016年12月2引导…. Nothing parts
 * the cells, and the offices (知识产权处, 食品处) open with no level that would say where a name begins, so the readers
 * of runs of names (glued-table.ts, runon.ts) take the leader into the office's name or the office into the text.
 *
 * Here the columns are read from the row's end: its deadline, the people of the column after the units, the offices, each
 * ending as an office's name does (处, 所, 支队, 中心 …, which no person's name ends in), and the leaders before them. A
 * person's name is two or three characters (Word pads a two-character one with a space: 王 浩) and opens with a common
 * surname; an office opens where a leader's name ends, or where the same office stands in other rows of the table (消保处
 * in …通信平台消保处 and in a list of offices). A row with no office is under a cell merged from the row above (the page's
 * rowspan, which the text does not show), and is read so.
 */
import { headerRunFrom, peopleLabel, unitColumnKinds, type ColumnKind } from './header';
import { deadlineAtEnd, deadlineSpans, unitLabel } from './structure/cells';

export interface PeopleTable {
  /** The text before the table's header, and after its last row. */
  before: string;
  after: string;
  labels: Array<{ label: string; kind: ColumnKind }>;
  /** Each row's cells, one per label; `merged` where the units cell is the row above's. */
  rows: Array<{ cells: string[]; merged: boolean }>;
}

/** A units label and the body it names, ending the text before a table (…责任清单 责任单位:平潭综合实验区自然资源与生态环境局). */
const labelAbove = new RegExp(`(?:^|\\s)${unitLabel.source}\\s*(?<body>[\\u4e00-\\u9fa5（）()]{4,30})$`);

/** Common surnames: a person's name opens with one (a leader's name run into the office after it, 江裕森许可处). */
const surnames = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤卓翁詹施庄游柯阮倪康傅温邢洪包涂甘念瞿',
);
/**
 * Where an office's name may end: 处, 所, 支队, 中心, 办, 局 …, unless the word goes on (处室, 办公室, 局长, 处置, 办法) or is
 * the whole bureau (全局, 本局).
 */
const officeEndAt = /(?:(?<![全本])局|处|所|队|中心|办|科|股|室|站|单位|部门)$/;
const nameGoesOnAt = /^[室公长属事理置罚法级内员]/;
/** A remark that is only the year ending the row (…林业管理处2021年, a 普法责任清单's 备注). */
const yearAtEnd = /(?:19|20)\d{2}年$/;
/** A cell of a column of people: names, a space inside a two-character one. */
const peopleCell = /^[\u4e00-\u9fa5 ]{2,40}$/;
/** The shortest and longest office name. */
const minOffice = 3;
const maxOffice = 10;
/** Fewest rows that make a table. */
const minRows = 3;

/** The length of a person's name that ends `text` (王 浩, 江裕森, 陈榕), or 0. */
function personAtEnd(text: string): number {
  // Spaced out: 王 浩 after a mark or at the start, or after other words where it opens with a surname (…突破王 浩).
  const spaced = /[\u4e00-\u9fa5] [\u4e00-\u9fa5]$/.test(text);
  if (spaced && (/(?:^|[^\u4e00-\u9fa5])[\u4e00-\u9fa5] [\u4e00-\u9fa5]$/.test(text) || surnames.has(text.at(-3)!))) return 3;
  if (text.length >= 3 && surnames.has(text.at(-3)!) && /^[\u4e00-\u9fa5]{3}$/.test(text.slice(-3))) return 3;
  if (text.length >= 2 && surnames.has(text.at(-2)!) && /^[\u4e00-\u9fa5]{2}$/.test(text.slice(-2))) return 2;
  return 0;
}

/**
 * Where the names of people that end `text` begin (several leaders run together: 王 浩江裕森 曹承代). The name next to
 * the office needs only its surname; one further left must stand in other rows too, or be spaced out, so the end of the
 * row's text (…先行赔付机制江裕森) is not read as a name.
 */
function peopleFrom(text: string, rows: readonly string[], lenient = false): number {
  let at = text.length;
  for (let first = true; ; first = false) {
    while (at > 0 && /\s/.test(text[at - 1]!)) at--;
    const n = personAtEnd(text.slice(0, at));
    if (n === 0) break;
    const name = text.slice(at - n, at);
    if (!first && !lenient && !/\s/.test(name) && (n < 3 || countIn(rows, name) < 2)) break;
    at -= n;
  }
  return at;
}

/** True when `text` ends in a person's name spaced out (王 浩) or of three characters standing in other rows too (江裕森). */
function knownPerson(text: string, rows: readonly string[]): boolean {
  if (personAtEnd(text) !== 3) return false;
  const name = text.slice(-3);
  return /\s/.test(name) || countIn(rows, name) >= 2;
}

/** True when `text` is names of people only (a 责任人 cell after an office's name: 叶 峰陈功琳陈国清). */
const allPeople = (text: string): boolean => peopleCell.test(text) && peopleFrom(text, [], true) === 0 && /[\u4e00-\u9fa5]/.test(text);

/** The places where an office's name may end in `text`, left to right. */
function officeEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 1; i <= text.length; i++) if (officeEndAt.test(text.slice(Math.max(0, i - 3), i)) && !nameGoesOnAt.test(text.slice(i, i + 1))) ends.push(i);
  return ends;
}

/** How many times `name` stands in the table's rows, each place counted once. */
const countIn = (rows: readonly string[], name: string): number => rows.reduce((n, r) => n + r.split(name).length - 1, 0);

/**
 * How many times an office's `name` stands in the rows as a name of its own: after a person's name, another office's end,
 * or a mark, not as the end of a longer name (环境处 in 水生态环境处 and 大气环境处).
 */
function officeCount(rows: readonly string[], name: string): number {
  let n = 0;
  for (const r of rows) {
    for (let i = r.indexOf(name); i >= 0; i = r.indexOf(name, i + 1)) {
      const before = r.slice(0, i);
      if (i === 0 || /[\s、，,；;。）)》”]$/.test(before) || knownPerson(before, rows) || officeEnds(before).at(-1) === i) n++;
    }
  }
  return n;
}

/**
 * The offices that end `text` (its row's text, leaders and offices, the people and deadline after them already cut off):
 * where they begin, and the names; null when the text does not end in an office that other rows or a leader's name
 * before it vouch for.
 */
function officesAtEnd(text: string, rows: readonly string[], leaders: boolean, vouched: boolean): { from: number; names: string[] } | null {
  const ends = officeEnds(text);
  const others = rows.filter((r) => !r.includes(text));
  if (ends.at(-1) !== text.length) return null;
  const names: string[] = [];
  let end = text.length;
  for (;;) {
    // The name that ends at `end`: opening after another office's end (…药械处食品处), after a leader's name, or where the
    // same name stands in other rows; of those vouched for, the one most rows share, the longer on a tie.
    let best: { from: number; score: number } | null = null;
    for (let from = end - minOffice; from >= Math.max(0, end - maxOffice); from--) {
      const name = text.slice(from, end);
      if (!/^[\u4e00-\u9fa5]+$/.test(name)) break;
      const afterOffice = from > 0 && ends.includes(from) && from - (ends[ends.indexOf(from) - 1] ?? -1) >= 2;
      // (A leader's name of three characters, or spaced, before a two-character one: 江裕森许可处 is 许可处, not 森许可处.)
      const leader = leaders ? personAtEnd(text.slice(0, from)) : 0;
      const afterLeader = leader > 0;
      // (The leader's name standing in other rows too, 江裕森, against words of the text that open with a surname, 程序江.)
      const recurring = leader === 3 && (/\s/.test(text.slice(from - leader, from)) || countIn(rows, text.slice(from - leader, from)) >= 2);
      // (Other rows only: the name's own place here is what is in question.)
      const count = officeCount(others, name);
      const shared = count >= 1;
      if (!afterOffice && !afterLeader && !shared) continue;
      // (A name another office's end is inside does not count as one: 局扫黑办 is one office, 检验检测中心药械处 two.)
      if (ends.some((e) => e > from + 1 && e < end - 1) && !shared) continue;
      const score = count * 100 + (recurring ? 60 : afterOffice || leader === 3 ? 50 : leader === 2 ? 20 : 0) + name.length;
      if (!best || score > best.score) best = { from, score };
    }
    // An office the people after it vouch for, that nothing else places: the shortest name (建立3家平价商店物价处).
    if (!best && names.length === 0 && vouched && /^[\u4e00-\u9fa5]{3}$/.test(text.slice(end - minOffice, end))) best = { from: end - minOffice, score: 0 };
    if (!best) break;
    names.unshift(text.slice(best.from, end));
    end = best.from;
    // Another office before it only where its end is one.
    if (!ends.includes(end)) break;
  }
  return names.length > 0 ? { from: end, names } : null;
}

/** A row's cells, one per label, from its text (its serial already cut off when the table has a 序号 column). */
function rowCells(row: string, kinds: readonly ColumnKind[], peopleKinds: ReadonlySet<number>, rows: readonly string[]): { cells: string[]; hasUnits: boolean } {
  const cells = Array<string>(kinds.length).fill('');
  const units = unitsAt(kinds);
  let rest = row.trim();
  // The columns after the units, from the last: a deadline, people, a remark that is a year (2021年).
  let peopleAfter = false;
  for (let k = kinds.length - 1; k > units; k--) {
    if (kinds[k] === 'deadline' || (kinds[k] === 'remarks' && !peopleKinds.has(k))) {
      const d = deadlineAtEnd.exec(rest) ?? yearAtEnd.exec(rest);
      if (d && d.index > 0) {
        cells[k] = d[0];
        rest = rest.slice(0, d.index);
      }
    } else if (peopleKinds.has(k)) {
      peopleAfter = true;
      // The people after the last office: up to the last place an office may end.
      const last = officeEnds(rest).at(-1);
      const people = last === undefined ? '' : rest.slice(last);
      if (last !== undefined && allPeople(people) && officeEnds(people).length === 0) {
        cells[k] = people.trim();
        rest = rest.slice(0, last);
      }
    }
  }
  const leaders = units > 0 && peopleKinds.has(units - 1);
  // (The people column after the units empty: no office ends the row, the text does, …建立知识产权服务工作站.)
  const named = peopleAfter && cells[kinds.findLastIndex((_, k) => peopleKinds.has(k))] !== '';
  const offices = peopleAfter && !named ? null : officesAtEnd(rest, rows, leaders, named);
  if (!offices) {
    cells[textColumn(kinds, units)] = rest;
    return { cells, hasUnits: false };
  }
  cells[units] = offices.names.join('、');
  rest = rest.slice(0, offices.from);
  if (leaders) {
    const from = peopleFrom(rest, rows);
    cells[units - 1] = rest.slice(from).trim();
    rest = rest.slice(0, from);
  }
  cells[textColumn(kinds, units)] = rest.trim();
  return { cells, hasUnits: true };
}

/** The units column. */
const unitsAt = (kinds: readonly ColumnKind[]): number => kinds.findIndex((k) => unitColumnKinds.has(k));

/** The requirement's column: the last text column before the units. */
const textColumn = (kinds: readonly ColumnKind[], unitsAt: number): number => Math.max(0, kinds.slice(0, unitsAt).findLastIndex((k) => k === 'text'));

/**
 * The table with people's columns run together in `text` (a page's article on one line), or null: a header of three
 * labels or more with one units column and a column of people beside it, its rows cut at their serials (序号) or, without
 * them, where a row closes with an office, its people and its deadline.
 */
export function peopleTable(text: string): PeopleTable | null {
  for (const m of text.matchAll(/序号|类别|项目|工作|任务|重点|具体/g)) {
    const header = headerRunFrom(text, m.index);
    if (!header) continue;
    const labels = header.labels;
    const kinds = labels.map((l) => l.kind);
    const units = kinds.flatMap((k, i) => (unitColumnKinds.has(k) ? [i] : []));
    if (units.length !== 1) continue;
    const people = new Set(labels.flatMap((l, i) => (peopleLabel.test(l.label.replace(/\s+/g, '')) ? [i] : [])));
    if (!people.has(units[0]! - 1) && !people.has(units[0]! + 1)) continue;
    if (kinds.slice(units[0]! + 1).some((k) => k !== 'deadline' && k !== 'remarks')) continue;
    const cut = kinds[0] === 'no' ? rowsBySerial(text, header.end, labels) : rowsByEnd(text, header.end, labels, people);
    if (!cut || cut.rows.length < minRows) continue;
    const texts = cut.rows.map((r) => r.text);
    const rows: PeopleTable['rows'] = [];
    const serial = kinds[0] === 'no' ? 1 : 0;
    const shifted = new Set([...people].map((k) => k - serial));
    for (const r of cut.rows) {
      const read = rowCells(r.text, kinds.slice(serial), shifted, texts);
      const cells = [...(serial ? [r.serial] : []), ...read.cells];
      // (A group's label opening its first row goes in the first column, 类别.)
      if (r.group && !serial) cells[0] = r.group;
      rows.push({ cells, merged: !read.hasUnits && rows.length > 0 });
    }
    // Too few rows with offices of their own: not such a table.
    if (rows.filter((r) => !r.merged).length < minRows) continue;
    // The body whose offices the table names, labelled above it (…责任清单 责任单位:平潭综合实验区自然资源与生态环境局 序号…): a
    // unit of every row, before its office.
    let before = text.slice(0, m.index).trim();
    // (Any units label of the vocabulary: 责任单位:, 责任部门：….)
    const above = labelAbove.exec(before);
    const at = unitsAt(kinds);
    if (above) {
      before = before.slice(0, above.index).trim();
      for (const r of rows) if (!r.merged && r.cells[at]) r.cells[at] = `${above.groups!['body']}、${r.cells[at]}`;
    }
    return { before, after: text.slice(cut.end).trim(), labels, rows };
  }
  return null;
}

/** A header run again where the table broke across pages (序号项目内容责任领导…): its length at `at`, or 0. */
function repeatedHeader(text: string, at: number, labels: PeopleTable['labels']): number {
  const again = labels.map((l) => l.label.replace(/\s+/g, '')).join('');
  const plain = text.slice(at, at + again.length * 2).replace(/\s+/g, '');
  if (!plain.startsWith(again)) return 0;
  let n = 0;
  for (let i = at, k = 0; k < again.length && i < text.length; i++) {
    n++;
    if (!/\s/.test(text[i]!)) k++;
  }
  return n;
}

/** The rows of a table with a 序号 column: each from its serial to the next one's. */
function rowsBySerial(text: string, from: number, labels: PeopleTable['labels']): { rows: Array<{ serial: string; text: string; group?: string }>; end: number } | null {
  const first = /^\s*1(?!\d)/.exec(text.slice(from, from + 4));
  if (!first) return null;
  const rows: Array<{ serial: string; text: string }> = [];
  let start = from + first[0].length;
  for (let n = 2; ; n++) {
    const next = serialAt(text, start + 2, n);
    if (next < 0) {
      // The last row: to its deadline or the first space after it (the page's next paragraph).
      const tail = text.slice(start);
      const space = tail.search(/\s(?![\u4e00-\u9fa5](?:[^\u4e00-\u9fa5]|$))/);
      const end = space < 0 ? tail.length : space;
      rows.push({ serial: String(n - 1), text: tail.slice(0, end) });
      return { rows, end: start + end };
    }
    let body = text.slice(start, next);
    // The header printed again before this row (a page break of the table): dropped.
    const header = body.search(/序号/);
    if (header > 0 && repeatedHeader(body, header, labels) === body.length - header) body = body.slice(0, header);
    rows.push({ serial: String(n - 1), text: body });
    start = next + String(n).length;
  }
}

/** Where serial `n` opens the next row at or after `from`: not inside a number, a date or a count; -1 when none. */
function serialAt(text: string, from: number, n: number): number {
  const s = String(n);
  for (let i = text.indexOf(s, from); i >= 0 && i < from + 600; i = text.indexOf(s, i + 1)) {
    if (/\d/.test(text[i - 1] ?? '')) continue;
    if (/^[\d年月日号个项次批家所条名万亿元人户台辆天周%.．、,，）)：:]/.test(text.slice(i + s.length, i + s.length + 1))) continue;
    if (/[（(第]/.test(text[i - 1] ?? '')) continue;
    return i;
  }
  return -1;
}

/**
 * The rows of a table without serials: each closes with its office, the people after it and its deadline (…许可处林本勇
 * 12月试点…), where the next row begins; a group's label spaced out (改 革 创 新) opens its first row.
 */
function rowsByEnd(text: string, from: number, labels: PeopleTable['labels'], people: ReadonlySet<number>): { rows: Array<{ serial: string; text: string; group?: string }>; end: number } | null {
  const kinds = labels.map((l) => l.kind);
  if (kinds.at(-1) !== 'deadline' || !people.has(kinds.length - 2)) return null;
  const rows: Array<{ serial: string; text: string; group?: string }> = [];
  let start = from;
  const closing = new RegExp(deadlineSpans, 'g');
  closing.lastIndex = from;
  for (let m = closing.exec(text); m; m = closing.exec(text)) {
    if (m.index - start > 400) break;
    // What stands before the deadline: an office, then people.
    const before = text.slice(start, m.index);
    const last = officeEnds(before).at(-1);
    const names = last === undefined ? '' : before.slice(last);
    if (last === undefined || !allPeople(names) || officeEnds(names).length > 0 || names.replace(/\s/g, '').length > 24) continue;
    let body = before + m[0];
    const again = repeatedHeader(body, 0, labels);
    if (again > 0) body = body.slice(again);
    const group = /^\s*((?:[\u4e00-\u9fa5] ){1,5}[\u4e00-\u9fa5])(?=[\u4e00-\u9fa5])/.exec(body);
    rows.push({ serial: '', text: group ? body.slice(group[0].length) : body, ...(group ? { group: group[1]!.replace(/\s+/g, '') } : {}) });
    start = m.index + m[0].length;
    if (/^\s/.test(text.slice(start))) break;
  }
  return rows.length >= minRows ? { rows, end: start } : null;
}
