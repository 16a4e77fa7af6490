import type { Report } from './report';
import { unitNameEnding } from '../units/names';
import type { Cell, Row } from './table';
import { squeezeBlanks, asciiDigits, chineseToNumber, joinBroken, numberToChinese, overlapLength, tidy } from './text';

/** A requirement as read, before units are parsed and ids assigned. */
export interface DraftRequirement {
  no: number | null;
  text: string;
  line: number;
  group: UnitsGroup | null;
  /** 完成时限 as printed, from a deadline column or a 完成时限： label. */
  deadline: string | null;
}

/** One units cell and the requirements it covers (several when the cell is merged over rows). */
export interface UnitsGroup {
  raw: string;
  lines: number[];
  requirements: DraftRequirement[];
  /** True when the cell was split by a page break and joined. */
  joined: boolean;
  /** The document's convention that the first unit named is the lead (首位单位为牵头单位). */
  firstIsLead?: boolean;
  /**
   * Where the units came from: a table cell (may be merged over the rows
   * below), an annotation after one list item (applies to that item only), or
   * an annotation on a heading (applies to the items under it).
   */
  source: 'cell' | 'annotation' | 'heading';
}

export interface DraftTask {
  no: number | null;
  title: string;
  line: number;
  requirements: DraftRequirement[];
}

export interface DraftSection {
  no: number;
  title: string;
  line: number;
  tasks: DraftTask[];
  requirements: DraftRequirement[];
}

export interface DraftPlan {
  sections: DraftSection[];
  /** Whether item numbers restart (in every task or section) instead of running through the plan. */
  numberingRestarts: boolean;
}

const sectionRe = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(\S[\s\S]*)$/;
const arabicSectionRe = /^(\d{1,2})\s*、\s*(\S[\s\S]*)$/;
const taskRe = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*([\s\S]*)$/;

/** Heading text as shown: spacing tidied, the full stop some documents end headings with removed. */
const headingTitle = (s: string) => tidy(squeezeBlanks(s).replace(/\s*\n\s*/g, '')).replace(/[。.]$/, '');

/** Sentence-final punctuation: text not ending in one was cut by a page break. */
const closed = (s: string) => /[。！？；;.!?”』」）)]$/.test(s.trim());

const unitWord = /(局|办|委|室|府|单位|部门|中心|科室|院|会|队|社|所|站|政府|管委会|镇|街|街道|牵头|负责|落实|协办|配合|参与|监管|办理|附件\d）?)$/;

/**
 * A paragraph that names units rather than stating a requirement: short, no
 * sentence inside it, ending in a unit or a role verb. Only used where the
 * source has no grid to say which column a cell is in.
 */
export function looksLikeUnits(text: string): boolean {
  const t = text.replace(/\s+/g, '').replace(/[(]/g, '（').replace(/[)]/g, '）');
  if (t.length === 0 || t.length > 160 || /^\d/.test(t)) return false;
  if (/。./.test(t) && !/^[^。]*(单位|政府|部门)。/.test(t)) return false;
  return unitWord.test(t.replace(/[。；，]$/, ''));
}

interface Heading {
  level: 'section' | 'task';
  no: number;
  title: string;
  arabic: boolean;
}

function parseHeading(text: string, allowArabic: boolean, nextSection: number): Heading | undefined {
  const t = asciiDigits(text.trim());
  let m = taskRe.exec(t);
  if (m) {
    const no = chineseToNumber(m[1]!);
    if (no !== undefined) return { level: 'task', no, title: headingTitle(m[2]!), arabic: false };
  }
  m = sectionRe.exec(t);
  if (m) {
    const no = chineseToNumber(m[1]!);
    if (no !== undefined) return { level: 'section', no, title: headingTitle(m[2]!), arabic: false };
  }
  m = arabicSectionRe.exec(t);
  if (m && allowArabic) {
    const no = Number(m[1]);
    const title = headingTitle(m[2]!);
    // 11、 is a section number only where a section is due and the rest reads as a title.
    if ((no === nextSection || no === nextSection - 1) && title.length <= 60 && !/。./.test(title)) {
      return { level: 'section', no, title, arabic: true };
    }
  }
  return undefined;
}

/** Start of a numbered item: 1. 1、 1） （1） ①. */
export const itemStart = /^\s*(?:[（(]\s?\d{1,3}\s?[)）]|\d{1,3}\s?[.、．)）](?!\d)|[①-⑳])/;

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * Splits a requirements cell into numbered items. A number only starts an
 * item where the sequence expects it (the next number, or 1 after a heading),
 * so figures inside the text (12345热线, 第6版, 1次) never split a sentence.
 */
