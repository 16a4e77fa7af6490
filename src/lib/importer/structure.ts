import type { Report } from './report';
import type { Row } from './table';
import { asciiDigits, chineseToNumber, joinBroken, numberToChinese, overlapLength, tidy } from './text';

/** A requirement as read, before units are parsed and ids assigned. */
export interface DraftRequirement {
  no: number | null;
  text: string;
  line: number;
  group: UnitsGroup | null;
}

/** One units cell and the requirements it covers (several when the cell is merged over rows). */
export interface UnitsGroup {
  raw: string;
  lines: number[];
  requirements: DraftRequirement[];
  /** True when the cell was split by a page break and joined. */
  joined: boolean;
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
const headingTitle = (s: string) => tidy(s.replace(/\s*\n\s*/g, '')).replace(/[。.]$/, '');

/** Sentence-final punctuation: text not ending in one was cut by a page break. */
const closed = (s: string) => /[。！？；;.!?”』」）)]$/.test(s.trim());

const unitWord = /(局|办|委|室|府|单位|部门|中心|科室|院|会|队|社|所|站|政府|管委会|镇|街|街道|牵头|负责|落实|协办|配合|参与|监管|附件\d）?)$/;

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

/**
 * Splits a requirements cell into numbered items. A number only starts an
 * item where the sequence expects it (the next number, or 1 after a heading),
 * so figures inside the text (12345热线, 第6版, 1次) never split a sentence.
 */