export function splitItems(text: string, expected: number, restartAllowed: boolean): Array<{ no: number | null; text: string }> {
  const t = asciiDigits(squeezeBlanks(text));
  const re = /(^|\n|[\s。；;！？])(?:[（(]\s{0,2}(\d{1,3})\s{0,2}[)）]|(\d{1,3})\s{0,2}[.、)）](?!\d)|([①-⑳]))\s{0,3}/g;
  const starts: Array<{ at: number; bodyAt: number; no: number }> = [];
  let next = expected;
  let restart = restartAllowed;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const at = m.index + m[1]!.length;
    const no = m[4] ? circled.indexOf(m[4]) + 1 : Number(m[2] ?? m[3]);
    const lineStart = at === 0 || m[1] === '\n';
    const ok = no === next || (restart && no === 1) || (lineStart && no > next && no <= next + 5) || (lineStart && no === next - 1);
    if (!ok) continue;
    starts.push({ at, bodyAt: m.index + m[0].length, no });
    next = no + 1;
    restart = false;
  }
  const items: Array<{ no: number | null; text: string }> = [];
  const lead = t.slice(0, starts[0]?.at ?? t.length).trim();
  if (lead) items.push({ no: null, text: lead });
  starts.forEach((s, i) => items.push({ no: s.no, text: t.slice(s.bodyAt, starts[i + 1]?.at ?? t.length).trim() }));
  return items;
}


/** A units cell's paragraphs: one unit per line (省财政厅 / 省国税局) is a list; a name broken over two lines is one name. */
const joinUnitLines = (s: string) =>
  s
    .split('\n')
    .reduce((a, b) => (unitNameEnding.test(a.trim()) && b.trim() && !/^[，、；。）)]/.test(b.trim()) ? `${a.trim()}、${b.trim()}` : joinBroken(a, b)), '')
    .trim();

const cleanText = (s: string) => tidy(squeezeBlanks(s).replace(/\s*\n\s*/g, ''));

const openers = '（(〔【[';
const closers = '）)〕】]';

/** Units labels (牵头单位：) and deadline labels (完成时限：) as written in list annotations and composed cells. */
const unitLabel = /(?:牵头落实单位|(?:牵头|主办|责任|落实|配合|协办|会办|参与|协助)(?:单位|部门|处室|科室))\s?[:：]/;
const deadlineLabel = /^(?:完成时限|时限要求|完成时间|时间要求|时间节点|时限)\s?[:：]\s?/;

/**
 * Separates a 完成时限 part from a units text: 牵头单位：X；完成时限：2022年底前
 * gives units 牵头单位：X and deadline 2022年底前.
 */
export function splitDeadline(raw: string): { units: string; deadline: string | null } {
  const parts = splitTopLevelSemicolons(raw);
  const deadline = parts.filter((p) => deadlineLabel.test(p)).map((p) => p.replace(deadlineLabel, '').trim());
  const units = parts.filter((p) => !deadlineLabel.test(p));
  if (deadline.length === 0) return { units: raw.trim(), deadline: null };
  return { units: units.join('；'), deadline: deadline.join('；').replace(/[。.]$/, '') || null };
}

function splitTopLevelSemicolons(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (openers.includes(ch)) depth++;
    else if (closers.includes(ch) && depth > 0) depth--;
    if (depth === 0 && (ch === '；' || ch === ';')) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.filter(Boolean);
}

/** True when a text names units or a deadline rather than stating a requirement. */
function isUnitsAnnotation(content: string): boolean {
  const t = content.trim();
  if (!t || t.length > 200) return false;
  if (unitLabel.test(t) || deadlineLabel.test(t)) return true;
  if (/(负责|牵头|配合|协办|落实|实施|办理|参与|协助|会办)$/.test(t) && looksLikeUnits(t.replace(/(?:组织)?实施$/, '负责'))) return true;
  return isBareUnitList(t);
}

/**
 * A bracket holding only unit names (各县、区政府，市各有关部门): every part
 * ends like a unit or is a collective (各…). Not an explanation of a term
 * (以下简称市场监管局, 含市直各单位).
 */
function isBareUnitList(t: string): boolean {
  if (t.length > 120 || /^(以下简称|简称|含|包括|下同|见|如|即|指|其中|试行|暂行|第)/.test(t) || /[。：:]/.test(t)) return false;
  const parts = t.split(/[，,；;、]/).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((p) => p.length <= 24 && (/^各/.test(p) || unitNameEnding.test(p)));
}

/**
 * Splits the units annotation off the end of a list item:
 * …公开到位。（牵头单位：市政府办公室；责任单位：各镇（街）） or …〔市财政局负责〕.
 * Scans brackets from the end (no regex backtracking on long items).
 */
export function splitAnnotation(text: string): { text: string; annotation: string | null } {
  const t = text.replace(/[\s。.；;]+$/, '');
  const last = t.at(-1);
  if (!last || !closers.includes(last)) return { text, annotation: null };
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const ch = t[i]!;
    if (closers.includes(ch)) depth++;
    else if (openers.includes(ch)) {
      depth--;
      if (depth === 0) {
        const content = t.slice(i + 1, -1);
        if (!isUnitsAnnotation(content)) return { text, annotation: null };
        return { text: t.slice(0, i).trim(), annotation: content.trim() };
      }
    }
  }
  return { text, annotation: null };
}

/** A deadline cell: 年底前, 2023年6月底前, 持续推进, 长期坚持, 每季度. */
export function looksLikeDeadline(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (t.length > 24 || /[。；]./.test(t)) return false;
  return /^(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|前|中旬|上旬|下旬)?(?:年底前|年内|底前|前|以前|全年|上半年|下半年|第[一二三四]季度|长期|持续|常态|每[年季月周]|按[要时]|及时|定期|适时|根据|随时|动态|日常|阶段性)/.test(t) && !looksLikeUnits(t);
}