export function splitItems(text: string, expected: number, restartAllowed: boolean): Array<{ no: number | null; text: string }> {
  const t = asciiDigits(text);
  const re = /(^|\n|[\s。；;！？])(\d{1,3})\s*[.、](?!\d)\s*/g;
  const starts: Array<{ at: number; bodyAt: number; no: number }> = [];
  let next = expected;
  let restart = restartAllowed;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const at = m.index + m[1]!.length;
    const no = Number(m[2]);
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

const cleanText = (s: string) => tidy(s.replace(/\s*\n\s*/g, ''));

/**
 * Reads rows of cells into sections, tasks and requirements, with the units
 * cell of every requirement. Knows the ways real documents break tables:
 * headings and cells split by a page break, header rows and headings repeated
 * at page tops, units cells merged over several rows.
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
  // What each grid column last held, so a fragment at a page top continues the right heading.
  const columnLevel = new Map<number, 'section' | 'task'>();

  // Where the grid is known: requirements in the column holding most numbered
  // items, units in the next, headings to the left.
  const numberedByColumn = new Map<number, number>();
  for (const r of rows)
    for (const c of r.cells)
      if (c.column !== null && /^\s*\d{1,3}\s*[.、．]/.test(asciiDigits(c.text))) numberedByColumn.set(c.column, (numberedByColumn.get(c.column) ?? 0) + 1);
  const reqColumn = [...numberedByColumn.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];

  const ensureSection = (line: number): DraftSection => {
    if (!section) {
      report.warn('metadata-missing', line, 'requirements before any section heading: put under an untitled section 一');
      section = { no: 1, title: '（未分部分）', line, tasks: [], requirements: [] };
      sections.push(section);
    }
    return section;
  };

  const closePending = (line: number) => {
    if (pending.length === 0) return;
    const ids = pending.map((p) => p.no ?? '无序号').join('、');
    if (lastGroup && sections.at(-1) === section && lastGroup.requirements[0] && sectionOf(lastGroup.requirements[0]) === section) {
      lastGroup.requirements.push(...pending);
      for (const p of pending) p.group = lastGroup;
      report.info('units-inherited', line, `requirement(s) ${ids} have an empty units cell: units of the cell above (line ${lastGroup.lines[0]}) applied, as a merged cell`);
    } else {
      report.warn('no-units', line, `requirement(s) ${ids} have no units cell`);
    }
    pending = [];
  };

  const reqSection = new Map<DraftRequirement, DraftSection>();
  const sectionOf = (r: DraftRequirement) => reqSection.get(r);

  const addRequirement = (no: number | null, text: string, line: number) => {
    const s = ensureSection(line);
    const r: DraftRequirement = { no, text: cleanText(text), line, group: null };
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
      return;
    }
    (task ? task.requirements : s.requirements).push(r);
    reqSection.set(r, s);
    pending.push(r);
    lastReq = r;
  };

  const appendToLast = (text: string, line: number) => {
    if (!lastReq) return false;
    lastReq.text = joinBroken(lastReq.text, cleanText(text));
    report.info('text-joined', line, `text continued from line ${lastReq.line} (page break) joined: …${cleanText(text).slice(0, 12)}`, undefined);
    return true;
  };

  const heading = (h: Heading, line: number, column: number | null) => {
    closePending(line);
    if (column !== null) columnLevel.set(column, h.level);
    if (h.level === 'section') {
      if (section && (h.no === section.no || h.title === section.title) && h.title === section.title) {
        report.info('heading-repeated', line, `section ${numberToChinese(h.no)} repeated (page top or merged cell): kept once`);
        return;
      }
      if (h.arabic) report.info('section-number', line, `section number printed as ${h.no}、: read as ${numberToChinese(h.no)}`);
      if (sections.some((s) => s.no === h.no)) report.warn('numbering-duplicate', line, `section number ${numberToChinese(h.no)} used twice with different titles`);
      section = { no: h.no, title: h.title, line, tasks: [], requirements: [] };
      sections.push(section);
      task = undefined;
    } else {
      const s = ensureSection(line);
      if (task && task.no === h.no && task.title === h.title) {
        report.info('heading-repeated', line, `task (${numberToChinese(h.no)}) repeated at a page top: kept once`);
        return;
      }
      task = { no: h.no, title: h.title, line, requirements: [] };
      s.tasks.push(task);
    }
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

  const newGroup = (raw: string, line: number) => {
    const group: UnitsGroup = { raw: raw.trim(), lines: [line], requirements: [...pending], joined: false };
    for (const p of pending) p.group = group;
    pending = [];
    lastGroup = group;
  };

  const continueGroup = (raw: string, line: number) => {
    if (!lastGroup) return newGroup(raw, line);
    lastGroup.raw = joinBroken(lastGroup.raw, raw.trim());
    lastGroup.lines.push(line);
    lastGroup.joined = true;
    for (const p of pending) p.group = lastGroup;
    lastGroup.requirements.push(...pending);
    pending = [];
    report.warn('units-joined', line, `units cell split by a page break joined (lines ${lastGroup.lines.join(', ')}): “${lastGroup.raw}”`);
  };

  const requirementCell = (text: string, line: number, continuation: boolean) => {
    const items = splitItems(text, expected, headingSinceItem);
    for (const [i, item] of items.entries()) {
      if (item.no === null && i === 0) {
        // Text before any number: the end of the previous item cut by a page
        // break, or a task's single unnumbered paragraph.
        if (lastReq && (continuation || !closed(lastReq.text)) && !headingSinceItem) appendToLast(item.text, line);
        else addRequirement(null, item.text, line);
      } else addRequirement(item.no, item.text, line);
    }
  };

  for (const row of rows) {
    const grid = reqColumn !== undefined && row.cells.some((c) => c.column !== null);
    if (grid) {
      let continuation = false;
      for (const cell of row.cells) {
        if (cell.column === null || cell.column >= reqColumn || !cell.text) continue;
        const h = parseHeading(cell.text, true, (section?.no ?? 0) + 1);
        if (h) heading(h, cell.line, cell.column);
        else {
          const level = columnLevel.get(cell.column) ?? (cell.column === 0 ? 'section' : 'task');
          if (continueHeading(level, cell.text, cell.line)) continuation = true;
        }
      }
      const req = row.cells.find((c) => c.column === reqColumn);
      const units = row.cells.find((c) => c.column === reqColumn + 1);
      const before = lastReq;
      const pendingBefore = pending.length;
      if (req?.text) requirementCell(req.text, req.line, continuation);
      const added = pending.length > pendingBefore || lastReq !== before;
      if (units?.text) {
        if (continuation || (!added && lastGroup)) continueGroup(units.text, units.line);
        else if (pending.length > 0) newGroup(units.text, units.line);
        else continueGroup(units.text, units.line);
      } else if (continuation && pending.length > 0 && lastGroup) {
        // A page-split row whose units cell is empty belongs to the merged cell above.
        closePending(row.line);
      }
      if (!continuation) closePending(row.line);
      continue;
    }
    for (const cell of row.cells) {
      if (!cell.text) continue;
      const h = parseHeading(cell.text, true, (section?.no ?? 0) + 1);
      if (h) heading(h, cell.line, null);
      else if (/^\s*\d{1,3}\s*[.、．]/.test(asciiDigits(cell.text))) requirementCell(cell.text, cell.line, false);
      else if (looksLikeUnits(cell.text)) {
        if (pending.length > 0) newGroup(cell.text, cell.line);
        else continueGroup(cell.text, cell.line);
      } else requirementCell(cell.text, cell.line, false);
    }
  }
  closePending(rows.at(-1)?.line ?? 0);
  return { sections, numberingRestarts };
}