/** A short title of a group of requirements (a 工作任务 cell): no sentence, not units. */
function isGroupTitle(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 40 && !/[。；]./.test(t) && !looksLikeUnits(t) && !looksLikeDeadline(t);
}

/** A heading that goes on after its title: a sentence, or a units bracket inside. */
function isProse(text: string): boolean {
  const t = text.trim();
  return /[。；]\s*\S/.test(t.replace(/[（(〔【][^）)〕】]*[）)〕】][。；]?\s*$/, '')) || splitProse(t).length > 1;
}

/** The title of a heading written as a paragraph: its first sentence. */
function firstSentence(text: string): string {
  const m = /^[^。；]*/.exec(text.trim())![0];
  return splitAnnotation(m).text.replace(/[。；.]$/, '').trim() || text.trim();
}

/**
 * Splits a paragraph at its units brackets: 文本（牵头单位：A）文本（B负责）文本
 * gives three pieces, the first two with their units. Each bracket closes the
 * sentences before it, as documents that list several measures in one
 * paragraph write them.
 */
export function splitProse(text: string): Array<{ text: string; annotation: string | null }> {
  const out: Array<{ text: string; annotation: string | null }> = [];
  let depth = 0;
  let open = -1;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (openers.includes(ch)) {
      if (depth === 0) open = i;
      depth++;
    } else if (closers.includes(ch) && depth > 0) {
      depth--;
      if (depth === 0) {
        const content = text.slice(open + 1, i);
        if (isUnitsAnnotation(content)) {
          const piece = text.slice(from, open).trim();
          if (piece) out.push({ text: piece, annotation: content.trim() });
          else if (out.length > 0) out.at(-1)!.annotation = `${out.at(-1)!.annotation}；${content.trim()}`;
          from = i + 1;
          while (from < text.length && /[\s。；;.，]/.test(text[from]!)) from++;
        }
      }
    }
  }
  const rest = text.slice(from).trim();
  if (rest) out.push({ text: rest, annotation: null });
  return out;
}

/** 首位单位为牵头单位 / 排在第一位的为牵头单位, with its brackets and 下同. */
const firstLeadNote = /[（(]?(?:首位|排?在?第一位的?|第一个)(?:单位)?(?:为|是)牵头单位[，,]?(?:下同)?[）)]?/;

/**
 * Units written inline after an item's text, behind a label: …收入倍差进一步缩小。
 * 责任单位：县发改局、县财政局. The label must follow a sentence end, so a
 * requirement that mentions 责任单位 in passing is left whole.
 */
function splitInlineUnits(text: string): { text: string; annotation: string } | null {
  const m = /(?<=[。；;！？]\s{0,3})((?:牵头落实单位|(?:牵头|主办|责任|落实|配合|协办)(?:单位|部门|处室|科室))\s?[:：][^。]{2,200})[。；]?\s*$/.exec(text);
  if (!m) return null;
  // Not inside a bracket: （牵头单位：…；责任单位：…） is splitAnnotation's.
  const before = text.slice(0, m.index);
  const depth = [...before].reduce((d, ch) => d + (openers.includes(ch) ? 1 : closers.includes(ch) ? -1 : 0), 0);
  if (depth !== 0) return null;
  return { text: before.trim(), annotation: m[1]!.trim() };
}

/** A paragraph that is only units or a deadline: 责任单位：市财政局, （牵头单位：…）, 〔…负责〕. */
function unitsLine(text: string): string | null {
  const t = text.trim();
  if (unitLabel.test(t.slice(0, 12)) && /^[^。]{0,4}(?:牵头落实单位|牵头|主办|责任|落实|配合|协办|会办|参与|协助)/.test(t)) {
    // （牵头单位：县财政局） on a line of its own: the brackets are not part of the units.
    return openers.includes(t[0] ?? '') && closers.includes(t.at(-1) ?? '') ? t.slice(1, -1).trim() : t;
  }
  if (deadlineLabel.test(t)) return t;
  if (openers.includes(t[0] ?? '') && closers.includes(t.at(-1) ?? '')) {
    const { text: before, annotation } = splitAnnotation(t);
    if (annotation && !before) return annotation;
  }
  return null;
}

/** Longest text built by joining page-split pieces; real requirements and units cells are far shorter. */
const maxJoinedChars = 5_000;

/**
 * The label a units column's text is read under, from what the column is:
 * 牵头单位 for a lead column, 配合单位 for a supporting one (责任单位 when the
 * row has no lead: 配合/责任单位 columns), 责任单位 otherwise.
 */
function roleLabel(cell: Cell, rowHasLead: boolean): string {
  // A label the units reader knows is kept as written (unitsRaw is what the document says).
  if (cell.label && new RegExp(`^(?:${unitLabel.source})$`).test(`${cell.label}：`)) return cell.label;
  if (cell.kind === 'lead') return '牵头单位';
  if (cell.kind === 'participate') return rowHasLead ? '配合单位' : '责任单位';
  return '责任单位';
}

/** Title of the section made for requirements printed before any section heading. */
const untitledSection = '（未分部分）';

const unitKinds = new Set(['units', 'lead', 'responsible', 'participate']);
const nonTextKinds = new Set(['no', 'units', 'lead', 'responsible', 'participate', 'deadline', 'remarks', 'status']);

/**
 * Reads rows of cells into sections, tasks and requirements, with the units
 * cell of every requirement. Knows the ways real documents break tables:
 * headings and cells split by a page break, header rows and headings repeated
 * at page tops, units cells merged over several rows, units written after each
 * list item in brackets or on a line of their own.
 */
export function readStructure(rows: readonly Row[], report: Report): DraftPlan {
  const sections: DraftSection[] = [];
  let section: DraftSection | undefined;
  let task: DraftTask | undefined;
  let lastReq: DraftRequirement | undefined;
  let lastGroup: UnitsGroup | undefined;
  let pending: DraftRequirement[] = [];
  let expected = 1;
  let headingSinceItem = true;
  let numberingRestarts = false;
  let maxNo = 0;
  const sectionNos = new Set<number>();
  // Set when a row only repeats the item above (page top): its units cell repeats too.
  const repeat = { row: false };
  // Units written on a heading apply to the items under it that name none.
  let sectionUnits: UnitsGroup | undefined;
  let taskUnits: UnitsGroup | undefined;
  // What each grid column last held, so a fragment at a page top continues the right heading.
  const columnLevel = new Map<number, 'section' | 'task'>();
  // Last text of each units or deadline column, for cells merged down in .docx/.html.
  const lastColumnText = new Map<number, string>();

  // Where the grid is known: requirements in the column holding most numbered
  // items, units in the next (or where the header says), headings to the left.
  // A column of bare numbers is a 序号 column, labelled or not.
  const bare = new Map<number, { digits: number; other: number }>();
  for (const r of rows)
    for (const c of r.cells) {
      if (c.column === null || !c.text) continue;
      const b = bare.get(c.column) ?? { digits: 0, other: 0 };
      if (/^\d{1,3}[.、．]?$/.test(asciiDigits(c.text))) b.digits++;
      else if (!parseHeading(c.text, false, 0)) b.other++;
      bare.set(c.column, b);
    }
  const noColumns = new Set([...bare].filter(([, b]) => b.digits >= 2 && b.other <= b.digits / 10).map(([col]) => col));
  for (const r of rows) for (const c of r.cells) if (c.kind === 'no' && c.column !== null) noColumns.add(c.column);
  const numberedByColumn = new Map<number, number>();
  for (const r of rows)
    for (const c of r.cells)
      if (c.column !== null && !noColumns.has(c.column) && !(c.kind && nonTextKinds.has(c.kind)) && itemStart.test(asciiDigits(c.text)))
        numberedByColumn.set(c.column, (numberedByColumn.get(c.column) ?? 0) + 1);
  let reqColumn = [...numberedByColumn.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  if (reqColumn === undefined && noColumns.size > 0) {
    // Numbers only in the 序号 column: the requirement is the first text column after it.
    const after = Math.max(...noColumns) + 1;
    const textColumns = [...bare.keys()].filter((c) => c >= after && !noColumns.has(c)).sort((a, b) => a - b);
    reqColumn = textColumns[0];
  }
  if (reqColumn === undefined) {
    // No numbers at all: the requirement column is the text column holding most text (整改目标和措施 beside 存在问题).
    const length = new Map<number, number>();
    for (const r of rows)
      for (const c of r.cells)
        if (c.column !== null && c.text && !(c.kind && nonTextKinds.has(c.kind)) && !noColumns.has(c.column)) length.set(c.column, (length.get(c.column) ?? 0) + c.text.length);
    const gridRows = rows.filter((r) => r.cells.length >= 2).length;
    if (gridRows >= 2) reqColumn = [...length].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  }
  // Columns left of the requirement column that hold headings; with two of them, the left one is the section level.
  const headingColumns = new Set<number>();
  for (const r of rows)
    for (const c of r.cells)
      if (c.column !== null && reqColumn !== undefined && c.column < reqColumn && c.text && !noColumns.has(c.column) && !(c.kind && nonTextKinds.has(c.kind))) headingColumns.add(c.column);
  const leftmostHeading = Math.min(...headingColumns);

  const printedNoOf = (row: Row) => row.cells.some((c) => c.column !== null && noColumns.has(c.column) && /^\d/.test(asciiDigits(c.text)));

  const ensureSection = (line: number): DraftSection => {
    if (!section) {
      report.warn('metadata-missing', line, 'requirements before any section heading: put under an untitled section 一');
      section = { no: 1, title: untitledSection, line, tasks: [], requirements: [] };
      sections.push(section);
      sectionNos.add(1);
    }
    return section;
  };

  const reqSection = new Map<DraftRequirement, DraftSection>();
  // Requirements given the units of the cell above because their own was empty.
  const inheritedFromAbove = new Set<DraftRequirement>();
  const sectionOf = (r: DraftRequirement) => reqSection.get(r);

  const closePending = (line: number) => {
    if (pending.length === 0) return;
    const ids = pending.map((p) => p.no ?? '无序号').join('、');
    const scoped = taskUnits ?? sectionUnits;
    if (scoped) {
      scoped.requirements.push(...pending);
      for (const p of pending) p.group = scoped;
      report.info('units-inherited', line, `requirement(s) ${ids} name no units: the units on their heading (line ${scoped.lines[0]}) applied`);
    } else if (lastGroup && lastGroup.source === 'cell' && lastGroup.requirements[0] && sectionOf(lastGroup.requirements[0]) === section) {
      lastGroup.requirements.push(...pending);
      for (const p of pending) {
        p.group = lastGroup;
        inheritedFromAbove.add(p);
      }
      report.info('units-inherited', line, `requirement(s) ${ids} have an empty units cell: units of the cell above (line ${lastGroup.lines[0]}) applied, as a merged cell`);
    } else {
      report.warn('no-units', line, `requirement(s) ${ids} have no units cell`);
    }
    pending = [];
  };

  const addRequirement = (no: number | null, text: string, line: number): DraftRequirement | undefined => {
    const s = ensureSection(line);
    const r: DraftRequirement = { no, text: cleanText(text), line, group: null, deadline: null };
    if (no !== null) {
      if (no <= maxNo && headingSinceItem && no === 1) numberingRestarts = true;
      else if (no !== expected) {
        if (no > expected) report.warn('numbering-gap', line, `item ${no} follows ${expected - 1}: numbers ${expected}–${no - 1} are missing`);
        else report.warn('numbering-duplicate', line, `item number ${no} appears again`);
      }
      maxNo = Math.max(maxNo, no);
      expected = no + 1;
      headingSinceItem = false;
    }
    // A row repeated at a page top is the same item again, not a new one.
    if (lastReq && no !== null && lastReq.no === no && lastReq.text === r.text) {
      report.info('heading-repeated', line, `item ${no} repeated at a page top: kept once`);
      repeat.row = true;
      return undefined;
    }
    if (!r.text) {
      report.warn('text-joined', line, `item ${no ?? ''} has a number but no text: skipped — check the original`);
      return undefined;
    }
    (task ? task.requirements : s.requirements).push(r);
    reqSection.set(r, s);
    pending.push(r);
    lastReq = r;
    return r;
  };

  const appendToLast = (text: string, line: number) => {
    if (!lastReq) return false;
    // Real requirements are a few hundred characters: a text that keeps growing is a misreading, and joining it again and again would be quadratic.
    if (lastReq.text.length > maxJoinedChars) return false;
    lastReq.text = joinBroken(lastReq.text, cleanText(text));
    report.info('text-joined', line, `text continued from line ${lastReq.line} (page break) joined: …${cleanText(text).slice(0, 12)}`, undefined);
    return true;
  };

  // 责任单位：A（首位单位为牵头单位，下同）、B: a convention the document states once for all its cells.
  let firstIsLead = false;
  const makeGroup = (raw: string, line: number, source: UnitsGroup['source'], requirements: DraftRequirement[]): UnitsGroup => {
    const { units, deadline } = splitDeadline(joinUnitLines(raw));
    const convention = firstLeadNote.exec(units);
    if (convention) {
      firstIsLead = true;
      report.info('role-inferred', line, `the document says “${convention[0].replace(/^[（(]|[）)]$/g, '')}”: the first unit of each units cell is read as the lead`);
    }
    const group: UnitsGroup = { raw: convention ? units.replace(firstLeadNote, '') : units, lines: [line], requirements, joined: false, source, ...(firstIsLead ? { firstIsLead: true } : {}) };
    for (const r of requirements) {
      r.group = group;
      if (deadline && !r.deadline) r.deadline = deadline;
    }
    return group;
  };

  // A task written as a paragraph (（一）聚焦中心工作信息公开。推进…。（各县、区政府，市各有关部门）)
  // has no numbered items: if none follow, its own text is its requirement(s).
  let proseTask: { task: DraftTask; text: string; line: number } | undefined;
  const materializeProseTask = () => {
    const p = proseTask;
    proseTask = undefined;
    if (!p || p.task.requirements.length > 0 || task !== p.task) return;
    taskUnits = undefined;
    report.info('prose-task', p.line, `task (${numberToChinese(p.task.no ?? 0)}) is a paragraph with no numbered items: its text read as its requirement${splitProse(p.text).length > 1 ? 's, one per units bracket' : ''}`);
    for (const piece of splitProse(p.text)) {
      const added = addRequirement(null, piece.text, p.line);
      if (added && piece.annotation) newGroup(piece.annotation, p.line, 'annotation');
    }
  };

  const heading = (h: Heading, line: number, column: number | null) => {
    materializeProseTask();
    closePending(line);
    if (column !== null) columnLevel.set(column, h.level);
    const split = splitAnnotation(h.title);
    const { annotation } = split;
    let title = split.text;
    const prose = h.level === 'task' && column === null && isProse(h.title);
    if (prose) title = firstSentence(h.title);
    const own = annotation ? makeGroup(annotation, line, 'heading', []) : undefined;
    if (h.level === 'section') {
      if (section && title === section.title) {
        report.info('heading-repeated', line, `section ${numberToChinese(h.no)} repeated (page top or merged cell): kept once`);
        return;
      }
      if (h.arabic) report.info('section-number', line, `section number printed as ${h.no}、: read as ${numberToChinese(h.no)}`);
      if (sectionNos.has(h.no)) report.warn('numbering-duplicate', line, `section number ${numberToChinese(h.no)} used twice with different titles`);
      else if (section && h.no !== section.no + 1) report.warn('numbering-gap', line, `section ${numberToChinese(h.no)} follows section ${numberToChinese(section.no)}`);
      sectionNos.add(h.no);
      section = { no: h.no, title, line, tasks: [], requirements: [] };
      sections.push(section);
      task = undefined;
      sectionUnits = own;
      taskUnits = undefined;
    } else {
      const s = ensureSection(line);
      if (task && task.no === h.no && task.title === title) {
        report.info('heading-repeated', line, `task (${numberToChinese(h.no)}) repeated at a page top: kept once`);
        return;
      }
      if (task?.no != null && h.no !== task.no + 1 && h.no !== 1) report.warn('numbering-gap', line, `task (${numberToChinese(h.no)}) follows task (${numberToChinese(task.no ?? 0)})`);
      task = { no: h.no, title, line, requirements: [] };
      s.tasks.push(task);
      taskUnits = own;
      if (prose) proseTask = { task, text: h.title, line };
    }
    headingSinceItem = true;
  };

  const unnumberedSection = (title: string, line: number) => {
    materializeProseTask();
    closePending(line);
    const t = headingTitle(title);
    if (section && section.title === t) return;
    const no = (section?.no ?? 0) + 1;
    report.info('section-number', line, `unnumbered section “${t.slice(0, 20)}” given number ${numberToChinese(no)}`);
    section = { no, title: t, line, tasks: [], requirements: [] };
    sections.push(section);
    sectionNos.add(no);
    task = undefined;
    sectionUnits = undefined;
    taskUnits = undefined;
    headingSinceItem = true;
  };

  const unnumberedTask = (title: string, line: number) => {
    materializeProseTask();
    closePending(line);
    const s = ensureSection(line);
    const t = headingTitle(title);
    if (task && task.title === t) return;
    task = { no: null, title: t, line, requirements: [] };
    s.tasks.push(task);
    taskUnits = undefined;
    headingSinceItem = true;
  };

  const continueHeading = (level: 'section' | 'task', text: string, line: number) => {
    const target = level === 'section' ? section : task;
    if (!target) return false;
    const piece = headingTitle(text);
    const overlap = overlapLength(target.title, piece);
    const joined = joinBroken(target.title, piece.slice(overlap));
    report[overlap ? 'warn' : 'info'](
      'title-joined',
      line,
      `${level} title split by a page break joined: “${joined}”${overlap ? ` (the page top repeated “${piece.slice(0, overlap)}”; dropped once — check)` : ''}`,
    );
    target.title = joined;
    return true;
  };

  const newGroup = (raw: string, line: number, source: UnitsGroup['source'] = 'cell') => {
    lastGroup = makeGroup(raw, line, source, [...pending]);
    pending = [];
  };

  /** A further units line for the same items (牵头单位：… then 配合单位：…), not a page break. */
  const extendGroup = (raw: string, line: number) => {
    if (!lastGroup || lastGroup.raw.length > maxJoinedChars) return newGroup(raw, line, 'annotation');
    const { units, deadline } = splitDeadline(raw.trim());
    if (units) lastGroup.raw = `${lastGroup.raw}；${units}`.replace(/^；/, '');
    lastGroup.lines.push(line);
    if (deadline) for (const r of lastGroup.requirements) r.deadline ??= deadline;
  };

  const continueGroup = (raw: string, line: number) => {
    if (!lastGroup || lastGroup.raw.length > maxJoinedChars) return newGroup(raw, line);
    const { units, deadline } = splitDeadline(raw.trim());
    lastGroup.raw = joinBroken(lastGroup.raw, units);
    lastGroup.lines.push(line);
    lastGroup.joined = true;
    for (const p of pending) p.group = lastGroup;
    lastGroup.requirements.push(...pending);
    pending = [];
    if (deadline) for (const r of lastGroup.requirements) r.deadline ??= deadline;
    report.warn('units-joined', line, `units cell split by a page break joined (lines ${lastGroup.lines.join(', ')}): “${lastGroup.raw}”`);
  };

  const requirementCell = (text: string, line: number, continuation: boolean, realRow = false) => {
    const items = splitItems(text, expected, headingSinceItem);
    for (const [i, item] of items.entries()) {
      const { text: body, annotation } = splitInlineUnits(item.text) ?? splitAnnotation(item.text);
      if (annotation && pending.length > 0) closePending(line);
      let added: DraftRequirement | undefined;
      if (item.no === null && i === 0) {
        // Text before any number: the end of the previous item cut by a page
        // break, or a task's single unnumbered paragraph.
        if (lastReq && (continuation || !closed(lastReq.text)) && !headingSinceItem && !realRow) {
          appendToLast(body, line);
          if (annotation && lastReq.group === null) {
            pending = pending.includes(lastReq) ? pending : [lastReq];
            newGroup(annotation, line, 'annotation');
          }
          continue;
        }
        added = addRequirement(null, body, line);
      } else added = addRequirement(item.no, body, line);
      if (annotation && added) newGroup(annotation, line, 'annotation');
    }
  };

  // In flowing text, a bare number (序号 cell on its own line) numbers the requirement that follows it.
  let serial: number | null = null;
  for (const [rowIndex, row] of rows.entries()) {
    const grid = reqColumn !== undefined && row.cells.some((c) => c.column !== null);
    if (grid) {
      let continuation = false;
      for (const cell of row.cells) {
        if (cell.column === null || cell.column >= reqColumn! || !cell.text) continue;
        // The 序号 column holds bare numbers, and section headings where a heading row spans the table.
        if (noColumns.has(cell.column) && /^\d{1,3}[.、．]?$/.test(asciiDigits(cell.text))) continue;
        if (cell.kind && cell.kind !== 'no' && nonTextKinds.has(cell.kind)) continue;
        if (cell.merged) continue;
        const h = parseHeading(cell.text, true, (section?.no ?? 0) + 1);
        if (h) heading(h, cell.line, cell.column);
        else if (row.real) {
          // An unnumbered heading cell (目标, 任务, 存在问题): a new group, or the same one repeated instead of spanned.
          const level = columnLevel.get(cell.column) ?? (headingColumns.size >= 2 && cell.column === leftmostHeading ? 'section' : 'task');
          if (level === 'section') unnumberedSection(cell.text, cell.line);
          else unnumberedTask(cell.text, cell.line);
        } else {
          const level = columnLevel.get(cell.column) ?? (cell.column === 0 ? 'section' : 'task');
          if (continueHeading(level, cell.text, cell.line)) continuation = true;
        }
      }
      const req = row.cells.find((c) => c.column === reqColumn);
      // A heading row across the table (一、… or （一）… in the requirement column, the other cells empty).
      if (req && !req.merged && !printedNoOf(row) && row.cells.every((c) => c === req || !c.text)) {
        const h = parseHeading(req.text, true, (section?.no ?? 0) + 1);
        if (h && !itemStart.test(asciiDigits(req.text))) {
          heading(h, req.line, null);
          continue;
        }
      }
      const noCell = row.cells.find((c) => c.column !== null && noColumns.has(c.column) && c.column < reqColumn! && c.text && !c.merged);
      let reqText = req && !req.merged ? req.text : '';
      const printedNo = noCell ? /^\d{1,3}/.exec(asciiDigits(noCell.text))?.[0] : undefined;
      if (printedNo && reqText && !itemStart.test(asciiDigits(reqText))) reqText = `${printedNo}. ${reqText}`;
      const before = lastReq;
      const pendingBefore = pending.length;
      repeat.row = false;
      if (reqText) requirementCell(reqText, req!.line, continuation, row.real === true);
      if (repeat.row && lastReq === before) continue;
      const added = pending.length > pendingBefore || lastReq !== before;
      const rowReqs = pending.slice(pendingBefore);

      // Units: the columns the header names, else the column after the requirement.
      const labelled = row.cells.filter((c) => c.kind && unitKinds.has(c.kind));
      const unitCells: Cell[] = labelled.length > 0 ? labelled : row.cells.filter((c) => c.column === reqColumn! + 1 && !(c.kind && nonTextKinds.has(c.kind)));
      let inheritedMerge = false;
      const parts = unitCells.map((c) => {
        let text = c.text;
        if (c.merged && !text) {
          text = lastColumnText.get(c.column!) ?? '';
          inheritedMerge = true;
        }
        if (c.column !== null) lastColumnText.set(c.column, text);
        return { cell: c, text };
      });
      const fresh = parts.some((p) => p.text && !(p.cell.merged && !p.cell.text));
      const hasLead = parts.some((p) => p.cell.kind === 'lead' && p.text);
      let unitsText = '';
      if (fresh) {
        const single = parts.length === 1 && (parts[0]!.cell.kind === undefined || parts[0]!.cell.kind === 'units' || parts[0]!.cell.kind === 'responsible');
        unitsText = single
          ? parts[0]!.text
          : parts
              .filter((p) => p.text)
              .map((p) => (p.cell.label && !unitLabel.test(p.text) ? `${roleLabel(p.cell, hasLead)}：${p.text}` : p.text))
              .join('；');
        if (inheritedMerge) report.info('units-inherited', row.line, `a merged units cell from the row above also applies here: “${unitsText}”`);
      }
      if (unitsText) {
        if (continuation || (!added && lastGroup)) continueGroup(unitsText, row.line);
        else if (pending.length > 0) newGroup(unitsText, row.line);
        else continueGroup(unitsText, row.line);
      } else if (continuation && pending.length > 0 && lastGroup) {
        // A page-split row whose units cell is empty belongs to the merged cell above.
        closePending(row.line);
      }

      // 备注 and 落实情况 have no place in the plan: say so rather than drop them silently.
      for (const c of row.cells)
        if ((c.kind === 'remarks' || c.kind === 'status') && c.text && !c.merged)
          report.info('column-ignored', c.line, `${c.label ?? c.kind} column not kept: “${c.text.slice(0, 40)}”`);
      const leadCell = labelled.find((c) => c.kind === 'lead');
      if (leadCell && !leadCell.text && !leadCell.merged && rowReqs.length > 0 && fresh) {
        report.warn('lead-missing', row.line, `the ${leadCell.label ?? '牵头单位'} cell is empty: no lead unit read (if it is merged with the cell above in the original, record a decision)`);
      }

      // Deadline column: applies to the items of this row (or the merged cell above).
      const deadlineCell = row.cells.find((c) => c.kind === 'deadline');
      if (deadlineCell) {
        let d = deadlineCell.text;
        if (deadlineCell.merged && !d) d = lastColumnText.get(deadlineCell.column!) ?? '';
        lastColumnText.set(deadlineCell.column!, d);
        d = tidy(d.replace(/\s*\n\s*/g, ''));
        if (d) {
          if (rowReqs.length > 0) for (const r of rowReqs) r.deadline = d;
          else if (lastReq && continuation) lastReq.deadline = lastReq.deadline ? joinBroken(lastReq.deadline, d) : d;
        }
      }
      if (!continuation) closePending(row.line);
      continue;
    }
    for (const cell of row.cells) {
      if (!cell.text) continue;
      const bareNo = /^(\d{1,3})[.、．]?$/.exec(asciiDigits(cell.text.trim()));
      if (bareNo) {
        serial = Number(bareNo[1]);
        continue;
      }
      // The cell after a 序号 is the requirement's text, whatever it ends with (…逐项推动工作落实).
      if (serial !== null && !itemStart.test(asciiDigits(cell.text))) {
        const no = serial;
        serial = null;
        proseTask = undefined;
        requirementCell(`${no}. ${cell.text}`, cell.line, false);
        continue;
      }
      const next = rows[rowIndex + 1]?.cells[0]?.text ?? '';
      const h = parseHeading(cell.text, true, (section?.no ?? 0) + 1);
      const units = h ? null : unitsLine(cell.text);
      // A short title before a 序号, once the previous requirement has its units: a group (工作任务 cell).
      const groupTitle =
        isGroupTitle(cell.text) || (pending.length === 0 && lastReq?.group != null && cell.text.trim().length <= 40 && !/[。；]./.test(cell.text) && !looksLikeDeadline(cell.text));
      if (!h && units === null && /^\d{1,3}[.、．]?$/.test(asciiDigits(next.trim())) && groupTitle) {
        // A short title followed by a numbered row: an unnumbered task (工作任务 cell of a flattened table).
        unnumberedTask(cell.text, cell.line);
        continue;
      }
      if (!h && units === null && looksLikeDeadline(cell.text) && lastReq && pending.length === 0) {
        lastReq.deadline ??= tidy(cell.text);
        continue;
      }
      if (h) heading(h, cell.line, null);
      else if (units !== null) {
        if (proseTask) materializeProseTask();
        if (pending.length > 0) newGroup(units, cell.line, 'annotation');
        else if (lastGroup && lastGroup.lines.at(-1) !== undefined && lastGroup.source !== 'heading') extendGroup(units, cell.line);
        else if (lastReq) {
          pending = [lastReq];
          newGroup(units, cell.line, 'annotation');
        }
      } else if (itemStart.test(asciiDigits(cell.text))) {
        proseTask = undefined;
        requirementCell(cell.text, cell.line, false);
      }
      else if (looksLikeUnits(cell.text)) {
        if (pending.length > 0) newGroup(cell.text, cell.line);
        else continueGroup(cell.text, cell.line);
      } else requirementCell(cell.text, cell.line, false);
    }
  }
  materializeProseTask();
  closePending(rows.at(-1)?.line ?? 0);
  // A document cut off in its last row: the empty units cell there is the cut,
  // not a cell merged with the one above, so no units are guessed for it.
  if (lastReq && inheritedFromAbove.has(lastReq) && !closed(lastReq.text) && lastReq.group) {
    const g = lastReq.group;
    g.requirements.splice(g.requirements.indexOf(lastReq), 1);
    lastReq.group = null;
    report.warn('no-units', lastReq.line, `the document stops in the middle of requirement ${lastReq.no ?? ''} (“…${lastReq.text.slice(-12)}”): its units are not known and the cell above is not applied to it`);
  }
  // A heading with nothing under it (a page cut after it, a heading-only row):
  // kept out of the plan, which has no empty tasks or sections, and reported.
  for (const s of sections) {
    for (const t of s.tasks.filter((t) => t.requirements.length === 0)) {
      report.warn('heading-empty', t.line, `task ${t.no === null ? '' : `(${numberToChinese(t.no)}) `}“${t.title.slice(0, 30)}” has no requirements under it: left out — check the original`);
    }
    s.tasks = s.tasks.filter((t) => t.requirements.length > 0);
  }
  for (const s of sections.filter((s) => s.tasks.length === 0 && s.requirements.length === 0)) {
    report.warn('heading-empty', s.line, `section ${numberToChinese(s.no)} “${s.title.slice(0, 30)}” has no requirements under it: left out — check the original`);
  }
  sections.splice(0, sections.length, ...sections.filter((s) => s.tasks.length > 0 || s.requirements.length > 0));
  // Paragraphs before the first heading that carry no number and no units are
  // the plan's preamble (2017年政务公开工作的总体要求是…), not requirements.
  const first = sections[0];
  if (first && first.title === untitledSection && sections.length > 1 && first.tasks.length === 0 && first.requirements.every((r) => r.no === null && r.group === null)) {
    for (const r of first.requirements) report.info('preamble', r.line, `paragraph before the first heading read as the plan's preamble, not a requirement: “${r.text.slice(0, 30)}…”`);
    sections.shift();
  }
  return { sections, numberingRestarts };
}
